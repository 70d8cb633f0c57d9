# pickle of library and user types through the reduce protocol: namedtuple,
# Enum, dataclass, OrderedDict/defaultdict/deque/Counter, list and dict
# subclasses, __slots__; the protocol 4 bytes must be CPython's.
import collections
import enum
import pickle
from dataclasses import dataclass

P = collections.namedtuple('P', 'x y')


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Sub(list):
    pass


class D(dict):
    pass


@dataclass
class DC:
    a: int
    b: str = 'z'


class Slots:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 1
        self.b = [2]


items = [P(1, 2), collections.OrderedDict(a=1), collections.defaultdict(list, {'k': [1]}),
         collections.deque([1, 2]), Color.RED, Sub([1, 2]), D(x=1), DC(3), collections.Counter('aab')]
for it in items:
    for proto in (2, 3, 4, 5):
        b = pickle.loads(pickle.dumps(it, proto))
        assert type(b) is type(it) and b == it, (it, proto)
    print(type(it).__name__, 'round trips')
s = pickle.loads(pickle.dumps(Slots()))
print(s.a, s.b)
for v in (P(1, 2), Color.GREEN, DC(3, 'q'), Sub([7]), D(k=None)):
    print(type(v).__name__, pickle.dumps(v, 4).hex())
print(pickle.loads(pickle.dumps([Color.RED, Color.RED]))[1] is Color.RED)
