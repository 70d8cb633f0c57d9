# random: real-valued distributions after seeding.
import random

random.seed(2023)
print(random.uniform(1, 10), random.uniform(5, -5))
print(random.gauss(0, 1), random.gauss(100, 15))
print(random.normalvariate(0, 1), random.normalvariate(10, 2))
print(random.expovariate(1.5), random.triangular(0, 10, 3))
print(random.betavariate(2, 3), random.gammavariate(2.0, 1.5))
print(random.lognormvariate(0, 0.5), random.vonmisesvariate(1.0, 2.0))
print(random.paretovariate(3), random.weibullvariate(1, 1.5))
print(random.gammavariate(0.5, 1.0))
print(random.triangular())

random.seed(5)
samples = [random.gauss(50, 10) for _ in range(1000)]
mean = sum(samples) / len(samples)
var = sum((s - mean) ** 2 for s in samples) / len(samples)
print(round(mean, 6), round(var, 6))

random.seed(5)
print(random.gauss(0, 1), random.gauss(0, 1), random.gauss(0, 1))

r = random.Random(77)
print([round(r.uniform(0, 1), 12) for _ in range(4)])
print(r.randbytes(8).hex())

# histogram of a normal sample
random.seed(8)
buckets = [0] * 7
for _ in range(500):
    v = random.normalvariate(0, 1)
    i = min(max(int(v + 3.5), 0), 6)
    buckets[i] += 1
for i, b in enumerate(buckets):
    print(i - 3, "#" * (b // 10), b)
