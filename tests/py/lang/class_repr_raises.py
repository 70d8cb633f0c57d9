class Bad:
    def __repr__(self):
        raise ValueError("repr failed")
try:
    print([Bad()])
except ValueError as e:
    print("ValueError:", e)
class NotStr:
    def __str__(self):
        return 42
try:
    str(NotStr())
except TypeError as e:
    print("TypeError:", e)
class Selfish:
    def __repr__(self):
        return "Selfish()"
s = [Selfish()]
s.append(s)
print(s)
d = {}
d["me"] = d
print(d)
