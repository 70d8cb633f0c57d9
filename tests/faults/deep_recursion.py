# Deep recursion, in Python and through C, ends in RecursionError and the
# interpreter stays usable afterwards.
import json

def fact(n): return 1 if n <= 1 else n * fact(n - 1)

def check(what, f, *types):
    types = types or (RecursionError,)
    try:
        f()
    except types as e:
        pass
    else:
        raise AssertionError(what + ": no exception")
    # still usable: a call, an allocation, a recursion of modest depth
    assert fact(100) > 0 and len([0] * 1000) == 1000, what
    print(what, "ok")

def rec(n): return rec(n + 1)
check("python recursion", lambda: rec(0))

class A:
    def __getattr__(self, name): return getattr(self, name + "x")
check("getattr recursion", lambda: A().foo)

class R:
    def __repr__(self): return repr(self.inner)
r = R(); r.inner = r
check("repr recursion", lambda: repr(r))
del r.inner  # gilpy has no cycle collector

deep = []
for _ in range(100000):
    deep = [deep]
check("repr of 100000-deep list", lambda: repr(deep))
check("str of 100000-deep list", lambda: str(deep))
deep2 = []
for _ in range(100000):
    deep2 = [deep2]
check("== of 100000-deep lists", lambda: deep == deep2)
d = {}
for _ in range(100000):
    d = {"k": d}
check("repr of 100000-deep dict", lambda: repr(d))
t = ()
for _ in range(100000):
    t = (t,)
check("hash of 100000-deep tuple", lambda: hash(t))
check("json.dumps of 100000-deep list", lambda: json.dumps(deep), RecursionError, ValueError)
check("json.loads of 100000-deep list", lambda: json.loads("[" * 100000 + "]" * 100000), RecursionError, ValueError)
check("json.loads of 100000-deep dict", lambda: json.loads('{"a":' * 100000 + "1" + "}" * 100000),
      RecursionError, ValueError)
check("compile of 100000-deep expression", lambda: compile("-" * 100000 + "1", "<s>", "eval"),
      RecursionError, SyntaxError, MemoryError)
check("compile of 1000-deep nested calls", lambda: compile("f(" * 1000 + ")" * 1000, "<s>", "eval"),
      RecursionError, SyntaxError, MemoryError)
check("eval of 100000-deep brackets", lambda: eval("[" * 100000 + "]" * 100000),
      RecursionError, SyntaxError, MemoryError)
src = "x = 1\n"
for i in range(200):
    src = "def f%d():\n" % i + "".join("    " + l + "\n" for l in src.splitlines())
check("compile of 200 nested defs", lambda: compile(src, "<s>", "exec"),
      RecursionError, SyntaxError, MemoryError, IndentationError)
print("done")
