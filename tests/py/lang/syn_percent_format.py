# printf-style % formatting: flags, width/precision from *, mapping keys,
# %r/%a/%c, and the exact error messages.

print("%s %d %i %u" % ("s", 42, -7, 3))
print("%5d|%-5d|%05d|%+d|% d|%+05d" % (42, 42, 42, 42, 42, -42))
print("%x %X %#x %#X %o %#o %08.3x" % (255, 255, 255, 255, 8, 8, 15))
print("%f %.2f %10.3f %-10.1f| %e %.3E %g %G" % (3.14159, 2.675, 1.0005, 9.95, 12345.678, 0.00012, 1e-5, 1e20))
print("%.0f %.0f %.0f %.0f %.1f" % (0.5, 1.5, 2.5, -0.5, 0.05))
print("%*d|%-*d|%.*f|%*.*f" % (6, 1, 6, 2, 3, 3.14159, 9, 2, 2.71828))
print("%(name)s is %(age)03d, %(name)r" % {"name": "Bo", "age": 7})
print("%c%c%c" % (72, "i", 0x21))
print("%r %a %s" % ("é", "é", b"bytes"))
print("%s" % (("a", "b"),), "%s" % [1, 2], "%s" % {"k": 1})
print("100%% sure, %d%%" % 50)
print("%s" % None, "%d" % True, "%.3s" % "abcdef", "%5.1s|" % "xyz")
print("%d %x %o" % (3.99, 255, 8), "%d" % -0.9)
print("%.3g|%#.3g|%g|%g|%g" % (1.0, 1.0, 123456, 1234567, 0.0001))
print("%10.4e|%-12.2E|" % (123.456, -0.000987))
print("%+.2f %+.2f %.2f" % (0.0, -0.0, -0.001))
print("%s %s" % (float("inf"), float("nan")), "%f %e" % (float("-inf"), float("inf")))
print("%x %o %d" % (2 ** 70, -2 ** 40, 10 ** 25))
print(b"%s %d %x %c %b" % (b"raw", 5, 255, 65, b"!"))
print(b"%c%c|%5c|%-3c|" % (b"z", bytearray(b"q"), 66, b"!"))
for arg in (256, b"ab", "x"):
    try:
        b"%c" % arg
    except (TypeError, OverflowError) as e:
        print(f"b'%c' % {arg!r}: {type(e).__name__}: {e}")

errors = [
    ("%d", "str"),
    ("%d %d", (1,)),
    ("%d", (1, 2)),
    ("%z", 1),
    ("%(k)s", ("no", "map")),
    ("%(k)s", {"other": 1}),
    ("%c", 1234567),
    ("%c", "ab"),
    ("%x", 1.5),
    ("%*d", ("a", 1)),
    ("%", ()),
    ("%.f", "x"),
    ("%5%", (1,)),
    ("%5%", ()),
    ("%(a)s %s", {"a": 1}),
]
for fmt, args in errors:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(f"{fmt!r:8} % {args!r:14} -> {type(e).__name__}: {e}")

# A common logging-style helper.
def line(level, msg, *args):
    return "[%-5s] %s" % (level, msg % args if args else msg)


print(line("INFO", "loaded %d items in %.1fs", 42, 0.256))
print(line("WARN", "no args %d"))
print(line("ERROR", "%s failed: %r", "job-7", ValueError("bad")))
