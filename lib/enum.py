"""Enumerations (gilpy's enum, a compact Python version of CPython's)."""

__all__ = ['EnumMeta', 'EnumType', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'auto', 'unique']


class auto:
    _counter = 0

    def __init__(self):
        self.value = None


class _EnumDict(dict):
    def __init__(self):
        dict.__init__(self)
        self._member_names = []
        self._last_value = None
        self._flag = False
        self._inherited_gen = None

    def __setitem__(self, key, value):
        if key.startswith('_'):
            dict.__setitem__(self, key, value)
            return
        if key.startswith('__') and key.endswith('__') or callable(value) and not isinstance(value, auto) \
                or isinstance(value, (staticmethod, classmethod, property)):
            dict.__setitem__(self, key, value)
            return
        if key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        if isinstance(value, auto):
            value = self._generate_next_value(key, len(self._member_names))
        self._member_names.append(key)
        self._last_value = value
        dict.__setitem__(self, key, value)

    def _generate_next_value(self, name, count):
        gen = dict.get(self, '_generate_next_value_', self._inherited_gen)
        if gen is not None:
            return gen(name, 1, count, [dict.__getitem__(self, n) for n in self._member_names])
        if self._flag:
            if self._last_value is None:
                return 1
            return 1 << (self._last_value.bit_length())
        if self._last_value is None:
            return 1
        return self._last_value + 1


class EnumType(type):
    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("<enum %r> cannot extend %r" % (cls, base))
        d = _EnumDict()
        d._flag = any(getattr(b, '_is_flag_', False) for b in bases)
        # auto() in a subclass uses the nearest base's _generate_next_value_
        d._inherited_gen = next((b.__dict__['_generate_next_value_'] for base in bases
                                 for b in base.__mro__ if '_generate_next_value_' in b.__dict__), None)
        return d

    def __new__(metacls, cls, bases, classdict, **kwds):
        member_names = classdict._member_names
        members = [(n, dict.__getitem__(classdict, n)) for n in member_names]
        ns = {k: v for k, v in classdict.items() if k not in member_names}
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        base_type = object
        for b in enum_class.__mro__[1:]:
            if b is not object and not isinstance(b, EnumType):
                base_type = b
                break
        enum_class._member_type_ = base_type
        is_flag = getattr(enum_class, '_is_flag_', False)
        # a data-type mixin (int, str) must not shadow Enum's repr/str/format
        if base_type is not object:
            first_enum = next((b for b in enum_class.__mro__[1:] if isinstance(b, EnumType)), None)
            for name in ('__repr__', '__str__', '__format__'):
                if name in ns or first_enum is None:
                    continue
                owner = next((b for b in enum_class.__mro__ if name in b.__dict__), object)
                if not isinstance(owner, EnumType):
                    # the nearest enum class defining it (Flag's repr for IntFlag)
                    enum_owner = next(b for b in enum_class.__mro__
                                      if isinstance(b, EnumType) and name in b.__dict__)
                    type.__setattr__(enum_class, name, enum_owner.__dict__[name])
        for name, value in members:
            if base_type is object:
                member = object.__new__(enum_class)
            else:
                args = value if isinstance(value, tuple) and base_type is not tuple else (value,)
                member = base_type.__new__(enum_class, *args)
            member._name_ = name
            member._value_ = value
            if enum_class.__init__ is not object.__init__ and base_type is object:
                # members are built like instances: __init__ gets the value
                # (unpacked when it is a tuple), as in CPython
                member.__init__(*(value if isinstance(value, tuple) else (value,)))
            if value in enum_class._value2member_map_:
                member = enum_class._value2member_map_[value]
            else:
                # a multi-bit Flag member is an alias: not listed on iteration
                if not (is_flag and isinstance(value, int) and value & (value - 1)):
                    enum_class._member_names_.append(name)
                enum_class._value2member_map_[value] = member
            enum_class._member_map_[name] = member
            type.__setattr__(enum_class, name, member)
        if is_flag:
            mask = 0
            for m in enum_class._member_map_.values():
                if isinstance(m._value_, int):
                    mask |= m._value_
            enum_class._flag_mask_ = mask
        return enum_class

    def __call__(cls, value, *args, **kwds):
        if args or kwds:
            return EnumType._create_(cls, value, *args, **kwds)
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        missing = cls._missing_(value)
        if missing is not None:
            return missing
        raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))

    def _create_(cls, class_name, names, **kwds):
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        ns = _EnumDict()
        ns._flag = False
        for i, n in enumerate(names):
            if isinstance(n, tuple):
                ns[n[0]] = n[1]
            else:
                ns[n] = i + 1
        return EnumType.__new__(type(cls), class_name, (cls,), ns)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if isinstance(member, cls):
            return True
        return member in cls._value2member_map_

    @property
    def __members__(cls):
        return _MappingProxy(cls._member_map_)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % name)
        type.__setattr__(cls, name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('%s: cannot delete Enum member %r.' % (cls.__name__, name))
        type.__delattr__(cls, name)

    def __repr__(cls):
        if getattr(cls, '_is_flag_', False):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__


EnumMeta = EnumType

_MappingProxy = type(type.__dict__)  # mappingproxy


def _bits(num, width):
    """'0b0 0101'-style two's-complement text used in Flag error messages."""
    width = max(width, num.bit_length())
    sign = '0b1' if num < 0 else '0b0'
    return '%s %s' % (sign, format(num & ((1 << width) - 1), 'b').zfill(width))


class Enum(metaclass=EnumType):
    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    # members are singletons: copies are the member itself
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class ReprEnum(Enum):
    pass


class IntEnum(int, ReprEnum):
    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


class StrEnum(str, ReprEnum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return self._value_

    def __format__(self, spec):
        return format(self._value_, spec)


class Flag(Enum):
    _is_flag_ = True

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return 1
        return 1 << max(last_values).bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        mask = cls._flag_mask_
        if cls._member_type_ is object and (value < 0 or value & ~mask):
            width = max(value.bit_length(), mask.bit_length())
            raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                             % (cls, value, _bits(value, width), _bits(mask, width)))
        member = object.__new__(cls) if cls._member_type_ is object else cls._member_type_.__new__(cls, value)
        names = [m._name_ for m in cls if m._value_ and (value & m._value_) == m._value_]
        member._name_ = '|'.join(names) if names else None
        member._value_ = value
        cls._value2member_map_[value] = member
        return member

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return (m for m in self.__class__
                if m._value_ and m._value_ & self._value_ == m._value_)

    def __len__(self):
        return bin(self._value_).count('1')

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._operand(other)
        return v if v is NotImplemented else self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._operand(other)
        return v if v is NotImplemented else self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._operand(other)
        return v if v is NotImplemented else self.__class__(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        allbits = 0
        for m in self.__class__:
            allbits |= m._value_
        return self.__class__(allbits & ~self._value_)

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        if self._name_ is None:
            return "<%s: %r>" % (self.__class__.__name__, self._value_)
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)


class IntFlag(int, ReprEnum, Flag):
    def __str__(self):
        return int.__repr__(self._value_)


def unique(enumeration):
    duplicates = [(name, m.name) for name, m in enumeration._member_map_.items() if name != m.name]
    if duplicates:
        alias_details = ', '.join("%s -> %s" % (alias, name) for (alias, name) in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration
