"""Futures and a thread pool (gilpy's concurrent.futures, threads only).

Future, ThreadPoolExecutor, wait, as_completed and the exceptions, with
CPython's behaviour for the common uses; ProcessPoolExecutor is absent."""
import threading
import time
from collections import deque

__all__ = ['FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'BrokenExecutor', 'InvalidStateError', 'Future', 'Executor',
           'wait', 'as_completed', 'ThreadPoolExecutor']

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING, _RUNNING, _CANCELLED, _FINISHED = 'PENDING', 'RUNNING', 'CANCELLED', 'FINISHED'


class CancelledError(Exception):
    pass


TimeoutError = TimeoutError


class BrokenExecutor(RuntimeError):
    pass


class InvalidStateError(Exception):
    pass


class Future:
    def __init__(self):
        self._condition = threading.Condition()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def __repr__(self):
        with self._condition:
            if self._state == _FINISHED:
                if self._exception:
                    return '<%s at %#x state=finished raised %s>' % (
                        self.__class__.__name__, id(self), self._exception.__class__.__name__)
                return '<%s at %#x state=finished returned %s>' % (
                    self.__class__.__name__, id(self), self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (self.__class__.__name__, id(self), self._state.lower())

    def _invoke_callbacks(self):
        for cb in self._done_callbacks:
            try:
                cb(self)
            except Exception:
                pass

    def cancel(self):
        with self._condition:
            if self._state in (_RUNNING, _FINISHED):
                return False
            if self._state == _CANCELLED:
                return True
            self._state = _CANCELLED
            self._condition.notify_all()
            for w in self._waiters:
                w.set()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state == _CANCELLED

    def running(self):
        return self._state == _RUNNING

    def done(self):
        return self._state in (_CANCELLED, _FINISHED)

    def _get_result(self):
        if self._state == _CANCELLED:
            raise CancelledError()
        if self._exception is not None:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in (_CANCELLED, _FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            pass

    def result(self, timeout=None):
        with self._condition:
            if self._state in (_CANCELLED, _FINISHED):
                return self._get_result()
            self._condition.wait(timeout)
            if self._state in (_CANCELLED, _FINISHED):
                return self._get_result()
            raise TimeoutError()

    def exception(self, timeout=None):
        with self._condition:
            if self._state not in (_CANCELLED, _FINISHED):
                self._condition.wait(timeout)
            if self._state == _CANCELLED:
                raise CancelledError()
            if self._state == _FINISHED:
                return self._exception
            raise TimeoutError()

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == _CANCELLED:
                return False
            if self._state == _PENDING:
                self._state = _RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def _finish(self):
        self._state = _FINISHED
        for w in self._waiters:
            w.set()
        self._condition.notify_all()

    def set_result(self, result):
        with self._condition:
            if self._state in (_CANCELLED, _FINISHED):
                raise InvalidStateError('%s: %r' % (self._state, self))
            self._result = result
            self._finish()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in (_CANCELLED, _FINISHED):
                raise InvalidStateError('%s: %r' % (self._state, self))
            self._exception = exception
            self._finish()
        self._invoke_callbacks()


def _done_set(fs):
    return set(f for f in fs if f.done())


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    ev = threading.Event()
    for f in fs:
        with f._condition:
            f._waiters.append(ev)
    try:
        end = None if timeout is None else time.monotonic() + timeout
        while True:
            done = _done_set(fs)
            if return_when == FIRST_COMPLETED and done:
                break
            if return_when == FIRST_EXCEPTION and any(
                    not f.cancelled() and f._exception is not None for f in done):
                break
            if len(done) == len(fs):
                break
            left = None if end is None else end - time.monotonic()
            if left is not None and left <= 0:
                break
            ev.wait(left)
            ev.clear()
        return DoneAndNotDoneFutures(done, fs - done)
    finally:
        for f in fs:
            with f._condition:
                try:
                    f._waiters.remove(ev)
                except ValueError:
                    pass


class DoneAndNotDoneFutures(tuple):
    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]


def as_completed(fs, timeout=None):
    fs = list(dict.fromkeys(fs))
    end = None if timeout is None else time.monotonic() + timeout
    pending = set(fs)
    ev = threading.Event()
    for f in fs:
        with f._condition:
            f._waiters.append(ev)
    try:
        while pending:
            done = [f for f in fs if f in pending and f.done()]
            for f in done:
                pending.discard(f)
                yield f
            if not pending:
                break
            left = None if end is None else end - time.monotonic()
            if left is not None and left <= 0:
                raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), len(fs)))
            ev.wait(left)
            ev.clear()
    finally:
        for f in fs:
            with f._condition:
                try:
                    f._waiters.remove(ev)
                except ValueError:
                    pass


class Executor:
    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        end = None if timeout is None else time.monotonic() + timeout
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            try:
                fs.reverse()
                while fs:
                    f = fs.pop()
                    if end is None:
                        yield f.result()
                    else:
                        yield f.result(end - time.monotonic())
            finally:
                for f in fs:
                    f.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


class ThreadPoolExecutor(Executor):
    _counter = 0

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = 5
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        ThreadPoolExecutor._counter += 1
        self._max_workers = max_workers
        self._work = deque()
        self._cond = threading.Condition(threading.Lock())
        self._idle = 0
        self._threads = set()
        self._shutdown = False
        self._prefix = thread_name_prefix or ("ThreadPoolExecutor-%d" % ThreadPoolExecutor._counter)
        self._initializer = initializer
        self._initargs = initargs

    def _worker(self):
        if self._initializer is not None:
            self._initializer(*self._initargs)
        while True:
            with self._cond:
                while not self._work and not self._shutdown:
                    self._idle += 1
                    self._cond.wait()
                    self._idle -= 1
                if not self._work:
                    return
                item = self._work.popleft()
            item.run()
            item = None

    def submit(self, fn, /, *args, **kwargs):
        with self._cond:
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            f = Future()
            self._work.append(_WorkItem(f, fn, args, kwargs))
            if self._idle == 0 and len(self._threads) < self._max_workers:
                t = threading.Thread(name='%s_%d' % (self._prefix, len(self._threads)),
                                     target=self._worker, daemon=True)
                self._threads.add(t)
                t.start()
            else:
                self._cond.notify()
        return f

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._cond:
            self._shutdown = True
            if cancel_futures:
                while self._work:
                    self._work.popleft().future.cancel()
            self._cond.notify_all()
        if wait:
            for t in list(self._threads):
                t.join()
