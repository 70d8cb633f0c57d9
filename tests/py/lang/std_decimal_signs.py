# decimal: signs of zeros and infinities, copy_* helpers, comparisons and formatting.
from decimal import Decimal as D

values = [D("0"), D("-0"), D("0.00"), D("-1.50"), D("Infinity"), D("-Infinity"), D("NaN")]
for v in values:
    print(repr(v), str(-v), str(+v), str(abs(v)), v.copy_abs(), v.copy_negate(), v.is_signed())
print(D(1).copy_sign(D("-Infinity")), D("-7.5").copy_sign(D(2)), D("2").compare(D("2.0")))
print(D("-Infinity") < D("-1e999999"), D("Infinity") > D(10) ** 50, max(D("1"), D("Infinity")))
print(sorted([D("2.5"), D("-Infinity"), D("0"), D("Infinity"), D("-3")]))
print(D("1.2300").normalize(), D("-0.000").normalize(), D("12E+3").normalize())
print(D("123.456").to_integral_value(), D("-2.5").to_integral_value(), D("Infinity").to_integral_value())
for spec in ["", "f", ".2f", "+.1f", "e", ".3e", ".2%", ">10", "<8.1f", "^9", ",.2f", "010.3f", "g"]:
    print(repr(spec), [format(D(x), spec) for x in ["1234.5678", "-0.005", "0", "1E+5"]])
print(format(D("-Infinity"), ">12"), format(D("NaN"), ".2f"), format(D("Infinity"), "%"))

def split_bill(total, people):
    share = (total / people).quantize(D("0.01"))
    last = total - share * (people - 1)
    return [share] * (people - 1) + [last]
for total, n in [(D("100.00"), 3), (D("10.01"), 4), (D("0.05"), 2)]:
    parts = split_bill(total, n)
    print(total, n, [str(p) for p in parts], sum(parts) == total)
