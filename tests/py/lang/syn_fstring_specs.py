# f-string format specs: nested fields, alignment and fill, signs, widths,
# thousands separators, and the type codes.

rows = [("apples", 3, 1.5), ("kiwis", 12, 0.25), ("watermelons", 1, 4.125)]
width = max(len(name) for name, _, _ in rows)
for name, qty, price in rows:
    print(f"|{name:<{width}}|{qty:>4}|{price:>8.2f}|{qty * price:^10.3f}|")

for w, p in [(10, 2), (12, 4), (6, 0)]:
    print(f"[{3.14159265:{w}.{p}f}]", f"[{'x':{'*'}^{w}}]")

align = "<^>"
for a in align:
    print(f"[{'mid':{a}9}] [{42:0{a}7}]")

print(f"{1234567:,} {1234567:_} {1234567.891:,.2f} {0.5:,.1%}")
print(f"{-42:+d} {42:+d} {42: d} {-42: d} {42:-d}")
print(f"{255:b} {255:o} {255:x} {255:X} {255:#b} {255:#o} {255:#x} {255:#X}")
print(f"{255:08b} {255:#010b} {65535:_x} {2**32:#_x} {10**8:_o}")
print(f"{-17:=+8} {17:=08} {-3.5:=10.2f} {3.5:*=+10.2f}")
print(f"{65:c}{97:c}{0x263A:c}")
print(f"{0.000123456:e} {123456789:.3e} {1.5e-7:E} {12345.6789:.2E}")
print(f"{1e-5:g} {123456789:g} {0.0001:g} {1234567:.3g} {1.0:g} {100:g}")
print(f"{0.1 + 0.2} {0.1 + 0.2:.17g} {1/3:.5} {2/3!s:.6}")
print(f"{1.0:#g} {1.5:#.3g} {5:#.2f} {0:.0f} {0.5:.0f} {1.5:.0f} {2.5:.0f}")
print(f"{12.5:%} {0.1234:.1%} {1:.0%}")
print(f"{float('inf'):>6} {float('-inf'):+} {float('nan'):^7}|")
print(f"{-0.0} {-0.0:+.1f} {0.0:+.1f} {-1e-10:.3f}")
print(f"{'truncate me':.5} {'pad':>6.2}|{'xyz':<5}|")
print(f"{True:d} {True} {False:>6} {None!s:>5}")
print(f"{3 + 4j} {complex(1.5, -2):.2f} {1j:>8}")

# Nested replacement fields inside the spec, including the type.
for spec in ("d", "x", "b"):
    print(f"{200:{'>'}{10}{spec}}", end=" ")
print()
fill, al, wid, prec = "_", ">", 12, 3
print(f"{2 ** 0.5:{fill}{al}{wid}.{prec}f}")
print(f"{'centred':{fill}^{wid + 4}}")

# Integers with precision are an error; so is ',' with 'b'.
for bad in ("{:.2d}", "{:,b}", "{:=s}", "{:x}"):
    try:
        print(bad.format(5 if "s" not in bad and bad != "{:x}" else "s"))
    except ValueError as e:
        print("ValueError:", e)

# Large and negative numbers with grouping.
for n in (0, 999, 1000, -1000000, 10 ** 20):
    print(f"{n:>30,}|{n:<+15_}|")

# 'z' turns a negative zero result into zero; strings reject it.
print(f"{-0.0:z.1f} {-0.004:z.2f} {-0.006:z.2f} {0.0:z}")
try:
    format("text", "z")
except ValueError as e:
    print("ValueError:", e)
