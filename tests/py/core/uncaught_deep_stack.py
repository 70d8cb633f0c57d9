def level(n):
    if n == 0:
        raise OverflowError("bottom reached")
    return level(n - 1)

level(5)
