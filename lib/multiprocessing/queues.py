"""multiprocessing.queues: Queue, JoinableQueue and SimpleQueue.

One OS pipe carries the pickled items.  Process-shared semaphores count
the items in the pipe (so get(timeout) and qsize work), the free slots of
a bounded queue, and serialise readers and writers so messages never
interleave.  put() writes to the pipe directly (no feeder thread): a put
can block while the pipe is full until some process reads; the item is
counted before it is written, so a reader drains a message larger than
the pipe's buffer while the writer is still writing it.
"""
import os
import time
import _mp
import pickle
from queue import Empty, Full
from .connection import _write_all, _read_exact

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']


class Queue:
    def __init__(self, maxsize=0, *, ctx=None):
        self._maxsize = maxsize
        self._rfd, self._wfd = os.pipe()
        self._items = _mp.sem_alloc(0)
        self._slots = _mp.sem_alloc(maxsize) if maxsize > 0 else None
        self._rlock = _mp.sem_alloc(1)
        self._wlock = _mp.sem_alloc(1)
        self._closed = False

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError('Queue %r is closed' % self)
        data = pickle.dumps(obj, 5)
        if self._slots is not None:
            if not _mp.sem_acquire(self._slots, (None if timeout is None else max(timeout, 0)) if block else 0):
                raise Full
        _mp.sem_acquire(self._wlock, None)
        try:
            # count the item before writing it: a message larger than the
            # pipe's buffer needs a reader while it is being written
            _mp.sem_release(self._items)
            _write_all(self._wfd, len(data).to_bytes(4, 'big') + data)
        finally:
            _mp.sem_release(self._wlock)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError('Queue %r is closed' % self)
        t = (None if timeout is None else max(timeout, 0)) if block else 0
        if not _mp.sem_acquire(self._items, t):
            raise Empty
        _mp.sem_acquire(self._rlock, None)
        try:
            n = int.from_bytes(_read_exact(self._rfd, 4), 'big')
            data = _read_exact(self._rfd, n)
        finally:
            _mp.sem_release(self._rlock)
        if self._slots is not None:
            _mp.sem_release(self._slots)
        return pickle.loads(data)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return _mp.sem_value(self._items)

    def empty(self):
        return self.qsize() == 0

    def full(self):
        return self._slots is not None and _mp.sem_value(self._slots) == 0

    def close(self):
        self._closed = True

    def _destroy(self):
        # Frees this process's pipe ends and semaphore mappings, once no
        # thread here uses the queue any more (Pool.join / terminate).
        if self._rfd is None:
            return
        self._closed = True
        for fd in (self._rfd, self._wfd):
            try:
                os.close(fd)
            except OSError:
                pass
        self._rfd = self._wfd = None
        for sem in (self._items, self._slots, self._rlock, self._wlock, getattr(self, '_unfinished', None)):
            if sem is not None:
                _mp.sem_free(sem)

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    def __init__(self, maxsize=0, *, ctx=None):
        Queue.__init__(self, maxsize)
        self._unfinished = _mp.sem_alloc(0)

    def put(self, obj, block=True, timeout=None):
        _mp.sem_release(self._unfinished)
        try:
            Queue.put(self, obj, block, timeout)
        except BaseException:
            _mp.sem_acquire(self._unfinished, 0)
            raise

    def task_done(self):
        if not _mp.sem_acquire(self._unfinished, 0):
            raise ValueError('task_done() called too many times')

    def join(self):
        delay = 0.0005
        while _mp.sem_value(self._unfinished) > 0:
            time.sleep(delay)
            delay = min(delay * 2, 0.02)


class SimpleQueue(Queue):
    def __init__(self, *, ctx=None):
        Queue.__init__(self)

    def get(self):
        return Queue.get(self)

    def put(self, obj):
        return Queue.put(self, obj)
