"""multiprocessing.sharedctypes: Value and Array in memory shared with
children (an anonymous MAP_SHARED mapping made before fork), typed by
array-module typecodes ('i', 'l', 'd', 'c', ...) or ctypes-like names."""
import _mp
from .synchronize import RLock

__all__ = ['RawValue', 'RawArray', 'Value', 'Array']

_SIZES = {'b': 1, 'B': 1, 'c': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'f': 4,
          'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'd': 8}
_NAMES = {'c_bool': 'b', 'c_char': 'c', 'c_byte': 'b', 'c_ubyte': 'B', 'c_short': 'h', 'c_ushort': 'H',
          'c_int': 'i', 'c_uint': 'I', 'c_long': 'l', 'c_ulong': 'L', 'c_longlong': 'q',
          'c_ulonglong': 'Q', 'c_float': 'f', 'c_double': 'd'}


_CTYPE = {'b': 'c_byte', 'B': 'c_ubyte', 'c': 'c_char', 'h': 'c_short', 'H': 'c_ushort', 'i': 'c_int',
          'I': 'c_uint', 'l': 'c_long', 'L': 'c_ulong', 'q': 'c_long', 'Q': 'c_ulong', 'f': 'c_float',
          'd': 'c_double'}


def _typecode(t):
    if isinstance(t, str):
        t = _NAMES.get(t, t)
        if t in _SIZES:
            return t
    raise TypeError('unsupported type for shared memory: %r' % (t,))


def _zero(tc):
    return b'\x00' if tc == 'c' else (0.0 if tc in 'fd' else 0)


class RawValue:
    def __init__(self, typecode_or_type, *args):
        self._tc = _typecode(typecode_or_type)
        self._addr = _mp.shm_alloc(_SIZES[self._tc])
        if args:
            self.value = args[0]

    @property
    def value(self):
        return _mp.shm_get(self._addr, self._tc, 0)

    @value.setter
    def value(self, v):
        _mp.shm_set(self._addr, self._tc, 0, v)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self.value)


class _Synchronized:
    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self

    def acquire(self, *a):
        return self._lock.acquire(*a)

    def release(self):
        self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *a):
        return self._lock.__exit__(*a)


class SynchronizedValue(RawValue, _Synchronized):
    def __init__(self, typecode_or_type, *args, lock=True):
        RawValue.__init__(self, typecode_or_type, *args)
        self._lock = RLock() if lock is True else lock

    def __repr__(self):
        return '<Synchronized wrapper for %s(%r)>' % (_CTYPE[self._tc], self.value)


class RawArray:
    def __init__(self, typecode_or_type, size_or_initializer):
        self._tc = _typecode(typecode_or_type)
        if isinstance(size_or_initializer, int):
            self._len = size_or_initializer
            init = None
        else:
            init = list(size_or_initializer)
            self._len = len(init)
        self._addr = _mp.shm_alloc(_SIZES[self._tc] * self._len)
        if init:
            for i, v in enumerate(init):
                _mp.shm_set(self._addr, self._tc, i, v if self._tc != 'c' else bytes([v]) if isinstance(v, int) else v)

    def __len__(self):
        return self._len

    def _index(self, i):
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError('invalid index')
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [_mp.shm_get(self._addr, self._tc, k) for k in range(*i.indices(self._len))]
        return _mp.shm_get(self._addr, self._tc, self._index(i))

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            idx = range(*i.indices(self._len))
            v = list(v)
            if len(v) != len(idx):
                raise ValueError("Can only assign sequence of same size")
            for k, x in zip(idx, v):
                _mp.shm_set(self._addr, self._tc, k, x)
            return
        _mp.shm_set(self._addr, self._tc, self._index(i), v)

    def __iter__(self):
        for k in range(self._len):
            yield _mp.shm_get(self._addr, self._tc, k)

    @property
    def value(self):
        if self._tc != 'c':
            raise AttributeError('value')
        return b''.join(self).split(b'\x00', 1)[0]

    @value.setter
    def value(self, v):
        for k in range(self._len):
            _mp.shm_set(self._addr, 'c', k, bytes([v[k]]) if k < len(v) else b'\x00')

    @property
    def raw(self):
        return b''.join(self)


class SynchronizedArray(RawArray, _Synchronized):
    def __init__(self, typecode_or_type, size_or_initializer, lock=True):
        RawArray.__init__(self, typecode_or_type, size_or_initializer)
        self._lock = RLock() if lock is True else lock

    def __repr__(self):
        return '<SynchronizedArray wrapper for %r>' % (self[:],)


def Value(typecode_or_type, *args, lock=True, ctx=None):
    if lock is False:
        return RawValue(typecode_or_type, *args)
    return SynchronizedValue(typecode_or_type, *args, lock=lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    if lock is False:
        return RawArray(typecode_or_type, size_or_initializer)
    return SynchronizedArray(typecode_or_type, size_or_initializer, lock=lock)
