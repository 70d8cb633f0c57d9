# re: sub/subn with backrefs and callables, split with groups and maxsplit.
import re

print(re.sub(r"\s+", " ", "too    many   spaces"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home ann@work"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "John Smith"))
print(re.sub(r"(\d+)", r"<\g<1>0>", "a1b22"), re.sub("a", r"\n", "bab") == "b\nb")
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 10 pears"))
print(re.sub(r"[aeiou]", "", "programming language", count=3))
print(re.subn(r"o", "0", "foo boo zoo"), re.subn(r"x", "y", "abc"))
print(re.sub(r"x*", "-", "abxd"), re.sub(r"^", "> ", "l1\nl2", flags=re.M))
def snake(name):
    s = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s).lower()
print([snake(n) for n in ["CamelCase", "getHTTPResponseCode", "already_snake", "HTTPServer"]])
def camel(name):
    return re.sub(r"_([a-z])", lambda m: m.group(1).upper(), name)
print(camel("make_it_camel_case"))
template = "Hello {name}, your code is {code}."
vals = {"name": "Ann", "code": 42}
print(re.sub(r"\{(\w+)\}", lambda m: str(vals[m.group(1)]), template))
print(re.split(r"\s*,\s*", "a , b,c ,  d"), re.split(r"(,)", "a,b,c"))
print(re.split(r"\W+", "Words, words, words."), re.split(r"\d", "a1b2c3", maxsplit=2))
print(re.split(r"(a)(x)?", "1a2ax3"), re.split(r"[;:]", ""), re.split(r"x*", "axbc"))
print(re.split(r"\n", "line1\nline2\n"), re.compile(r"-").split("a-b-c", 1))
p = re.compile(r"(?P<key>\w+)\s*:\s*(?P<val>[^;]+);?")
print({m["key"]: m["val"].strip() for m in p.finditer("color: red; size : 10px;weight:bold")})
print(p.sub(r"\g<val>=\g<key>", "a: 1; b: 2"))
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print("re.error", e)
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error", e.msg, e.pos)
try:
    re.compile(r"[z-a]")
except re.error as e:
    print("re.error", e)
print(re.sub(r"(?i)HELLO", "bye", "hello Hello"), re.sub(r"a|b", "", "abcab"))
tokens = re.findall(r"\d+\.\d+|\d+|[-+*/()]", "3.5 * (2 + 41) - 7/2")
print(tokens)
print(re.sub(r"\\", "/", r"C:\path\to\file"), re.sub("\\.", "", "1.2.3"))
