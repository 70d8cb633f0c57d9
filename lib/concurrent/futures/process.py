"""concurrent.futures.process: ProcessPoolExecutor on gilpy's
multiprocessing (fork).

A management thread in the parent feeds at most max_workers + 1 calls to
the workers' call queue (later ones stay cancellable), collects results,
and watches the workers: when one dies (os._exit, a signal) every pending
future fails with BrokenProcessPool and the pool is torn down -- never a
hang.  Exceptions raised by the callable are pickled back with their type.
"""
import os
import threading
import itertools
import collections
import multiprocessing as mp
from multiprocessing.queues import Empty
from . import _base

EXTRA_QUEUED_CALLS = 1


class BrokenProcessPool(_base.BrokenExecutor):
    pass


def _process_worker(call_queue, result_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            import traceback
            traceback.print_exc()
            os._exit(1)
    while True:
        item = call_queue.get()
        if item is None:
            return
        work_id, fn, args, kwargs = item
        try:
            r = fn(*args, **kwargs)
        except BaseException as e:
            msg = (work_id, False, _ExceptionWithTraceback(e))
        else:
            msg = (work_id, True, r)
        try:
            result_queue.put(msg)
        except BaseException as e:
            exc = msg[2].exc if isinstance(msg[2], _ExceptionWithTraceback) else e
            result_queue.put((work_id, False, exc if _picklable(exc) else RuntimeError(repr(exc))))
            exc = None
        item = msg = r = None   # no frame <-> traceback cycle (no cycle collector)


class _RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class _ExceptionWithTraceback:
    def __init__(self, exc):
        import traceback
        tb = ''.join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        self.exc = exc
        self.tb = '\n"""\n%s"""' % tb

    def __reduce__(self):
        return _rebuild_exc, (self.exc, self.tb)


def _rebuild_exc(exc, tb):
    exc.__cause__ = _RemoteTraceback(tb)
    return exc


def _picklable(obj):
    import pickle
    try:
        pickle.dumps(obj)
        return True
    except Exception:
        return False


def _process_chunk(fn, chunk):
    return [fn(*args) for args in chunk]


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = initargs
        self._call_queue = mp.Queue()
        self._result_queue = mp.Queue()
        self._pending = collections.deque()   # (work_id, future, fn, args, kwargs) not yet sent
        self._inflight = {}                    # work_id -> future, sent to the workers
        self._ids = itertools.count()
        self._lock = threading.Lock()
        self._wakeup = threading.Event()
        self._shutdown_flag = False
        self._broken = False
        self._processes = []
        self._thread = None

    def _start(self):
        if self._thread is not None:
            return
        for _ in range(self._max_workers):
            p = mp.Process(target=_process_worker,
                           args=(self._call_queue, self._result_queue, self._initializer, self._initargs))
            p.daemon = True   # dies with the parent if shutdown() is never called
            p.start()
            self._processes.append(p)
        self._thread = threading.Thread(target=self._manage, daemon=True)
        self._thread.start()

    def submit(self, fn, /, *args, **kwargs):
        with self._lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown_flag:
                raise RuntimeError('cannot schedule new futures after shutdown')
            f = _base.Future()
            self._pending.append((next(self._ids), f, fn, args, kwargs))
            self._start()
        self._wakeup.set()
        return f

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError('chunksize must be >= 1.')
        if chunksize == 1:
            return super().map(fn, *iterables, timeout=timeout)
        items = list(zip(*iterables))
        chunks = [items[i:i + chunksize] for i in range(0, len(items), chunksize)]
        results = super().map(_process_chunk, [fn] * len(chunks), chunks, timeout=timeout)

        def chain():
            for r in results:
                yield from r
        return chain()

    def _next_call(self):
        """The next pending call to send, or None (then whether to stop)."""
        with self._lock:
            if self._broken:
                return None, True
            while self._pending and len(self._inflight) < self._max_workers + EXTRA_QUEUED_CALLS:
                work_id, f, fn, args, kwargs = self._pending.popleft()
                if not f.set_running_or_notify_cancel():
                    continue
                self._inflight[work_id] = f   # before the put: its result may come at once
                return (work_id, f, fn, args, kwargs), False
            return None, self._shutdown_flag and not self._pending

    def _feed(self):
        # Its own thread: a put blocks while the call pipe is full, and the
        # workers may themselves be blocked writing big results that only
        # the management thread reads.
        while True:
            item, stop = self._next_call()
            if item is None:
                if stop:
                    return
                self._wakeup.wait(0.05)
                self._wakeup.clear()
                continue
            work_id, f, fn, args, kwargs = item
            try:
                self._call_queue.put((work_id, fn, args, kwargs))
            except BaseException as e:
                with self._lock:
                    self._inflight.pop(work_id, None)
                f.set_exception(e)
            item = f = None

    def _collect(self, timeout):
        try:
            work_id, ok, value = self._result_queue.get(timeout=timeout)
        except Empty:
            return False
        with self._lock:
            f = self._inflight.pop(work_id, None)
        if f is not None:
            if ok:
                f.set_result(value)
            else:
                f.set_exception(value)
        self._wakeup.set()
        return True

    def _manage(self):
        feeder = threading.Thread(target=self._feed, daemon=True)
        feeder.start()
        while True:
            if self._collect(0.02):
                continue
            dead = [p for p in self._processes if p.exitcode is not None]
            if dead:
                while self._collect(0):
                    pass
                self._break()
                return
            with self._lock:
                stop = self._shutdown_flag and not self._pending and not self._inflight
            if stop and not feeder.is_alive():
                break
        for p in self._processes:
            self._call_queue.put(None)
        for p in self._processes:
            p.join()
        self._call_queue._destroy()
        self._result_queue._destroy()

    def _break(self):
        with self._lock:
            self._broken = ('A process in the process pool was terminated abruptly '
                            'while the future was running or pending.')
            futures = list(self._inflight.values()) + [item[1] for item in self._pending]
            self._inflight.clear()
            self._pending.clear()
        for f in futures:
            if not f.done():
                f.set_exception(BrokenProcessPool(self._broken))
        for p in self._processes:
            if p.exitcode is None:
                p.terminate()
        for p in self._processes:
            p.join()

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._lock:
            self._shutdown_flag = True
            if cancel_futures:
                while self._pending:
                    self._pending.popleft()[1].cancel()
        self._wakeup.set()
        if wait and self._thread is not None:
            self._thread.join()
