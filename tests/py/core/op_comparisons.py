print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 < 2 > 0, 1 < 2 == 2 <= 5 != 6)
x = 5
print(0 < x < 10, 0 < x > 10, x == 5 != 6, 1 < x < 5)
def noisy(v):
    print("eval", v)
    return v
print(noisy(1) < noisy(2) < noisy(3))
print(noisy(3) < noisy(2) < noisy(1))
print(1 == 1.0, 1 == True, 0 == False, "1" == 1, None == 0, [] == [], [] == (), (1,) == [1])
print(1 != "1", 2.5 > 2, -1 < 0.0, 2 ** 100 > 1e30, 1e30 > 2 ** 100)
try:
    1 < "2"
except TypeError as e:
    print("TypeError:", e)
try:
    [1] > (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    None < None
except TypeError as e:
    print("TypeError:", e)
try:
    {} <= {}
except TypeError as e:
    print("TypeError:", e)
