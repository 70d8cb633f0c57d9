# json.loads: types, object_hook, object_pairs_hook, parse_float, round trips.
import json
from collections import OrderedDict
from decimal import Decimal

text = '{"id": 7, "name": "Ann", "scores": [9.5, 8, -1e3], "active": true, "boss": null, "tags": {}}'
obj = json.loads(text)
print(obj)
print(type(obj["scores"][0]).__name__, type(obj["scores"][1]).__name__, obj["scores"][2])
print(json.loads("[]"), json.loads('"\\u00e9\\ud83d\\ude00\\n\\t\\"\\/"'), json.loads("  42  "))
print(json.loads("-0"), json.loads("-0.0"), json.loads("1E2"), json.loads("12345678901234567890123"))
print(json.loads('"snow \\u2603"'), json.loads(b'{"b": 1}'), json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('{"a": 1, "a": 2}'))

def hook(d):
    if "__point__" in d:
        return tuple(d["__point__"])
    return d
print(json.loads('{"p": {"__point__": [1, 2]}, "q": [{"__point__": [3, 4]}]}', object_hook=hook))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads("[1.10, 2]", parse_float=Decimal), json.loads("[7]", parse_int=float))
print(json.loads("[NaN]", parse_constant=lambda name: "const:" + name))

config = {"server": {"host": "localhost", "ports": [80, 443]}, "debug": True,
          "users": [{"name": "ann", "roles": ["admin"]}, {"name": "bob", "roles": []}]}
s = json.dumps(config, indent=2)
back = json.loads(s)
print(back == config, back["users"][0]["roles"])
for v in [0, -1, 1.5, 1e-7, "", "a\u0000b", [None], {"": ""}, 2**70, True]:
    print(repr(v), json.loads(json.dumps(v)) == v)

import io
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf, indent=1)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
dec = json.JSONDecoder()
print(dec.decode('{"x": 1}'), dec.raw_decode('[1, 2] trailing'))
print(json.loads('{"nested": {"deep": {"deeper": [1, [2, [3]]]}}}')["nested"]["deep"])
