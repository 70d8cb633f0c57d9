# random: seeded streams must give CPython's exact numbers.
import random

random.seed(42)
print([random.random() for _ in range(5)])
random.seed(42)
print(random.randint(1, 100), random.randint(1, 6), random.randint(-10, 10))
print([random.randrange(10) for _ in range(10)])
print([random.randrange(0, 100, 5) for _ in range(5)])
print(random.randrange(10**30))
print([random.randint(1, 2**40) for _ in range(3)])

random.seed(0)
rolls = [random.randint(1, 6) for _ in range(600)]
print([rolls.count(k) for k in range(1, 7)])

random.seed(12345)
print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(100))
print(random.random())

# seeding resets the stream
random.seed(7)
a = [random.random() for _ in range(3)]
random.seed(7)
b = [random.random() for _ in range(3)]
print(a == b, a)

# an independent generator
r = random.Random(2024)
print(r.random(), r.randint(0, 1000), r.randrange(3, 30, 3))
r2 = random.Random()
r2.seed(2024)
print(r2.random())

# state save/restore
random.seed(99)
state = random.getstate()
x = [random.random() for _ in range(4)]
random.setstate(state)
y = [random.random() for _ in range(4)]
print(x == y)

for bad in [(5, 2), (0, 0)]:
    try:
        random.randrange(*bad)
    except ValueError as e:
        print("ValueError", e)
try:
    random.randint(3, 1)
except ValueError as e:
    print("ValueError", e)
