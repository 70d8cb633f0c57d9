# __bytes__, __complex__, __round__, __length_hint__, __reversed__ hooks
# used by builtins and the operator module, with their error messages.
import operator

class Packet:
    def __init__(self, *payload):
        self.payload = payload

    def __bytes__(self):
        return bytes([len(self.payload)]) + bytes(self.payload)

    def __len__(self):
        return len(self.payload)

print(bytes(Packet(1, 2, 3)), bytes(Packet()), bytes(Packet(9)).hex())

class BadBytes:
    def __bytes__(self):
        return "not bytes"

try:
    bytes(BadBytes())
except TypeError as e:
    print("TypeError:", e)

class Phasor:
    def __init__(self, re, im):
        self.re, self.im = re, im

    def __complex__(self):
        return complex(self.re, self.im)

print(complex(Phasor(1, -2)), abs(complex(Phasor(3, 4))))

class Price:
    def __init__(self, v):
        self.v = v

    def __round__(self, ndigits=None):
        if ndigits is None:
            return int(self.v + 0.5)
        return Price(round(self.v, ndigits))

    def __repr__(self):
        return f"Price({self.v})"

print(round(Price(2.5)), round(Price(2.71828), 2), round(Price(1.2), None))

try:
    round(object())
except TypeError as e:
    print("TypeError:", e)

# __length_hint__ is used by operator.length_hint when __len__ is absent.
class Stream:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter(range(self.n))

    def __length_hint__(self):
        return self.n

print(operator.length_hint(Stream(7)), operator.length_hint(iter([1, 2])), operator.length_hint(object(), 5))
print(list(Stream(3)))

class BadHint:
    def __length_hint__(self):
        return -1

try:
    operator.length_hint(BadHint())
except ValueError as e:
    print("ValueError:", e)

# operator helpers on user objects.
class Emp:
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary

    def raise_by(self, pct):
        return self.salary * (100 + pct) // 100

staff = [Emp("ann", "ops", 100), Emp("bob", "dev", 120), Emp("cy", "dev", 90)]
print([e.name for e in sorted(staff, key=operator.attrgetter("dept", "salary"))])
print(list(map(operator.methodcaller("raise_by", 10), staff)))
get_name = operator.attrgetter("name")
print(get_name(staff[0]), operator.itemgetter(1, 0)(["x", "y"]))
try:
    operator.attrgetter("missing")(staff[0])
except AttributeError as e:
    print("AttributeError:", e)
