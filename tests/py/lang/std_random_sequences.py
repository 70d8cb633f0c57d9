# random: choice, shuffle, sample, choices with a fixed seed.
import random

random.seed(1)
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
print(random.choice(deck), random.choice("abcdef"), random.choice(range(100)))
random.shuffle(deck)
print(deck[:13])
print(random.sample(deck, 5))
print(random.sample(range(1000), 8))
print(sorted(random.sample(range(1, 50), 6)))
print(random.choices(["red", "green", "blue"], k=6))
print(random.choices(["a", "b", "c"], weights=[10, 1, 1], k=8))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 100], k=5))
print(random.sample(["x", "y", "z", "w"], k=4, counts=None))
print(random.sample(["up", "down"], counts=[3, 2], k=5))

random.seed("shuffle test")
items = list(range(20))
random.shuffle(items)
print(items)

random.seed(3)
# a small Monte-Carlo simulation
hits = 0
for _ in range(2000):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1:
        hits += 1
print(hits, 4 * hits / 2000)

# random walk
random.seed(11)
pos = 0
path = []
for _ in range(20):
    pos += random.choice((-1, 1))
    path.append(pos)
print(path)

for bad in [lambda: random.choice([]), lambda: random.sample([1, 2], 3)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
