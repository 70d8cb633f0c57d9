# itertools: product, permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement
from math import comb, perm

print(list(product("ab", [1, 2])))
print(list(product([0, 1], repeat=3)))
print(list(product("ab", "xy", repeat=2))[:5], len(list(product("ab", "xy", repeat=2))))
print(list(product()), list(product("abc", [])))
print(list(permutations("abc")))
print(list(permutations(range(4), 2)))
print(list(permutations("ab", 3)), list(permutations("ab", 0)))
print(list(combinations("abcd", 2)))
print(list(combinations(range(5), 3))[-3:])
print(list(combinations("ab", 5)), list(combinations("ab", 0)))
print(list(combinations_with_replacement("abc", 2)))
print(len(list(combinations_with_replacement(range(5), 3))))
for n, k in [(6, 2), (7, 3)]:
    print(len(list(combinations(range(n), k))) == comb(n, k),
          len(list(permutations(range(n), k))) == perm(n, k))
try:
    combinations("abc", -1)
except ValueError as e:
    print("ValueError", e)
try:
    list(product("ab", repeat=-1))
except ValueError as e:
    print("ValueError", e)

# solve SEND+MORE style small puzzle: a + b == c with distinct digits
solutions = [(a, b, c) for a, b, c in permutations(range(1, 10), 3) if a + b == c and a < b]
print(len(solutions), solutions[:5])

# coin change ways via product
coins = [1, 5, 10]
ways = [combo for combo in product(range(5), range(3), range(2))
        if sum(c * n for c, n in zip(coins, combo)) == 15]
print(ways)

# pairs of teams
teams = ["red", "blue", "green", "gold"]
for home, away in combinations(teams, 2):
    print(f"{home} vs {away}")

# grid neighbours with product
def neighbours(r, c):
    return [(r + dr, c + dc) for dr, dc in product((-1, 0, 1), repeat=2) if (dr, dc) != (0, 0)]
print(neighbours(1, 1))

# password space: the iterator need not be expanded
space = product("abcdefghijklmnopqrstuvwxyz", repeat=6)
print(next(space), next(space))
print(sum(1 for _ in product(range(3), "ab", [True, False])))
