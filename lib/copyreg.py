"""copyreg for gilpy: the registry pickle and copy consult (dispatch_table,
pickle()), the __newobj__ helpers named in pickles and _reconstructor for
old protocol 0/1 pickles."""

__all__ = ['pickle', 'constructor', 'add_extension', 'remove_extension', 'clear_extension_cache']

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError('reduction functions must be callable')
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError('constructors must be callable')


def pickle_complex(c):
    return complex, (c.real, c.imag)


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    import pickle as _p
    return _p._slotnames(cls)


_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    _extension_registry[(module, name)] = code
    _inverted_registry[code] = (module, name)


def remove_extension(module, name, code):
    del _extension_registry[(module, name)]
    del _inverted_registry[code]


def clear_extension_cache():
    _extension_cache.clear()
