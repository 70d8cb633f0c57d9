"""Operating-system interfaces (gilpy's os: lib/os.py over the C module _os)."""
import sys
import _os
from _os import (remove, unlink, rmdir, mkdir, chdir, rename, getcwd, listdir, getpid,
                 getppid, cpu_count, urandom, _exit, pipe, read, write, close, strerror)
import posixpath as path
from _os import (open, lseek, fsync, ftruncate, set_blocking, O_RDONLY, O_WRONLY, O_RDWR, O_CREAT,
                 O_EXCL, O_TRUNC, O_APPEND, O_NONBLOCK, O_CLOEXEC, O_SYNC, O_NOCTTY, O_DIRECTORY)
from _mp import (fork, waitpid, kill, WIFEXITED, WEXITSTATUS, WIFSIGNALED, WTERMSIG,  # processes
                 WIFSTOPPED, WNOHANG)

sys.modules['os.path'] = path

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
devnull = '/dev/null'
F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2


class stat_result(tuple):
    n_sequence_fields = 10
    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self[7])
    st_mtime = property(lambda self: self[8])
    st_ctime = property(lambda self: self[9])


def stat(p):
    return stat_result(_os.stat(fspath(p)))


def lstat(p):
    return stat_result(_os.lstat(fspath(p)))


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(p).__name__)
    return f(p)


class _Environ(dict):
    def __setitem__(self, key, value):
        _os.putenv(key, value)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        _os.unsetenv(key)
        dict.__delitem__(self, key)

    def __repr__(self):
        return 'environ(' + dict.__repr__(self) + ')'


environ = _Environ(_os.environ)


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    _os.putenv(key, value)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        makedirs(head, exist_ok=exist_ok)
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True):
    try:
        names = listdir(top)
    except OSError:
        return
    dirs, nondirs = [], []
    for n in names:
        (dirs if path.isdir(path.join(top, n)) else nondirs).append(n)
    if topdown:
        yield top, dirs, nondirs
    for d in dirs:
        yield from walk(path.join(top, d), topdown)
    if not topdown:
        yield top, dirs, nondirs


def get_terminal_size(fd=1):
    return (80, 24)


def fdopen(fd, mode='r', buffering=-1, encoding=None, *args, **kwargs):
    import builtins
    if not isinstance(fd, int):
        raise TypeError('invalid fd type (%s, expected integer)' % type(fd).__name__)
    return builtins.open(fd, mode, buffering, encoding, *args, **kwargs)
