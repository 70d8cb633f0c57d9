name = "World"
n = 42
pi = 3.14159265
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2} {-n}")
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {n:05d} {n:x} {n:#o} {n:b}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{n=} {pi=:.1f} {name = }")
print(f"{{literal}} {{{n}}}")
print(f"{'nested ' + name}", f"{[1, 2][0]}", f"{ {'k': 'v'}['k'] }")
w = 8
p = 3
print(f"{pi:{w}.{p}f}|")
print(f"{1000000:,} {1000000:_} {0.25:%} {0.25:.0%} {12345.678:e}")
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|{'fill':*^10}")
print(f"multi" f"part {n}" "plain")
print(F"upper F {n}", rf"raw \n {n}", fr"{n}\t")
