import copy
a = [[1, 2], {"k": [3]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[0].append(99)
a[1]["k"].append(4)
print(s, d)
print(s[0] is a[0], d[0] is a[0])
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
n = Node(1)
n.children.append(Node(2))
m = copy.deepcopy(n)
m.children[0].v = 20
print(n.children[0].v, m.children[0].v)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[1] is cyc)
print(cyc)
