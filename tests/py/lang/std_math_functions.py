# math: the common functions with exact CPython results.
import math

print(math.pi, math.e, math.tau)
print(math.inf, -math.inf, math.isnan(math.nan))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1))
print(math.trunc(-3.9), math.trunc(3.9))
print(math.sqrt(2), math.sqrt(144))
print(math.isqrt(10**20 + 1), math.isqrt(99))
print(math.gcd(48, 180), math.gcd(0, 0), math.gcd(12, 18, 27))
print(math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.factorial(20), math.factorial(0))
print(math.comb(52, 5), math.perm(10, 3), math.perm(5))
print(math.log(100, 10), math.log(math.e), math.log2(1024), math.log10(0.001))
print(math.log1p(1e-10), math.expm1(1e-10))
print(math.exp(1), math.exp(-1))
print(math.pow(2, 0.5), math.pow(10, -2))
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4))
print(math.asin(1), math.acos(0), math.atan(1), math.atan2(1, -1))
print(math.sinh(1), math.cosh(1), math.tanh(0.5))
print(math.degrees(math.pi), math.radians(180))
print(math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.dist((0, 0), (3, 4)), math.dist((1, 1, 1), (2, 2, 2)))
print(math.prod([1, 2, 3, 4]), math.prod([1.5, 2], start=2))
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2))
print(math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.copysign(3, -0.0), math.fabs(-4))
print(math.fmod(7, 3), math.fmod(-7, 3), -7 % 3)
print(math.modf(3.25), math.modf(-3.25))
print(math.frexp(8.0), math.ldexp(0.5, 4))
print(math.isfinite(1e308), math.isinf(1e308 * 10))
print(math.remainder(10, 3), math.remainder(11, 3))
print(math.ulp(1.0), math.nextafter(1.0, 2.0))
print(math.floor(10**20 + 0.5) == 10**20, type(math.floor(1.5)).__name__)
print(math.ceil(7), math.floor(True))

# typical usage: geometry helpers
def polygon_area(points):
    n = len(points)
    s = 0
    for i in range(n):
        x1, y1 = points[i]
        x2, y2 = points[(i + 1) % n]
        s += x1 * y2 - x2 * y1
    return abs(s) / 2

square = [(0, 0), (4, 0), (4, 4), (0, 4)]
print(polygon_area(square))
circle = [(math.cos(2 * math.pi * k / 360), math.sin(2 * math.pi * k / 360)) for k in range(360)]
print(round(polygon_area(circle), 6))
print(f"{math.pi:.10f} {math.sqrt(3):.4e}")
