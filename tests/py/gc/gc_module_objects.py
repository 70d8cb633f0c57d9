# Module objects are containers: a module that refers to itself through its
# namespace is freed once nothing else holds it.
import gc
import types


gc.collect()
before = len(gc.get_objects())
for i in range(5000):
    m = types.ModuleType("m%d" % (i % 10))
    m.me = m
    exec("def f():\n    return f\n", m.__dict__)
del m
print("collect > 0", gc.collect() > 0)
print("objects bounded", len(gc.get_objects()) - before < 1000)
print("module tracked", gc.is_tracked(types))
