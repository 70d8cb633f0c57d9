def documented(a, b=2):
    """Returns the sum."""
    return a + b
print(documented.__doc__, documented.__name__, documented.__defaults__)
def nodoc():
    pass
print(nodoc.__doc__)
print(documented.__code__.co_argcount if hasattr(documented, "__code__") else 2)
