# Float repr and rounding edge cases, as str/repr/format/round show them.

values = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0,
          1e-4, 1e-5, 0.00001234, 5e-324, 1.7976931348623157e308, 2.5, -0.0,
          100.0, 1e22, 1e23, 9007199254740993.0, 0.30000000000000004]
for v in values:
    print(repr(v), str(v), f"{v}", f"{v:g}", f"{v:.3}")

print("rounding halves (banker's on the binary value):")
for v in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 1.25, 1.35):
    print(f"  {v!r:>6} round0={round(v)!r:>3} round1={round(v, 1)!r:>5} round2={round(v, 2)!r:>5}"
          f" .1f={v:.1f} .2f={v:.2f}")

print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(0.1 + 0.2, 15), round(1e300, -299), round(123.456, 10))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(7, 1), round(-7.5))

print("long precision:")
for p in (10, 17, 20, 25):
    print(f"  0.1 -> {0.1:.{p}f}")
print(f"{2 ** 0.5:.30f}", f"{1e-7:.10f}", f"{1 / 7:.20e}")
print(f"{123456789.0:.2e}", f"{0.000123:.2g}", f"{99.99:.1f}", f"{999.96:.1f}")
print(f"{9.995:.2f} {9.9951:.2f} {0.045:.2f} {0.055:.2f} {1.0e-20:f}")

print("float <-> int and str:")
print(float("1_000.5"), float(" -12.5e-1 "), float("inf"), float("-NaN"), float("1e500"))
print(int(1e20), int(-2.9), int(2.9), float(2 ** 53 + 1), 2 ** 53 + 1.0 == 2 ** 53)
print((0.1).as_integer_ratio(), (2.5).is_integer(), float.fromhex("0x1.8p1"), (3.5).hex())
print(1e16 + 1, 1e16 + 2, 0.1 * 3, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15)
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 // -2, -7.5 % 2, 2 ** -1, 10 / 4)
print(sum([0.1] * 10), __import__("math").fsum([0.1] * 10))
for s in ("1.5x", "", "0x10", "1e"):
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
