# itertools: chain, takewhile, dropwhile, filterfalse, compress, starmap, zip_longest.
from itertools import chain, takewhile, dropwhile, filterfalse, compress, starmap, zip_longest

print(list(chain("ab", [1, 2], (3,))), list(chain()))
print(list(chain.from_iterable(["abc", "de"])))
print(list(chain.from_iterable([[1, 2], [], [3]])))
def gen_lists():
    for i in range(3):
        yield [i] * i
print(list(chain.from_iterable(gen_lists())))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(chain(*matrix)), sum(chain.from_iterable(matrix)))

print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(str.isdigit, "123abc456")), "".join(dropwhile(str.isspace, "   hi there")))
log = ["# header", "# more", "data 1", "# inline", "data 2"]
print(list(dropwhile(lambda l: l.startswith("#"), log)))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, "", "x", None, [], [0]])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(compress(range(10), (x % 3 == 0 for x in range(10)))))
print(list(compress("abc", [1])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda a, b: f"{a}={b}", {"x": 1, "y": 2}.items())))
print(list(zip_longest("abc", [1])))
print(list(zip_longest("ab", "wxyz", fillvalue="-")))
print(list(zip_longest()), list(zip_longest([1, 2])))
columns = list(zip_longest(["name", "ann", "bob"], ["age", "31"], fillvalue="?"))
for row in columns:
    print("|".join(f"{c:5}" for c in row))
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)
print(list(grouper("ABCDEFG", 3, "x")))
def partition(pred, iterable):
    items = list(iterable)
    return list(filterfalse(pred, items)), list(filter(pred, items))
print(partition(lambda x: x > 2, range(6)))
it = takewhile(lambda x: x != 3, iter([1, 2, 3, 4]))
print(list(it), list(it))
try:
    list(chain(1, [2]))
except TypeError as e:
    print("TypeError", e)
