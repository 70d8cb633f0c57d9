import sys
def hanoi(n, src="A", via="B", dst="C"):
    if n == 0:
        return []
    return hanoi(n - 1, src, dst, via) + [(src, dst)] + hanoi(n - 1, via, src, dst)
print(len(hanoi(12)), hanoi(3))
def permutations(s):
    if len(s) <= 1:
        return [s]
    return sorted({c + p for i, c in enumerate(s) for p in permutations(s[:i] + s[i + 1:])})
print(permutations("aab"), len(permutations("abcde")))
sys.setrecursionlimit(3000)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(2500))
def json_like(v, indent=0):
    pad = "  " * indent
    if isinstance(v, dict):
        return "{\n" + ",\n".join(pad + "  " + repr(k) + ": " + json_like(x, indent + 1) for k, x in v.items()) + "\n" + pad + "}"
    if isinstance(v, list):
        return "[" + ", ".join(json_like(x, indent) for x in v) + "]"
    return repr(v)
print(json_like({"a": [1, 2, {"b": None}], "c": {"d": "e"}}))
