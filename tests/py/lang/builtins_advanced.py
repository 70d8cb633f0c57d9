print(list(zip("ab", [1, 2], strict=True)))
try:
    list(zip("abc", [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(sorted(vars().keys() & {"__name__", "__doc__"}), __doc__)
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[i for i in range(3)]"))
ns = {}
exec("y = 10\ndef f():\n    return y + 1", ns)
print(ns["y"], ns["f"]())
code = compile("a + b", "<expr>", "eval")
print(eval(code, {"a": 1, "b": 2}), type(code).__name__)
print(globals()["__name__"], "print" in dir(__builtins__) or hasattr(__builtins__, "print"))
print(divmod(-7, 2), pow(3, -1, 7), round(2.5), round(3.5), abs(-0.0))
print(isinstance(1, int | str), int | None, type(None) | int)
print(aiter.__name__, anext.__name__, breakpoint.__name__)
print(memoryview(b"abc")[1], bytes(memoryview(b"xyz")[::2]), memoryview(bytearray(b"q")).readonly)
