def nothing():
    return
def implicit():
    x = 1
def multiple():
    return 1, "two", [3]
def early(n):
    for i in range(n):
        if i == 3:
            return "early " + str(i)
    return "late"
print(nothing(), implicit(), multiple(), early(10), early(2))
a, b, c = multiple()
print(a, b, c)
def nested_return(x):
    while True:
        if x > 100:
            return x
        x *= 2
print(nested_return(3))
