from mod_util import double, GREETING as G
from mod_util import Counter
print(double(5), G, Counter().inc())
from mod_util import *
print(sorted(n for n in dir() if not n.startswith("__")))
try:
    from mod_util import does_not_exist
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], e.name)
