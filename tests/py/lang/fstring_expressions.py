items = ["a", "b", "c"]
d = {"key": "value"}
print(f"{len(items)} items: {', '.join(items)}")
print(f"{d['key']} {d.get('missing', 'dflt')}")
print(f"{(lambda x: x * 2)(21)}")
print(f"{'yes' if len(items) > 2 else 'no'}")
print(f"{[x ** 2 for x in range(4)]}")
print(f"{3 + 4 if False else 7}")
x = 5
print(f"{x!r:>5}|{str(x):^5}|{x:+}")
print(f"""triple {x}
second line {x * 2}""")
import math
print(f"{math.pi:.5f} {math.e:g}")
print(f"{x:{'>' if x > 0 else '<'}{x}}|")
print(f"{None} {True} {b'bytes'} {1.0} {[1, 'a']}")
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
print(f"{P()} {P():custom spec}")
