def a(n):
    return b(n) + 1
def b(n):
    return c(n) * 2
def c(n):
    if n < 0:
        raise ValueError("negative: " + str(n))
    return n
print(a(5))
try:
    a(-1)
except ValueError as e:
    print("propagated", e)
def cleanup_chain(n):
    try:
        if n == 0:
            raise RuntimeError("bottom")
        return cleanup_chain(n - 1)
    finally:
        print("unwinding", n)
try:
    cleanup_chain(3)
except RuntimeError as e:
    print("caught", e)
