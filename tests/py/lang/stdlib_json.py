import json
data = {"name": "gilpy", "version": [0, 1], "ok": True, "none": None, "pi": 3.14, "nested": {"k": "v"}, "uni": "é中"}
s = json.dumps(data)
print(s)
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, ensure_ascii=False))
back = json.loads(s)
print(back == data, back["version"], type(back["version"]).__name__)
print(json.loads('[1, 2.5, "x", null, true, false, {"a": [ ]}]'))
print(json.dumps("quote\" and \\ and \n"), json.dumps([1, (2, 3)]), json.dumps(1e100), json.dumps(float("inf")))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({1: "int key", "s": 2}), json.dumps(12345678901234567890))
