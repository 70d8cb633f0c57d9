"""Type hints (gilpy's typing: the common names, subscriptable, with
CPython's reprs; no runtime checking)."""
import collections as _collections
import sys as _sys

__all__ = ['Any', 'Callable', 'ClassVar', 'Dict', 'FrozenSet', 'Generic', 'Iterable', 'Iterator',
           'List', 'Literal', 'Mapping', 'NamedTuple', 'NoReturn', 'Optional', 'Protocol',
           'Sequence', 'Set', 'Tuple', 'Type', 'TypeVar', 'TypedDict', 'Union', 'cast',
           'overload', 'get_type_hints', 'TYPE_CHECKING', 'Final', 'final', 'Annotated',
           'Generator', 'DefaultDict', 'Deque', 'Counter', 'OrderedDict', 'Awaitable',
           'Coroutine', 'AsyncIterator', 'Hashable', 'Sized', 'Collection', 'MutableMapping',
           'MutableSequence', 'AbstractSet', 'MutableSet', 'ChainMap', 'Self', 'get_origin',
           'get_args', 'no_type_check', 'runtime_checkable', 'SupportsInt', 'SupportsFloat',
           'SupportsIndex', 'Text', 'AnyStr', 'IO', 'TextIO', 'BinaryIO', 'Pattern', 'Match',
           'NewType', 'ParamSpec', 'Concatenate', 'TypeAlias', 'TypeGuard', 'LiteralString',
           'Never', 'Required', 'NotRequired', 'reveal_type', 'assert_never', 'dataclass_transform']

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    if isinstance(obj, str):
        return repr(obj) if False else obj
    return repr(obj)


class _Final:
    __slots__ = ()


class _SpecialForm(_Final):
    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, params)

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _GenericAlias(_Final):
    def __init__(self, origin, args, name=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self._name = name

    def __repr__(self):
        name = self._name or _type_repr(self.__origin__)
        if not self.__args__:
            return f'typing.{name}' if self._name else name
        if self._name == 'Optional':
            return f'typing.Optional[{_type_repr(self.__args__[0])}]'
        args = ', '.join(_type_repr(a) for a in self.__args__)
        return f'typing.{name}[{args}]' if self._name else f'{name}[{args}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, params, self._name)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _Alias(_Final):
    """List, Dict, ...: the unsubscripted generic aliases."""

    def __init__(self, origin, name, nparams=-1):
        self.__origin__ = origin
        self._name = name
        self._nparams = nparams

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __or__(self, other):
        return Union[self, other]


def _union(self, params):
    if not isinstance(params, tuple):
        params = (params,)
    flat = []
    for p in params:
        if p is None:
            p = type(None)
        if isinstance(p, _GenericAlias) and p._name in ('Union', 'Optional'):
            items = p.__args__
        else:
            items = (p,)
        for q in items:
            if q not in flat:
                flat.append(q)
    if len(flat) == 1:
        return flat[0]
    if len(flat) == 2 and type(None) in flat:
        other = flat[0] if flat[1] is type(None) else flat[1]
        alias = _GenericAlias(Union, (other, type(None)), 'Optional')
        return alias
    return _GenericAlias(Union, tuple(flat), 'Union')


def _optional(self, param):
    return Union[param, None]


def _literal(self, params):
    if not isinstance(params, tuple):
        params = (params,)
    alias = _GenericAlias(Literal, params, 'Literal')
    return alias


def _passthrough(self, param):
    return _GenericAlias(self, param, self._name)


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
Literal = _SpecialForm('Literal', _literal)
ClassVar = _SpecialForm('ClassVar', _passthrough)
Final = _SpecialForm('Final', _passthrough)
Annotated = _SpecialForm('Annotated', _passthrough)
TypeGuard = _SpecialForm('TypeGuard', _passthrough)
Required = _SpecialForm('Required', _passthrough)
NotRequired = _SpecialForm('NotRequired', _passthrough)
Concatenate = _SpecialForm('Concatenate', _passthrough)

List = _Alias(list, 'List')
Dict = _Alias(dict, 'Dict')
Set = _Alias(set, 'Set')
FrozenSet = _Alias(frozenset, 'FrozenSet')
Tuple = _Alias(tuple, 'Tuple')
Type = _Alias(type, 'Type')
DefaultDict = _Alias(_collections.defaultdict, 'DefaultDict')
OrderedDict = _Alias(_collections.OrderedDict, 'OrderedDict')
Counter = _Alias(_collections.Counter, 'Counter')
Deque = _Alias(_collections.deque, 'Deque')
ChainMap = _Alias(_collections.ChainMap, 'ChainMap')
Callable = _Alias(object, 'Callable')
Iterable = _Alias(object, 'Iterable')
Iterator = _Alias(object, 'Iterator')
Generator = _Alias(object, 'Generator')
Sequence = _Alias(object, 'Sequence')
MutableSequence = _Alias(list, 'MutableSequence')
Mapping = _Alias(object, 'Mapping')
MutableMapping = _Alias(dict, 'MutableMapping')
AbstractSet = _Alias(object, 'AbstractSet')
MutableSet = _Alias(set, 'MutableSet')
Collection = _Alias(object, 'Collection')
Hashable = _Alias(object, 'Hashable')
Sized = _Alias(object, 'Sized')
Awaitable = _Alias(object, 'Awaitable')
Coroutine = _Alias(object, 'Coroutine')
AsyncIterator = _Alias(object, 'AsyncIterator')
SupportsInt = _Alias(object, 'SupportsInt')
SupportsFloat = _Alias(object, 'SupportsFloat')
SupportsIndex = _Alias(object, 'SupportsIndex')
IO = _Alias(object, 'IO')
TextIO = _Alias(object, 'TextIO')
BinaryIO = _Alias(object, 'BinaryIO')
Pattern = _Alias(object, 'Pattern')
Match = _Alias(object, 'Match')
Text = str


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]


AnyStr = TypeVar('AnyStr', bytes, str)


class ParamSpec(TypeVar):
    args = object()
    kwargs = object()


class Generic:
    def __class_getitem__(cls, params):
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)


_PROTO_SKIP = frozenset(['__module__', '__qualname__', '__doc__', '__annotations__', '__dict__',
                         '__weakref__', '__init__', '__slots__', '__parameters__', '__orig_bases__',
                         '__abstractmethods__', '_is_protocol', '_is_runtime_protocol',
                         '__subclasshook__', '__init_subclass__', '__class_getitem__',
                         '__protocol_attrs__', '__non_callable_proto_members__', '_abc_impl'])


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        for name in list(base.__dict__) + list(base.__dict__.get('__annotations__', {})):
            if name not in _PROTO_SKIP:
                attrs.add(name)
    return attrs


class _ProtocolMeta(type):
    # isinstance() against a @runtime_checkable protocol checks that the
    # object has every member the protocol declares, as CPython does.
    def __instancecheck__(cls, instance):
        if cls.__dict__.get('_is_protocol', False):
            if not cls.__dict__.get('_is_runtime_protocol', False):
                raise TypeError('Instance and class checks can only be used with '
                                '@runtime_checkable protocols')
            if type.__instancecheck__(cls, instance):
                return True
            for attr in _protocol_attrs(cls):
                if not hasattr(instance, attr):
                    return False
                if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                    return False
            return True
        return type.__instancecheck__(cls, instance)


class Protocol(Generic, metaclass=_ProtocolMeta):
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '_is_protocol' not in cls.__dict__:
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    if not cls.__dict__.get('_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def reveal_type(obj):
    _sys.stderr.write(f'Runtime type is {type(obj).__name__!r}\n')
    return obj


def assert_never(arg):
    raise AssertionError('Expected code to be unreachable')


def dataclass_transform(**kwargs):
    return lambda cls: cls


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type


def get_origin(tp):
    return getattr(tp, '__origin__', None)


def get_args(tp):
    return getattr(tp, '__args__', ())


def _eval_hint(value, globalns, localns):
    # None means NoneType; a string (PEP 563, or a quoted forward
    # reference) is evaluated where the annotation was written
    for _ in range(100):   # "'B'" evaluates to 'B', which names B
        if not isinstance(value, str):
            break
        value = eval(value, globalns, localns)
    return type(None) if value is None else value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            if globalns is None:
                base_globals = getattr(_sys.modules.get(base.__module__, None), '__dict__', {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                # as CPython: names of the class body win over the module's
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                hints[name] = _eval_hint(value, base_globals, base_locals)
        return hints
    if globalns is None:
        if isinstance(obj, type(_sys)):
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, '__wrapped__'):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, '__globals__', {})
    if localns is None:
        localns = globalns
    hints = getattr(obj, '__annotations__', None)
    if hints is None:
        if callable(obj) or isinstance(obj, type(_sys)):
            return {}
        raise TypeError('{!r} is not a module, class, method, or function.'.format(obj))
    return {name: _eval_hint(value, globalns, localns) for name, value in hints.items()}


_NT_PROHIBITED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                            '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_NT_SPECIAL = frozenset({'__module__', '__name__', '__annotations__', '__classcell__', '_root'})


class _NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        if ns.get('_root', False):
            return super().__new__(cls, typename, bases, ns)
        types = ns.get('__annotations__', {})
        fields = list(types)
        defaults = [ns[n] for n in fields if n in ns]
        nt = _collections.namedtuple(typename, fields, defaults=defaults,
                                     module=ns.get('__module__', '__main__'))
        nt.__annotations__ = dict(types)
        # as CPython: everything the class body defines is copied over (its
        # own __repr__ too), except what would break the tuple machinery
        for key, val in ns.items():
            if key in _NT_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _NT_SPECIAL and key not in fields:
                setattr(nt, key, val)
        return nt


class NamedTuple(metaclass=_NamedTupleMeta):
    _root = True


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        annotations = {}
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
        annotations.update(ns.get('__annotations__', {}))
        ns['__annotations__'] = annotations
        ns['__total__'] = total
        tp = super().__new__(cls, name, (dict,), ns)
        return tp

    def __init__(cls, name, bases, ns, total=True):
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        # a TypedDict "instance" is a plain dict, as in CPython
        if cls is TypedDict:
            # the functional form: TypedDict('Name', {'field': type}, total=...)
            name, fields = args[0], dict(args[1]) if len(args) > 1 else {}
            total = kwargs.pop('total', True)
            ns = {'__annotations__': fields, '__module__': _sys._getframe(1).f_globals.get('__name__', '__main__')
                  if hasattr(_sys, '_getframe') else '__main__'}
            return _TypedDictMeta(name, (), ns, total=total)
        return dict(*args, **kwargs)


class TypedDict(dict, metaclass=_TypedDictMeta):
    pass
