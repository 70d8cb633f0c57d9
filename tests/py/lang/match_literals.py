# literal, singleton, value and or-patterns
def kind(x):
    match x:
        case 0 | 0.5:
            return "zero or half"
        case -1:
            return "minus one"
        case 1 + 2j:
            return "complex"
        case -3 - 4j:
            return "negative complex"
        case "a" "b":
            return "ab"
        case b"raw":
            return "bytes"
        case True:
            return "true"
        case False:
            return "false"
        case None:
            return "none"
        case 1.0:
            return "one-ish"
        case _:
            return "other"

for v in [0, 0.0, 0.5, -1, 1 + 2j, -3 - 4j, "ab", b"raw", True, False, None, 1, 1.0, 2, "x", [], 1j]:
    print(repr(v), kind(v))

# True matches by identity, 1 by equality
match 1:
    case True:
        print("1 is True?")
    case 1:
        print("1 is 1")

class Color:
    RED = 1
    GREEN = 2
    class Inner:
        BLUE = 3

for c in [1, 2, 3, 4]:
    match c:
        case Color.RED:
            print(c, "red")
        case Color.GREEN | Color.Inner.BLUE:
            print(c, "green or blue")
        case other:
            print(c, "other", other)
