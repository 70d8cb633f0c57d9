# Arithmetic operator overloading on a small vector class.
import math

class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x - other.x, self.y - other.y)
        return NotImplemented

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)

    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)

    def __divmod__(self, k):
        return (self // k, self % k)

    def __pow__(self, n, mod=None):
        return Vec(pow(self.x, n, mod), pow(self.y, n, mod))

    def __matmul__(self, other):
        return self.x * other.y - self.y * other.x

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return Vec(+self.x, +self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __invert__(self):
        return Vec(self.y, self.x)

    def __lshift__(self, n):
        return Vec(self.x << n, self.y << n)

    def __rshift__(self, n):
        return Vec(self.x >> n, self.y >> n)

    def __and__(self, o):
        return Vec(self.x & o.x, self.y & o.y)

    def __or__(self, o):
        return Vec(self.x | o.x, self.y | o.y)

    def __xor__(self, o):
        return Vec(self.x ^ o.x, self.y ^ o.y)

    def __round__(self, n=None):
        return Vec(round(self.x, n), round(self.y, n))

    def __trunc__(self):
        return Vec(math.trunc(self.x), math.trunc(self.y))

    def __floor__(self):
        return Vec(math.floor(self.x), math.floor(self.y))

    def __ceil__(self):
        return Vec(math.ceil(self.x), math.ceil(self.y))

a, b = Vec(3, 4), Vec(1, 2)
print(a + b, a - b, a * 2, 2 * a, a * b)
print(a / 2, a // 2, a % 2, divmod(a, 2))
print(a ** 2, pow(a, 3, 5), a @ b)
print(-a, +a, abs(a), ~a)
print(a << 2, a >> 1, a & b, a | b, a ^ b)
f = Vec(2.567, -1.234)
print(round(f), round(f, 1), math.trunc(f), math.floor(f), math.ceil(f))
print(sum([a, b, Vec(0, 1)], Vec(0, 0)))
print(a + b * 3 - -a)
