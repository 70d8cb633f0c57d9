"""atexit: functions called when the interpreter exits normally.

The interpreter calls _run_exitfuncs() once threading's non-daemon
threads have finished (src/vm/state.c, as CPython orders it), also after
sys.exit() or an uncaught exception, but not after os._exit(). Handlers
run last registered first; an exception in one is reported as
"Exception ignored in atexit callback: ..." and the others still run."""

import sys

__all__ = ["register", "unregister"]

_handlers = []


def register(func, /, *args, **kwargs):
    """Calls func(*args, **kwargs) at exit; returns func (a decorator)."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _handlers.append((func, args, kwargs))
    return func


def unregister(func):
    """Removes every registration of func."""
    _handlers[:] = [h for h in _handlers if h[0] != func]


def _clear():
    del _handlers[:]


def _ncallbacks():
    return len(_handlers)


def _run_exitfuncs():
    while _handlers:
        func, args, kwargs = _handlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as e:
            try:
                sys.stderr.write("Exception ignored in atexit callback: %r\n" % (func,))
                import traceback
                # from the handler's frame on, as CPython prints it
                if e.__traceback__ is not None:
                    e = e.with_traceback(e.__traceback__.tb_next)
                traceback.print_exception(type(e), e, e.__traceback__)
            except BaseException:
                pass
