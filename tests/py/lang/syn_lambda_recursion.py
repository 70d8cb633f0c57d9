# Lambdas (closures, defaults, sorting keys, immediately-invoked) and
# recursion (mutual, memoised, deep with a raised limit, RecursionError).
import functools
import sys

square = lambda x: x * x
add = lambda a, b=10, *rest, **kw: a + b + sum(rest) + sum(kw.values())
print(square(7), add(1), add(1, 2, 3, 4, z=5), (lambda: "iife")())
print(square.__name__, square.__qualname__, (lambda: 0).__code__.co_name)

compose = lambda *fs: functools.reduce(lambda f, g: lambda x: g(f(x)), fs)
inc_then_double = compose(lambda x: x + 1, lambda x: x * 2, str)
print(repr(inc_then_double(4)))

people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 22)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(list(map(lambda p: p[0].title(), filter(lambda p: p[1] > 24, people))))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))


def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(factorial(20), factorial(30) // factorial(28), is_even(10), is_odd(7))


@functools.lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print([partitions(n, n) for n in range(1, 15)])


def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append(src + dst)
        hanoi(n - 1, via, dst, src, moves)
    return moves


print(hanoi(3), len(hanoi(10)))


def permutations(items):
    if len(items) <= 1:
        return [items]
    return [items[i:i + 1] + p for i in range(len(items))
            for p in permutations(items[:i] + items[i + 1:])]


print(permutations("abc"))

# Y-combinator style recursion with lambdas only.
Y = lambda f: (lambda x: f(lambda v: x(x)(v)))(lambda x: f(lambda v: x(x)(v)))
fib = Y(lambda self: lambda n: n if n < 2 else self(n - 1) + self(n - 2))
print([fib(i) for i in range(12)])


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


old = sys.getrecursionlimit()
sys.setrecursionlimit(3000)
print(depth(2500))
sys.setrecursionlimit(old)


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)

# Recursion through __repr__ of a self-containing list is handled by repr.
lst = [1]
lst.append(lst)
d = {"k": None}
d["k"] = d
print(lst, d)
