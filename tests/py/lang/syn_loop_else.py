# for/while else clauses: run only when the loop was not left by break.

def find(seq, target):
    for i, x in enumerate(seq):
        if x == target:
            print(f"  found {target!r} at {i}")
            break
    else:
        print(f"  {target!r} not found")
        return -1
    return i


print(find("hello", "l"), find("hello", "z"), find([], 1))


def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return True
    return False


print([n for n in range(30) if is_prime(n)])

# else runs after continue-only loops and on empty loops.
for i in range(3):
    if i == 1:
        continue
else:
    print("else after continue-only loop, i =", i)

for _ in ():
    print("never")
else:
    print("else after empty for")

n = 0
while n:
    n -= 1
else:
    print("else after while whose condition was false at once")

# Nested loops: break only affects the inner loop; else belongs to each.
for outer in range(3):
    for inner in range(3):
        if inner == outer == 1:
            print("  break inner at", outer, inner)
            break
    else:
        print("  inner completed for outer =", outer)
        continue
    print("  after inner break, outer =", outer)
else:
    print("outer completed")

# return/exception inside the loop skips else; finally still runs.
def scan(items):
    try:
        for it in items:
            if it < 0:
                raise ValueError(f"negative: {it}")
            if it == 0:
                return "zero seen"
        else:
            return "all positive"
    finally:
        print("  scan finished for", items)


print(scan([1, 2]), scan([1, 0, 5]))
try:
    scan([3, -1])
except ValueError as e:
    print("ValueError:", e)

# A search loop written with while/else and a retry counter.
attempts = iter([False, False, True])
tries = 0
while tries < 5:
    tries += 1
    if next(attempts):
        print("succeeded after", tries, "tries")
        break
else:
    print("gave up")

# else with a generator that is exhausted.
def gen():
    yield from range(2)


for v in gen():
    pass
else:
    print("generator loop exhausted, last v =", v)
