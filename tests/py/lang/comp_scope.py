x = "outer"
r = [x for x in range(3)]
print(r, x)
y = 10
print([y * i for i in range(3)])
def f():
    z = 5
    return [z + i for i in range(3)]
print(f())
try:
    [undefined_in_comp for _ in range(1)]
except NameError as e:
    print("NameError:", e)
i = "unchanged"
g = list(i for i in range(2))
print(g, i)
class C:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(C.doubled)
print([(lambda: k)() for k in range(3)])
print([[j for j in range(i)] for i in range(4)])
