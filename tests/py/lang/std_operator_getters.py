# operator: itemgetter, attrgetter, methodcaller for sorting and mapping.
from operator import itemgetter, attrgetter, methodcaller

rows = [("bob", 31, "ops"), ("ann", 25, "eng"), ("cid", 31, "eng"), ("dan", 19, "ops")]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(2, 0)))
print(list(map(itemgetter(0), rows)))
get_pair = itemgetter(0, 2)
print(get_pair(rows[0]), itemgetter(slice(1, 3))("abcdef"))
print(itemgetter("name")({"name": "x", "v": 1}), itemgetter(-1)([1, 2, 3]))
print(repr(itemgetter(1)), repr(itemgetter(1, "a")))
try:
    itemgetter(5)([1])
except IndexError as e:
    print("IndexError", e)

class Pkg:
    def __init__(self, name, version, meta):
        self.name = name
        self.version = version
        self.meta = meta
    def __repr__(self):
        return f"Pkg({self.name})"
class Meta:
    def __init__(self, author, stars):
        self.author = author
        self.stars = stars
pkgs = [Pkg("numpy", (1, 26), Meta("np", 300)), Pkg("attrs", (23, 1), Meta("hynek", 50)),
        Pkg("six", (1, 16), Meta("benjamin", 90))]
print(sorted(pkgs, key=attrgetter("name")))
print(sorted(pkgs, key=attrgetter("meta.stars"), reverse=True))
print(attrgetter("name", "meta.author")(pkgs[1]))
print(repr(attrgetter("meta.stars")), repr(attrgetter("a", "b")))
try:
    attrgetter("missing")(pkgs[0])
except AttributeError as e:
    print("AttributeError", e)

up = methodcaller("upper")
split_comma = methodcaller("split", ",")
rep = methodcaller("replace", "a", "o", 1)
print(up("abc"), split_comma("a,b,c"), rep("banana"))
print(repr(methodcaller("split", ",", maxsplit=1)))
print(list(map(methodcaller("strip", "*"), ["*a*", "**b", "c*"])))
print(methodcaller("get", "k", "dflt")({}))
print(sorted(["Banana", "apple", "Cherry"], key=methodcaller("lower")))
try:
    methodcaller(1)
except TypeError as e:
    print("TypeError", e)
scores = {"ann": 88, "bob": 95, "cid": 72}
print(max(scores.items(), key=itemgetter(1)))
print(sorted(scores.items(), key=itemgetter(1, 0)))
