# collections.ChainMap: layered configuration and scopes.
from collections import ChainMap

defaults = {"theme": "light", "lang": "en", "size": 12}
env = {"lang": "fr"}
cli = {"size": 14}
cfg = ChainMap(cli, env, defaults)
print(cfg["theme"], cfg["lang"], cfg["size"], len(cfg), sorted(cfg))
print(cfg.get("missing", "-"), "lang" in cfg, "nope" in cfg)
print(dict(sorted(cfg.items())))
cfg["theme"] = "dark"
print(cli, defaults["theme"])
del cfg["theme"]
print(cfg["theme"])
try:
    del cfg["lang"]
except KeyError as e:
    print("KeyError", e)
print(cfg.maps == [cli, env, defaults], cfg.parents.maps == [env, defaults])
child = cfg.new_child({"lang": "de"})
print(child["lang"], cfg["lang"], len(child.maps))
print(child.new_child()["size"], len(child.new_child().maps))
try:
    ChainMap({})["k"]
except KeyError as e:
    print("KeyError", e)
print(repr(ChainMap({"a": 1}, {"b": 2})))
print(list(ChainMap({"a": 1, "b": 2}, {"b": 3, "c": 4})))

class Scope:
    def __init__(self):
        self.vars = ChainMap({})
    def push(self):
        self.vars = self.vars.new_child()
    def pop(self):
        self.vars = self.vars.parents
    def set(self, k, v):
        self.vars[k] = v
    def get(self, k):
        return self.vars.get(k, f"<undefined {k}>")

s = Scope()
s.set("x", 1)
s.push()
s.set("y", 2)
s.set("x", 10)
print(s.get("x"), s.get("y"))
s.pop()
print(s.get("x"), s.get("y"))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm.pop("a"), cm["a"])
cm.clear()
print(dict(cm), cm.maps)
print(bool(ChainMap()), bool(ChainMap({}, {"x": 0})))
c2 = ChainMap({"k": [1]}).copy()
c2["k"].append(2)
print(type(c2).__name__, c2)
