# The implicit __class__ cell: what zero-argument super() relies on.

class A:
    def which(self):
        return __class__

    @classmethod
    def cm(cls):
        return __class__, cls

    @staticmethod
    def sm():
        return __class__

class B(A):
    pass

print(A().which().__name__, B().which().__name__)
print([c.__name__ for c in B.cm()], A.sm().__name__)

# __class__ in a method always names the defining class, even when the
# method is copied to another class.
class C:
    grab = A.which

print(C().grab().__name__)

# Methods without __class__ or super have no closure cell for it.
def plain(self):
    return 1

print(A.which.__code__.co_freevars, plain.__code__.co_freevars)

# super() in a function defined outside a class fails.
def outside(self):
    return super().which()

try:
    outside(A())
except RuntimeError as e:
    print("RuntimeError:", e)

# super() in a nested function inside a method: no self argument there.
class D(A):
    def method(self):
        def inner():
            return super().which()
        return inner()

try:
    D().method()
except RuntimeError as e:
    print("RuntimeError:", e)

# But a lambda or comprehension-free nested function can pass explicit args.
class E(A):
    def method(self):
        helper = lambda: super(E, self).which()
        return helper().__name__

print(E().method())

# Zero-arg super reads the first argument's current value: rebinding it to
# an unrelated object breaks the call.
class F(A):
    def which(self):
        self = B()
        return super().which().__name__

try:
    F().which()
except TypeError as e:
    print("TypeError:", e)

# super() with no positional parameter at all.
class G(A):
    def noarg():
        return super().which()

try:
    G.noarg()
except RuntimeError as e:
    print("RuntimeError:", e)

# __class__ is set after the class is fully created (metaclass sees it).
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("__classcell__" in ns)
        return super().__new__(mcls, name, bases, ns)

class H(metaclass=Meta):
    def f(self):
        return __class__

class I(metaclass=Meta):
    def f(self):
        return 1

print(H().f() is H)
