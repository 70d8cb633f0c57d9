# gilpy-expect: SyntaxError: match statements are not supported by gilpy (line 3, offset 1)
match = 1
match x:
    case 1: pass
