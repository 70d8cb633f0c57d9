"""multiprocessing.pool: Pool of forked worker processes.

Tasks go to the workers through one Queue (pipe), results come back
through another, read by a daemon thread in the parent that fills the
AsyncResult / MapResult / IMapIterator objects waiting in _cache.  As in
CPython, a worker that dies is replaced, and functions travel by
reference (pickle), so they must be importable (module level).
"""
import os
import threading
import itertools
from .process import Process
from .queues import Queue, Empty
from .context_errors import TimeoutError

__all__ = ["Pool", "ThreadPool", "AsyncResult"]

RUN, CLOSE, TERMINATE = 0, 1, 2
_job_counter = itertools.count()


def _worker(inqueue, outqueue, initializer, initargs, maxtasks):
    if initializer is not None:
        initializer(*initargs)
    completed = 0
    while maxtasks is None or completed < maxtasks:
        try:
            task = inqueue.get()
        except (EOFError, OSError):
            break
        if task is None:
            break
        job, i, func, args, kwds, kind = task
        try:
            if kind == 0:
                result = (True, func(*args, **kwds))
            elif kind == 1:
                result = (True, [func(x) for x in args])
            else:
                result = (True, [func(*x) for x in args])
        except Exception as e:
            result = (False, ExceptionWithTraceback(e))
        try:
            outqueue.put((job, i, result))
        except Exception as e:
            outqueue.put((job, i, (False, MaybeEncodingError(e, result[1]))))
        # an exception's traceback holds this frame, which holds result:
        # drop the cycle (gilpy collects by reference counting only)
        task = result = None
        completed += 1


class RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class ExceptionWithTraceback:
    """Carries a worker's exception and its formatted traceback; unpickled
    in the parent as the exception itself with a RemoteTraceback cause."""

    def __init__(self, exc):
        import traceback
        tb = ''.join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        self.exc = exc
        self.tb = '\n"""\n%s"""' % tb

    def __reduce__(self):
        return rebuild_exc, (self.exc, self.tb)


def rebuild_exc(exc, tb):
    exc.__cause__ = RemoteTraceback(tb)
    return exc


class MaybeEncodingError(Exception):
    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)


class ApplyResult:
    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = next(_job_counter)
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        self._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError('%r not ready' % self)
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        self._cache.pop(self._job, None)


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            self._cache.pop(self._job, None)
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                self._cache.pop(self._job, None)
                self._event.set()
        else:
            if self._success:
                self._success = False
                self._value = result
                if self._error_callback:
                    self._error_callback(self._value)
            if self._number_left == 0:
                self._cache.pop(self._job, None)
                self._event.set()


class IMapIterator:
    def __init__(self, pool, ordered=True):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._job = next(_job_counter)
        self._cache = pool._cache
        self._items = {}
        self._unordered = []
        self._ordered = ordered
        self._index = 0
        self._length = None
        self._received = 0
        self._cache[self._job] = self

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            while True:
                if self._ordered and self._index in self._items:
                    success, value = self._items.pop(self._index)
                    self._index += 1
                    break
                if not self._ordered and self._unordered:
                    success, value = self._unordered.pop(0)
                    self._index += 1
                    break
                if self._length is not None and self._index == self._length:
                    self._cache.pop(self._job, None)
                    raise StopIteration
                if not self._cond.wait(timeout):
                    if timeout is not None:
                        raise TimeoutError
        if success:
            return value
        raise value

    __next__ = next

    def _set(self, i, obj):
        with self._cond:
            if self._ordered:
                self._items[i] = obj
            else:
                self._unordered.append(obj)
            self._received += 1
            self._cond.notify_all()

    def _set_length(self, length):
        with self._cond:
            self._length = length
            self._cond.notify_all()


class _ChunkIterator(IMapIterator):
    """imap with chunks: results of chunk i are items i*c .. i*c+c-1."""

    def __init__(self, pool, chunksize, ordered):
        IMapIterator.__init__(self, pool, ordered)
        self._chunksize = chunksize

    def _set(self, i, obj):
        success, value = obj
        with self._cond:
            if success:
                for k, v in enumerate(value):
                    if self._ordered:
                        self._items[i * self._chunksize + k] = (True, v)
                    else:
                        self._unordered.append((True, v))
            else:
                n = 1 if not self._ordered else self._chunksize
                for k in range(n):
                    if self._ordered:
                        self._items[i * self._chunksize + k] = (False, value)
                    else:
                        self._unordered.append((False, value))
            self._cond.notify_all()


class Pool:
    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError('Number of processes must be at least 1')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._initializer = initializer
        self._initargs = initargs
        self._maxtasks = maxtasksperchild
        self._make_queues()
        self._cache = {}
        self._state = RUN
        self._pool = []
        self._lock = threading.Lock()
        self._repopulate()
        self._handler = threading.Thread(target=self._handle_results, daemon=True)
        self._handler.start()

    def _make_queues(self):
        self._inqueue = Queue()
        self._outqueue = Queue()

    def _make_worker(self):
        w = Process(target=_worker, args=(self._inqueue, self._outqueue, self._initializer,
                                          self._initargs, self._maxtasks))
        w.name = w.name.replace('Process', 'ForkPoolWorker')
        w.daemon = True
        return w

    def _repopulate(self):
        while len(self._pool) < self._processes:
            w = self._make_worker()
            w.start()
            self._pool.append(w)

    def _maintain(self):
        changed = False
        for w in list(self._pool):
            if w.exitcode is not None:
                w.join()
                self._pool.remove(w)
                changed = True
        if changed and self._state == RUN:
            self._repopulate()

    def _handle_results(self):
        while True:
            try:
                task = self._outqueue.get(timeout=0.05)
            except Empty:
                if self._state == TERMINATE:
                    return
                if self._state == CLOSE and not self._pool:
                    return
                with self._lock:
                    if self._state == RUN:
                        self._maintain()
                continue
            except (OSError, EOFError):
                return
            if task is None:   # join()'s wake-up once the workers are gone
                if self._state != RUN:
                    return
                continue
            job, i, obj = task
            r = self._cache.get(job)
            if r is not None:
                r._set(i, obj)

    def _check_running(self):
        if self._state != RUN:
            raise ValueError('Pool not running')

    def _put(self, job, i, func, args, kwds, kind):
        self._inqueue.put((job, i, func, args, kwds, kind))

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._put(result._job, 0, func, tuple(args), dict(kwds), 0)
        return result

    def _map_async(self, func, iterable, kind, chunksize, callback, error_callback):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        result = MapResult(self, chunksize, len(iterable), callback, error_callback)
        for i in range(0, len(iterable), chunksize or 1):
            self._put(result._job, i // chunksize, func, iterable[i:i + chunksize], None, kind)
        return result

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, 1, chunksize, None, None).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, 1, chunksize, callback, error_callback)

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, 2, chunksize, None, None).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, 2, chunksize, callback, error_callback)

    def _imap(self, func, iterable, chunksize, ordered):
        self._check_running()
        if chunksize < 1:
            raise ValueError('Chunksize must be 1+, not {0:n}'.format(chunksize))
        it = _ChunkIterator(self, chunksize, ordered)
        items = list(iterable)
        n = 0
        for i in range(0, len(items), chunksize):
            self._put(it._job, n, func, items[i:i + chunksize], None, 1)
            n += 1
        it._set_length(len(items))
        return it

    def imap(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, True)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, False)

    def close(self):
        if self._state == RUN:
            self._state = CLOSE
            for w in self._pool:
                self._inqueue.put(None)

    def terminate(self):
        self._state = TERMINATE
        for w in self._pool:
            w.terminate()
        for w in self._pool:
            w.join()
        self._handler.join()
        self._destroy_queues()

    def _destroy_queues(self):
        for q in (self._inqueue, self._outqueue):
            if hasattr(q, '_destroy'):
                q._destroy()

    def join(self):
        if self._state == RUN:
            raise ValueError('Pool is still running')
        for w in list(self._pool):
            w.join()
        if self._state == CLOSE:
            self._pool = []
            self._outqueue.put(None)
        self._handler.join()
        if self._state == CLOSE:
            self._destroy_queues()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *exc):
        self.terminate()

    def __repr__(self):
        state = {RUN: 'RUN', CLOSE: 'CLOSE', TERMINATE: 'TERMINATE'}[self._state]
        return '<multiprocessing.pool.Pool state=%s pool_size=%d>' % (state, len(self._pool))


class _ThreadWorker:
    """A worker thread dressed as a Process for Pool's bookkeeping."""

    def __init__(self, target, args):
        self._thread = threading.Thread(target=target, args=args, daemon=True)
        self.name = self._thread.name
        self.daemon = True

    def start(self):
        self._thread.name = self.name
        self._thread.start()

    @property
    def exitcode(self):
        return None if self._thread.is_alive() else 0

    def is_alive(self):
        return self._thread.is_alive()

    def join(self, timeout=None):
        self._thread.join(timeout)

    def terminate(self):
        pass


class ThreadPool(Pool):
    """Pool's interface over threads (no pickling, no processes)."""

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)

    def _make_queues(self):
        import queue
        self._inqueue = queue.SimpleQueue() if hasattr(queue, 'SimpleQueue') else queue.Queue()
        self._outqueue = queue.Queue()

    def _make_worker(self):
        w = _ThreadWorker(_worker, (self._inqueue, self._outqueue, self._initializer, self._initargs,
                                    self._maxtasks))
        return w

    def terminate(self):
        self._state = TERMINATE
        for w in self._pool:
            self._inqueue.put(None)
        for w in self._pool:
            w.join()
        self._handler.join()
