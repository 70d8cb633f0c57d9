from dataclasses import dataclass, field
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
a = Item("pen", 1.5)
b = Item("pen", 1.5)
print(a, a == b, a.tags is not b.tags)
a.tags.append("office")
print(a, b)
@dataclass(frozen=True, order=True)
class P:
    x: int
    y: int
print(sorted([P(2, 1), P(1, 5), P(1, 2)]), P(1, 2) < P(1, 3))
try:
    P(1, 2).x = 5
except Exception as e:
    print(type(e).__name__, e)
