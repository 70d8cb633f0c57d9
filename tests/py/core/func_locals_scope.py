x = 1
def f():
    y = 2
    return x + y
print(f())
def g(x):
    x = x + 10
    return x
print(g(5), x)
def h(lst):
    lst.append("mutated")
    lst = ["rebound"]
    return lst
data = []
print(h(data), data)
def counter_loop():
    total = 0
    for i in range(5):
        total += i
    return total, i
print(counter_loop())
