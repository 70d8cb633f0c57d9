vals = [0, 42, -42, 3.7, -0.001, 2 ** 70]
fmts = ["%d", "%i", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%X", "%#x", "%o", "%#o", "%f", "%.2f", "%10.3f", "%e", "%.2E", "%g", "%G", "%s", "%r", "%.1f%%"]
for v in vals:
    out = []
    for f in fmts:
        try:
            out.append(f % v)
        except TypeError:
            out.append("TE")
    print(" ".join(out))
print("%s|%5s|%-5s|%.2s" % ("abc", "abc", "abc", "abc"))
print("%(a)s %(b)05.1f %(a)r" % {"a": "x", "b": 2.25})
print("%c %c %%" % ("z", 65))
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 3, 3.14159))
print("%s" % (1,), "%s" % [1, 2], "%s %s" % ("a", "b"))
for bad in [("%d", "str"), ("%s %s", ("one",)), ("%s", (1, 2)), ("%z", 1)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(b"%d %s" % (5, b"bytes"))
