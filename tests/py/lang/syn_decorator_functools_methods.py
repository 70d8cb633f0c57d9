# functools decorators on methods: partialmethod (plain and over a
# classmethod), singledispatchmethod (also as a classmethod),
# cached_property, total_ordering and lru_cache on a method.
import functools


class Cell:
    def __init__(self):
        self.alive = False
        self.computed = 0

    def set_state(self, state, *, note=""):
        self.alive = state
        return f"alive={state}{note}"

    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False, note=" (killed)")

    @classmethod
    def make(cls, kind, size):
        return f"{cls.__name__}:{kind}:{size}"

    small = functools.partialmethod(make, size=1)

    @functools.cached_property
    def neighbours(self):
        self.computed += 1
        return [(-1, 0), (1, 0), (0, -1), (0, 1)]

    @functools.singledispatchmethod
    def describe(self, arg):
        return f"something: {arg!r}"

    @describe.register
    def _(self, arg: int):
        return f"int {arg}"

    @describe.register(list)
    def _(self, arg):
        return f"list of {len(arg)}"

    @functools.singledispatchmethod
    @classmethod
    def parse(cls, value):
        return ("raw", value)

    @parse.register
    @classmethod
    def _(cls, value: str):
        return (cls.__name__, value.strip())


c = Cell()
print(c.set_alive(), c.alive, c.set_dead(), c.alive)
print(c.set_alive(note="!"), Cell.small("blinker"), c.small("glider"))
print(repr(Cell.__dict__["set_dead"]).startswith("functools.partialmethod(<function Cell.set_state"))
print(c.neighbours is c.neighbours, c.computed, "neighbours" in vars(c))
del c.neighbours
print(len(c.neighbours), c.computed)
print(c.describe(3), c.describe([1, 2]), c.describe("s"), c.describe(True))
print(Cell.parse("  text "), Cell.parse(5), c.parse(" x"))
print(Cell.describe.__name__)


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(t) for t in ("1.10", "1.2", "1.2.1", "0.9")]
print(sorted(vs), max(vs), Version("1.2") <= Version("1.2"), Version("2.0") > Version("1.99"))


class Grid:
    def __init__(self, n):
        self.n = n
        self.calls = 0

    @functools.lru_cache(maxsize=None)
    def paths(self, r, c):
        self.calls += 1
        if r == 0 or c == 0:
            return 1
        return self.paths(r - 1, c) + self.paths(r, c - 1)


g = Grid(10)
print(g.paths(10, 10), g.calls, Grid.paths.cache_info().hits > 0)
