# json.dumps: indent, sort_keys, separators, default, ensure_ascii.
import json

doc = {"name": "gilpy", "version": [3, 11], "tags": ["fast", "small"], "stable": False,
       "license": None, "ratio": 0.75, "big": 10**20, "nested": {"z": 1, "a": {"deep": []}}}
print(json.dumps(doc))
print(json.dumps(doc, sort_keys=True))
print(json.dumps(doc, indent=2, sort_keys=True))
print(json.dumps([1, [2, {}], {"k": []}], indent=4))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")))
print(json.dumps({"a": 1}, indent="\t"))
print(json.dumps([1, 2], indent=0))
print(json.dumps("héllo wörld ☃ \U0001f600"))
print(json.dumps("héllo ☃ \U0001f600", ensure_ascii=False))
print(json.dumps("quote\" back\\ nl\n tab\t ctl\x01 del\x7f"))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError", e)
print(json.dumps((1, 2)), json.dumps(1e100), json.dumps(-0.0), json.dumps(1.0))
print(json.dumps(3.141592653589793), json.dumps(123456789012345678901234567890))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def encode(o):
    if isinstance(o, Point):
        return {"__point__": [o.x, o.y]}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")
print(json.dumps({"p": Point(1, 2), "s": {3, 1, 2}}, default=encode))
try:
    json.dumps({"p": Point(1, 2)})
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError", e)
print(json.dumps({(1, 2): "x", "ok": 1}, skipkeys=True))

class MyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps([1j, 2 + 3j], cls=MyEncoder))
print(MyEncoder(sort_keys=True, indent=1).encode({"b": 1, "a": 2}))
try:
    json.dumps(object(), cls=MyEncoder)
except TypeError as e:
    print("TypeError", str(e).split(" is ")[1])
l = []
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print("ValueError", e)
