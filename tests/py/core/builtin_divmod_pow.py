print(divmod(7, 3), divmod(-7, 3), divmod(7, -3), divmod(-7, -3), divmod(0, 5))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(2 ** 80, 3 ** 20), divmod(True, 2))
print(pow(2, 8), pow(2, -1), pow(2.5, 2), pow(3, 4, 7), pow(-2, 3, 5), pow(4, -1, 7), pow(base=2, exp=5))
print(pow(0, 0), pow(0.0, 0.0), pow(1, 10 ** 10), pow(-1, 10 ** 10 + 1), pow(2, 200, 10 ** 9 + 7))
