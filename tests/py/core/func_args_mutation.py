def modify(lst, dct, num, text, tup):
    lst.append("added")
    dct["new"] = True
    num += 1
    text += "!"
    tup += (9,)
    return num, text, tup
l, d, n, s, t = [1], {"a": 1}, 5, "hi", (1,)
print(modify(l, d, n, s, t))
print(l, d, n, s, t)
def rebind(lst):
    lst = lst + ["copy"]
    return lst
orig = ["x"]
print(rebind(orig), orig)
def extend_in_place(lst):
    lst += ["inplace"]
extend_in_place(orig)
print(orig)
def f(*args):
    args = list(args)
    args.append(0)
    return args
tup = (1, 2)
print(f(*tup), tup)
def g(**kw):
    kw["added"] = 1
    return kw
base = {"x": 1}
print(g(**base), base)
