import mod_util
print(mod_util.GREETING, mod_util.double(21), mod_util.helper())
import mod_util
import mod_util as mu
print(mu is mod_util, mod_util.loads, mod_util.__name__, mod_util.__doc__)
c = mod_util.Counter()
c.inc()
print(c.inc(), type(c).__module__, type(c).__qualname__)
import sys
print("mod_util" in sys.modules, sys.modules["mod_util"] is mod_util)
