for i in range(3):
    print(i)
    i = 100
print("after loop i =", i)
n = 3
for j in range(n):
    n = 10
print(j, n)
lst = [1, 2, 3]
for v in lst:
    v *= 2
print(lst)
for idx in range(len(lst)):
    lst[idx] *= 2
print(lst)
