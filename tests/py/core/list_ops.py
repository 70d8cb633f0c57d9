a = [1, 2]
b = [3]
print(a + b, a * 3, 0 * a, [0] * 5, a * -1, [[0] * 2] * 2)
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
a += [9]; print(a)
a *= 2; print(a)
c = a
c += [7]
print(a is c, a)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0], [1, [2]] == [1, [2]])
print(1 in [1, 2], 3 not in [1, 2], [1] in [[1], 2], len([]), len([[], []]))
print(list(), list("ab"), list((1, 2)), list(range(3)), list({"k": 1}), list(b"ab"))
print(min([4, 2, 8]), max([4, 2, 8]), sum([1, 2, 3]), sum([[1], [2]], []))
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError:", e)
