# sequence patterns: lists, tuples, ranges, star captures, non-sequences
import collections.abc

def shape(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return "one " + repr(a)
        case [a, b]:
            return "two " + repr((a, b))
        case (first, *middle, last):
            return "many %r %r %r" % (first, middle, last)
        case _:
            return "not a sequence"

for v in [[], (), [1], (2,), [1, 2], (3, 4), [1, 2, 3, 4], range(5), range(0), "ab", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, 7]:
    print(repr(v), "->", shape(v))

match [1, [2, 3], (4, [5])]:
    case [x, [y, z], (w, [v])]:
        print("nested", x, y, z, w, v)

match (1, 2, 3):
    case [1, *_]:
        print("starts with 1")

match [1, 2, 3]:
    case [*rest, 3]:
        print("rest", rest)

match [0, 1]:
    case [0, 1, *tail]:
        print("tail", tail)

class MySeq(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]

match MySeq(10, 20):
    case [a, b]:
        print("custom sequence", a, b)

class NotSeq:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return i

match NotSeq():
    case [a, b]:
        print("matched?!")
    case _:
        print("a __getitem__ is not enough")

import collections
match collections.deque([7, 8, 9]):
    case [first, *others]:
        print("deque", first, others)

class Registered:
    def __len__(self):
        return 1
    def __getitem__(self, i):
        if i == 0:
            return "only"
        raise IndexError(i)
collections.abc.Sequence.register(Registered)
match Registered():
    case [one]:
        print("registered sequence", one)

match memoryview(b"xy"):
    case [a, b]:
        print("memoryview", a, b)

# the subject is evaluated once; a tuple subject without parentheses
def two():
    print("evaluated")
    return 1, 2
match two():
    case 1, 2:
        print("tuple subject")
match 1, 2:
    case a, b:
        print("bare tuple", a, b)
