"""socket: BSD sockets (gilpy's socket.py over the C module _socket).

A socket object keeps its file descriptor, family, type and timeout;
every operation is a _socket call that releases the GIL while it waits.
"""
import _socket
from _socket import *  # noqa: F401,F403 (the constants)
from _socket import gethostname, inet_pton, inet_ntop

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


_GLOBAL_DEFAULT_TIMEOUT = object()
_default_timeout = None


def getdefaulttimeout():
    return _default_timeout


def setdefaulttimeout(t):
    global _default_timeout
    _default_timeout = _check_timeout(t)


def _check_timeout(t):
    if t is None:
        return None
    if not isinstance(t, (int, float)):
        raise TypeError('Timeout value must be int, float or None')
    if t < 0:
        raise ValueError('Timeout value out of range')
    return float(t)


def htons(x):
    return ((x & 0xff) << 8) | ((x >> 8) & 0xff)


ntohs = htons


def htonl(x):
    return int.from_bytes(x.to_bytes(4, 'little'), 'big')


ntohl = htonl


def inet_aton(s):
    return inet_pton(AF_INET, s)


def inet_ntoa(b):
    return inet_ntop(AF_INET, b)


def _bytes(data):
    # a bytearray is copied: another thread could resize it while a
    # blocking send has the GIL released
    if isinstance(data, bytes):
        return data
    if isinstance(data, bytearray):
        return bytes(data)
    if isinstance(data, memoryview):
        return data.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


class socket:
    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
            fileno = _socket.socket(family, type, proto)
        else:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
        self._fd = fileno
        self.family = family
        self.type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)
        self.proto = proto
        self._timeout = None
        self._closed = False
        if _default_timeout is not None:
            self.settimeout(_default_timeout)

    def __repr__(self):
        s = '<socket.socket%s fd=%d, family=%d, type=%d, proto=%d' % (
            ' [closed]' if self._closed else '', self._fd, self.family, self.type, self.proto)
        if not self._closed:
            for key, fn in (('laddr', self.getsockname), ('raddr', self.getpeername)):
                try:
                    addr = fn()
                except OSError:
                    continue
                if addr:
                    s += ', %s=%s' % (key, addr)
        return s + '>'

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __del__(self):
        if not getattr(self, '_closed', True):
            self.close()

    def _check(self):
        if self._fd < 0:
            raise OSError(9, 'Bad file descriptor')
        return self._fd

    def fileno(self):
        return self._fd

    def detach(self):
        fd = self._fd
        self._fd = -1
        self._closed = True
        return fd

    def close(self):
        if not self._closed:
            self._closed = True
            fd = self._fd
            self._fd = -1
            if fd >= 0:
                _socket.close(fd)

    @property
    def timeout(self):
        return self._timeout

    def gettimeout(self):
        return self._timeout

    def settimeout(self, value):
        self._timeout = _check_timeout(value)
        _socket.setblocking(self._check(), self._timeout is None)

    def setblocking(self, flag):
        self.settimeout(None if flag else 0.0)

    def getblocking(self):
        return self._timeout != 0.0

    def bind(self, address):
        _socket.bind(self._check(), self.family, address)

    def listen(self, backlog=128):
        _socket.listen(self._check(), min(backlog, SOMAXCONN))

    def accept(self):
        fd, addr = _socket.accept(self._check(), self._timeout)
        s = socket(self.family, self.type, self.proto, fileno=fd)
        if getdefaulttimeout() is None and self._timeout is not None:
            s.setblocking(True)
        return s, addr

    def connect(self, address):
        _socket.connect(self._check(), self.family, address, self._timeout, True)

    def connect_ex(self, address):
        return _socket.connect(self._check(), self.family, address, self._timeout, False)

    def send(self, data, flags=0):
        return _socket.send(self._check(), _bytes(data), flags, self._timeout)

    def sendall(self, data, flags=0):
        _socket.sendall(self._check(), _bytes(data), flags, self._timeout)

    def sendto(self, data, flags_or_addr, addr=None):
        if addr is None:
            flags, addr = 0, flags_or_addr
        else:
            flags = flags_or_addr
        return _socket.sendto(self._check(), _bytes(data), flags, self._timeout, self.family, addr)

    def recv(self, bufsize, flags=0):
        return _socket.recv(self._check(), bufsize, flags, self._timeout)

    def recvfrom(self, bufsize, flags=0):
        return _socket.recvfrom(self._check(), bufsize, flags, self._timeout)

    def recv_into(self, buffer, nbytes=0, flags=0):
        if isinstance(buffer, bytearray):
            return _socket.recv_into(self._check(), buffer, nbytes, flags, self._timeout)
        n = nbytes or len(buffer)
        data = self.recv(n, flags)
        buffer[:len(data)] = data
        return len(data)

    def shutdown(self, how):
        _socket.shutdown(self._check(), how)

    def setsockopt(self, level, opt, value):
        _socket.setsockopt(self._check(), level, opt, value)

    def getsockopt(self, level, opt, buflen=None):
        return _socket.getsockopt(self._check(), level, opt)

    def getsockname(self):
        return _socket.getsockname(self._check())

    def getpeername(self):
        return _socket.getpeername(self._check())

    def makefile(self, mode='r', buffering=None, encoding=None, errors=None, newline=None):
        return _SocketFile(self, mode, encoding or 'utf-8')


class _SocketFile:
    """A minimal file over a socket (makefile): read, readline, write."""

    def __init__(self, sock, mode, encoding):
        self._sock = sock
        self._text = 'b' not in mode
        self._enc = encoding
        self._buf = b''

    def _fill(self):
        data = self._sock.recv(65536)
        self._buf += data
        return data

    def read(self, n=-1):
        while n < 0 or len(self._buf) < n:
            if not self._fill():
                break
        if n < 0:
            data, self._buf = self._buf, b''
        else:
            data, self._buf = self._buf[:n], self._buf[n:]
        return data.decode(self._enc) if self._text else data

    def readline(self):
        while b'\n' not in self._buf:
            if not self._fill():
                break
        i = self._buf.find(b'\n')
        i = len(self._buf) if i < 0 else i + 1
        data, self._buf = self._buf[:i], self._buf[i:]
        return data.decode(self._enc) if self._text else data

    def __iter__(self):
        while True:
            line = self.readline()
            if not line:
                return
            yield line

    def write(self, data):
        if self._text:
            data = data.encode(self._enc)
        self._sock.sendall(data)
        return len(data)

    def flush(self):
        pass

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()


SocketType = socket


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0):
    a, b = _socket.socketpair(family, type, proto)
    return socket(family, type, proto, a), socket(family, type, proto, b)


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    if isinstance(host, bytes):
        host = host.decode('idna')
    try:
        res = _socket.getaddrinfo(host, port, family, type, proto, flags)
    except OSError as e:
        raise gaierror(e.args[0], e.args[1]) from None
    return res


def gethostbyname(name):
    return getaddrinfo(name, None, AF_INET)[0][4][0]


def getfqdn(name=''):
    return name or gethostname()


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None):
    host, port = address
    err = None
    for af, socktype, proto, canon, sa in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(af, socktype, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            return sock
        except OSError as e:
            err = e
            if sock is not None:
                sock.close()
    if err is not None:
        raise err
    raise OSError('getaddrinfo returns an empty list')


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if family == AF_INET6:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0 if dualstack_ipv6 else 1)
        sock.bind(address)
        sock.listen(backlog if backlog is not None else 128)
        return sock
    except BaseException:
        sock.close()
        raise


def has_dualstack_ipv6():
    return True
