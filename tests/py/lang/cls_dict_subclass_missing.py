# Subclassing dict and list: __missing__, overridden methods that the
# builtin methods do (or do not) call, and __init__ keyword handling.

class DefaultZero(dict):
    def __missing__(self, key):
        return 0

counts = DefaultZero()
for word in "the cat and the hat and the bat".split():
    counts[word] += 1
print(sorted(counts.items()), counts["zebra"], "zebra" in counts, counts.get("zebra"))

class AutoVivify(dict):
    def __missing__(self, key):
        value = self[key] = AutoVivify()
        return value

tree = AutoVivify()
tree["a"]["b"]["c"] = 1
tree["a"]["x"] = 2
print(tree, type(tree["a"]).__name__)

# dict.__init__/update do not call an overridden __setitem__.
class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)

u = Upper(a=1)
u["b"] = 2
u.update(c=3)
u.setdefault("d", 4)
print(sorted(u))

# get() does not use __getitem__ either.
class Loud(dict):
    def __getitem__(self, key):
        return "loud-" + str(super().__getitem__(key))

l = Loud(k="v")
print(l["k"], l.get("k"), dict(l), list(l.values()))

# A list subclass keeps its type only where it overrides.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]

s = Stack([1, 2]).push(3)
print(s, s.peek(), type(s).__name__, type(s + [4]).__name__, type(s[:1]).__name__, type(s * 2).__name__)
s += [5]
print(type(s).__name__, s, len(s), s == [1, 2, 3, 5])

# dict.__getitem__ itself consults __missing__ on subclasses; a plain dict
# lookup does not.
print(dict.__getitem__(DefaultZero(), "x"))
try:
    dict.__getitem__({}, "x")
except KeyError as e:
    print("KeyError:", e)

class NotMissing(dict):
    __missing__ = None

try:
    NotMissing()["x"]
except TypeError as e:
    print("TypeError:", e)

# Equality and repr of subclasses compare as plain dicts.
print(DefaultZero(a=1) == {"a": 1}, repr(DefaultZero(a=1)), isinstance(counts, dict))

class Named(dict):
    def __repr__(self):
        return f"Named({dict.__repr__(self)})"

print([Named(x=1)], str(Named()))
