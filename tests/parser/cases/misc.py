# Odd layout: comments, continuations, blank lines, semicolons, tabs.

# comment
x = 1  # trailing comment


y = (1 +  # comment inside brackets
     2)
z = 1 + \
    2
if x: pass
if x: a = 1; b = 2
while 0: pass
for i in x: continue
class A: x = 1
def f(): return 1
def g(): yield; return
w = [
    1,  # one

    2,  # two
]
def long_args(
    a,
    b=2,
    *args,
    c,
    **kw,
):
    pass
v = {
}
if True:
	tabbed = 1
	if tabbed:
		more = 2
s = '''
  text
'''; t = 1
x = [1,
     2][0]
x = (
    a
    .b
    .c()
)
assert (
    x
), "msg"
def f(
): pass
lambda: (yield)
x = a if b else(c)
x = [i for i in(a)]
x = 1 if x else 2
@ dec
def spaced(): pass
