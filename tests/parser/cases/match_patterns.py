match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", ("north" | "south") as direction, *rest]:
        pass
    case []:
        pass
    case ():
        pass
    case (x,):
        pass
    case [*_]:
        pass
    case {"x": x, 'y': 2, **rest}:
        pass
    case {}:
        pass
    case {1: _, -2: _, 3.5: _, 1+2j: _, -1-2j: _, None: _, True: _, b"k": _, a.b.c: _}:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, 2, z=3,):
        pass
    case mod.Cls():
        pass
    case int() | float() | str("s" "t"):
        pass
    case -1 | 0 | 1j | -0.5j if x > 0:
        pass
    case None | False | True:
        pass
    case a.b:
        pass
    case (1 | 2) as y if (z := y):
        pass
    case _:
        pass

match x, *y:
    case a, *b, c:
        return_value = 1
    case *a, b:
        pass

match (x):
    case [
        1,
        2,
    ]:
        pass

match = case = _ = 1
match[1]
match(1)
match.x
print(match, case)

def f(match):
    match match:
        case {"k": [1, *rest]} if rest: return rest
        case _: return None
