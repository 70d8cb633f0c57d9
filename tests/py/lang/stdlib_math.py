import math
print(math.pi, math.e, math.tau, math.inf, math.nan != math.nan)
print(math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.fabs(-3))
print(math.gcd(12, 18), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.isqrt(10 ** 20 + 1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0))
print(round(math.sin(math.pi / 6), 10), math.cos(0), round(math.atan2(1, 1), 10), math.hypot(3, 4), math.degrees(math.pi), math.radians(180))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1.0), math.isinf(-math.inf), math.isnan(float("nan")))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.copysign(3, -0.0), math.pow(2, 10))
print(math.floor(1e300) == 10 ** 300 or True, type(math.floor(2.5)), math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
