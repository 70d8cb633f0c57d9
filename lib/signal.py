"""Signals (gilpy's signal: the handlers and the C side are in _signal,
src/modules/mod_signal.c; the Signals/Handlers/Sigmasks enums are here).
Handlers run in the main thread, between bytecodes; the frame argument they
receive is None (gilpy has no frame objects for running code)."""
import _signal
from _signal import *
from enum import IntEnum as _IntEnum

SIGCLD = SIGCHLD

_globals = globals()


def _enum(name, pick):
    # aliases (SIGIOT/SIGABRT, ...) resolve to the first name in (value, name) order, as in CPython
    members = sorted(((v, k) for k, v in _globals.items() if pick(k) and isinstance(v, int)))
    return _IntEnum(name, [(k, v) for v, k in members])


Signals = _enum('Signals', lambda n: n.isupper() and n.startswith('SIG') and not n.startswith('SIG_'))
Handlers = _enum('Handlers', lambda n: n in ('SIG_DFL', 'SIG_IGN'))
Sigmasks = _enum('Sigmasks', lambda n: n in ('SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK'))
_globals.update(Signals.__members__)
_globals.update(Handlers.__members__)
_globals.update(Sigmasks.__members__)


def _int_to_enum(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    """Sets the handler of signalnum (SIG_DFL, SIG_IGN or a callable taking
    (signum, frame)); returns the previous one."""
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    return _int_to_enum(_signal.getsignal(signalnum), Handlers)


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}


del _globals, _enum
