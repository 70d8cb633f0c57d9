class MyList(list):
    def sum(self):
        return sum(self)
class MyDict(dict):
    def __missing__(self, key):
        return "missing:" + str(key)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.sum(), len(ml), type(ml).__name__, isinstance(ml, list), ml[1:])
md = MyDict(a=1)
print(md["a"], md["zz"], md.get("zz"), md)
class Stack(list):
    push = list.append
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2)
print(s.peek(), s, s.pop(), s)
class Meters(float):
    def __repr__(self):
        return "%gm" % self
print(repr(Meters(2.5)), Meters(2.5) * 2, [Meters(1)])
