big = 2 ** 200
print(big > 1e60, big < 1e61, big == float(big), big + 1 == float(big), big + 1 > float(big))
print(-big < -1e60, 2 ** 1024 > 1e308, 2 ** 1024 > float("inf"), -(2 ** 1024) < float("-inf"), 2 ** 1024 != float("inf"))
nan = float("nan")
print(big == nan, big < nan, big > nan, 1 == nan, 0 < nan)
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0, 9007199254740992 == 9007199254740992.0)
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0), sorted([1.0, 1, True, 0.5]))
print(1 < 2.5 < 3 < 3.5, 2 ** 53 < 2.0 ** 53 + 2, -1 < -0.5 < 0 < 0.5 < True < 1.5)
