# Single-thread interpreter benchmark: calls, loops, int and float
# arithmetic, lists, dicts, strings and recursion. Deterministic: the
# checksum line must be identical under gilpy and python3. Each section's
# time goes to stderr; bench/run_single.sh compares whole-process times.
import sys
import time


def add(a, b):
    return a + b


def calls(n):
    total = 0
    i = 0
    while i < n:
        total = add(total, i)
        total = add(total, -1)
        i += 1
    return total


def kwcalls(n):
    def f(x, y=2, *, z=3):
        return x + y + z
    t = 0
    for i in range(n):
        t += f(i, z=1) + f(i, y=i)
    return t


def int_loops(n):
    s = 0
    for i in range(n):
        s += i * i % 7
        if i & 1:
            s -= 3
        else:
            s ^= 5
    j = 0
    while j < n:
        s += j // 3
        j += 1
    return s


def float_math(n):
    x = 0.0
    y = 1.5
    for i in range(n):
        x = x * 0.5 + y * 1.25 - i / 3.0
        y = y + 0.001
    return round(x, 6)


def lists(n):
    lst = []
    for i in range(n):
        lst.append((i * 7919) % 1000)
    s = 0
    for i in range(0, n, 3):
        s += lst[i]
    lst.sort()
    s += lst[n // 2] + lst[-1]
    rev = sorted(lst, reverse=True)
    s += rev[0] + len(lst[10:100])
    return s


def dicts(n):
    d = {}
    for i in range(n):
        d[i % 5000] = d.get(i % 5000, 0) + i
    t = 0
    for k in d:
        t += d[k]
    keys = {}
    for i in range(n // 4):
        keys["k" + str(i % 1000)] = i
    return t + len(keys) + sum(keys.values())


def strings(n):
    parts = []
    for i in range(n):
        parts.append("item" + str(i))
    s = ",".join(parts)
    fields = s.split(",")
    acc = ""
    for i in range(n // 10):
        acc += f"{i}:{i * 2};"
    up = s.upper().count("ITEM")
    return len(fields) + len(acc) + up + len(s.replace("item", "x"))


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    sections = [
        ("calls", lambda: calls(800000)),
        ("kwcalls", lambda: kwcalls(300000)),
        ("int_loops", lambda: int_loops(800000)),
        ("float_math", lambda: float_math(800000)),
        ("lists", lambda: lists(500000)),
        ("dicts", lambda: dicts(600000)),
        ("strings", lambda: strings(300000)),
        ("fib", lambda: fib(27)),
    ]
    checksum = 0
    total = 0.0
    for name, fn in sections:
        t0 = time.perf_counter()
        r = fn()
        dt = time.perf_counter() - t0
        total += dt
        checksum = (checksum * 31 + len(str(r)) + (r if isinstance(r, int) else 0)) % 1000000007
        sys.stderr.write(f"{name:12s} {dt:8.3f} s\n")
    sys.stderr.write(f"{'total':12s} {total:8.3f} s\n")
    print("checksum", checksum)


main()
