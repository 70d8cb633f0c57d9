log = []
def src():
    for i in range(3):
        log.append("produce " + str(i))
        yield i
g = (x * 10 for x in src())
log.append("created")
print(next(g), log)
print(list(g), log)
try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
nums = [1, 2, 3]
gen = (n for n in nums)
nums.append(4)
print(list(gen))
gen2 = (n for n in nums if n > 1)
nums = [100]
print(list(gen2))
print({x: [y for y in range(x)] for x in range(3)}, [[x, y] for x in range(2) for y in "ab"])
