values = [0, 1, -1, 42, 3.5, -2.25, 1e10, 1 / 3, "text", True, None]
for v in values:
    out = []
    for spec in ["", ">6", "<6", "^6", "06", ".2", "+", ",", "x"]:
        try:
            out.append(f"{v:{spec}}")
        except (ValueError, TypeError) as e:
            out.append("E:" + type(e).__name__)
    print(repr(v), out)
