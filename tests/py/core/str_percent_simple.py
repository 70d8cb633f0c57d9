print("%d %s" % (5, "five"))
print("%s" % "single")
print("%5d|%-5d|%05d" % (42, 42, 42))
print("%.3f %e %g" % (3.14159, 12345.678, 0.00001234))
print("%x %X %o %#x" % (255, 255, 8, 255))
print("%r %s" % ("repr", "str"))
print("100%% done")
print("%c%c" % (72, "i"))
print("%(name)s=%(value)d" % {"name": "k", "value": 7})
print("%s and %s" % ([1, 2], (3,)))
print("%+d % d %d" % (5, 5, -5))
print("%10.3s|" % "abcdef")
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
