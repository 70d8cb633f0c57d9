def parse_expr(toks, pos):
    val, pos = parse_term(toks, pos)
    while pos < len(toks) and toks[pos] in "+-":
        op = toks[pos]
        rhs, pos = parse_term(toks, pos + 1)
        val = val + rhs if op == "+" else val - rhs
    return val, pos
def parse_term(toks, pos):
    val, pos = parse_factor(toks, pos)
    while pos < len(toks) and toks[pos] in "*/":
        op = toks[pos]
        rhs, pos = parse_factor(toks, pos + 1)
        val = val * rhs if op == "*" else val / rhs
    return val, pos
def parse_factor(toks, pos):
    t = toks[pos]
    if t == "(":
        val, pos = parse_expr(toks, pos + 1)
        return val, pos + 1
    if t == "-":
        val, pos = parse_factor(toks, pos + 1)
        return -val, pos
    return int(t), pos + 1
def evaluate(s):
    toks = []
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            if num:
                toks.append(num)
                num = ""
            if not ch.isspace():
                toks.append(ch)
    if num:
        toks.append(num)
    return parse_expr(toks, 0)[0]
for e in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "-(3 - 5) * 2", "2 * (3 + (4 - 1)) - -1", "100"]:
    print(e, "=", evaluate(e))
