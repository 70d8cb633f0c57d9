print(-0.0 % 5, 0.0 % -5, -0.0 // 1, 0.0 // -1, 5 % float("inf"), -5 % float("inf"))
print(divmod(1, float("inf")), divmod(-1, float("inf")), float("inf") // 1 if False else "skip")
print(int(1e308) == 10 ** 308, int(1e308) % 10 ** 10, int(-1e18), int(1.9999999999999998))
print(1e16 + 1 == 1e16, 2 ** 53 + 1.0, -1e-320, 1e-323 * 1e10)
print(0.1 + 0.2 > 0.3, 0.5 + 0.25 == 0.75, 1 / 10 == 0.1, 3 * 0.1 == 0.3)
print(float(1 << 1023) * 2, float((1 << 1024) - (1 << 971)), float((1 << 1024) - (1 << 971) - 1))
try:
    float((1 << 1024) - (1 << 970))
except OverflowError as e:
    print("halfway to 2**1024 rounds up:", e)
print(7.0 % 2.5, -7.0 % 2.5, 7.0 % -2.5, -7.0 % -2.5, 1e300 % 7, -1e-300 % 1)
print(round(-0.5), round(-1.5), round(0.5000000000000001), round(2.5000000001))
