# Class creation fails when no consistent C3 order exists.

class X:
    pass

class Y:
    pass

class A(X, Y):
    pass

class B(Y, X):
    pass

try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)

# An explicit base listed before its own subclass cannot be linearised.
try:
    class D(X, A):
        pass
except TypeError as e:
    print("TypeError:", e)

# The reverse order is fine.
class E(A, X):
    pass

print([c.__name__ for c in E.__mro__])

# Duplicate bases are rejected with a different message.
try:
    class F(X, X):
        pass
except TypeError as e:
    print("TypeError:", e)

# The same failures through type().
try:
    type("G", (A, B), {})
except TypeError as e:
    print("TypeError:", e)

try:
    type("H", (Y, Y), {})
except TypeError as e:
    print("TypeError:", e)

# Inheriting from something that is not a class.
try:
    class I(42):
        pass
except TypeError as e:
    print("TypeError:", type(e).__name__)

# Bool cannot be subclassed.
try:
    class J(bool):
        pass
except TypeError as e:
    print("TypeError:", e)

# A failed definition leaves the names unbound.
for name in ("C", "D", "F", "J"):
    print(name, name in globals())

# Nothing else was disturbed.
print([c.__name__ for c in A.__mro__])
print([c.__name__ for c in B.__mro__])
