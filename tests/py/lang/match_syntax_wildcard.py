print("not printed")
match 5:
    case 1 | _:
        pass
    case 2:
        pass
