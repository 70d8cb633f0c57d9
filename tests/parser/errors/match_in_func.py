# gilpy-expect: SyntaxError: match statements are not supported by gilpy (line 3, offset 5)
def f(x):
    match x:
        case _:
            return 1
match = 1
match.x = match(2)
