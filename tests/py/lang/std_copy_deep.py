# copy: shallow/deep copies, __copy__/__deepcopy__, cycles, memo.
import copy

orig = {"name": "cfg", "list": [1, [2, 3]], "tuple": (1, [4]), "set": {1, 2}}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig["list"][1].append(99)
orig["tuple"][1].append(5)
print(sh["list"], dp["list"], sh["tuple"], dp["tuple"])
print(sh["list"] is orig["list"], dp["list"] is orig["list"], dp["set"] == orig["set"])
print(copy.copy(5), copy.deepcopy("s"), copy.copy((1, 2)), copy.deepcopy(None))
t = (1, 2, 3)
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
lst = [1, 2]
print(copy.copy(lst) is lst, copy.copy(lst) == lst)

a = [1, 2]
a.append(a)
b = copy.deepcopy(a)
print(b[2] is b, b[2] is not a, len(b))
d = {}
d["self"] = d
d2 = copy.deepcopy(d)
print(d2["self"] is d2)
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)

class Node:
    def __init__(self, val):
        self.val = val
        self.children = []
        self.parent = None
    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child
root = Node("root")
kid = root.add(Node("kid"))
kid.add(Node("grandkid"))
clone = copy.deepcopy(root)
print(clone.children[0].parent is clone, clone.children[0] is not kid)
print(clone.children[0].children[0].val)
shallow = copy.copy(root)
print(shallow.children is root.children, shallow is not root)

class Matrix:
    def __init__(self, rows):
        self.rows = rows
        self.copies = 0
    def __copy__(self):
        print("__copy__ called")
        m = Matrix(self.rows)
        m.copies = self.copies + 1
        return m
    def __deepcopy__(self, memo):
        print("__deepcopy__ called, memo is dict:", isinstance(memo, dict))
        m = Matrix(copy.deepcopy(self.rows, memo))
        m.copies = self.copies + 10
        return m
m = Matrix([[1, 2], [3, 4]])
m1 = copy.copy(m)
m2 = copy.deepcopy(m)
m.rows[0][0] = 100
print(m1.rows[0][0], m2.rows[0][0], m1.copies, m2.copies)
print(copy.deepcopy([m, m])[0].copies)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
        self.b = "x"
s = copy.deepcopy(Slotted())
print(s.a, s.b)
class WithState:
    def __init__(self):
        self.data = [1, 2]
        self.cache = "big"
    def __getstate__(self):
        return {"data": self.data}
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = None
w = copy.deepcopy(WithState())
print(w.data, w.cache)
print(copy.deepcopy(copy.deepcopy) is copy.deepcopy, copy.copy(Node) is Node)
print(isinstance(copy.Error(), Exception))
