def parse_age(s):
    try:
        n = int(s)
    except ValueError:
        raise ValueError("not a number: " + repr(s)) from None
    if n < 0:
        raise ValueError("negative age")
    return n
for s in ["42", "-3", "abc", " 7 "]:
    try:
        print(parse_age(s))
    except ValueError as e:
        print("invalid:", e, "| cause:", e.__cause__, "| suppress:", e.__suppress_context__)
