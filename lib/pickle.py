"""pickle for gilpy: protocols 2 to 5, written in Python.

Builtin types (None, bool, int, float, complex, str, bytes, bytearray,
tuple, list, dict, set, frozenset), functions and classes by reference
(module + qualified name), instances through the reduce protocol
(__reduce_ex__ / __reduce__, __getnewargs__(_ex)__, __getstate__ /
__setstate__, copyreg.dispatch_table) and exceptions.  The byte stream
is CPython's, byte for byte for builtin types, globals and plain
instances: pickles made here load in python3 and python3's (protocols 0-5)
load here.  Protocol 4+ pickles under 64 KiB get one FRAME, as CPython
writes them; larger ones none (frames are optional for readers).  A fast
path (_fast_dumps) writes plain data without the Pickler's method calls;
loads() runs the common opcodes inline over the bytes.
"""
import sys
import copyreg
from _mp import pack_double as _pack_double, unpack_double as _unpack_double

__all__ = ['PickleError', 'PicklingError', 'UnpicklingError', 'Pickler', 'Unpickler',
           'dump', 'dumps', 'load', 'loads', 'HIGHEST_PROTOCOL', 'DEFAULT_PROTOCOL']

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
PROTO = b'\x80'
NEWOBJ = b'\x81'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_BATCH = 1000
_BININT1 = [BININT1 + bytes([i]) for i in range(256)]


def _u32(n):
    return n.to_bytes(4, 'little')


def _encode_long(x):
    """Two's complement little-endian, shortest form (CPython's encode_long)."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, 'little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def _decode_long(data):
    return int.from_bytes(data, 'little', signed=True)


def whichmodule(obj, name):
    module = getattr(obj, '__module__', None)
    if module is not None:
        return module
    for mname, mod in list(sys.modules.items()):
        if mname == '__main__' or mod is None:
            continue
        try:
            if _getattribute(mod, name) is obj:
                return mname
        except AttributeError:
            pass
    return '__main__'


def _getattribute(obj, name):
    for part in name.split('.'):
        if part == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(name, obj))
        obj = getattr(obj, part)
    return obj


class Pickler:
    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if protocol < 2:
            protocol = 2   # gilpy writes protocols 2-5 only
        self._file_write = file.write
        self.proto = protocol
        self.memo = {}
        self.fix_imports = fix_imports
        self.bin = True

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        out = bytearray()
        self._out = out
        self.write = out.extend
        self.write(PROTO + bytes([self.proto]))
        self.save(obj)
        self.write(STOP)
        n = len(out) - 2
        if self.proto >= 4 and 4 <= n < 65536:
            # one frame, as CPython writes for small pickles
            out[2:2] = FRAME + n.to_bytes(8, 'little')
        self._file_write(bytes(out))

    def memoize(self, obj):
        idx = len(self.memo)
        if self.proto >= 4:
            self.write(MEMOIZE)
        elif idx < 256:
            self.write(BINPUT + bytes([idx]))
        else:
            self.write(LONG_BINPUT + _u32(idx))
        self.memo[id(obj)] = idx, obj

    def get(self, i):
        if i < 256:
            return BINGET + bytes([i])
        return LONG_BINGET + _u32(i)

    def save(self, obj, save_persistent_id=True):
        t = type(obj)
        if obj is None:
            self.write(NONE)
            return
        if t is bool:
            self.write(NEWTRUE if obj else NEWFALSE)
            return
        if t is int:
            self.save_long(obj)
            return
        if t is float:
            self.write(BINFLOAT + _pack_double(obj))
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return
        f = self._dispatch.get(t)
        if f is not None:
            f(self, obj)
            return
        reduce = copyreg.dispatch_table.get(t)
        if reduce is not None:
            rv = reduce(obj)
        elif isinstance(obj, type) or t in _FUNCTION_TYPES:
            self.save_global(obj)
            return
        else:
            rv = self._reduce(obj, t)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("%s must return string or tuple" % '__reduce__')
        if not 2 <= len(rv) <= 6:
            raise PicklingError("Tuple returned by %s must have two to six elements" % '__reduce__')
        self.save_reduce(*rv, obj=obj)

    def _reduce(self, obj, t):
        rex = getattr(t, '__reduce_ex__', None)
        if rex is not None and rex is not getattr(object, '__reduce_ex__', None):
            return obj.__reduce_ex__(self.proto)
        red = getattr(t, '__reduce__', None)
        if red is not None and red is not getattr(object, '__reduce__', None):
            return obj.__reduce__()
        if isinstance(obj, BaseException):
            d = getattr(obj, '__dict__', None)
            if d:
                return (t, obj.args, d)
            return (t, obj.args)
        return _reduce_object(obj, t, self.proto)

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        write = self.write
        fname = getattr(func, '__name__', '')
        if self.proto >= 4 and fname == '__newobj_ex__':
            cls, args, kwargs = args
            self.save(cls)
            self.save(args)
            self.save(kwargs)
            write(NEWOBJ_EX)
        elif fname == '__newobj__':
            cls = args[0]
            self.save(cls)
            self.save(tuple(args[1:]))
            write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                write(POP + self.get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    def save_long(self, obj):
        if obj >= 0:
            if obj <= 0xff:
                self.write(_BININT1[obj])
                return
            if obj <= 0xffff:
                self.write(BININT2 + obj.to_bytes(2, 'little'))
                return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(BININT + obj.to_bytes(4, 'little', signed=True))
            return
        enc = _encode_long(obj)
        n = len(enc)
        if n < 256:
            self.write(LONG1 + bytes([n]) + enc)
        else:
            self.write(LONG4 + n.to_bytes(4, 'little', signed=True) + enc)

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode, (obj.decode('latin-1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + bytes([n]) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self.write(BINBYTES8 + n.to_bytes(8, 'little') + obj)
        else:
            self.write(BINBYTES + _u32(n) + obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self.write(BYTEARRAY8 + len(obj).to_bytes(8, 'little') + bytes(obj))
        self.memoize(obj)

    def save_str(self, obj):
        data = obj.encode('utf-8')
        n = len(data)
        if n <= 0xff and self.proto >= 4:
            self.write(SHORT_BINUNICODE + bytes([n]) + data)
        elif n > 0xffffffff and self.proto >= 4:
            self.write(BINUNICODE8 + n.to_bytes(8, 'little') + data)
        else:
            self.write(BINUNICODE + _u32(n) + data)
        self.memoize(obj)

    def save_tuple(self, obj):
        if not obj:
            self.write(EMPTY_TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3:
            for element in obj:
                save(element)
            if id(obj) in memo:
                self.write(POP * n + self.get(memo[id(obj)][0]))
            else:
                self.write(_TUPLESIZE[n])
                self.memoize(obj)
            return
        self.write(MARK)
        for element in obj:
            save(element)
        if id(obj) in memo:
            self.write(POP_MARK + self.get(memo[id(obj)][0]))
            return
        self.write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self.write(EMPTY_LIST)
        self.memoize(obj)
        self._batch_appends(obj)

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        items = list(items)
        for i in range(0, len(items), _BATCH):
            chunk = items[i:i + _BATCH]
            if len(chunk) == 1:
                save(chunk[0])
                write(APPEND)
            else:
                write(MARK)
                for x in chunk:
                    save(x)
                write(APPENDS)

    def save_dict(self, obj):
        self.write(EMPTY_DICT)
        self.memoize(obj)
        self._batch_setitems(obj.items())

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        items = list(items)
        for i in range(0, len(items), _BATCH):
            chunk = items[i:i + _BATCH]
            if len(chunk) == 1:
                k, v = chunk[0]
                save(k)
                save(v)
                write(SETITEM)
            else:
                write(MARK)
                for k, v in chunk:
                    save(k)
                    save(v)
                write(SETITEMS)

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        items = list(obj)
        for i in range(0, len(items), _BATCH):
            self.write(MARK)
            for x in items[i:i + _BATCH]:
                self.save(x)
            self.write(ADDITEMS)

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for x in obj:
            self.save(x)
        if id(obj) in self.memo:
            self.write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)

    def save_complex(self, obj):
        self.save_reduce(complex, (obj.real, obj.imag), obj=obj)

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None) or obj.__name__
        module_name = whichmodule(obj, name)
        if module_name is None:
            module_name = 'builtins'
        try:
            if obj is _codecs_encode:
                obj2 = obj   # gilpy has no _codecs module; python3 does
            else:
                module = sys.modules.get(module_name)
                if module is None:
                    __import__(module_name)
                    module = sys.modules[module_name]
                obj2 = _getattribute(module, name)
        except (ImportError, KeyError, AttributeError):
            raise PicklingError("Can't pickle %r: it's not found as %s.%s" %
                                (obj, module_name, name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" %
                                (obj, module_name, name))
        if len(_GLOBAL_NAMES) < 10000:
            _GLOBAL_NAMES[id(obj)] = (obj, module_name, name)
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self.write(STACK_GLOBAL)
        else:
            if self.fix_imports and self.proto < 3:
                if module_name == 'builtins' and isinstance(obj, type) and issubclass(obj, BaseException):
                    module_name = 'exceptions'
                else:
                    module_name, name = _to_py2(module_name, name)
            self.write(GLOBAL + module_name.encode('utf-8') + b'\n' + name.encode('utf-8') + b'\n')
        self.memoize(obj)

    _dispatch = {}


def _codecs_encode(s, encoding):
    return s.encode(encoding)


_codecs_encode.__module__ = '_codecs'
_codecs_encode.__name__ = 'encode'
_codecs_encode.__qualname__ = 'encode'

_TUPLESIZE = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]


def _f():
    pass


_NOT_FAST = (bytearray, set, frozenset, complex)
_FUNCTION_TYPES = (type(_f), type(len), type(len.__call__) if hasattr(len, '__call__') else type(len))

Pickler._dispatch = {
    str: Pickler.save_str, bytes: Pickler.save_bytes, bytearray: Pickler.save_bytearray,
    tuple: Pickler.save_tuple, list: Pickler.save_list, dict: Pickler.save_dict,
    set: Pickler.save_set, frozenset: Pickler.save_frozenset, complex: Pickler.save_complex,
}

_PY2_NAMES = {'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue'}
_PY3_NAMES = {v: k for k, v in _PY2_NAMES.items()}
_PY3_NAMES['exceptions'] = 'builtins'


def _to_py2(module, name):
    if module == '_codecs':
        return module, name
    return _PY2_NAMES.get(module, module), name


def _reduce_object(obj, cls, proto):
    """object.__reduce_ex__(proto) for proto >= 2 (copyreg.__reduce_ex__'s
    newer half): __newobj__(cls, *args) plus state, list and dict items."""
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    kwargs = None
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
    else:
        getnewargs = getattr(obj, '__getnewargs__', None)
        args = getnewargs() if getnewargs is not None else ()
    getstate = getattr(obj, '__getstate__', None)
    if getstate is not None and getattr(type(obj), '__getstate__', None) is not getattr(object, '__getstate__', None):
        state = getstate()
    else:
        state = getattr(obj, '__dict__', None)
        if not state:
            state = None
        slots = _slotnames(cls)
        if slots:
            sstate = {}
            for name in slots:
                try:
                    sstate[name] = getattr(obj, name)
                except AttributeError:
                    pass
            if sstate:
                state = (state, sstate)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        if proto < 4:
            raise PicklingError('__getnewargs_ex__ with keyword arguments needs protocol 4')
        return (copyreg.__newobj_ex__, (cls, tuple(args), kwargs), state, listitems, dictitems)
    return (copyreg.__newobj__, (cls,) + tuple(args), state, listitems, dictitems)


def _slotnames(cls):
    names = []
    for c in getattr(cls, '__mro__', (cls,)):
        s = c.__dict__.get('__slots__') if hasattr(c, '__dict__') else None
        if s is None:
            continue
        if isinstance(s, str):
            s = (s,)
        for name in s:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (c.__name__.lstrip('_'), name)
            names.append(name)
    return names


# ---- unpickling -------------------------------------------------------------

class _BytesReader:
    def __init__(self, data):
        self.data = bytes(data)
        self.pos = 0

    def read(self, n):
        p = self.pos
        self.pos = p + n
        return self.data[p:p + n]

    def readline(self):
        i = self.data.find(b'\n', self.pos)
        if i < 0:
            i = len(self.data) - 1
        p = self.pos
        self.pos = i + 1
        return self.data[p:i + 1]


class Unpickler:
    def __init__(self, file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
        self._file = file
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.proto = 0

    def load(self):
        if type(self._file) is _BytesReader:
            return self._load_bytes(self._file)
        return self._load_stream()

    def _load_bytes(self, reader):
        # The common opcodes inline over the bytes (a method call per opcode
        # is most of the cost); the others go through the dispatch table
        # with the reader and self.stack kept in step.
        self.read = reader.read
        self.readline = reader.readline
        self.metastack = metastack = []
        self.stack = stack = []
        self.append = stack.append
        data = reader.data
        pos = reader.pos
        memo = self.memo
        dispatch = self._dispatch
        if pos >= len(data):
            raise EOFError('Ran out of input')
        try:
            while True:
                op = data[pos]
                pos += 1
                if op == 0x8c:      # SHORT_BINUNICODE
                    n = data[pos]
                    stack.append(data[pos + 1:pos + 1 + n].decode('utf-8'))
                    pos += 1 + n
                elif op == 0x94:    # MEMOIZE
                    memo[len(memo)] = stack[-1]
                elif op == 0x4b:    # BININT1
                    stack.append(data[pos])
                    pos += 1
                elif op == 0x28:    # MARK
                    metastack.append(stack)
                    stack = []
                elif op == 0x4e:    # NONE
                    stack.append(None)
                elif op == 0x85:    # TUPLE1
                    stack[-1] = (stack[-1],)
                elif op == 0x86:    # TUPLE2
                    b = stack.pop()
                    stack[-1] = (stack[-1], b)
                elif op == 0x87:    # TUPLE3
                    c = stack.pop()
                    b = stack.pop()
                    stack[-1] = (stack[-1], b, c)
                elif op == 0x74:    # TUPLE
                    items = tuple(stack)
                    stack = metastack.pop()
                    stack.append(items)
                elif op == 0x29:    # EMPTY_TUPLE
                    stack.append(())
                elif op == 0x5d:    # EMPTY_LIST
                    stack.append([])
                elif op == 0x7d:    # EMPTY_DICT
                    stack.append({})
                elif op == 0x65:    # APPENDS
                    items = stack
                    stack = metastack.pop()
                    lst = stack[-1]
                    if type(lst) is list:
                        lst.extend(items)
                    else:
                        for x in items:
                            lst.append(x)
                elif op == 0x61:    # APPEND
                    v = stack.pop()
                    stack[-1].append(v)
                elif op == 0x75:    # SETITEMS
                    items = stack
                    stack = metastack.pop()
                    d = stack[-1]
                    for i in range(0, len(items), 2):
                        d[items[i]] = items[i + 1]
                elif op == 0x73:    # SETITEM
                    v = stack.pop()
                    k = stack.pop()
                    stack[-1][k] = v
                elif op == 0x88:
                    stack.append(True)
                elif op == 0x89:
                    stack.append(False)
                elif op == 0x4a:    # BININT
                    stack.append(int.from_bytes(data[pos:pos + 4], 'little', signed=True))
                    pos += 4
                elif op == 0x4d:    # BININT2
                    stack.append(data[pos] | (data[pos + 1] << 8))
                    pos += 2
                elif op == 0x47:    # BINFLOAT
                    stack.append(_unpack_double(data[pos:pos + 8]))
                    pos += 8
                elif op == 0x43:    # SHORT_BINBYTES
                    n = data[pos]
                    stack.append(data[pos + 1:pos + 1 + n])
                    pos += 1 + n
                elif op == 0x68:    # BINGET
                    stack.append(memo[data[pos]])
                    pos += 1
                elif op == 0x71:    # BINPUT
                    memo[data[pos]] = stack[-1]
                    pos += 1
                elif op == 0x93:    # STACK_GLOBAL
                    name = stack.pop()
                    module = stack.pop()
                    if type(name) is not str or type(module) is not str:
                        raise UnpicklingError('STACK_GLOBAL requires str')
                    stack.append(self.find_class(module, name))
                elif op == 0x95:    # FRAME
                    pos += 8
                elif op == 0x80:    # PROTO
                    self.proto = data[pos]
                    if self.proto > HIGHEST_PROTOCOL:
                        raise ValueError('unsupported pickle protocol: %d' % self.proto)
                    pos += 1
                elif op == 0x2e:    # STOP
                    reader.pos = pos
                    return stack.pop()
                else:
                    f = dispatch.get(op)
                    if f is None:
                        raise UnpicklingError('invalid load key, %r.' % chr(op))
                    reader.pos = pos
                    self.stack = stack
                    self.metastack = metastack
                    self.append = stack.append
                    try:
                        f(self)
                    except _Stop as stopinst:
                        return stopinst.value
                    pos = reader.pos
                    stack = self.stack
                    metastack = self.metastack
                if pos > len(data):
                    raise IndexError
        except IndexError:
            raise UnpicklingError('pickle data was truncated') from None

    def _load_stream(self):
        self.read = self._file.read
        self.readline = getattr(self._file, 'readline', None) or self._readline_slow
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        dispatch = self._dispatch
        read = self.read
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError('Ran out of input')
                f = dispatch.get(key[0])
                if f is None:
                    raise UnpicklingError('invalid load key, %r.' % chr(key[0]))
                f(self)
        except _Stop as stopinst:
            return stopinst.value

    def _readline_slow(self):
        line = b''
        while not line.endswith(b'\n'):
            c = self.read(1)
            if not c:
                break
            line += c
        return line

    def _exact(self, n):
        data = self.read(n)
        if len(data) < n:
            raise UnpicklingError('pickle data was truncated')
        return data

    def pop_mark(self):
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            module = _PY3_NAMES.get(module, module)
        if module == '_codecs' and name == 'encode':
            return _codecs_encode
        if module == 'copy_reg':
            module = 'copyreg'
        __import__(module)
        mod = sys.modules[module]
        if self.proto >= 4:
            return _getattribute(mod, name)
        return getattr(mod, name)

    def persistent_load(self, pid):
        raise UnpicklingError('unsupported persistent id encountered')

    # opcodes
    def load_proto(self):
        proto = self._exact(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError('unsupported pickle protocol: %d' % proto)
        self.proto = proto

    def load_frame(self):
        self._exact(8)

    def load_stop(self):
        raise _Stop(self.stack.pop())

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def load_pop(self):
        if self.stack:
            self.stack.pop()
        else:
            self.pop_mark()

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.append(self.stack[-1])

    def load_none(self):
        self.append(None)

    def load_true(self):
        self.append(True)

    def load_false(self):
        self.append(False)

    def load_int(self):
        data = self.readline()
        if data == b'00\n':
            val = False
        elif data == b'01\n':
            val = True
        else:
            val = int(data, 0)
        self.append(val)

    def load_binint(self):
        self.append(int.from_bytes(self._exact(4), 'little', signed=True))

    def load_binint1(self):
        self.append(self._exact(1)[0])

    def load_binint2(self):
        self.append(int.from_bytes(self._exact(2), 'little'))

    def load_long(self):
        val = self.readline()[:-1]
        if val and val[-1:] == b'L':
            val = val[:-1]
        self.append(int(val, 0))

    def load_long1(self):
        n = self._exact(1)[0]
        self.append(_decode_long(self._exact(n)))

    def load_long4(self):
        n = int.from_bytes(self._exact(4), 'little', signed=True)
        if n < 0:
            raise UnpicklingError('LONG pickle has negative byte count')
        self.append(_decode_long(self._exact(n)))

    def load_float(self):
        self.append(float(self.readline()[:-1]))

    def load_binfloat(self):
        self.append(_unpack_double(self._exact(8)))

    def _decode_string(self, value):
        if self.encoding == 'bytes':
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self.readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError('the STRING opcode argument must be quoted')
        self.append(self._decode_string(data.decode('ascii').encode('latin-1')))

    def load_binstring(self):
        n = int.from_bytes(self._exact(4), 'little', signed=True)
        self.append(self._decode_string(self._exact(n)))

    def load_short_binstring(self):
        n = self._exact(1)[0]
        self.append(self._decode_string(self._exact(n)))

    def load_binbytes(self):
        n = int.from_bytes(self._exact(4), 'little')
        self.append(self._exact(n))

    def load_short_binbytes(self):
        n = self._exact(1)[0]
        self.append(self._exact(n))

    def load_binbytes8(self):
        n = int.from_bytes(self._exact(8), 'little')
        self.append(self._exact(n))

    def load_bytearray8(self):
        n = int.from_bytes(self._exact(8), 'little')
        self.append(bytearray(self._exact(n)))

    def load_unicode(self):
        self.append(self.readline()[:-1].decode('latin-1'))

    def load_binunicode(self):
        n = int.from_bytes(self._exact(4), 'little')
        self.append(self._exact(n).decode('utf-8'))

    def load_short_binunicode(self):
        n = self._exact(1)[0]
        self.append(self._exact(n).decode('utf-8'))

    def load_binunicode8(self):
        n = int.from_bytes(self._exact(8), 'little')
        self.append(self._exact(n).decode('utf-8'))

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))

    def load_empty_tuple(self):
        self.append(())

    def load_tuple1(self):
        self.stack[-1] = (self.stack[-1],)

    def load_tuple2(self):
        s = self.stack
        s[-2:] = [(s[-2], s[-1])]

    def load_tuple3(self):
        s = self.stack
        s[-3:] = [(s[-3], s[-2], s[-1])]

    def load_empty_list(self):
        self.append([])

    def load_empty_dict(self):
        self.append({})

    def load_empty_set(self):
        self.append(set())

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))

    def load_list(self):
        items = self.pop_mark()
        self.append(items)

    def load_dict(self):
        items = self.pop_mark()
        self.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def load_global(self):
        module = self.readline()[:-1].decode('utf-8')
        name = self.readline()[:-1].decode('utf-8')
        self.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self.stack.pop()
        module = self.stack.pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError('STACK_GLOBAL requires str')
        self.append(self.find_class(module, name))

    def load_reduce(self):
        s = self.stack
        args = s.pop()
        func = s[-1]
        s[-1] = func(*args)

    def load_newobj(self):
        args = self.stack.pop()
        cls = self.stack.pop()
        self.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self.stack.pop()
        args = self.stack.pop()
        cls = self.stack.pop()
        self.append(cls.__new__(cls, *args, **kwargs))

    def load_get(self):
        self.append(self.memo[int(self.readline()[:-1])])

    def load_binget(self):
        self.append(self.memo[self._exact(1)[0]])

    def load_long_binget(self):
        self.append(self.memo[int.from_bytes(self._exact(4), 'little')])

    def load_put(self):
        self.memo[int(self.readline()[:-1])] = self.stack[-1]

    def load_binput(self):
        self.memo[self._exact(1)[0]] = self.stack[-1]

    def load_long_binput(self):
        self.memo[int.from_bytes(self._exact(4), 'little')] = self.stack[-1]

    def load_memoize(self):
        self.memo[len(self.memo)] = self.stack[-1]

    def load_append(self):
        value = self.stack.pop()
        self.stack[-1].append(value)

    def load_appends(self):
        items = self.pop_mark()
        lst = self.stack[-1]
        if type(lst) is list:
            lst.extend(items)
        else:
            for x in items:
                lst.append(x)

    def load_setitem(self):
        s = self.stack
        value = s.pop()
        key = s.pop()
        s[-1][key] = value

    def load_setitems(self):
        items = self.pop_mark()
        d = self.stack[-1]
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        st = self.stack[-1]
        if isinstance(st, set):
            st.update(items)
        else:
            for x in items:
                st.add(x)

    def load_build(self):
        state = self.stack.pop()
        inst = self.stack[-1]
        setstate = getattr(inst, '__setstate__', None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            d = inst.__dict__
            for k, v in state.items():
                d[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_persid(self):
        self.append(self.persistent_load(self.readline()[:-1].decode('ascii')))

    def load_binpersid(self):
        self.stack[-1] = self.persistent_load(self.stack[-1])

    _dispatch = {}


def _build_dispatch():
    table = {
        PROTO: 'proto', FRAME: 'frame', STOP: 'stop', MARK: 'mark', POP: 'pop',
        POP_MARK: 'pop_mark', DUP: 'dup', NONE: 'none', NEWTRUE: 'true', NEWFALSE: 'false',
        INT: 'int', BININT: 'binint', BININT1: 'binint1', BININT2: 'binint2', LONG: 'long',
        LONG1: 'long1', LONG4: 'long4', FLOAT: 'float', BINFLOAT: 'binfloat',
        STRING: 'string', BINSTRING: 'binstring', SHORT_BINSTRING: 'short_binstring',
        BINBYTES: 'binbytes', SHORT_BINBYTES: 'short_binbytes', BINBYTES8: 'binbytes8',
        BYTEARRAY8: 'bytearray8', UNICODE: 'unicode', BINUNICODE: 'binunicode',
        SHORT_BINUNICODE: 'short_binunicode', BINUNICODE8: 'binunicode8', TUPLE: 'tuple',
        EMPTY_TUPLE: 'empty_tuple', TUPLE1: 'tuple1', TUPLE2: 'tuple2', TUPLE3: 'tuple3',
        EMPTY_LIST: 'empty_list', EMPTY_DICT: 'empty_dict', EMPTY_SET: 'empty_set',
        FROZENSET: 'frozenset', LIST: 'list', DICT: 'dict', GLOBAL: 'global',
        STACK_GLOBAL: 'stack_global', REDUCE: 'reduce', NEWOBJ: 'newobj', NEWOBJ_EX: 'newobj_ex',
        GET: 'get', BINGET: 'binget', LONG_BINGET: 'long_binget', PUT: 'put', BINPUT: 'binput',
        LONG_BINPUT: 'long_binput', MEMOIZE: 'memoize', APPEND: 'append', APPENDS: 'appends',
        SETITEM: 'setitem', SETITEMS: 'setitems', ADDITEMS: 'additems', BUILD: 'build',
        PERSID: 'persid', BINPERSID: 'binpersid',
    }
    for op, name in table.items():
        Unpickler._dispatch[op[0]] = getattr(Unpickler, 'load_' + name)


_build_dispatch()


class _Sink:
    def __init__(self):
        self.data = b''

    def write(self, b):
        self.data = b


_GLOBAL_NAMES = {}   # id(function or class) -> (it, module, qualname), as verified by save_global


class _Fallback(Exception):
    pass


def _fast_dumps(obj, proto):
    """Protocol 4/5 pickles of plain data (None, bool, int, float, str,
    bytes, tuple, list, dict, and functions/classes already pickled once)
    in one closure, without the Pickler's per-object method calls; the
    bytes are the Pickler's.  Anything else raises _Fallback."""
    out = bytearray()
    w = out.extend
    memo = {}
    keep = []

    def memoize(o):
        memo[id(o)] = len(memo)
        keep.append(o)
        w(MEMOIZE)

    def save(o):
        t = type(o)
        if o is None:
            w(NONE)
            return
        if t is int:
            if 0 <= o <= 0xff:
                w(_BININT1[o])
            elif 0 <= o <= 0xffff:
                w(BININT2 + o.to_bytes(2, 'little'))
            elif -0x80000000 <= o <= 0x7fffffff:
                w(BININT + o.to_bytes(4, 'little', signed=True))
            else:
                raise _Fallback
            return
        if t is bool:
            w(NEWTRUE if o else NEWFALSE)
            return
        if t is float:
            w(BINFLOAT + _pack_double(o))
            return
        i = memo.get(id(o))
        if i is not None:
            w(BINGET + bytes([i]) if i < 256 else LONG_BINGET + _u32(i))
            return
        if t is str:
            data = o.encode('utf-8')
            n = len(data)
            if n <= 0xff:
                w(SHORT_BINUNICODE + bytes([n]) + data)
            elif n <= 0xffffffff:
                w(BINUNICODE + _u32(n) + data)
            else:
                raise _Fallback
            memoize(o)
            return
        if t is tuple:
            n = len(o)
            if n == 0:
                w(EMPTY_TUPLE)
                return
            if n <= 3:
                for x in o:
                    save(x)
                if id(o) in memo:
                    raise _Fallback
                w(_TUPLESIZE[n])
            else:
                w(MARK)
                for x in o:
                    save(x)
                if id(o) in memo:
                    raise _Fallback
                w(TUPLE)
            memoize(o)
            return
        if t is list:
            w(EMPTY_LIST)
            memoize(o)
            n = len(o)
            if n == 1:
                save(o[0])
                w(APPEND)
            elif n:
                for k in range(0, n, _BATCH):
                    chunk = o[k:k + _BATCH]
                    if len(chunk) == 1:
                        save(chunk[0])
                        w(APPEND)
                    else:
                        w(MARK)
                        for x in chunk:
                            save(x)
                        w(APPENDS)
            return
        if t is dict:
            w(EMPTY_DICT)
            memoize(o)
            items = list(o.items())
            for k in range(0, len(items), _BATCH):
                chunk = items[k:k + _BATCH]
                if len(chunk) == 1:
                    save(chunk[0][0])
                    save(chunk[0][1])
                    w(SETITEM)
                else:
                    w(MARK)
                    for key, v in chunk:
                        save(key)
                        save(v)
                    w(SETITEMS)
            return
        if t is bytes:
            n = len(o)
            if n <= 0xff:
                w(SHORT_BINBYTES + bytes([n]) + o)
            elif n <= 0xffffffff:
                w(BINBYTES + _u32(n) + o)
            else:
                raise _Fallback
            memoize(o)
            return
        g = _GLOBAL_NAMES.get(id(o))
        if g is not None and g[0] is o and (t is type or t in _FUNCTION_TYPES):
            save(g[1])
            save(g[2])
            w(STACK_GLOBAL)
            memoize(o)
            return
        raise _Fallback

    w(PROTO + bytes([proto]))
    try:
        save(obj)
    finally:
        save = memoize = None   # save's cell refers to save: break the cycle
    w(STOP)
    n = len(out) - 2
    if 4 <= n < 65536:
        out[2:2] = FRAME + n.to_bytes(8, 'little')
    return bytes(out)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    proto = DEFAULT_PROTOCOL if protocol is None else protocol
    if proto < 0:
        proto = HIGHEST_PROTOCOL
    if 4 <= proto <= HIGHEST_PROTOCOL and type(obj) not in _NOT_FAST and not copyreg.dispatch_table:
        try:
            return _fast_dumps(obj, proto)
        except (_Fallback, RecursionError):
            pass
    sink = _Sink()
    Pickler(sink, protocol, fix_imports=fix_imports).dump(obj)
    return sink.data


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports).dump(obj)


def loads(data, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    if isinstance(data, str):
        raise TypeError("Can't load pickle from unicode string")
    return Unpickler(_BytesReader(data), fix_imports=fix_imports, encoding=encoding,
                     errors=errors).load()


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors).load()
