# functools.total_ordering fills in the missing comparisons.
from functools import total_ordering

@total_ordering
class Card:
    RANKS = "23456789TJQKA"

    def __init__(self, text):
        self.rank, self.suit = text[0], text[1]

    def _key(self):
        return Card.RANKS.index(self.rank)

    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return self._key() < other._key()

    def __hash__(self):
        return hash(self.rank)

    def __repr__(self):
        return self.rank + self.suit

hand = [Card(t) for t in ["Kh", "2c", "Ts", "Ad", "5h", "Tc"]]
print(sorted(hand))
a, b = Card("Qs"), Card("Jd")
print(a > b, a >= b, a <= b, a < b, a == Card("Qh"), a != b)
print(Card("Th") >= Card("Tc"), Card("Th") <= Card("Tc"))
print(len({Card("Th"), Card("Tc"), Card("Ah")}))
print(max(hand), min(hand))

for name in ("__le__", "__gt__", "__ge__"):
    print(name, name in Card.__dict__)

try:
    a < 5
except TypeError as e:
    print("TypeError:", e)

try:
    a >= "x"
except TypeError as e:
    print("TypeError:", e)

# Defining __gt__ only: the others are derived from it.
@total_ordering
class Weight:
    def __init__(self, kg):
        self.kg = kg

    def __eq__(self, other):
        return self.kg == other.kg

    def __gt__(self, other):
        return self.kg > other.kg

w1, w2 = Weight(1), Weight(2)
print(w1 < w2, w1 <= w2, w2 >= w1, w1 >= w1, w2 <= w1)
print(sorted(Weight(k) for k in (5, 3, 4))[0].kg)

# No ordering method at all is an error.
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)

# Inheritance: a subclass keeps the derived methods.
class Joker(Card):
    def __repr__(self):
        return "Joker(" + super().__repr__() + ")"

j = Joker("Ax")
print(j > a, j >= Card("As"), j)
