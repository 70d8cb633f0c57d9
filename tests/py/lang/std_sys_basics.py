# sys: the attributes and functions ordinary programs use.
import sys

print(sys.argv[0].endswith("std_sys_basics.py"), len(sys.argv))
print(sys.version_info[:2] >= (3, 8), sys.version_info.major)
print(type(sys.version).__name__, isinstance(sys.hexversion, int))
print(sys.maxsize == 2**63 - 1, sys.maxsize > 2**31)
print(sys.byteorder in ("little", "big"))
print(sys.platform.startswith("linux"))
print("sys" in sys.modules, "builtins" in sys.modules)
print(sys.modules["sys"] is sys)
print(isinstance(sys.path, list), all(isinstance(p, str) for p in sys.path))
print(sys.getrecursionlimit())
old = sys.getrecursionlimit()
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
print(sys.float_info.max > 1e308, sys.float_info.epsilon)
print(sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit in (15, 30))
print(sys.maxunicode)

n = sys.stdout.write("written directly\n")
print("write returned", n)
sys.stdout.flush()

print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None)
print(sys.exc_info() == (None, None, None))

s1 = sys.intern("hello world")
s2 = sys.intern("hello " + "world")
print(s1 is s2)

print(callable(sys.exit), callable(sys.getsizeof))
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    sys.exit("bye")
except SystemExit as e:
    print("SystemExit", repr(e.code))

print(sys.stdin is not None, sys.stderr is not None)
print(sys.__stdout__ is not None)
print(sys.flags.optimize, sys.flags.verbose)
print(sys.getdefaultencoding())
print(sys.implementation.name in ("cpython", "gilpy"))
