# random: every kind of seed (int, big int, negative, str, bytes, float, None).
import random

for seed in [0, 1, 2**32, 2**64 + 12345, -42, 10**40, True]:
    random.seed(seed)
    print(repr(seed)[:25], random.random(), random.randint(0, 999))

for seed in ["hello", "", "gilpy", "ünïcode", b"bytes seed", bytearray(b"ba")]:
    random.seed(seed)
    print(repr(seed), random.random())

random.seed(3.5)
print("float", random.random())

random.seed("hello", version=1)
print("v1 str", random.random())

random.seed(None)
print("none ok", 0 <= random.random() < 1)
random.seed()
print("default ok", 0 <= random.random() < 1)

try:
    random.seed([1, 2])
except TypeError as e:
    print("TypeError", e)

class Inventory:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.items = []
    def restock(self, n):
        for _ in range(n):
            self.items.append(self.rng.choice(["bolt", "nut", "gear", "spring"]))
    def audit(self):
        return {k: self.items.count(k) for k in sorted(set(self.items))}

inv = Inventory("warehouse-7")
inv.restock(40)
print(inv.audit())
inv2 = Inventory("warehouse-7")
inv2.restock(40)
print(inv.items == inv2.items)
