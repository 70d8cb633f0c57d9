d = {"a": 1, "b": [1, 2]}
print(f"{d['a']} {d['b']}", f'{d["b"][1]}')
print(f'{"double inside single"}', f"{'single inside double'}")
print(f"""{"triple" + 'mixed'}""")
name = "x"
print(f"{name!r:^9}|{name:>{len(name) + 3}}|")
print(f"{'{'}{'}'}", f"{{{{}}}}")
print(f"{3.14159:.{2}f} {255:#0{10}x}")
print(f"{'a' 'b'}", f"{('c' 'd')}")
value = 1234.5
print(f"{value:,.2f} {value:_>12,.1f} {value:e} {-value:+.0f}")
