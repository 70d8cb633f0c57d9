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

class Ledger:
    """Running balance with exact cents; negative zero never shows up."""
    def __init__(self):
        self.entries = []
    def post(self, label, amount):
        self.entries.append((label, D(amount)))
    def balance(self):
        return sum((a for _, a in self.entries), D("0.00"))
    def report(self):
        running = D("0.00")
        for label, amount in self.entries:
            running += amount
            sign = "CR" if amount < 0 else "DR"
            print(f"{label:<10}{abs(amount):>9.2f} {sign} {running:>10,.2f}")
        print(f"{'balance':<10}{self.balance():>13.2f}")

ledger = Ledger()
for label, amount in [("opening", "1250.00"), ("rent", "-950.00"), ("refund", "12.34"),
                      ("fees", "-312.34"), ("interest", "0.005")]:
    ledger.post(label, amount)
ledger.report()
print(-(ledger.balance() - ledger.balance()), abs(D("-0.00")), D("-0.00") == 0)
