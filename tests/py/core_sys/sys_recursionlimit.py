import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())

def depth(n):
    return depth(n + 1)

try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)

def count(n):
    if n == 0:
        return 0
    return 1 + count(n - 1)

print(count(150))
sys.setrecursionlimit(5000)
print(count(3000))
