import mod_lazy_attr
print(mod_lazy_attr.REAL, mod_lazy_attr.virtual_hello)
try:
    mod_lazy_attr.missing
except AttributeError as e:
    print("AttributeError:", e)
print(dir(mod_lazy_attr))
from mod_lazy_attr import virtual_x
print(virtual_x)
