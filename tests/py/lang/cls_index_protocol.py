# __index__: objects usable as integers in indexing, slicing, bin/hex,
# range, and operator.index.
import operator

class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n

    def __repr__(self):
        return f"Idx({self.n})"

data = list("abcdefgh")
i, j = Idx(2), Idx(5)
print(data[i], data[i:j], data[::Idx(3)], "hello"[Idx(1)])
print((10, 20, 30)[Idx(-1)], b"xyz"[Idx(0)])
print(list(range(Idx(3))), list(range(i, j)), range(10)[i])
print(bin(Idx(5)), oct(Idx(8)), hex(Idx(255)), operator.index(Idx(7)))
print([0] * Idx(3), "ab" * Idx(2))
print(int.from_bytes(bytes([Idx(1), Idx(2)]), "big"))
data[Idx(0)] = "A"
del data[Idx(1)]
print("".join(data))
print(slice(i, j).indices(8))

# __index__ must return an int.
class BadIndex:
    def __index__(self):
        return 2.5

try:
    [1, 2, 3][BadIndex()]
except TypeError as e:
    print("TypeError:", e)

try:
    operator.index(BadIndex())
except TypeError as e:
    print("TypeError:", e)

# Without __index__, objects are rejected with the type name.
class NoIndex:
    pass

try:
    [1][NoIndex()]
except TypeError as e:
    print("TypeError:", e)

try:
    range(NoIndex())
except TypeError as e:
    print("TypeError:", e)

try:
    hex(NoIndex())
except TypeError as e:
    print("TypeError:", e)

try:
    key = 1.0
    "abc"[key]
except TypeError as e:
    print("TypeError:", e)

# __index__ also lets int() accept the object (3.8+ fallback).
print(int(Idx(9)), type(operator.index(Idx(3))).__name__)

# Big values: an IndexError, not a crash.
try:
    [1, 2][Idx(2 ** 70)]
except IndexError as e:
    print("IndexError:", e)
print([1, 2, 3][Idx(-2 ** 70):Idx(2 ** 70)])
