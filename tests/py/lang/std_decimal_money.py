# decimal: exact decimal arithmetic for money, quantize, rounding, context precision.
from decimal import Decimal, getcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN, InvalidOperation, localcontext

print(Decimal("0.1") + Decimal("0.2"), 0.1 + 0.2, Decimal("0.1") + Decimal("0.2") == Decimal("0.3"))
print(Decimal(10), Decimal("3.14"), Decimal("-0.0"), Decimal("1E+3"), Decimal(" 42 "), repr(Decimal("1.50")))
print(Decimal("1.30") + Decimal("1.20"), Decimal("1.3") * Decimal("1.2"), Decimal("2.50") * 2)
print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal(1) / 3 * 3)
print(Decimal("7") // Decimal("2"), Decimal("-7") // Decimal("2"), Decimal("-7") % Decimal("2"), Decimal("7.5") % 2)
print(Decimal("1.005").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("2.675").quantize(Decimal("0.01")))
print(Decimal("2.5").quantize(Decimal("1"), rounding=ROUND_HALF_EVEN), Decimal("3.5").quantize(Decimal("1")))
print(Decimal("9.999").quantize(Decimal("0.01"), rounding=ROUND_DOWN), round(Decimal("2.345"), 2), round(Decimal("7.5")))
print(Decimal("1.20") == Decimal("1.2"), Decimal("1.2") < Decimal("1.21"), Decimal("5") == 5, Decimal("0.5") == 0.5)
print(Decimal("3.14159").as_tuple(), Decimal("-12.50").as_tuple().exponent)
print(float(Decimal("1.1")), int(Decimal("-3.9")), str(Decimal("1.10").normalize()), Decimal("100").normalize())
print(Decimal("123.456").to_integral_value(), Decimal("-0.5").copy_abs(), Decimal("5").compare(Decimal("3")))
print(sum([Decimal("0.10")] * 10), sorted([Decimal("2"), Decimal("1.5"), Decimal("-1")]), max(Decimal("1"), Decimal("1.0")))
print(Decimal("NaN").is_nan(), Decimal("Infinity") > 10**100, Decimal("-Infinity"), Decimal("1e-7"))
print(Decimal(0.1) == Decimal("0.1000000000000000055511151231257827021181583404541015625"))
print(getcontext().prec, getcontext().rounding)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal("1.23456789") + 0)
print(Decimal(1) / Decimal(7))
for bad in ["abc", "1.2.3", ""]:
    try:
        Decimal(bad)
    except InvalidOperation as e:
        print("InvalidOperation", type(e).__name__)
try:
    Decimal(1) / Decimal(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", type(e).__name__)
try:
    Decimal("1.5") + 1.5
except TypeError as e:
    print("TypeError", type(e).__name__)  # CPython names its C type decimal.Decimal here

CENT = Decimal("0.01")
def money(x):
    return x.quantize(CENT, rounding=ROUND_HALF_UP)
items = [("widget", Decimal("19.99"), 3), ("gadget", Decimal("4.25"), 7), ("gizmo", Decimal("0.333"), 9)]
subtotal = Decimal(0)
for name, price, qty in items:
    line = money(price * qty)
    subtotal += line
    print(f"{name:8}{qty:3} x {price:>7} = {line:>8}")
tax = money(subtotal * Decimal("0.0825"))
print(f"subtotal {subtotal:>10}\ntax      {tax:>10}\ntotal    {subtotal + tax:>10}")
print(f"{Decimal('1234.5'):,.2f}", f"{Decimal('0.075'):.1%}", f"{Decimal('-3.14159'):+.3f}")
share = money(Decimal("100") / 3)
print(share, share * 3, Decimal("100") - share * 2)
