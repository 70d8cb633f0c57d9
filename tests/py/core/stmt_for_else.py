for i in range(3):
    print("i", i)
else:
    print("for finished", i)
for i in range(10):
    if i == 4:
        break
else:
    print("not printed")
print("broke at", i)
for x in []:
    print("never")
else:
    print("else on empty")
def find(seq, target):
    for idx, v in enumerate(seq):
        if v == target:
            break
    else:
        return -1
    return idx
print(find("hello", "l"), find("hello", "z"))
