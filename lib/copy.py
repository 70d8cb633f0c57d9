"""Shallow and deep copy (gilpy's copy, written in Python)."""


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range,
           type(len), type(Ellipsis), type(NotImplemented), frozenset)


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
    cls = type(x)
    y = cls.__new__(cls)
    d = getattr(x, '__dict__', None)
    if d is not None:
        y.__dict__.update(d)
    return y


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
    y = cls.__new__(cls)
    memo[d] = y
    state = getattr(x, '__dict__', None)
    if state is not None:
        for k, v in state.items():
            y.__dict__[k] = deepcopy(v, memo)
    return y
