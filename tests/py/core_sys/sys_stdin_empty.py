import sys
data = sys.stdin.read()
print(repr(data))
print(repr(sys.stdin.readline()))
