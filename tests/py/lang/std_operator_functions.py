# operator: the function forms of the operators.
import operator as op

print(op.add(2, 3), op.sub(2, 3), op.mul("ab", 2), op.truediv(7, 2), op.floordiv(7, 2))
print(op.mod(7, 3), op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.invert(5), op.lshift(1, 8), op.rshift(256, 4))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne("a", "b"), op.ge(1, 2), op.gt(3, 2))
print(op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"))
print(op.concat([1], [2]), op.getitem({"a": 1}, "a"), op.index(7))
lst = [1, 2, 3]
op.setitem(lst, 0, 9)
op.delitem(lst, 1)
print(lst)
print(op.matmul.__name__, op.length_hint([1, 2, 3]), op.length_hint(iter([]), 5))
x = [1]
y = op.iadd(x, [2])
print(x, y is x)
s = op.iadd("a", "b")
print(s, op.imul([0], 3), op.ior({1}, {2}), op.isub(10, 3))
print(op.__add__(1, 2), op.__lt__(1, 2))

class Vec:
    def __init__(self, *c):
        self.c = c
    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.c, other.c))
print(op.matmul(Vec(1, 2, 3), Vec(4, 5, 6)))

ops = {"+": op.add, "-": op.sub, "*": op.mul, "/": op.truediv, "^": op.pow}
def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(float(tok))
    return stack[0]
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("2 3 ^ 2 /"))
import functools
print(functools.reduce(op.mul, range(1, 6)))
print(list(map(op.mul, [1, 2, 3], [4, 5, 6])))
print(sorted([3, 1, 2], key=op.neg))
for name in ["add", "sub", "lt", "itemgetter", "attrgetter", "methodcaller", "iconcat"]:
    print(name, callable(getattr(op, name)))
try:
    op.add(1, "a")
except TypeError as e:
    print("TypeError", e)
try:
    op.index(1.5)
except TypeError as e:
    print("TypeError", e)
