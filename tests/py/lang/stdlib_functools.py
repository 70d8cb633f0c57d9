import functools
import operator
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, range(1, 6), 1))
p = functools.partial(int, base=2)
print(p("1010"), p.func.__name__, p.keywords)
def power(base, exp):
    return base ** exp
square = functools.partial(power, exp=2)
print(square(9), list(map(square, range(4))))
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
print(operator.itemgetter(1)([5, 6]), operator.attrgetter("real")(3), operator.mul(6, 7), sorted([(1, "b"), (0, "a")], key=operator.itemgetter(1)))
print(operator.methodcaller("upper")("abc"), operator.neg(5), operator.contains([1], 1), operator.truth(0))
