# functools: wraps/update_wrapper, cached_property, cmp_to_key.
import functools

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"call {func.__name__}{args}")
        return func(*args, **kwargs)
    return wrapper

@logged
def add(a, b):
    """Add two numbers."""
    return a + b

print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1))
print(add.__qualname__, add.__module__)

def retry(times):
    def deco(func):
        @functools.wraps(func)
        def wrapper(*a):
            for attempt in range(1, times + 1):
                try:
                    return func(*a)
                except ValueError as e:
                    print("attempt", attempt, "failed:", e)
            return None
        return wrapper
    return deco

state = {"n": 0}
@retry(3)
def flaky():
    """Sometimes fails."""
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError(f"try {state['n']}")
    return "ok"
print(flaky(), flaky.__name__, flaky.__doc__)

def plain():
    pass
plain.custom = "attr"
def outer():
    pass
functools.update_wrapper(outer, plain)
print(outer.__name__, outer.custom, outer.__wrapped__ is plain)

class Dataset:
    def __init__(self, values):
        self.values = values
        self.computed = 0
    @functools.cached_property
    def stats(self):
        self.computed += 1
        n = len(self.values)
        return (min(self.values), max(self.values), sum(self.values) / n)

ds = Dataset([4, 8, 15, 16, 23, 42])
print(ds.stats, ds.stats, ds.computed)
print("stats" in ds.__dict__)
del ds.stats
ds.values.append(100)
print(ds.stats, ds.computed)
print(type(Dataset.stats).__name__)

def compare_versions(a, b):
    pa = [int(x) for x in a.split(".")]
    pb = [int(x) for x in b.split(".")]
    return (pa > pb) - (pa < pb)
versions = ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2"]
print(sorted(versions, key=functools.cmp_to_key(compare_versions)))
print(max(versions, key=functools.cmp_to_key(compare_versions)))
k = functools.cmp_to_key(compare_versions)
print(k("1.0") < k("1.1"), k("2.0") == k("2.0"))
