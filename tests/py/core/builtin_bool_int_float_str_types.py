print(int.__name__, float.__name__, str.__name__, bool.__name__, list.__name__, tuple.__name__, dict.__name__, set.__name__)
print(int("5") + int(5.9), float("2") * 2, str(5) * 2, bool("False"), bool(0.0))
print(type(int()), type(float()), type(str()), type(bool()), type(list()), type(tuple()), type(dict()), type(set()))
print(int(), float(), repr(str()), bool(), list(), tuple(), dict(), set(), frozenset())
