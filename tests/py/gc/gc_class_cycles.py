# Classes are containers: a class refers to itself through __mro__, and
# often through its methods and class attributes. Classes made in a loop are
# freed by the collector, and the subclass registry does not keep them.
import gc


class Base:
    pass


gc.collect()
before = len(gc.get_objects())
for i in range(20000):
    class K(Base):
        def method(self):
            return K

        me = None

    K.me = K
    k = K()
    k.cls = K
del K, k
print("collect > 0", gc.collect() > 0)
print("subclasses left", len(Base.__subclasses__()))
print("objects bounded", len(gc.get_objects()) - before < 1000)


# a class made by type() with a metaclass
class Meta(type):
    pass


for i in range(2000):
    C = Meta("C", (Base,), {"x": i})
    C.self_ref = C
del C
gc.collect()
print("metaclass instances left", len(Base.__subclasses__()))


# a class still referenced survives a collection, with its subclasses
class Keep(Base):
    pass


class Child(Keep):
    pass


gc.collect()
print(sorted(c.__name__ for c in Base.__subclasses__()))
print([c.__name__ for c in Keep.__subclasses__()], Child.__mro__[1].__name__)
