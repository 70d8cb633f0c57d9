from functools import total_ordering
@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
vs = [Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print(sorted(vs), max(vs), Version("1.0") <= Version("1.0"), Version("2.0") > Version("1.9"))
class Loose:
    def __eq__(self, o):
        return NotImplemented
print(Loose() == Loose(), Loose() != 1)
class Rich:
    def __lt__(self, o):
        return "truthy-string"
print(Rich() < Rich(), Rich() > 5 if False else "skip")
try:
    Loose() < Loose()
except TypeError as e:
    print("TypeError:", e)
