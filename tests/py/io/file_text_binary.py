# open(): text and binary files, utf-8, read/readline/readlines, iteration,
# write, seek/tell, flush, append, with, errors.
import os

base = "_tmp_file_text_binary"
os.makedirs(base, exist_ok=True)
p = os.path.join(base, "a.txt")

with open(p, "w", encoding="utf-8") as f:
    print(f.write("héllo wörld\n"), f.write("line two\n"), f.write("€ three\n"))
    print(f.tell())
    print(f.closed, f.name == p, f.mode, f.encoding)
print(f.closed)

with open(p, encoding="utf-8") as f:
    print(repr(f.read(5)))
    print(repr(f.readline()))
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))

with open(p) as f:
    for i, line in enumerate(f):
        print(i, repr(line))

with open(p) as f:
    first = f.readline()
    pos = f.tell()
    rest = f.read()
    f.seek(pos)
    print(f.read() == rest, f.seek(0), repr(f.read(3)))

with open(p, "rb") as f:
    data = f.read()
    print(type(data).__name__, len(data), data[:8])
    print(f.seek(1), f.read(2), f.tell())
    print(f.seek(-3, 2), f.read(), f.tell())
    f.seek(0)
    print(f.readline(), f.readlines())

with open(p, "ab") as f:
    f.write(b"\x00\xff bin\n")
    f.flush()
print(os.path.getsize(p))

with open(p, "rb") as f:
    print(f.read()[-7:])

with open(p, "r+") as f:
    f.seek(0)
    f.write("HÉ")
with open(p, encoding="utf-8", errors="replace") as f:
    print(repr(f.readline()))

with open(p, "a") as f:
    print(f.tell() > 0)
    f.write("tail\n")


try:
    open(p, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno)

try:
    open(os.path.join(base, "missing.txt"))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)

try:
    open(base)
except IsADirectoryError as e:
    print(type(e).__name__, e.errno)

f = open(p)
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)

with open(p, "w") as f:
    f.writelines(["a\n", "b\n", "c"])
with open(p) as f:
    print(f.read().splitlines())

with open(p, "wb") as f:
    f.write(bytearray(b"xyz"))
    f.write(memoryview(b"123"))
with open(p, "rb") as f:
    print(f.read())

for name in sorted(os.listdir(base)):
    os.remove(os.path.join(base, name))
os.rmdir(base)
print(os.path.exists(base))
