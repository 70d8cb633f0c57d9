vals = [0, 7, -7, 255, 3.14159, -0.5, 1e10, 2 ** 40]
specs = ["", "d", "5d", "<6", ">6", "^7", "+", " ", "x", "o", "b", ".2f", "8.3f", "e", ".3g", "%", ",", "08.2f", "#x"]
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(("{:" + s + "}").format(v))
        except ValueError as e:
            row.append("ERR")
    print(repr(v), "|".join(row))
