class Plugin:
    registry = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[key or cls.__name__.lower()] = cls
class Alpha(Plugin):
    pass
class Beta(Plugin, key="b"):
    pass
print(sorted(Plugin.registry), Plugin.registry["b"].__name__)
class Ordered:
    def __class_getitem__(cls, item):
        return cls.__name__ + "[" + item.__name__ + "]"
print(Ordered[int])
