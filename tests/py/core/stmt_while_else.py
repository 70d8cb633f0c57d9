n = 0
while n < 5:
    n += 1
else:
    print("while finished", n)
n = 0
while n < 5:
    n += 1
    if n == 3:
        break
else:
    print("not printed")
print("broke at", n)
while False:
    pass
else:
    print("else on never-run loop")
i = 10
while i:
    i -= 3
    if i < 0:
        break
print(i)
