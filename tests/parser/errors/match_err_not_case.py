match x:
    print(1)
