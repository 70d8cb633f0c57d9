def knapsack(items, cap):
    best = [0] * (cap + 1)
    for w, v in items:
        c = cap
        while c >= w:
            if best[c - w] + v > best[c]:
                best[c] = best[c - w] + v
            c -= 1
    return best[cap]
items = [(12, 4), (2, 2), (1, 1), (1, 2), (4, 10)]
print(knapsack(items, 15), knapsack(items, 0), knapsack([], 10))
def coin_change(coins, amount):
    INF = float("inf")
    dp = [0] + [INF] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and dp[a - c] + 1 < dp[a]:
                dp[a] = dp[a - c] + 1
    return dp[amount] if dp[amount] != INF else -1
print(coin_change([1, 5, 10, 25], 63), coin_change([2], 3), coin_change([186, 419, 83, 408], 6249))
