"""Coroutine checks: gilpy coroutines are generators flagged by async def."""

import types as _types

__all__ = ('iscoroutinefunction', 'iscoroutine')


def iscoroutine(obj):
    return isinstance(obj, _types.CoroutineType)


def iscoroutinefunction(func):
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & 128)


def _format_coroutine(coro, code=None):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None) or type(coro).__name__
    if code is None:
        code = getattr(coro, 'cr_code', None)
    running = getattr(coro, 'cr_frame', None) is not None
    state = 'running' if running else 'done'
    if code is None:
        return '{}() {}'.format(name, state)
    return '{}() {}, defined at {}:{}'.format(name, state, code.co_filename, code.co_firstlineno)
