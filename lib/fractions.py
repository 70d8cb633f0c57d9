"""Rational numbers (gilpy's fractions, written in Python)."""
import math as _math

__all__ = ['Fraction']


def _parse(s):
    s = s.strip()
    if '/' in s:
        num, den = s.split('/', 1)
        return int(num), int(den)
    sign = 1
    if s[:1] in '+-':
        sign = -1 if s[0] == '-' else 1
        s = s[1:]
    exp = 0
    if 'e' in s or 'E' in s:
        s, e = s.lower().split('e', 1)
        exp = int(e)
    if '.' in s:
        ip, fp = s.split('.', 1)
    else:
        ip, fp = s, ''
    if not (ip + fp).isdigit():
        raise ValueError
    num = int((ip or '0') + fp) * sign
    den = 10 ** len(fp)
    if exp >= 0:
        num *= 10 ** exp
    else:
        den *= 10 ** -exp
    return num, den


class Fraction:
    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if isinstance(numerator, int):
                self._numerator, self._denominator = numerator, 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator, self._denominator = numerator._numerator, numerator._denominator
                return self
            if isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
                self._numerator, self._denominator = n, d
                return self
            if isinstance(numerator, str):
                try:
                    numerator, denominator = _parse(numerator)
                except ValueError:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator) from None
            elif hasattr(numerator, 'as_integer_ratio'):
                numerator, denominator = numerator.as_integer_ratio()
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif isinstance(numerator, Fraction) or isinstance(denominator, Fraction):
            q = Fraction(numerator) / Fraction(denominator)
            self._numerator, self._denominator = q._numerator, q._denominator
            return self
        elif not (isinstance(numerator, int) and isinstance(denominator, int)):
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        g = _math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    numerator = property(lambda self: self._numerator)
    denominator = property(lambda self: self._denominator)

    @classmethod
    def from_float(cls, f):
        return cls(f)

    @classmethod
    def from_decimal(cls, dec):
        return cls(str(dec))

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1)
        return Fraction(p0 + k * p1, q0 + k * q1)

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def __format__(self, spec):
        if not spec:
            return str(self)
        return format(float(self), spec)

    @staticmethod
    def _coerce(other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return None

    def _op(self, other, fop, iop):
        o = Fraction._coerce(other)
        if o is not None:
            return iop(self, o)
        if isinstance(other, float):
            return fop(float(self), other)
        if isinstance(other, complex):
            return fop(complex(float(self)), other)
        return NotImplemented

    def _rop(self, other, fop, iop):
        o = Fraction._coerce(other)
        if o is not None:
            return iop(o, self)
        if isinstance(other, float):
            return fop(other, float(self))
        return NotImplemented

    @staticmethod
    def _add(a, b):
        return Fraction(a._numerator * b._denominator + b._numerator * a._denominator, a._denominator * b._denominator)

    @staticmethod
    def _sub(a, b):
        return Fraction(a._numerator * b._denominator - b._numerator * a._denominator, a._denominator * b._denominator)

    @staticmethod
    def _mul(a, b):
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    @staticmethod
    def _div(a, b):
        return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)

    def __add__(self, o): return self._op(o, lambda x, y: x + y, Fraction._add)
    def __radd__(self, o): return self._rop(o, lambda x, y: x + y, Fraction._add)
    def __sub__(self, o): return self._op(o, lambda x, y: x - y, Fraction._sub)
    def __rsub__(self, o): return self._rop(o, lambda x, y: x - y, Fraction._sub)
    def __mul__(self, o): return self._op(o, lambda x, y: x * y, Fraction._mul)
    def __rmul__(self, o): return self._rop(o, lambda x, y: x * y, Fraction._mul)
    def __truediv__(self, o): return self._op(o, lambda x, y: x / y, Fraction._div)
    def __rtruediv__(self, o): return self._rop(o, lambda x, y: x / y, Fraction._div)

    def __floordiv__(self, o):
        r = self._op(o, lambda x, y: x // y, Fraction._div)
        return r if r is NotImplemented or isinstance(r, float) else r._numerator // r._denominator

    def __rfloordiv__(self, o):
        r = self._rop(o, lambda x, y: x // y, Fraction._div)
        return r if r is NotImplemented or isinstance(r, float) else r._numerator // r._denominator

    def __mod__(self, o):
        q = self // o
        return self - o * q

    def __divmod__(self, o):
        q = self // o
        return q, self - o * q

    def __pow__(self, b):
        if isinstance(b, int):
            if b >= 0:
                return Fraction(self._numerator ** b, self._denominator ** b)
            if self._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (self._denominator ** -b))
            return Fraction(self._denominator ** -b, self._numerator ** -b)
        if isinstance(b, Fraction) and b._denominator == 1:
            return self ** b._numerator
        return float(self) ** b

    def __rpow__(self, a):
        if self._denominator == 1 and self._numerator >= 0:
            return a ** self._numerator
        return a ** float(self)

    def __pos__(self):
        return Fraction(self._numerator, self._denominator)

    def __neg__(self):
        return Fraction(-self._numerator, self._denominator)

    def __abs__(self):
        return Fraction(abs(self._numerator), self._denominator)

    def __int__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    __trunc__ = __int__

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(self):
        return self._numerator / self._denominator

    def __bool__(self):
        return self._numerator != 0

    def __hash__(self):
        if self._denominator == 1:
            return hash(self._numerator)
        return hash(float(self))

    def _cmp(self, other):
        o = Fraction._coerce(other)
        if o is not None:
            a = self._numerator * o._denominator
            b = o._numerator * self._denominator
            return (a > b) - (a < b)
        if isinstance(other, float):
            if other != other:
                return 2   # NaN: every comparison is false, != is true
            if other in (float('inf'), float('-inf')):
                return -1 if other > 0 else 1
            return self._cmp(Fraction(other))
        return None

    def __eq__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else (c != 2 and c == 0)

    def __lt__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else (c != 2 and c < 0)

    def __le__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else (c != 2 and c <= 0)

    def __gt__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else (c != 2 and c > 0)

    def __ge__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else (c != 2 and c >= 0)
