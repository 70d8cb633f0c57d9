CACHE = {}
def ways(n, coins):
    key = (n, len(coins))
    if key in CACHE:
        return CACHE[key]
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    r = ways(n - coins[0], coins) + ways(n, coins[1:])
    CACHE[key] = r
    return r
print(ways(100, [50, 25, 10, 5, 1]), ways(300, [200, 100, 50, 20, 10, 5, 2, 1]))
print(len(CACHE) > 100)
def catalan(n):
    if n <= 1:
        return 1
    if n in CACHE:
        return CACHE[n]
    r = 0
    for i in range(n):
        r += catalan(i) * catalan(n - 1 - i)
    CACHE[n] = r
    return r
CACHE = {}
print(catalan(30))
