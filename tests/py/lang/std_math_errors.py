# math: error cases raise CPython's exceptions and messages.
import math

def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("sqrt(-1)", math.sqrt, -1)
attempt("log(0)", math.log, 0)
attempt("log(-1)", math.log, -1)
attempt("log10(-5)", math.log10, -5)
attempt("acos(2)", math.acos, 2)
attempt("asin(-2)", math.asin, -2)
attempt("exp(1000)", math.exp, 1000)
attempt("factorial(-1)", math.factorial, -1)
attempt("factorial(2.5)", math.factorial, 2.5)
attempt("isqrt(-4)", math.isqrt, -4)
attempt("comb(5, -1)", math.comb, 5, -1)
attempt("comb(3, 5)", math.comb, 3, 5)
attempt("perm(-1, 2)", math.perm, -1, 2)
attempt("gcd(1.5, 2)", math.gcd, 1.5, 2)
attempt("fmod(1, 0)", math.fmod, 1, 0)
attempt("pow(0, -1)", math.pow, 0, -1)
attempt("floor(inf)", math.floor, math.inf)
attempt("floor(nan)", math.floor, math.nan)
attempt("ceil('x')", math.ceil, "x")
attempt("sqrt('4')", math.sqrt, "4")
attempt("log(8, 2)", math.log, 8, 2)
attempt("log(1, 1)", math.log, 8, 1)
attempt("ldexp(1, 2000)", math.ldexp, 1.0, 2000)
attempt("cosh(1000)", math.cosh, 1000)
attempt("sin(inf)", math.sin, math.inf)
attempt("sqrt(10**400)", math.sqrt, 10**400)
attempt("log(10**400)", math.log, 10**400)
attempt("log2(2**2000)", math.log2, 2**2000)
attempt("isqrt(10**50)", math.isqrt, 10**50)
attempt("trunc(1e300)", math.trunc, 1e300)

class Celsius:
    def __init__(self, v):
        self.v = v
    def __float__(self):
        return float(self.v)
    def __floor__(self):
        return "custom floor"

attempt("sqrt(obj)", math.sqrt, Celsius(16))
attempt("floor(obj)", math.floor, Celsius(1.5))
print(math.isnan(float("nan") * 0), math.inf - math.inf)
