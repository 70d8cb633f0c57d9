x = ((((((((((1))))))))))
print(x)
y = [[[[[[[[[["deep"]]]]]]]]]]
print(y, y[0][0][0][0][0][0][0][0][0][0])
def f(n):
    if n > 0:
        if n > 1:
            if n > 2:
                if n > 3:
                    if n > 4:
                        if n > 5:
                            return "over five"
                        return "five"
                    return "four"
                return "three"
            return "two"
        return "one"
    return "zero"
for i in range(8):
    print(i, f(i))
print(-(-(-(-(-1)))), not not not True, ~~~~5)
