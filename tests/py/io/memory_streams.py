# io.StringIO and io.BytesIO: reading by lines, seeking past the end,
# truncation, closed streams and the class tree, as CPython behaves.
import io


def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


b = io.BytesIO(b'alpha\nbeta\n\ngamma')
print(b.readline(), b.readline(3), b.readline(), b.tell())
print(b.readlines())
b.seek(0)
print(list(b))
b.seek(0)
print(b.readlines(7))
print(b.read(2), b.read1(3), b.read(), b.read())
buf = bytearray(4)
b.seek(6)
print(b.readinto(buf), buf)
b.seek(10, io.SEEK_END)
b.write(b'!')
print(b.getvalue())
print(b.seek(-3, 1), b.seek(-100, 1), b.seek(0, 2))
attempt('seek -1', b.seek, -1)
attempt('whence 3', b.seek, 0, 3)
print(b.truncate(5), b.getvalue(), b.tell())
attempt('truncate -1', b.truncate, -1)
b.seek(0)
b.write(memoryview(b'AB'))
b.writelines([b'x', bytearray(b'y')])
print(b.getvalue(), bytes(b.getbuffer()[:2]))
print(b.readable(), b.writable(), b.seekable(), b.isatty())
attempt('fileno', b.fileno)
with io.BytesIO(b'q') as c:
    print(c.read())
print(c.closed)
for name in ('read', 'readline', 'getvalue', 'tell', 'seekable'):
    attempt('closed ' + name, getattr(c, name))
attempt('closed with', lambda: c.__enter__())

s = io.StringIO('one\ntwo\nthree')
print(s.readline(), s.readline(2), s.read(), repr(s.read()))
print(s.seek(0), s.readlines(), s.tell())
s.seek(20)
s.write('X')
print(repr(s.getvalue()), s.tell())
attempt('cur seek', s.seek, 1, 1)
attempt('end seek', s.seek, -1, 2)
attempt('neg seek', s.seek, -2)
print(s.seek(0, 2), s.seek(0, 1))
s.seek(3)
print(s.truncate(), repr(s.getvalue()))
attempt('write bytes', s.write, b'x')
attempt('init bytes', io.StringIO, b'x')
t = io.StringIO()
print(t.write('héllo'), t.writelines(['a', 'b']), t.getvalue(), t.tell())
print(list(io.StringIO('a\nb\n')), io.StringIO('z').readlines())
t.close()
attempt('closed write', t.write, 'x')

print(issubclass(io.BytesIO, io.BufferedIOBase), issubclass(io.StringIO, io.TextIOBase))
print(isinstance(io.StringIO(), io.IOBase), isinstance(io.BytesIO(), io.TextIOBase))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE, io.open is open)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))

u = io.StringIO()
u.close()
for name in ('read', 'isatty', 'flush', '__iter__', '__enter__', 'readable'):
    attempt('closed StringIO ' + name, getattr(u, name))
v = io.BytesIO()
v.close()
for name in ('flush', 'isatty', '__next__', 'writable'):
    attempt('closed BytesIO ' + name, getattr(v, name))
print(iter(v) is v)
