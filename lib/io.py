"""In-memory text and byte streams and io's class tree (gilpy's io, written
in Python; file objects themselves are the interpreter's, see open())."""
import sys as _sys

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = open


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    """The root of io's classes: what every stream answers."""

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def fileno(self):
        self._unsupported('fileno')

    def isatty(self):
        self._check_closed()
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def flush(self):
        self._check_closed()

    def _check_closed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    _check = _check_closed

    def readlines(self, hint=-1):
        if hint is None or hint <= 0:
            return list(self)
        lines, total = [], 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


class _MemoryIO:
    """What StringIO and BytesIO share: a buffer (str or bytearray), a
    position that may lie past its end (a write there fills the gap with
    NULs, as CPython does), readline on the newline `_NL`; their methods
    report a closed stream with the message `_CLOSED` (StringIO's has no
    full stop in CPython, BytesIO's has)."""
    closed = False

    def _check(self):
        if self.closed:
            raise ValueError(self._CLOSED)

    def close(self):
        self.closed = True

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def tell(self):
        self._check()
        return self._pos

    def read(self, size=-1):
        self._check()
        start = min(self._pos, len(self._buf))
        end = len(self._buf) if size is None or size < 0 else min(len(self._buf), start + size)
        self._pos = max(self._pos, end)
        return self._result(self._buf[start:end])

    def readline(self, size=-1):
        self._check()
        start = min(self._pos, len(self._buf))
        i = self._buf.find(self._NL, start)
        end = len(self._buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return self._result(self._buf[start:end])

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError(self._NEGATIVE_SIZE % size)
        if size < len(self._buf):
            self._buf = self._buf[:size]
        return size


class StringIO(_MemoryIO, TextIOBase):
    _NL = '\n'
    _CLOSED = 'I/O operation on closed file'
    _NEGATIVE_SIZE = 'Negative size value %d'

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s' % type(initial_value).__name__)
        self._buf = initial_value
        self._pos = 0

    @staticmethod
    def _result(part):
        return part

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)
        buf, pos = self._buf, self._pos
        if pos > len(buf):
            buf += '\0' * (pos - len(buf))
        self._buf = buf[:pos] + s + buf[pos + len(s):]
        self._pos = pos + len(s)
        return len(s)

    def getvalue(self):
        self._check()
        return self._buf

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
            self._pos = pos
        elif whence in (1, 2):
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            if whence == 2:
                self._pos = len(self._buf)
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def flush(self):
        pass

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None


class BytesIO(_MemoryIO, BufferedIOBase):
    _NL = b'\n'
    _CLOSED = 'I/O operation on closed file.'
    _NEGATIVE_SIZE = 'negative size value %d'

    def __init__(self, initial_bytes=b''):
        self._buf = bytearray(initial_bytes if initial_bytes is not None else b'')
        self._pos = 0

    @staticmethod
    def _result(part):
        return bytes(part)

    def write(self, b):
        self._check()
        b = memoryview(b).tobytes()
        pos = self._pos
        if pos > len(self._buf):
            self._buf.extend(bytes(pos - len(self._buf)))
        self._buf[pos:pos + len(b)] = b
        self._pos = pos + len(b)
        return len(b)

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def getbuffer(self):
        self._check()
        return memoryview(self._buf)

    def __iter__(self):
        return self

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        self._check()
        data = self.read(memoryview(b).nbytes)
        b[:len(data)] = data
        return len(data)

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos


TextIOWrapper = type(_sys.stdout)
