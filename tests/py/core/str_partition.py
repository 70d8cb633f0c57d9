print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("=start".partition("="), "end=".rpartition("="), "".partition("x"))
print("a->b->c".partition("->"), "a->b->c".rpartition("->"))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
