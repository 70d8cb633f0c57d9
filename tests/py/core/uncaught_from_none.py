def lookup(key):
    table = {"a": 1}
    try:
        return table[key]
    except KeyError:
        raise LookupError("no entry for " + key) from None

print(lookup("a"))
print(lookup("b"))
