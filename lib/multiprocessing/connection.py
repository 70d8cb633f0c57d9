"""multiprocessing.connection: Pipe and Connection over OS pipes.

A message is a 4-byte big-endian length followed by the bytes (send pickles
the object first).  A duplex Pipe is two OS pipes, one per direction.
"""
import os
import _mp
import pickle

__all__ = ['Pipe', 'Connection']


class Connection:
    def __init__(self, rfd, wfd, readable=True, writable=True):
        self._rfd = rfd if readable else None
        self._wfd = wfd if writable else None
        self._closed = False

    def _check(self):
        if self._closed:
            raise OSError('handle is closed')

    @property
    def closed(self):
        return self._closed

    @property
    def readable(self):
        return self._rfd is not None

    @property
    def writable(self):
        return self._wfd is not None

    def fileno(self):
        self._check()
        return self._rfd if self._rfd is not None else self._wfd

    def close(self):
        if not self._closed:
            self._closed = True
            fds = {self._rfd, self._wfd}
            for fd in fds:
                if fd is not None:
                    try:
                        os.close(fd)
                    except OSError:
                        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def send_bytes(self, buf, offset=0, size=None):
        self._check()
        if self._wfd is None:
            raise OSError('connection is read-only')
        data = bytes(buf)
        if size is None:
            size = len(data) - offset
        data = data[offset:offset + size]
        _write_all(self._wfd, len(data).to_bytes(4, 'big') + data)

    def send(self, obj):
        self.send_bytes(pickle.dumps(obj, 5))

    def recv_bytes(self, maxlength=None):
        self._check()
        if self._rfd is None:
            raise OSError('connection is write-only')
        n = int.from_bytes(_read_exact(self._rfd, 4), 'big')
        if maxlength is not None and n > maxlength:
            raise OSError('bad message length')
        return _read_exact(self._rfd, n)

    def recv(self):
        return pickle.loads(self.recv_bytes())

    def poll(self, timeout=0.0):
        self._check()
        if self._rfd is None:
            raise OSError('connection is write-only')
        return _mp.poll(self._rfd, timeout)


def _write_all(fd, data):
    while data:
        n = os.write(fd, data)
        data = data[n:]


def _read_exact(fd, n):
    chunks = []
    while n > 0:
        b = os.read(fd, n)
        if not b:
            raise EOFError
        chunks.append(b)
        n -= len(b)
    return b''.join(chunks)


def Pipe(duplex=True):
    r1, w1 = os.pipe()
    if duplex:
        r2, w2 = os.pipe()
        return Connection(r2, w1), Connection(r1, w2)
    return Connection(r1, None, True, False), Connection(None, w1, False, True)


def wait(object_list, timeout=None):
    import time
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        ready = [c for c in object_list if _mp.poll(c.fileno() if hasattr(c, 'fileno') else c, 0)]
        if ready:
            return ready
        if deadline is not None and time.monotonic() >= deadline:
            return []
        time.sleep(0.001)
