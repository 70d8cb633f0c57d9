# dataclasses: asdict, astuple, replace, is_dataclass, make_dataclass,
# InitVar and nested dataclasses.
from dataclasses import (dataclass, field, asdict, astuple, replace,
                         is_dataclass, make_dataclass, InitVar, fields)

@dataclass
class Address:
    street: str
    city: str

@dataclass
class Person:
    name: str
    age: int
    address: Address
    phones: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)

p = Person("ann", 30, Address("Main St", "Springfield"), ["555"], {"k": (1, 2)})
d = asdict(p)
print(d)
print(astuple(p))
d["address"]["city"] = "changed"
print(p.address.city)
print(type(asdict(p)["address"]).__name__, asdict(p)["phones"] is p.phones)

q = replace(p, age=31)
print(q.age, p.age, q.address is p.address, q == p)
try:
    replace(p, height=180)
except TypeError as e:
    print("TypeError:", e)

print(is_dataclass(p), is_dataclass(Person), is_dataclass(5), is_dataclass(dict))
try:
    asdict(Person)
except TypeError as e:
    print("TypeError:", e)
try:
    asdict({"a": 1})
except TypeError as e:
    print("TypeError:", e)

# InitVar values go to __post_init__ but are not fields.
@dataclass
class Account:
    owner: str
    initial: InitVar[int] = 0
    balance: int = field(init=False, default=0)

    def __post_init__(self, initial):
        self.balance = initial * 100

acc = Account("bob", 5)
print(acc, [f.name for f in fields(acc)], asdict(acc))

# replace() with init=False fields is not allowed to set them.
try:
    replace(acc, balance=1)
except ValueError as e:
    print("ValueError:", e)
print(replace(acc, initial=2).balance)

# make_dataclass builds the class programmatically.
Pt = make_dataclass("Pt", [("x", int), ("y", int, field(default=0))], namespace={"norm": lambda self: abs(self.x) + abs(self.y)})
pt = Pt(3, -4)
print(pt, pt.norm(), asdict(pt), Pt.__name__)

# asdict copies nested containers of dataclasses.
@dataclass
class Team:
    members: list
    lead: tuple

t = Team([Address("a", "b")], (Address("c", "d"), 1))
print(asdict(t))
print(astuple(t))

# A custom dict_factory.
print(asdict(Address("x", "y"), dict_factory=lambda items: sorted(items, reverse=True)))
