case = 1
case x:
    pass
