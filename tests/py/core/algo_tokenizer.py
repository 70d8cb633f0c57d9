def tokenize(src):
    toks = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            toks.append(("NUM", src[i:j]))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            toks.append(("NAME", src[i:j]))
            i = j
        elif src[i:i + 2] in ("==", "!=", "<=", ">=", "**"):
            toks.append(("OP", src[i:i + 2]))
            i += 2
        else:
            toks.append(("OP", c))
            i += 1
    return toks
for t in tokenize("x1 = (alpha + 3.14) ** 2 != beta_2 >= 10"):
    print(t)
