# fractions.Fraction: exact arithmetic, limit_denominator, conversions.
from fractions import Fraction
import math

a = Fraction(3, 4)
b = Fraction("5/6")
print(a, b, a + b, a - b, a * b, a / b, a ** 2, a ** -2, -a, abs(-b))
print(repr(a), Fraction(10, -4), Fraction(0), Fraction(" 7 "), Fraction("-2.5"), Fraction("1e-3"))
print(Fraction(0.1), Fraction(1.5), Fraction(2**60, 3**30).numerator, Fraction(6, 4).denominator)
print(a.numerator, a.denominator, a.as_integer_ratio(), Fraction(0.1).limit_denominator(100))
print(Fraction(math.pi).limit_denominator(1000), Fraction(math.pi).limit_denominator(10))
print(a + 1, 1 - a, 2 * a, 3 / a, a + 0.25, a == 0.75, a < 1, a > Fraction(2, 3))
print(a // Fraction(1, 3), a % Fraction(1, 3), divmod(Fraction(7, 2), 2), Fraction(7, 2) // 1)
print(float(a), int(Fraction(-7, 2)), round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(22, 7), 2))
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), math.trunc(Fraction(-7, 2)))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3), Fraction(1, 2) in {0.5})
print(sum([Fraction(1, n) for n in range(1, 11)]), sum(Fraction(1, 2 ** k) for k in range(1, 20)))
print(Fraction(1, 3) ** Fraction(1, 2), 4 ** Fraction(1, 2), Fraction(9, 4) ** 0.5)
print(sorted([Fraction(1, 3), 0.3, Fraction(2, 7), 1]), max(Fraction(5, 3), 1.6))
print(f"{Fraction(1, 3)}", str(Fraction(4, 2)), Fraction(6, 3).denominator == 1)
for bad in [lambda: Fraction(1, 0), lambda: Fraction("abc"), lambda: Fraction(1.5, 2), lambda: Fraction(float("nan"))]:
    try:
        bad()
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

def egyptian(fr):
    out = []
    while fr.numerator:
        d = -(-fr.denominator // fr.numerator)
        out.append(Fraction(1, d))
        fr -= Fraction(1, d)
    return out
print(" + ".join(map(str, egyptian(Fraction(4, 13)))))
def bernoulli(n):
    A = [0] * (n + 1)
    for m in range(n + 1):
        A[m] = Fraction(1, m + 1)
        for j in range(m, 0, -1):
            A[j - 1] = j * (A[j - 1] - A[j])
    return A[0]
print([str(bernoulli(k)) for k in range(9)])
def cont_frac(x, n):
    terms = []
    for _ in range(n):
        i = math.floor(x)
        terms.append(i)
        if x == i:
            break
        x = 1 / (x - i)
    return terms
print(cont_frac(Fraction(415, 93), 10))
recipe = {"flour": Fraction(3, 4), "sugar": Fraction(1, 3), "butter": Fraction(1, 8)}
print({k: str(v * Fraction(5, 2)) for k, v in recipe.items()})
