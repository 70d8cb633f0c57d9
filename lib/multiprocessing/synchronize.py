"""multiprocessing.synchronize: locks shared between processes, built on
POSIX semaphores in shared memory (_mp.sem_*), created before fork."""
import os
import _mp
import _thread
import time

__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier']


def _timeout(block, timeout):
    if not block:
        return 0
    if timeout is None:
        return None
    return max(timeout, 0)


class SemLock:
    def __init__(self, value, maxvalue=None):
        self._sem = _mp.sem_alloc(value)
        self._maxvalue = maxvalue

    def acquire(self, block=True, timeout=None):
        return _mp.sem_acquire(self._sem, _timeout(block, timeout))

    def release(self):
        if self._maxvalue is not None and _mp.sem_value(self._sem) >= self._maxvalue:
            raise ValueError('semaphore or lock released too many times')
        _mp.sem_release(self._sem)

    def get_value(self):
        return _mp.sem_value(self._sem)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()


class Semaphore(SemLock):
    def __init__(self, value=1, *, ctx=None):
        SemLock.__init__(self, value)

    def __repr__(self):
        return '<Semaphore(value=%s)>' % self.get_value()


class BoundedSemaphore(SemLock):
    def __init__(self, value=1, *, ctx=None):
        SemLock.__init__(self, value, value)


def _me():
    return (os.getpid(), _thread.get_ident())


class Lock(SemLock):
    def __init__(self, *, ctx=None):
        SemLock.__init__(self, 1, 1)

    def __repr__(self):
        return '<Lock(owner=%s)>' % ('None' if self.get_value() else 'unknown')


class RLock:
    """Owner (pid, thread ident) and recursion count live in shared memory."""

    def __init__(self, *, ctx=None):
        self._sem = _mp.sem_alloc(1)
        self._shm = _mp.shm_alloc(24)

    def _owner(self):
        return (_mp.shm_get(self._shm, 'q', 0), _mp.shm_get(self._shm, 'q', 1))

    def acquire(self, block=True, timeout=None):
        me = _me()
        if self._owner() == me and _mp.shm_get(self._shm, 'q', 2) > 0:
            _mp.shm_set(self._shm, 'q', 2, _mp.shm_get(self._shm, 'q', 2) + 1)
            return True
        if not _mp.sem_acquire(self._sem, _timeout(block, timeout)):
            return False
        _mp.shm_set(self._shm, 'q', 0, me[0])
        _mp.shm_set(self._shm, 'q', 1, me[1])
        _mp.shm_set(self._shm, 'q', 2, 1)
        return True

    def release(self):
        if self._owner() != _me() or _mp.shm_get(self._shm, 'q', 2) <= 0:
            raise AssertionError('attempt to release recursive lock not owned by thread')
        n = _mp.shm_get(self._shm, 'q', 2) - 1
        _mp.shm_set(self._shm, 'q', 2, n)
        if n == 0:
            _mp.shm_set(self._shm, 'q', 0, 0)
            _mp.shm_set(self._shm, 'q', 1, 0)
            _mp.sem_release(self._sem)

    def _is_owned(self):
        return self._owner() == _me() and _mp.shm_get(self._shm, 'q', 2) > 0

    def _count(self):
        return _mp.shm_get(self._shm, 'q', 2)

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()


class Condition:
    def __init__(self, lock=None, *, ctx=None):
        self._lock = lock or RLock()
        self._sleeping_count = Semaphore(0)
        self._woken_count = Semaphore(0)
        self._wait_semaphore = Semaphore(0)

    def acquire(self, *args):
        return self._lock.acquire(*args)

    def release(self):
        self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def wait(self, timeout=None):
        self._sleeping_count.release()
        count = self._lock._count() if isinstance(self._lock, RLock) else 1
        for i in range(count):
            self._lock.release()
        try:
            return self._wait_semaphore.acquire(True, timeout)
        finally:
            self._woken_count.release()
            for i in range(count):
                self._lock.acquire()

    def notify(self, n=1):
        while self._woken_count.acquire(False):
            self._sleeping_count.acquire(False)
        sleepers = 0
        while sleepers < n and self._sleeping_count.acquire(False):
            self._wait_semaphore.release()
            sleepers += 1
        if sleepers:
            for i in range(sleepers):
                self._woken_count.acquire()
            while self._wait_semaphore.acquire(False):
                pass

    def notify_all(self):
        self.notify(1 << 30)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        endtime = None if timeout is None else time.monotonic() + timeout
        while not result:
            if endtime is not None:
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            else:
                waittime = None
            self.wait(waittime)
            result = predicate()
        return result


class Event:
    """Set: the semaphore's value is positive; waiters take and give back."""

    def __init__(self, *, ctx=None):
        self._lock = Lock()
        self._sem = _mp.sem_alloc(0)

    def is_set(self):
        return _mp.sem_value(self._sem) > 0

    def set(self):
        with self._lock:
            if _mp.sem_value(self._sem) == 0:
                _mp.sem_release(self._sem)

    def clear(self):
        with self._lock:
            while _mp.sem_acquire(self._sem, 0):
                pass

    def wait(self, timeout=None):
        if _mp.sem_acquire(self._sem, None if timeout is None else max(timeout, 0)):
            _mp.sem_release(self._sem)
            return True
        return False


class Barrier:
    def __init__(self, parties, action=None, timeout=None, *, ctx=None):
        self._parties = parties
        self._cond = Condition()
        self._shm = _mp.shm_alloc(16)
        self._timeout = timeout

    @property
    def parties(self):
        return self._parties

    def wait(self, timeout=None):
        with self._cond:
            gen = _mp.shm_get(self._shm, 'q', 1)
            n = _mp.shm_get(self._shm, 'q', 0) + 1
            if n == self._parties:
                _mp.shm_set(self._shm, 'q', 0, 0)
                _mp.shm_set(self._shm, 'q', 1, gen + 1)
                self._cond.notify_all()
                return n - 1
            _mp.shm_set(self._shm, 'q', 0, n)
            self._cond.wait_for(lambda: _mp.shm_get(self._shm, 'q', 1) != gen, timeout)
            return n - 1
