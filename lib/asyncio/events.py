"""Event-loop handles and the current/running loop (per thread)."""
import threading

__all__ = ('Handle', 'TimerHandle', 'AbstractEventLoop', 'get_event_loop', 'set_event_loop',
           'new_event_loop', 'get_running_loop', '_get_running_loop', '_set_running_loop')


def _format_callback(cb):
    name = getattr(cb, '__qualname__', None) or getattr(cb, '__name__', None) or repr(cb)
    text = name + '()'
    code = getattr(getattr(cb, '__func__', cb), '__code__', None)
    if code is not None:
        text += ' at {}:{}'.format(code.co_filename, code.co_firstlineno)
    return text


class Handle:
    """A callback scheduled by call_soon."""
    def __init__(self, callback, args, loop, context=None):
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False

    def __repr__(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_format_callback(self._callback))
        return '<{}>'.format(' '.join(info))

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': 'Exception in callback ' + _format_callback(self._callback),
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    """A callback scheduled by call_later / call_at."""
    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop)
        self._when = when
        self._scheduled = False

    def __lt__(self, other):
        return self._when < other._when

    def __le__(self, other):
        return self._when <= other._when

    def __gt__(self, other):
        return self._when > other._when

    def __ge__(self, other):
        return self._when >= other._when

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return id(self)

    def when(self):
        return self._when

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()


class AbstractEventLoop:
    pass


class _Local(threading.local):
    loop = None
    running = None
    set_called = False


_local = _Local()


def _get_running_loop():
    return _local.running


def _set_running_loop(loop):
    _local.running = loop


def get_running_loop():
    loop = _local.running
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def get_event_loop():
    loop = _local.running
    if loop is not None:
        return loop
    if _local.loop is None:
        if threading.current_thread() is not threading.main_thread():
            raise RuntimeError("There is no current event loop in thread %r."
                               % threading.current_thread().name)
        _local.loop = new_event_loop()
    return _local.loop


def set_event_loop(loop):
    _local.loop = loop


def new_event_loop():
    from .base_events import SelectorEventLoop
    return SelectorEventLoop()


def get_event_loop_policy():
    return _policy


class DefaultEventLoopPolicy:
    def get_event_loop(self):
        return get_event_loop()

    def set_event_loop(self, loop):
        set_event_loop(loop)

    def new_event_loop(self):
        return new_event_loop()


_policy = DefaultEventLoopPolicy()


def set_event_loop_policy(policy):
    pass
