for i in range(5):
    print("line", i)
print("partial", end="")
1 / 0
