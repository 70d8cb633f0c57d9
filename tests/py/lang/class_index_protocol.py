class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i = Idx(2)
data = list(range(10))
print(data[i], data[i:Idx(5)], "abcdef"[Idx(1)::Idx(2)], range(10)[Idx(3)])
print(bin(i), hex(Idx(255)), oct(Idx(8)), [0] * Idx(3), "ab" * Idx(2), int(Idx(7)) if hasattr(Idx, "__int__") else "no __int__")
print(operator_index := __import__("operator").index(Idx(9)))
class NotIdx:
    pass
try:
    data[NotIdx()]
except TypeError as e:
    print("TypeError:", e)
