# ref equality and hash follow the referent while it lives; afterwards a
# reference equals only itself and keeps the hash it had.
import weakref


class P:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, P) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


a, b, c = P(1), P(1), P(2)
ra, rb, rc = weakref.ref(a), weakref.ref(b), weakref.ref(c)
print(ra == rb, ra != rb, ra == rc, ra != rc)
print(hash(ra) == hash(1), hash(ra) == hash(rb))
print(ra == a, ra.__eq__(a))
try:
    ra < rb
except TypeError:
    print("ordering: TypeError")

d = {ra: "a", rc: "c"}
print(d[rb], weakref.ref(c) in d)

del a
print(ra(), ra == rb, ra == ra, hash(ra) == hash(1))
print(d[ra])

e = P(5)
re_ = weakref.ref(e, lambda r: None)
del e
try:
    hash(re_)
except TypeError as exc:
    print("TypeError:", exc)

s = {weakref.ref(b), weakref.ref(b, lambda r: None)}
print(len(s))
