print(list(map(abs, [-1, 2, -3])), list(map(str.upper, ["a", "b"])), list(map(pow, [2, 3], [3, 2])))
print(list(map(lambda a, b, c: a + b + c, [1, 2], [10, 20], [100, 200, 300])))
print(list(filter(None, [0, 1, False, 2, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b2c3")))
print(list(filter(lambda x: x % 2, range(10))), list(map(int, "123")), list(map(len, ["", "ab", "abc"])))
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
def is_vowel(c):
    return c in "aeiou"
print("".join(filter(is_vowel, "programming language")))
