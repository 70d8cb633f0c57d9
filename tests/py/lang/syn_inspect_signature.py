# inspect.signature for functions, methods, classes, partials, wrapped
# functions and callables; Parameter kinds; bind/bind_partial and their errors.
import inspect, functools
from typing import List, Optional
def f(a, b: int, /, c=3, *args, d, e: str = "x", **kw) -> bool: pass
def g(x, y=2): pass
def h(*, k): pass
def u(p, /): pass
class C:
    def __init__(self, a, b=1): pass
    def m(self, x, *, y=2): pass
    @classmethod
    def cm(cls, z): pass
    @staticmethod
    def sm(q): pass
    def __call__(self, v): pass
class N: pass
def deco(fn):
    @functools.wraps(fn)
    def w(*a, **k): return fn(*a, **k)
    return w
@deco
def wrapped(alpha, beta=0): pass
def ann(x: List[int], y: Optional[str] = None) -> "Thing": pass
for obj in (f, g, h, u, C, C.m, C(1).m, C.cm, C.sm, C(1), N, wrapped, functools.partial(g, 1), functools.partial(g, y=5), ann, lambda *a, **k: 0):
    print(inspect.signature(obj))
sig = inspect.signature(f)
print(repr(sig), [(p.name, p.kind.name, p.kind.description) for p in sig.parameters.values()])
print(sig.parameters["c"].default, sig.parameters["a"].default is inspect.Parameter.empty, sig.return_annotation)
print(repr(sig.parameters["e"]), str(sig.parameters["kw"]))
b = inspect.signature(g).bind(1)
print(b, b.args, b.kwargs); b.apply_defaults(); print(b.arguments)
b = sig.bind(1, 2, 3, 4, 5, d=6, z=7); print(b.arguments, b.args, b.kwargs)
for call in (lambda: inspect.signature(g).bind(), lambda: inspect.signature(g).bind(1, 2, 3), lambda: inspect.signature(g).bind(1, z=1),
             lambda: inspect.signature(h).bind(), lambda: inspect.signature(g).bind(1, x=2), lambda: inspect.signature(u).bind(p=1), lambda: inspect.signature(5)):
    try: print(call())
    except TypeError as e: print("TypeError:", e)
print(inspect.signature(g).bind_partial(y=3))
