# Expressions: precedence, unary, comparisons, boolean logic.
x = 1 + 2 * 3 - 4 / 5 // 6 % 7 @ m
x = 2 ** 3 ** 4
x = -2 ** -3
x = ~x + +y - -z
x = not a and b or c and not d
x = a or b or c
x = a and b and c
x = a < b <= c > d >= e == f != g
x = a in b not in c is d is not e
x = (a | b) ^ (c & d) << 2 >> 1
x = a | b ^ c & d << e >> f + g - h * i / j // k % l ** m
x = (((x)))
x = (1 + 2) * 3
x = f(a)(b)(c)
x = a.b.c.d
x = a[1][2][3]
x = a.b(c)[d].e
x = await_ = 1
x = lambda: 0
x = lambda a, b=1, *c, d, e=2, **f: a
x = lambda a, /, b: a
x = lambda *, k: k
x = lambda *a, **k: (a, k)
x = a if b else c if d else e
x = (a if b else c) if d else e
x = (y := 10)
x = [y := 1, y ** 2]
if (n := len(a)) > 10: pass
while chunk := f.read(): pass
x = f(y := 3)
x = a[b := 1]
x = ...
x = None, True, False
x = 1, 2, 3
x = ()
x = (1,)
x = (1, 2,)
x = -1
x = not x
x = a is not None
x = f(*args, **kwargs)
x = f(a, *b, c, *d, e=1, **f, g=2, **h)
x = f(x for x in y)
x = f((x for x in y), 1)
x = f(a)(b=1)
x = f(
    a,
    b,
)
x = a[1:2]
x = a[:]
x = a[::]
x = a[1:]
x = a[:2]
x = a[::3]
x = a[1:2:3]
x = a[1:2, 3]
x = a[1:2, ::3]
x = a[1,]
x = a[1, 2]
x = a[(1, 2)]
x = a[*b]
x = a[*b, c]
x = a[-1]
x = a.b[c:d].e
x = 1 if True else 2
x = (yield)
x = [1, 2, 3]
x = [*a, *b, c]
x = []
x = {}
x = {1: 2, 3: 4}
x = {**a, 'b': 1, **c}
x = {1, 2, 3}
x = {*a, *b}
x = {1,}
x = [i for i in range(10)]
x = [i for i in range(10) if i % 2 if i > 3]
x = [(i, j) for i in a for j in b if i != j]
x = {i for i in a}
x = {k: v for k, v in d.items()}
x = (i for i in a)
x = [i async for i in a]
x = [await i for i in a]
x = [j for i in a for j in i]
x = [lambda: i for i in a]
x = [x for x in (yield_)]
x = a.b.c(d).e[f](g)
x = 'a' 'b' "c"
x = b'a' b'b'
x = a < b < c
x = -x ** 2
x = (a)(b)
x = (-1) ** 0.5
x = 0 if a else 1 if b else 2
x = a[b][c](d)(e)
x = a.b if c.d else e.f
x = [
    1,
    2,
]
x = {
    'a': 1,
    'b': [1,
          2],
}
x = f(a=1)(b=2)
x = not not x
x = - - x
x = (a, *b)
x = print(*a, sep='')
x = f(**{'a': 1})
x = a@b
x = match = case = _ = type = 1
match(x)
match[x]
match.x = 1
case = match if match else case
