"""Decimal floating point (gilpy's decimal: a small pure-Python subset with
ROUND_HALF_EVEN contexts: + - * / // %, quantize, rounding, comparisons)."""

__all__ = ['Decimal', 'Context', 'getcontext', 'setcontext', 'localcontext', 'ROUND_HALF_EVEN',
           'ROUND_HALF_UP', 'ROUND_DOWN', 'ROUND_UP', 'ROUND_FLOOR', 'ROUND_CEILING',
           'ROUND_HALF_DOWN', 'DivisionByZero', 'InvalidOperation', 'DecimalException']

ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_DOWN = 'ROUND_DOWN'
ROUND_UP = 'ROUND_UP'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_CEILING = 'ROUND_CEILING'


class DecimalException(ArithmeticError):
    pass


class InvalidOperation(DecimalException):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DecimalTuple(tuple):
    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    sign = property(lambda self: self[0])
    digits = property(lambda self: self[1])
    exponent = property(lambda self: self[2])

    def __repr__(self):
        return 'DecimalTuple(sign=%r, digits=%r, exponent=%r)' % tuple(self)


class Context:
    def __init__(self, prec=28, rounding=ROUND_HALF_EVEN):
        self.prec = prec
        self.rounding = rounding

    def copy(self):
        return Context(self.prec, self.rounding)

    def __repr__(self):
        return 'Context(prec=%d, rounding=%s)' % (self.prec, self.rounding)


_context = Context()


def getcontext():
    return _context


def setcontext(ctx):
    global _context
    _context = ctx


class localcontext:
    def __init__(self, ctx=None):
        self.new = (ctx or _context).copy()

    def __enter__(self):
        global _context
        self.saved = _context
        _context = self.new
        return self.new

    def __exit__(self, *a):
        global _context
        _context = self.saved


def _round_coeff(sign, coeff, drop, rounding):
    """Drops `drop` digits of coeff with the rounding mode."""
    if drop <= 0:
        return coeff
    q, r = divmod(coeff, 10 ** drop)
    half = 5 * 10 ** (drop - 1)
    if rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = r != 0
    elif rounding == ROUND_FLOOR:
        up = r != 0 and sign
    else:
        up = r != 0 and not sign
    return q + 1 if up else q


class Decimal:
    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        self._special = None
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = value._sign, value._int, value._exp, value._special
            return self
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(value)
            self._exp = 0
            return self
        if isinstance(value, float):
            if value != value:
                self._sign, self._int, self._exp, self._special = 0, 0, 0, 'NaN'
                return self
            if value in (float('inf'), float('-inf')):
                self._sign, self._int, self._exp, self._special = int(value < 0), 0, 0, 'Infinity'
                return self
            n, d = abs(value).as_integer_ratio()
            k = d.bit_length() - 1
            self._sign = 1 if (value < 0 or (value == 0 and str(value).startswith('-'))) else 0
            self._int = n * 5 ** k
            self._exp = -k
            return self
        if isinstance(value, tuple):
            sign, digits, exp = value
            self._sign = sign
            self._int = int(''.join(map(str, digits)) or '0')
            self._exp = exp
            return self
        if isinstance(value, str):
            s = value.strip().replace('_', '')
            sign = 0
            if s[:1] and s[:1] in '+-':
                sign = 1 if s[0] == '-' else 0
                s = s[1:]
            low = s.lower()
            if low in ('inf', 'infinity'):
                self._sign, self._int, self._exp, self._special = sign, 0, 0, 'Infinity'
                return self
            if low in ('nan', 'snan'):
                self._sign, self._int, self._exp, self._special = sign, 0, 0, 'NaN'
                return self
            exp = 0
            if 'e' in low:
                low, e = low.split('e', 1)
                try:
                    exp = int(e)
                except ValueError:
                    raise InvalidOperation([InvalidOperation]) from None
            if '.' in low:
                ip, fp = low.split('.', 1)
            else:
                ip, fp = low, ''
            if not (ip + fp) or not (ip + fp).isdigit():
                raise InvalidOperation([InvalidOperation])
            self._sign = sign
            self._int = int(ip + fp)
            self._exp = exp - len(fp)
            return self
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def _make(cls, sign, coeff, exp):
        d = object.__new__(cls)
        d._sign, d._int, d._exp, d._special = sign, coeff, exp, None
        return d

    def _fix(self, ctx=None):
        ctx = ctx or _context
        digits = len(str(self._int))
        if digits <= ctx.prec:
            return self
        drop = digits - ctx.prec
        c = _round_coeff(self._sign, self._int, drop, ctx.rounding)
        exp = self._exp + drop
        if len(str(c)) > ctx.prec:
            c //= 10
            exp += 1
        return Decimal._make(self._sign, c, exp)

    # ---- conversion ----
    def __str__(self):
        if self._special:
            return ('-' if self._sign else '') + self._special
        digits = str(self._int)
        exp = self._exp
        leftdigits = exp + len(digits)
        if exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        else:
            dotplace = 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            e = ''
        else:
            e = 'E%+d' % (leftdigits - dotplace)
        return ('-' if self._sign else '') + intpart + fracpart + e

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __float__(self):
        return float(str(self))

    def __int__(self):
        if self._special:
            raise ValueError('cannot convert %s to integer' % self._special)
        v = self._int * 10 ** self._exp if self._exp >= 0 else self._int // 10 ** -self._exp
        return -v if self._sign else v

    __trunc__ = __int__

    def as_tuple(self):
        return DecimalTuple(self._sign, tuple(int(c) for c in str(self._int)), self._exp)

    def as_integer_ratio(self):
        if self._exp >= 0:
            n, d = self._int * 10 ** self._exp, 1
        else:
            n, d = self._int, 10 ** -self._exp
        from math import gcd
        g = gcd(n, d)
        n //= g
        d //= g
        return (-n if self._sign else n, d)

    def _value(self):
        return -self._int if self._sign else self._int

    # ---- arithmetic ----
    @staticmethod
    def _conv(other):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        return None

    def __add__(self, other):
        o = Decimal._conv(other)
        if o is None:
            return NotImplemented
        exp = min(self._exp, o._exp)
        v = self._value() * 10 ** (self._exp - exp) + o._value() * 10 ** (o._exp - exp)
        sign = 1 if v < 0 or (v == 0 and self._sign and o._sign) else 0
        return Decimal._make(sign, abs(v), exp)._fix()

    __radd__ = __add__

    def __sub__(self, other):
        o = Decimal._conv(other)
        if o is None:
            return NotImplemented
        return self + (-o)

    def __rsub__(self, other):
        o = Decimal._conv(other)
        if o is None:
            return NotImplemented
        return o - self

    def __neg__(self):
        # -0 is +0 (CPython's default context); other values flip their sign
        if self._special:
            d = Decimal._make(self._sign if self._special == 'NaN' else 1 - self._sign, 0, 0)
            d._special = self._special
            return d
        if not self._int:
            return Decimal._make(0, 0, self._exp)
        return Decimal._make(1 - self._sign, self._int, self._exp)

    def __pos__(self):
        if self._special:
            return self.copy_abs() if self._special == 'NaN' else self.copy_sign(self)
        if not self._int:
            return Decimal._make(0, 0, self._exp)
        return Decimal._make(self._sign, self._int, self._exp)._fix()

    def __abs__(self):
        return self.copy_abs()

    def __mul__(self, other):
        o = Decimal._conv(other)
        if o is None:
            return NotImplemented
        return Decimal._make(self._sign ^ o._sign, self._int * o._int, self._exp + o._exp)._fix()

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = Decimal._conv(other)
        if o is None:
            return NotImplemented
        if o._int == 0:
            if self._int == 0:
                raise InvalidOperation([InvalidOperation])
            raise DivisionByZero([DivisionByZero])
        sign = self._sign ^ o._sign
        ideal = self._exp - o._exp
        if self._int == 0:
            return Decimal._make(sign, 0, ideal)
        prec = _context.prec
        shift = len(str(o._int)) - len(str(self._int)) + prec + 1
        if shift >= 0:
            q, r = divmod(self._int * 10 ** shift, o._int)
        else:
            q, r = divmod(self._int, o._int * 10 ** -shift)
        exp = ideal - shift
        if r == 0:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        elif q % 5 == 0:
            q += 1
        return Decimal._make(sign, q, exp)._fix()

    def __rtruediv__(self, other):
        o = Decimal._conv(other)
        if o is None:
            return NotImplemented
        return o / self

    def __floordiv__(self, other):
        o = Decimal._conv(other)
        if o is None:
            return NotImplemented
        a, b = self.as_integer_ratio(), o.as_integer_ratio()
        n, d = a[0] * b[1], a[1] * b[0]
        q = abs(n) // abs(d)
        return Decimal(-q if (n < 0) != (d < 0) else q)

    def __mod__(self, other):
        o = Decimal._conv(other)
        if o is None:
            return NotImplemented
        return self - o * (self // o)

    def __pow__(self, other):
        if isinstance(other, int) and other >= 0:
            r = Decimal(1)
            for _ in range(other):
                r = r * self
            return r
        return Decimal(float(self) ** float(other))

    # ---- rounding ----
    def quantize(self, exp, rounding=None, context=None):
        exp = Decimal(exp)
        rounding = rounding or (context or _context).rounding
        target = exp._exp
        if target >= self._exp:
            c = _round_coeff(self._sign, self._int, target - self._exp, rounding)
            return Decimal._make(self._sign, c, target)
        return Decimal._make(self._sign, self._int * 10 ** (self._exp - target), target)

    def __round__(self, n=None):
        if n is None:
            q = self.quantize(Decimal(1))
            return int(q)
        return self.quantize(Decimal._make(0, 1, -n))

    def __floor__(self):
        return int(self.quantize(Decimal(1), rounding=ROUND_FLOOR))

    def __ceil__(self):
        return int(self.quantize(Decimal(1), rounding=ROUND_CEILING))

    def normalize(self, context=None):
        c, e = self._int, self._exp
        if c == 0:
            return Decimal._make(self._sign, 0, 0)
        while c % 10 == 0:
            c //= 10
            e += 1
        return Decimal._make(self._sign, c, e)._fix(context)

    def sqrt(self, context=None):
        import math
        prec = (context or _context).prec
        n, d = self.as_integer_ratio()
        scale = 10 ** (2 * (prec + 2))
        r = math.isqrt(n * scale // d)
        return Decimal._make(0, r, -(prec + 2))._fix(context)

    def is_zero(self):
        return self._int == 0 and not self._special

    def is_nan(self):
        return self._special == 'NaN'

    def is_infinite(self):
        return self._special == 'Infinity'

    def is_signed(self):
        return bool(self._sign)

    def adjusted(self):
        return self._exp + len(str(self._int)) - 1

    # ---- comparison ----
    def to_integral_value(self, rounding=None, context=None):
        if self._special or self._exp >= 0:
            return self
        return self.quantize(Decimal(1), rounding=rounding, context=context)

    to_integral = to_integral_value
    to_integral_exact = to_integral_value

    def copy_abs(self):
        d = Decimal._make(0, self._int, self._exp)
        d._special = self._special
        return d

    def copy_negate(self):
        d = Decimal._make(1 - self._sign, self._int, self._exp)
        d._special = self._special
        return d

    def copy_sign(self, other, context=None):
        d = Decimal._make(Decimal(other)._sign, self._int, self._exp)
        d._special = self._special
        return d

    def compare(self, other, context=None):
        c = self._cmp(other)
        if c is None:
            raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
        return Decimal(c)

    def _cmp(self, other):
        if isinstance(other, float):
            other = Decimal(other)
        o = Decimal._conv(other)
        if o is None:
            return None
        if self._special == 'Infinity' or o._special == 'Infinity':
            # an infinity against anything: compare signed ranks
            x = 0 if self._special != 'Infinity' else (-1 if self._sign else 1)
            y = 0 if o._special != 'Infinity' else (-1 if o._sign else 1)
            if x == y == 0:
                pass
            elif x != y:
                return (x > y) - (x < y)
            else:
                return 0
        a, b = self.as_integer_ratio(), o.as_integer_ratio()
        x, y = a[0] * b[1], b[0] * a[1]
        return (x > y) - (x < y)

    def __eq__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c == 0

    def __lt__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        n, d = self.as_integer_ratio()
        if d == 1:
            return hash(n)
        return hash(n / d)

    def __bool__(self):
        return self._int != 0 or bool(self._special)

    def __format__(self, spec):
        # Exact formatting (never through float): 'f', '%', 'e', 'g' and
        # the bare form, with fill/align/sign/width/grouping.
        if not spec:
            return str(self)
        fill, align, sign, zero, width, group, prec, typ = _parse_spec(spec)
        neg = bool(self._sign)
        if self._special:
            body = ('Infinity' if self._special == 'Infinity' else 'NaN') + ('%' if typ == '%' else '')
        else:
            a = self.copy_abs()
            if typ == '%':
                a = Decimal._make(0, a._int, a._exp + 2)
            if typ in ('f', 'F', '%'):
                if prec is not None:
                    a = a.quantize(Decimal._make(0, 1, -prec), rounding=ROUND_HALF_EVEN)
                body = _plain(a._int, a._exp)
                if typ == '%':
                    body += '%'
            elif typ in ('e', 'E'):
                digits = str(a._int)
                if prec is not None and a._int:
                    drop = len(digits) - 1 - prec
                    if drop > 0:
                        a = a.quantize(Decimal._make(0, 1, a._exp + drop), rounding=ROUND_HALF_EVEN)
                        digits = str(a._int)
                        if len(digits) > prec + 1:
                            a = Decimal._make(0, a._int // 10, a._exp + 1)
                            digits = str(a._int)
                    elif drop < 0:
                        digits += '0' * (-drop)
                        a = Decimal._make(0, int(digits), a._exp + drop)
                if not a._int and prec:
                    digits = '0' * (prec + 1)
                    a = Decimal._make(0, 0, a._exp + prec)
                e = a._exp + len(str(a._int)) - 1 if a._int else a._exp
                frac = digits[1:]
                body = digits[0] + ('.' + frac if frac else '') + ('e' if typ == 'e' else 'E') + '%+d' % e
            else:
                if prec is not None and a._int and len(str(a._int)) > prec:
                    drop = len(str(a._int)) - max(prec, 1)
                    a = a.quantize(Decimal._make(0, 1, a._exp + drop), rounding=ROUND_HALF_EVEN)
                body = str(a)
                if typ in ('G',):
                    body = body.upper()
                elif typ == 'g' or not typ:
                    body = body.replace('E', 'e') if typ == 'g' else body
            if group:
                intpart, dot, rest = body.partition('.')
                if not dot:
                    cut = len(intpart.rstrip('%')) if 'e' not in intpart.lower() else intpart.lower().index('e')
                    intpart, rest = intpart[:cut], intpart[cut:]
                    dot = ''
                intpart = _group(intpart, group)
                body = intpart + dot + rest
        signstr = '-' if neg else ('+' if sign == '+' else (' ' if sign == ' ' else ''))
        if zero and fill is None:
            fill, align = '0', '='
        fill = ' ' if fill is None else fill
        align = align or '>'
        pad = max(0, (width or 0) - len(signstr) - len(body))
        if align == '=':
            return signstr + fill * pad + body
        text = signstr + body
        if align == '<':
            return text + fill * pad
        if align == '^':
            return fill * (pad // 2) + text + fill * (pad - pad // 2)
        return fill * pad + text


def _parse_spec(spec):
    # [[fill]align][sign][0][width][,|_][.precision][type]
    fill = align = None
    i = 0
    if len(spec) >= 2 and spec[1] in '<>=^':
        fill, align, i = spec[0], spec[1], 2
    elif spec[:1] in ('<', '>', '=', '^'):
        align, i = spec[0], 1
    sign = None
    if spec[i:i + 1] in ('+', '-', ' '):
        sign, i = spec[i], i + 1
    zero = False
    if spec[i:i + 1] == '0':
        zero, i = True, i + 1
    j = i
    while j < len(spec) and spec[j].isdigit():
        j += 1
    width = int(spec[i:j]) if j > i else None
    i = j
    group = None
    if spec[i:i + 1] in (',', '_'):
        group, i = spec[i], i + 1
    prec = None
    if spec[i:i + 1] == '.':
        j = i + 1
        while j < len(spec) and spec[j].isdigit():
            j += 1
        if j == i + 1:
            raise ValueError('Invalid format specifier')
        prec, i = int(spec[i + 1:j]), j
    typ = spec[i:]
    if typ not in ('', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n'):
        raise ValueError('Invalid format specifier')
    if typ == 'n':
        typ = 'g'
    return fill, align, sign, zero, width, group, prec, typ


def _plain(coeff, exp):
    # coefficient and exponent as a plain (non-scientific) digit string
    digits = str(coeff)
    if exp >= 0:
        return digits + '0' * exp
    digits = digits.rjust(-exp + 1, '0')
    return digits[:exp] + '.' + digits[exp:]


def _group(intpart, sep):
    out = []
    while len(intpart) > 3:
        out.insert(0, intpart[-3:])
        intpart = intpart[:-3]
    out.insert(0, intpart)
    return sep.join(out)
