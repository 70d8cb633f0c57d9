"""Packing values into bytes (gilpy's struct, written in Python)."""
import math as _math

_SMALL_NAMES = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}


def _range_message(c, signed, size, v, lo, hi):
    # CPython's wording: a value that does not even fit a C long (or an
    # unsigned long, for unsigned codes of 4+ bytes) is "out of range";
    # otherwise the code's own range is named.
    if signed or c in _SMALL_NAMES:
        if not -(1 << 63) <= v < (1 << 63):
            return 'argument out of range'
    elif not 0 <= v < (1 << 64):
        return 'argument out of range'
    if size == 8:
        return 'argument out of range'
    if c in _SMALL_NAMES:
        return '%s format requires %d <= number <= %d' % (_SMALL_NAMES[c], lo, hi)
    return "'%s' format requires %d <= number <= %d" % (c, lo, hi)

__all__ = ['pack', 'unpack', 'calcsize', 'pack_into', 'unpack_from', 'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


# code -> (standard size, native size, kind)
_CODES = {
    'x': (1, 1, 'pad'), 'c': (1, 1, 'char'), 'b': (1, 1, 'int'), 'B': (1, 1, 'uint'),
    '?': (1, 1, 'bool'), 'h': (2, 2, 'int'), 'H': (2, 2, 'uint'), 'i': (4, 4, 'int'),
    'I': (4, 4, 'uint'), 'l': (4, 8, 'int'), 'L': (4, 8, 'uint'), 'q': (8, 8, 'int'),
    'Q': (8, 8, 'uint'), 'n': (8, 8, 'int'), 'N': (8, 8, 'uint'), 'e': (2, 2, 'float'),
    'f': (4, 4, 'float'), 'd': (8, 8, 'float'), 's': (1, 1, 'bytes'), 'p': (1, 1, 'pascal'),
    'P': (8, 8, 'uint'),
}


def _parse(fmt):
    if isinstance(fmt, bytes):
        fmt = fmt.decode('ascii')
    order, native = '<', True
    if fmt and fmt[0] in '@=<>!':
        c = fmt[0]
        fmt = fmt[1:]
        native = c == '@'
        order = '>' if c in '>!' else '<'
    items = []
    offset = 0
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        while c.isdigit():
            count = (count or 0) * 10 + int(c)
            i += 1
            if i >= len(fmt):
                raise error('repeat count given without format specifier')
            c = fmt[i]
        if c not in _CODES or (not native and c in 'nNP'):
            raise error('bad char in struct format')
        std, nat, kind = _CODES[c]
        size = nat if native else std
        if native and kind not in ('pad', 'bytes', 'pascal', 'char', 'bool') and offset % size:
            offset += size - offset % size
        if kind in ('bytes', 'pascal'):
            n = 1 if count is None else count
            items.append((c, kind, offset, n))
            offset += n
        else:
            n = 1 if count is None else count
            for _ in range(n):
                if kind != 'pad':
                    items.append((c, kind, offset, size))
                offset += size
        i += 1
    return order, items, offset


def calcsize(fmt):
    return _parse(fmt)[2]


def _float_to_bits(x, size):
    if size == 8:
        ebits, mbits = 11, 52
    elif size == 4:
        ebits, mbits = 8, 23
    else:
        ebits, mbits = 5, 10
    bias = (1 << (ebits - 1)) - 1
    sign = 1 if (x < 0 or (x == 0 and _math.copysign(1.0, x) < 0)) else 0
    x = abs(x)
    if x != x:
        return (((1 << ebits) - 1) << mbits) | (1 << (mbits - 1))
    if x == float('inf'):
        return (sign << (ebits + mbits)) | (((1 << ebits) - 1) << mbits)
    if x == 0:
        return sign << (ebits + mbits)
    m, e = _math.frexp(x)
    e -= 1
    m *= 2
    if e + bias <= 0:
        mant = round(x / 2.0 ** (1 - bias - mbits))
        exp = 0
        if mant >> mbits:
            exp, mant = 1, mant & ((1 << mbits) - 1)
    else:
        mant = round((m - 1.0) * (1 << mbits))
        exp = e + bias
        if mant >> mbits:
            mant = 0
            exp += 1
        if exp >= (1 << ebits) - 1:
            raise OverflowError('float too large to pack with %s format' % {8: 'd', 4: 'f', 2: 'e'}[size])
    return (sign << (ebits + mbits)) | (exp << mbits) | mant


def _bits_to_float(bits, size):
    if size == 8:
        ebits, mbits = 11, 52
    elif size == 4:
        ebits, mbits = 8, 23
    else:
        ebits, mbits = 5, 10
    bias = (1 << (ebits - 1)) - 1
    sign = -1.0 if bits >> (ebits + mbits) else 1.0
    exp = (bits >> mbits) & ((1 << ebits) - 1)
    mant = bits & ((1 << mbits) - 1)
    if exp == (1 << ebits) - 1:
        return sign * float('inf') if mant == 0 else float('nan')
    if exp == 0:
        return sign * mant * 2.0 ** (1 - bias - mbits)
    return sign * (1.0 + mant / (1 << mbits)) * 2.0 ** (exp - bias)


def pack(fmt, *values):
    order, items, size = _parse(fmt)
    if len(values) != len(items):
        raise error('pack expected %d items for packing (got %d)' % (len(items), len(values)))
    out = bytearray(size)
    bo = 'little' if order == '<' else 'big'
    for (c, kind, off, sz), v in zip(items, values):
        if kind in ('int', 'uint'):
            if not isinstance(v, int):
                raise error('required argument is not an integer')
            signed = kind == 'int'
            lo = -(1 << (8 * sz - 1)) if signed else 0
            hi = (1 << (8 * sz - 1)) - 1 if signed else (1 << (8 * sz)) - 1
            if not lo <= v <= hi:
                raise error(_range_message(c, signed, sz, v, lo, hi))
            out[off:off + sz] = v.to_bytes(sz, bo, signed=signed)
        elif kind == 'bool':
            out[off] = 1 if v else 0
        elif kind == 'float':
            out[off:off + sz] = _float_to_bits(float(v), sz).to_bytes(sz, bo)
        elif kind == 'char':
            if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
                raise error('char format requires a bytes object of length 1')
            out[off] = v[0]
        elif kind == 'bytes':
            if not isinstance(v, (bytes, bytearray)):
                raise error("argument for 's' must be a bytes object")
            b = bytes(v[:sz])
            out[off:off + len(b)] = b
        elif kind == 'pascal':
            b = bytes(v[:sz - 1])
            out[off] = len(b)
            out[off + 1:off + 1 + len(b)] = b
    return bytes(out)


def unpack(fmt, buffer):
    order, items, size = _parse(fmt)
    buffer = bytes(buffer)
    if len(buffer) != size:
        raise error('unpack requires a buffer of %d bytes' % size)
    return _unpack(order, items, buffer, 0)


def _unpack(order, items, buffer, base):
    bo = 'little' if order == '<' else 'big'
    res = []
    for c, kind, off, sz in items:
        chunk = buffer[base + off:base + off + sz]
        if kind in ('int', 'uint'):
            res.append(int.from_bytes(chunk, bo, signed=kind == 'int'))
        elif kind == 'bool':
            res.append(chunk[0] != 0)
        elif kind == 'float':
            res.append(_bits_to_float(int.from_bytes(chunk, bo), sz))
        elif kind == 'char':
            res.append(chunk)
        elif kind == 'bytes':
            res.append(chunk)
        elif kind == 'pascal':
            n = min(chunk[0], sz - 1)
            res.append(chunk[1:1 + n])
    return tuple(res)


def unpack_from(fmt, buffer, offset=0):
    order, items, size = _parse(fmt)
    if len(buffer) - offset < size:
        raise error('unpack_from requires a buffer of at least %d bytes' % (size + offset))
    return _unpack(order, items, bytes(buffer), offset)


def pack_into(fmt, buffer, offset, *values):
    data = pack(fmt, *values)
    buffer[offset:offset + len(data)] = data


def iter_unpack(fmt, buffer):
    size = calcsize(fmt)
    for i in range(0, len(buffer), size):
        yield unpack(fmt, buffer[i:i + size])


class Struct:
    def __init__(self, format):
        self.format = format
        self.size = calcsize(format)

    def pack(self, *values):
        return pack(self.format, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def pack_into(self, buffer, offset, *values):
        pack_into(self.format, buffer, offset, *values)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)
