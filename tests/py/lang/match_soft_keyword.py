# match and case stay ordinary names; match in many positions
match = [1, 2]
case = 3
print(match, case)
match[0] = 5
print(match)
def match_(match):
    return match
print(match_(7))
_ = "underscore"
print(_)

class Token:
    __match_args__ = ("kind", "value")
    def __init__(self, kind, value):
        self.kind = kind
        self.value = value

def evaluate(tokens):
    stack = []
    for t in tokens:
        match t:
            case Token("num", v):
                stack.append(v)
            case Token("op", "+"):
                b, a = stack.pop(), stack.pop()
                stack.append(a + b)
            case Token("op", "*"):
                b, a = stack.pop(), stack.pop()
                stack.append(a * b)
            case Token(kind, _):
                raise ValueError("unknown token " + kind)
    return stack

print(evaluate([Token("num", 2), Token("num", 3), Token("op", "+"), Token("num", 4), Token("op", "*")]))
try:
    evaluate([Token("paren", "(")])
except ValueError as e:
    print(e)

# a match statement at class level binds class attributes
class Settings:
    match {"mode": "fast", "level": 3}:
        case {"mode": mode, "level": level}:
            pass
print(Settings.mode, Settings.level)

# generator with match
def kinds(xs):
    for x in xs:
        match x:
            case int():
                yield "int"
            case str():
                yield "str"
            case _:
                yield "?"
print(list(kinds([1, "a", 2.0])))
