match x:
    case [a, *_] as _:
        pass
