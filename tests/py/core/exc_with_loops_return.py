def search(grid, target):
    try:
        for r, row in enumerate(grid):
            for c, v in enumerate(row):
                if v == target:
                    raise StopIteration((r, c))
    except StopIteration as found:
        return found.value
    return None
print(search([[1, 2], [3, 4]], 3), search([[1]], 9))
def retry(attempts):
    n = 0
    while True:
        n += 1
        try:
            if n < attempts:
                raise ConnectionError("try " + str(n))
            return "ok after " + str(n)
        except ConnectionError as e:
            print("retrying:", e)
print(retry(3))
