# __int__, __float__, __complex__, __bool__ and __len__ truthiness.

class Fraction:
    def __init__(self, n, d):
        self.n, self.d = n, d

    def __int__(self):
        return self.n // self.d

    def __float__(self):
        return self.n / self.d

    def __complex__(self):
        return complex(self.n / self.d, 0)

    def __bool__(self):
        return self.n != 0

half = Fraction(1, 2)
print(int(Fraction(7, 2)), float(half), complex(half), bool(half), bool(Fraction(0, 3)))
print("yes" if half else "no", "yes" if Fraction(0, 1) else "no")
print(not half, half and "second", Fraction(0, 1) or "fallback")

# __len__ decides truthiness when __bool__ is missing.
class Box:
    def __init__(self, *items):
        self.items = items

    def __len__(self):
        return len(self.items)

print(bool(Box()), bool(Box(1)), [x for x in (Box(), Box(0), Box()) if x].__len__())

# Neither: always true.
class Thing:
    pass

print(bool(Thing()))

# __bool__ wins over __len__.
class Both:
    def __bool__(self):
        return False

    def __len__(self):
        return 5

print(bool(Both()), len(Both()))

# Wrong return types.
class BadBool:
    def __bool__(self):
        return 1

try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)

class NegLen:
    def __len__(self):
        return -1

try:
    bool(NegLen())
except ValueError as e:
    print("ValueError:", e)

class FloatLen:
    def __len__(self):
        return 2.0

try:
    len(FloatLen())
except TypeError as e:
    print("TypeError:", e)

class BadInt:
    def __int__(self):
        return "3"

try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)

class BadFloat:
    def __float__(self):
        return 3

try:
    float(BadFloat())
except TypeError as e:
    print("TypeError:", e)

# float() falls back to __index__, int() does not use __float__.
class OnlyIndex:
    def __index__(self):
        return 6

class OnlyFloat:
    def __float__(self):
        return 2.5

print(float(OnlyIndex()), int(OnlyIndex()))
try:
    int(OnlyFloat())
except TypeError as e:
    print("TypeError:", e)

# Unsupported conversions name the type.
for conv in (int, float, complex):
    try:
        conv(Thing())
    except TypeError as e:
        print("TypeError:", e)
