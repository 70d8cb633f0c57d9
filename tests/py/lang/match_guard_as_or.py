# guards, as-patterns, or-patterns that bind names, binding rules
def classify(x):
    match x:
        case [a, b] if a == b:
            return "equal pair"
        case [a, b] | (a, b, _) if a > b:
            return "descending start %r %r" % (a, b)
        case ([a, b] | (a, b, _)) as whole:
            return "pair-ish %r" % (whole,)
        case (1 | 2 | 3) as small:
            return "small %r" % small
        case {"v": (int() | float()) as num}:
            return "number %r" % num
        case str() as s if s.isdigit():
            return "digits"
        case _:
            return "other"

for v in [[1, 1], [3, 1], (5, 2, 0), [1, 2], (0, 9, 9), 2, {"v": 1.5}, {"v": "x"}, "123", "abc"]:
    print(repr(v), "->", classify(v))

# a guard sees the names the pattern bound; a failed guard goes on
calls = []
def check(v):
    calls.append(v)
    return v > 10
match 5:
    case n if check(n):
        print("big")
    case n:
        print("fallback", n, calls)

# names bound by a matched case stay bound after the match statement
match (1, (2, 3)):
    case (p, (q, r)):
        pass
print(p, q, r)

# match inside loops with break and continue
for item in [1, "skip", 2, "stop", 3]:
    match item:
        case "skip":
            continue
        case "stop":
            break
        case n:
            print("item", n)

# return from inside a case
def first_even(xs):
    for x in xs:
        match x:
            case int() if x % 2 == 0:
                return x
    return None
print(first_even([1, 3, 4, 6]), first_even([1]))

# nested match statements and closures over captured names
def make(v):
    match v:
        case [x, *_]:
            match x:
                case int():
                    return lambda: x * 2
    return lambda: None
print(make([21])(), make(["a"])(), make([])())
