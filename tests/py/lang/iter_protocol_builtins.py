it = iter([1, 2, 3])
print(type(it).__name__, next(it), list(it))
print(type(iter(())).__name__, type(iter({})).__name__, type(iter(range(1))).__name__, type(iter(set())).__name__)
print(type(reversed([])).__name__, type(enumerate([])).__name__, type(zip()).__name__, type(map(abs, [])).__name__, type(filter(None, [])).__name__)
class Box:
    def __init__(self):
        self.items = [3, 1, 2]
    def __iter__(self):
        yield from sorted(self.items)
print(list(Box()), max(Box()), 2 in Box(), [*Box()], dict.fromkeys(Box()))
def sentinel_reader():
    data = iter(["a", "b", "", "c"])
    return iter(lambda: next(data), "")
print(list(sentinel_reader()))
