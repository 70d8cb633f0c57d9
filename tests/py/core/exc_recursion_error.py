def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
def also(n):
    return 1 + also(n)
try:
    also(0)
except RuntimeError as e:
    print(type(e).__name__, e)
def fine(n):
    if n == 0:
        return 0
    return 1 + fine(n - 1)
print(fine(900))
