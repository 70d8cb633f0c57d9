x = 7
print(-x, +x, ~x, not x, -(-x), -0, +0.0, -0.0, -(2 ** 100), ~(2 ** 100))
print(-True, +True, ~False, -1.5, +(-1.5), not 0.0, not -0.0)
y = -x
print(y, abs(y), -y == x)
