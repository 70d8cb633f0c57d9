# Allocations that cannot succeed raise MemoryError (or OverflowError when
# the size does not even fit), and the process goes on working.
def check(what, f):
    print(what, end=" ", flush=True)
    try:
        f()
    except (MemoryError, OverflowError) as e:
        pass
    else:
        raise AssertionError(what + ": no exception")
    x = [i for i in range(10000)]
    assert sum(x) == 49995000 and ("a" * 1000).count("a") == 1000, what
    print("ok")

check("'x' * 2**62", lambda: "x" * 2**62)
check("'\\u20ac' * 2**61", lambda: "\u20ac" * 2**61)
check("b'x' * 2**62", lambda: b"x" * 2**62)
check("[0] * 2**60", lambda: [0] * 2**60)
check("(0,) * 2**60", lambda: (0,) * 2**60)
check("bytearray(2**50)", lambda: bytearray(2**50))
check("bytes(2**50)", lambda: bytes(2**50))
check("[0, 1] * 2**59", lambda: [0, 1] * 2**59)
check("' ' * 2**40 join", lambda: "".join(["x" * 2**20] * 2**22))
check("list(range(2**61))", lambda: list(range(2**61)))
check("'x'.ljust(2**62)", lambda: "x".ljust(2**62))
check("'%*d' % (2**40, 1)", lambda: "%*d" % (2**40, 1))
check("'{:2000000000000}'.format(1)", lambda: "{:2000000000000}".format(1))
check("1 << 2**62", lambda: 1 << 2**62)
check("10 ** 2**62", lambda: 10 ** 2**62)
def imul(x, n):
    x *= n
check("bytearray *= 2**60", lambda: imul(bytearray(10), 2**60))
check("list *= 2**60", lambda: imul([1], 2**60))
print("done")
