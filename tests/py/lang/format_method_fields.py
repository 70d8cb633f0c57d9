print("{0}{1}{0}".format("ab", "-"))
print("{a[0]} {a[1]} {b[k]}".format(a=[1, 2], b={"k": "v"}))
class O:
    attr = "attribute"
print("{0.attr} {o.attr}".format(O(), o=O()))
print("{:{w}.{p}f}".format(3.14159, w=10, p=2))
print("{0:>{1}}".format("x", 5))
print("{!r:>10}".format("q"))
try:
    "{} {0}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
try:
    "{0} {1}".format(1)
except IndexError as e:
    print("IndexError:", e)
print("{:s}".format("str"), "{:c}".format(9731), "{:=+8d}".format(42), "{:=08.2f}".format(-1.5))
print(format(1234.5678, "_.2f"), "{:n}".format(1234), "{:g}".format(1e-5), "{:G}".format(1e20), "{:E}".format(1.5))
print("{:.3s}|{:10.2s}|".format("abcdef", "xyz"))
print("{0:b} {0:o} {0:x} {0:X} {0:#b} {0:#o} {0:#X}".format(3054))
print("{:.0f} {:.0f} {:.0f} {:.0f}".format(0.5, 1.5, 2.5, -0.5))
print("{:.1f} {:.2f} {:.3f}".format(0.05, 0.125, 2.0005))
