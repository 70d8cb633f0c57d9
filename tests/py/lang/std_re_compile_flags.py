# re: compiled patterns, flags, verbose, named groups, Match methods.
import re

phone = re.compile(r"""
    \(?(\d{3})\)?   # area code
    [\s.-]?
    (\d{3})         # exchange
    [\s.-]?
    (\d{4})         # number
""", re.VERBOSE)
for s in ["(555) 123-4567", "555.123.4567", "5551234567", "55-123"]:
    m = phone.search(s)
    print(s, "->", "-".join(m.groups()) if m else None)
print(re.I == re.IGNORECASE, re.M == re.MULTILINE, re.S == re.DOTALL, re.X == re.VERBOSE)
flags = re.I | re.M
print(int(flags) == (re.I.value | re.M.value))
p = re.compile(r"^item: (\w+)$", re.I | re.M)
print(p.findall("Item: one\nITEM: two\nitem three\nitem: four"))
print(p.flags & re.I != 0, p.groups, p.groupindex)
n = re.compile(r"(?P<user>[a-z]+):(?P<uid>\d+):(?P<shell>\S+)")
print(n.groupindex["uid"], sorted(n.groupindex))
for line in ["root:0:/bin/sh", "ann:1000:/bin/bash", "broken line"]:
    m = n.match(line)
    if m:
        print(m.group("user"), int(m.group("uid")), m.expand(r"\g<shell> for \1"))
    else:
        print("no match:", line)
m = re.compile(r"\d+").search("abc 123 def 456", 8)
print(m.group(), m.pos)
m = re.compile(r"\d+").match("abc 123", 4)
print(m.group(), m.span())
print(re.compile(r"\d").fullmatch("12", 1).group())
ws = re.compile(r"\s+")
print(ws.sub("_", " a  b "), ws.split(" a  b "), ws.subn("", "x y z"))
print(re.compile(r"(?m)^#.*$").sub("", "a\n# comment\nb"))
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"\w+$", "one\ntwo", re.M))
print(re.findall(r"\A\w+|\w+\Z", "first mid last"))
print(re.search(r"[a-zA-Z_]\w*", "9 id_1").group())
print(re.match(r"\u00e9+", "ééa").group(), re.findall(r"\w+", "naïve café"), re.findall(r"(?a)\w+", "naïve"))
m = re.match(r"(?P<a>x)(?P<b>y)?", "x")
print(m.groupdict(), m.groupdict("default"), m.span("b"))
print(repr(re.compile(r"a+b")), repr(re.compile(r"x", re.I)))
m = re.search(r"b+", "aabbbcc")
print(repr(m))
cache_a = re.compile(r"same")
print(cache_a.search("the same thing").start(), re.purge() is None)
def tokenize(src):
    spec = [("NUM", r"\d+(?:\.\d*)?"), ("ID", r"[A-Za-z_]\w*"), ("OP", r"[+\-*/=()]"), ("WS", r"\s+"), ("BAD", r".")]
    rx = re.compile("|".join(f"(?P<{k}>{v})" for k, v in spec))
    for mo in rx.finditer(src):
        if mo.lastgroup != "WS":
            yield mo.lastgroup, mo.group()
print(list(tokenize("x = 3.5 * (y + 42) $")))
