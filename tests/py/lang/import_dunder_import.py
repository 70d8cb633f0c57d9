m = __import__("mod_util")
print(m.double(4))
import importlib
m2 = importlib.import_module("pkg_shapes.circle")
print(m2.Circle(3).area())
print(type(m).__name__, m.__file__.endswith("mod_util.py"))
