# __init_subclass__: plugin registries, keyword arguments, validation.

class Plugin:
    plugins = {}

    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.plugins[cls.plugin_name] = cls

class CSV(Plugin, name="csv", priority=2):
    pass

class Excel(Plugin, priority=5):
    pass

class ExcelXML(Excel):
    pass

for name, cls in sorted(Plugin.plugins.items(), key=lambda kv: -kv[1].priority):
    print(name, cls.__name__, cls.priority)
print(hasattr(Plugin, "plugin_name"))

# Unknown keywords end up at object.__init_subclass__, which rejects them.
try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

class Plain:
    pass

try:
    class AlsoBad(Plain, x=1):
        pass
except TypeError as e:
    print("TypeError:", e)

# __init_subclass__ is implicitly a classmethod and sees the new class,
# whose body has already run.
class Validator:
    def __init_subclass__(cls):
        missing = [f for f in getattr(cls, "fields", ()) if not hasattr(cls, "check_" + f)]
        if missing:
            raise TypeError(f"{cls.__name__} lacks checks for {missing}")
        print("validated", cls.__name__, type(Validator.__dict__["__init_subclass__"]).__name__)

class Good(Validator):
    fields = ("a",)

    def check_a(self):
        return True

try:
    class Missing(Validator):
        fields = ("a", "b")

        def check_a(self):
            return True
except TypeError as e:
    print("TypeError:", e)

# Cooperative __init_subclass__ across a diamond.
calls = []

class A:
    def __init_subclass__(cls, **kw):
        calls.append(("A", cls.__name__))
        super().__init_subclass__(**kw)

class B(A):
    def __init_subclass__(cls, **kw):
        calls.append(("B", cls.__name__))
        super().__init_subclass__(**kw)

class C(A):
    def __init_subclass__(cls, **kw):
        calls.append(("C", cls.__name__))
        super().__init_subclass__(**kw)

class D(B, C):
    pass

print(calls)

# The class being created does not see its own __init_subclass__.
class Self:
    def __init_subclass__(cls):
        print("Self hook for", cls.__name__)

class Kid(Self):
    def __init_subclass__(cls):
        print("Kid hook for", cls.__name__)

class Grandkid(Kid):
    pass
