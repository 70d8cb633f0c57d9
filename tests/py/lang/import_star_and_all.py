from mod_util import *
print(sorted(k for k in globals() if not k.startswith("__")))
import mod_util
print(mod_util._private, hasattr(mod_util, "helper"))
try:
    helper
except NameError as e:
    print("NameError:", e)
