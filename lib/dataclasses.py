"""Data classes (gilpy's dataclasses: the generated methods are closures
rather than exec'd source, with CPython's behaviour and messages)."""
import copy as _copy
import sys as _sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()


class _KwOnly:
    pass


KW_ONLY = _KwOnly


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = metadata
        self.kw_only = kw_only

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,'
                'hash=%r,compare=%r,metadata=%r,kw_only=%r)' % (
                    self.name, self.type, self.default, self.default_factory, self.init,
                    self.repr, self.hash, self.compare, self.metadata, self.kw_only))

    def __set_name__(self, owner, name):
        pass


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata or {}, kw_only)


_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


def fields(class_or_instance):
    try:
        fs = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fs.values() if not _is_initvar(f.type))


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    for f in getattr(obj, _FIELDS).values():
        if _is_initvar(f.type) and f.name not in changes:
            if f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def _is_initvar(tp):
    """InitVar[...] (also as a string annotation, PEP 563)."""
    if isinstance(tp, str):
        return tp.startswith(('InitVar', 'dataclasses.InitVar'))
    return isinstance(tp, InitVar)


def _is_classvar(tp):
    """typing.ClassVar or ClassVar[...] (also as a string annotation)."""
    if isinstance(tp, str):
        return tp.startswith(('ClassVar', 'typing.ClassVar'))
    typing = _sys.modules.get('typing')
    if typing is None:
        return False
    return tp is typing.ClassVar or getattr(tp, '__origin__', None) is typing.ClassVar


def _collect_fields(cls, kw_only_default):
    fs = {}
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            for f in base_fields.values():
                fs[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    kw_only = kw_only_default
    for name, tp in annotations.items():
        if tp is KW_ONLY or tp == 'KW_ONLY':
            kw_only = True
            continue
        if _is_classvar(tp):
            # a class attribute, not a field
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            if isinstance(default, (list, dict, set)):
                raise ValueError(f'mutable default {type(default)} for field {name} is not allowed: use default_factory')
            f = field(default=default)
        f.name = name
        f.type = tp
        if f.kw_only is MISSING:
            f.kw_only = kw_only
        fs[name] = f
        if isinstance(default, Field):
            if f.default is MISSING:
                try:
                    delattr(cls, name)
                except AttributeError:
                    pass
            else:
                setattr(cls, name, f.default)
    return fs


def _make_init(cls, fs, frozen):
    init_fields = [f for f in fs.values() if f.init]
    pos = [f for f in init_fields if not f.kw_only]
    kw = [f for f in init_fields if f.kw_only]
    seen_default = False
    for f in pos:
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        if seen_default and not has_default:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')
        seen_default = seen_default or has_default
    initvars = [f for f in init_fields if _is_initvar(f.type)]
    qual = cls.__qualname__ + '.__init__'

    def __init__(self, *args, **kwargs):
        if len(args) > len(pos):
            plural = 'argument' if len(pos) == 0 else 'arguments'
            raise TypeError(f'{qual}() takes {len(pos) + 1} positional {plural} but {len(args) + 1} were given')
        values = {}
        for f, a in zip(pos, args):
            values[f.name] = a
        for k, v in kwargs.items():
            if k not in fs or not fs[k].init:
                raise TypeError(f"{qual}() got an unexpected keyword argument '{k}'")
            if k in values:
                raise TypeError(f"{qual}() got multiple values for argument '{k}'")
            values[k] = v
        missing = []
        for f in init_fields:
            if f.name in values:
                continue
            if f.default is not MISSING:
                values[f.name] = f.default
            elif f.default_factory is not MISSING:
                values[f.name] = f.default_factory()
            else:
                missing.append(f.name)
        if missing:
            kind = 'keyword-only' if all(fs[m].kw_only for m in missing) else 'positional'
            if len(missing) == 1:
                raise TypeError(f"{qual}() missing 1 required {kind} argument: '{missing[0]}'")
            listed = ', '.join(f"'{m}'" for m in missing[:-1]) + f" and '{missing[-1]}'"
            raise TypeError(f"{qual}() missing {len(missing)} required {kind} arguments: {listed}")
        for f in fs.values():
            if _is_initvar(f.type):
                continue
            if not f.init:
                if f.default is not MISSING:
                    values[f.name] = f.default
                elif f.default_factory is not MISSING:
                    values[f.name] = f.default_factory()
                else:
                    continue
            if frozen:
                object.__setattr__(self, f.name, values[f.name])
            else:
                setattr(self, f.name, values[f.name])
        post = getattr(self, '__post_init__', None)
        if post is not None:
            post(*[values[f.name] for f in initvars])
    __init__.__qualname__ = qual
    return __init__


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only):
    base_params = [getattr(b, _PARAMS) for b in cls.__mro__[1:] if _PARAMS in b.__dict__]
    if any(p[5] for p in base_params) and not frozen:
        raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
    if base_params and not all(p[5] for p in base_params) and frozen:
        raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    fs = _collect_fields(cls, kw_only)
    setattr(cls, _FIELDS, fs)
    setattr(cls, _PARAMS, (init, repr, eq, order, unsafe_hash, frozen))
    if init and '__init__' not in cls.__dict__:
        cls.__init__ = _make_init(cls, fs, frozen)
    if repr and '__repr__' not in cls.__dict__:
        repr_fields = [f.name for f in fs.values() if f.repr and not _is_initvar(f.type)]

        def __repr__(self):
            return self.__class__.__qualname__ + '(' + ', '.join(
                f'{n}={getattr(self, n)!r}' for n in repr_fields) + ')'
        cls.__repr__ = __repr__
    cmp_fields = [f.name for f in fs.values() if f.compare and not _is_initvar(f.type)]

    def astup(self):
        return tuple(getattr(self, n) for n in cmp_fields)
    if eq and '__eq__' not in cls.__dict__:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return astup(self) == astup(other)
            return NotImplemented
        cls.__eq__ = __eq__
    if order:
        def make(op):
            def cmp(self, other):
                if other.__class__ is self.__class__:
                    return op(astup(self), astup(other))
                return NotImplemented
            return cmp
        for name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            if name in cls.__dict__:
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')
            setattr(cls, name, make(op))
    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in fs:
                raise FrozenInstanceError(f"cannot assign to field {name!r}")
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in fs:
                raise FrozenInstanceError(f"cannot delete field {name!r}")
            super(cls, self).__delattr__(name)
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    if unsafe_hash or (eq and frozen):
        def __hash__(self):
            return hash(astup(self))
        cls.__hash__ = __hash__
    elif eq and '__hash__' not in cls.__dict__:
        cls.__hash__ = None
    if '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in fs.values() if f.init and not f.kw_only)
    return cls


def _add_slots(cls, weakref_slot):
    """slots=True: the class is rebuilt with __slots__ naming its fields (as
    CPython does); class-level defaults move out of the way of the slots."""
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    inherited = set()
    for b in cls.__mro__[1:-1]:
        s = b.__dict__.get('__slots__', ())
        inherited.update((s,) if isinstance(s, str) else s)
    names = tuple(f.name for f in fields(cls))
    ns = dict(cls.__dict__)
    ns['__slots__'] = tuple(n for n in names if n not in inherited) + (
        ('__weakref__',) if weakref_slot else ())
    for n in names:
        ns.pop(n, None)
    ns.pop('__dict__', None)
    ns.pop('__weakref__', None)
    qualname = cls.__qualname__
    new = type(cls)(cls.__name__, cls.__bases__, ns)
    new.__qualname__ = qualname
    return new


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')

    def wrap(cls):
        cls = _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only)
        return _add_slots(cls, weakref_slot) if slots else cls
    if cls is None:
        return wrap
    return wrap(cls)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            annotations[item] = 'typing.Any'
        elif len(item) == 2:
            annotations[item[0]] = item[1]
        else:
            annotations[item[0]] = item[1]
            ns[item[0]] = item[2]
    ns['__annotations__'] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, **kwargs)
