class Plain:
    pass
p = Plain()
q = Plain()
print(p == p, p == q, p != q, hash(p) == hash(p), type(hash(p)).__name__)
print(Plain.__name__, Plain.__qualname__, Plain.__module__, Plain.__bases__)
print(isinstance(p, object), p.__class__ is Plain, type(p).__mro__)
print(sorted(k for k in Plain.__dict__ if not k.startswith("__w")))
try:
    p < q
except TypeError as e:
    print("TypeError:", e)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)
print(str(p) == repr(p), repr(p).startswith("<__main__.Plain object at "))
