def show(fn):
    try:
        fn()
    except AttributeError as e:
        print("AttributeError:", e)
show(lambda: (1).foo)
show(lambda: (1.5).foo)
show(lambda: "x".foo)
show(lambda: [1].foo)
show(lambda: (1,).foo)
show(lambda: {}.foo)
show(lambda: {1}.foo)
show(lambda: None.foo)
show(lambda: True.foo)
show(lambda: b"x".foo)
show(lambda: len.foo)
show(lambda: show.foo)
show(lambda: range(1).foo)
show(lambda: int.foo)
print(getattr(5, "foo", "default"), hasattr(5, "real"), hasattr(5, "foo"))
try:
    getattr(5, "foo")
except AttributeError as e:
    print("getattr:", e)
try:
    setattr(5, "foo", 1)
except AttributeError as e:
    print("setattr:", e)
