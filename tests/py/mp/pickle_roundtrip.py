# pickle round trips at every protocol: builtin types, instances (__getstate__,
# __setstate__, __reduce__), functions and classes by reference, shared and
# recursive references, exceptions.
import pickle, sys
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return 'Point(%r, %r)' % (self.x, self.y)
class S:
    def __init__(self, v): self.v = v
    def __getstate__(self): return {'v': self.v * 2}
    def __setstate__(self, st): self.v = st['v'] + 1
class R:
    def __init__(self, a): self.a = a
    def __reduce__(self): return (R, (self.a,))
def f(x): return x
data = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, 2**31-1, -2**31, 2**31, -2**31-1, 2**64, -2**100, 10**300,
        1.5, -0.0, 1e308, float('inf'), 'hé€😀', '', 'x'*300, b'', b'ab\x00', b'y'*300, bytearray(b'ba'), (), (1,), (1,2), (1,2,3), (1,2,3,4),
        [], [1,[2]], {}, {'a': 1, 2: [3]}, {1,2,3}, frozenset({4,5}), 3+4j, Point(1, 'a'), f, len, Point, ValueError('bad', 2), KeyError('k')]
for proto in (2, 3, 4, 5):
    s = pickle.dumps(data, proto)
    back = pickle.loads(s)
    print(proto, repr(back)[:400] == repr(data)[:400], back[-6], back[-5] is f, back[-4] is len, back[-3] is Point, repr(back[-2]), type(back[-1]).__name__)
x = S(5); y = pickle.loads(pickle.dumps(x)); print(y.v)
r = pickle.loads(pickle.dumps(R(7))); print(type(r).__name__, r.a)
l = [1]; l.append(l); l2 = pickle.loads(pickle.dumps(l)); print(l2[1] is l2)
shared = [1, 2]; t = pickle.loads(pickle.dumps([shared, shared])); print(t[0] is t[1])
try:
    pickle.dumps(lambda: 1)
except pickle.PicklingError as e:
    print('PicklingError', type(e).__name__)
print(repr(pickle.loads(pickle.dumps(data[:-6], 2))) == repr(data[:-6]))
