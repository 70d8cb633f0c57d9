class A:
    def f(self):
        return "A.f"
class B(A):
    def f(self):
        def inner():
            return super().f()
        try:
            return inner()
        except RuntimeError as e:
            return "RuntimeError: " + str(e)
    def g(self):
        return super().f()
print(B().f(), B().g())
def standalone():
    return super().x
try:
    standalone()
except RuntimeError as e:
    print("RuntimeError:", e)
