import string
import re
print(string.ascii_lowercase, string.digits, string.punctuation)
print(string.capwords("hello   big world"))
t = string.Template("$who likes $what")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
print(re.findall(r"\d+", "a1b22c333"), re.sub(r"\s+", " ", "a   b \t c"), re.split(r"[,;]", "a,b;c"))
m = re.match(r"(\w+)@(\w+)\.com", "user@example.com")
print(m.group(0), m.group(1), m.groups(), m.span(2))
print(re.search(r"o", "hello world").start(), re.fullmatch(r"[a-z]+", "abc") is not None, re.fullmatch(r"[a-z]+", "ab1"))
pat = re.compile(r"(?P<key>\w+)=(?P<val>\w+)")
print([m.groupdict() for m in pat.finditer("a=1 b=2")])
print(re.sub(r"(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2), "make title case"))
print("abc".translate(str.maketrans("ab", "xy")), "hello".translate({ord("l"): None}))
