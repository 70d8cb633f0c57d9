"""Shallow and deep copy (gilpy's copy, written in Python)."""

from _weakref import ref as _weakref_ref


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range,
           type(len), type(Ellipsis), type(NotImplemented), frozenset,
           _weakref_ref)  # a weak reference is copied as itself, as in CPython
_atomic += (type(lambda: None),)  # functions are copied as themselves, as in CPython


def copy(x):
    cls = type(x)
    if cls in _atomic:
        return x
    if cls in (list, dict, set, bytearray):
        return cls(x)
    if cls is tuple:
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    reductor = getattr(x, '__reduce_ex__', None)
    return _reconstruct_shallow(x)


def _reconstruct_shallow(x):
    return _reconstruct(x, None)


_VALUE_BASES = (tuple, int, float, complex, str, bytes, frozenset)


def _newargs(x):
    # What __reduce_ex__ passes to cls.__new__: __getnewargs__() when the
    # class has one (namedtuple), else the builtin value of an immutable
    # base (tuple, int, str, ...), as CPython's own __getnewargs__ give.
    getnewargs = getattr(type(x), '__getnewargs__', None)
    if getnewargs is not None:
        return getnewargs(x)
    for base in _VALUE_BASES:
        if isinstance(x, base):
            return (base(x),)
    return ()


def _user_reduce(x):
    # a class's own __reduce_ex__/__reduce__ (gilpy's object has neither)
    cls = type(x)
    reductor = getattr(cls, '__reduce_ex__', None)
    if reductor is not None:
        return reductor(x, 4)
    reductor = getattr(cls, '__reduce__', None)
    if reductor is not None:
        return reductor(x)
    return None


def _from_reduce(x, rv, memo):
    if isinstance(rv, str):
        return x
    func, args = rv[0], rv[1]
    state = rv[2] if len(rv) > 2 else None
    listiter = rv[3] if len(rv) > 3 else None
    dictiter = rv[4] if len(rv) > 4 else None
    if memo is not None and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if memo is not None:
        memo[id(x)] = y
    if state is not None:
        _set_state(y, state, memo)
    if listiter is not None:
        for item in listiter:
            y.append(item if memo is None else deepcopy(item, memo))
    if dictiter is not None:
        for k, v in dictiter:
            if memo is not None:
                k, v = deepcopy(k, memo), deepcopy(v, memo)
            y[k] = v
    return y


def _reconstruct(x, memo):
    # CPython's copy through __reduce_ex__(4), for objects without
    # __copy__/__deepcopy__: new object from __getnewargs__, then the state
    # (__dict__/slots or __getstate__), then list items and dict items for
    # subclasses of list and dict.
    cls = type(x)
    reduced = _user_reduce(x)
    if reduced is not None:
        return _from_reduce(x, reduced, memo)
    args = _newargs(x)
    if memo is not None and args:
        args = deepcopy(args, memo)
    y = cls.__new__(cls, *args)
    if memo is not None:
        memo[id(x)] = y
    _set_state(y, _get_state(x), memo)
    if isinstance(x, list):
        for item in list.__iter__(x):
            list.append(y, item if memo is None else deepcopy(item, memo))
    elif isinstance(x, dict):
        for k, v in list(dict.items(x)):
            if memo is not None:
                k, v = deepcopy(k, memo), deepcopy(v, memo)
            y[k] = v
    return y


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name not in ('__dict__', '__weakref__') and name not in names:
                names.append(name)
    return names


def _get_state(x):
    # What CPython's object.__reduce_ex__ would carry: __getstate__() when
    # the class defines it, else the instance dict, plus the filled slots
    # as a (dict, slots) pair.
    getstate = getattr(type(x), '__getstate__', None)
    if getstate is not None:
        return getstate(x)
    d = getattr(x, '__dict__', None) or None
    slots = {}
    for name in _slot_names(type(x)):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (d, slots)
    return d


def _set_state(y, state, memo):
    if state is None:
        return
    if memo is not None:
        state = deepcopy(state, memo)
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None:
        setstate(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        y.__dict__.update(state)
    if slots:
        for k, v in slots.items():
            setattr(y, k, v)


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    d = id(x)
    if d in memo:
        return memo[d]
    cls = type(x)
    if cls in _atomic:
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
        return y
    if cls is tuple:
        y = tuple(deepcopy(a, memo) for a in x)
        if all(a is b for a, b in zip(x, y)):
            y = x
        memo[d] = y
        return y
    if cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
        return y
    if cls is set:
        y = set(deepcopy(a, memo) for a in x)
        memo[d] = y
        return y
    copier = getattr(x, '__deepcopy__', None)
    if copier is not None:
        y = copier(memo)
        memo[d] = y
        return y
    return _reconstruct(x, memo)
