def f(x):
    match x:
        case _:
            return 1
match = 1
match.x = match(2)
