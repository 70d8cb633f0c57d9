x = "global"
def f():
    x = "f local"
    def g():
        global x
        x = "set by g"
    g()
    return x
print(f(), x)
def h():
    def k():
        return x
    return k()
print(h())
try:
    exec("def bad():\n    nonlocal q\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
