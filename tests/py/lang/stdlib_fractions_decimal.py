from fractions import Fraction
from decimal import Decimal, getcontext
a = Fraction(1, 3)
b = Fraction(1, 6)
print(a + b, a * b, a / b, a - b, Fraction(3, 6), Fraction("0.25"), Fraction(0.5), float(a))
print(sum(Fraction(1, n) for n in range(1, 11)), Fraction(7, 3).limit_denominator(2), a < b)
print(Decimal("0.1") + Decimal("0.2"), Decimal("1") / Decimal("3"), Decimal("2.50").quantize(Decimal("0.1")))
getcontext().prec = 50
print(Decimal(1) / Decimal(7))
print(Decimal("1.10") * 3, Decimal(0.1) == Decimal("0.1"), round(Decimal("2.675"), 2))
