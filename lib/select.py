"""select: select() and epoll (gilpy's select.py over the C module _select).

Waiting releases the GIL; objects with fileno() are accepted wherever an
fd is.
"""
import _select
from _select import (EPOLLIN, EPOLLOUT, EPOLLPRI, EPOLLERR, EPOLLHUP, EPOLLRDHUP, EPOLLET,
                     EPOLLONESHOT, EPOLLEXCLUSIVE, EPOLLRDNORM, EPOLLWRNORM)

error = OSError


def _fileno(f):
    if isinstance(f, int):
        if f < 0:
            raise ValueError('file descriptor cannot be a negative integer (%d)' % f)
        return f
    fn = getattr(f, 'fileno', None)
    if fn is None:
        raise TypeError('argument must be an int, or have a fileno() method.')
    return _fileno(fn())


def select(rlist, wlist, xlist, timeout=None):
    lists = []
    maps = []
    for seq in (rlist, wlist, xlist):
        objs = list(seq)
        fds = tuple(_fileno(o) for o in objs)
        lists.append(fds)
        maps.append(objs)
    if timeout is not None and timeout < 0:
        raise ValueError('timeout must be non-negative')
    ready = _select.select(lists[0], lists[1], lists[2], timeout)
    out = []
    for k in range(3):
        fds = set(ready[k])
        out.append([o for o, fd in zip(maps[k], lists[k]) if fd in fds])
    return out[0], out[1], out[2]


class epoll:
    def __init__(self, sizehint=-1, flags=0):
        self._epfd = _select.epoll_create()

    @property
    def closed(self):
        return self._epfd < 0

    def _check(self):
        if self._epfd < 0:
            raise ValueError('I/O operation on closed epoll object')
        return self._epfd

    def fileno(self):
        return self._check()

    def close(self):
        if self._epfd >= 0:
            fd, self._epfd = self._epfd, -1
            import _os
            _os.close(fd)

    def register(self, fd, eventmask=EPOLLIN | EPOLLPRI | EPOLLOUT):
        _select.epoll_ctl(self._check(), 1, _fileno(fd), eventmask)

    def modify(self, fd, eventmask):
        _select.epoll_ctl(self._check(), 3, _fileno(fd), eventmask)

    def unregister(self, fd):
        _select.epoll_ctl(self._check(), 2, _fileno(fd), 0)

    def poll(self, timeout=None, maxevents=-1):
        if timeout is not None and timeout < 0:
            timeout = None
        return _select.epoll_wait(self._check(), timeout, maxevents)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *a):
        self.close()

    def __del__(self):
        self.close()
