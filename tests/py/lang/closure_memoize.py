def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_square(n):
    print("computing", n)
    return n * n
print(slow_square(4), slow_square(4), slow_square(5), sorted(slow_square.cache.items()))
def make_accumulator():
    total = 0
    history = []
    def acc(x):
        nonlocal total
        total += x
        history.append(total)
        return total
    acc.history = history
    return acc
a = make_accumulator()
for v in [10, -3, 7]:
    a(v)
print(a(0), a.history)
