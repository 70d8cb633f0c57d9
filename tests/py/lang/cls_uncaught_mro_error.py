# An inconsistent MRO at class-definition time, uncaught: the traceback
# points at the class statement inside the factory function.

class Base:
    pass

class Left(Base):
    pass

class Right(Base):
    pass

def make_mixin(first, second):
    print("combining", first.__name__, "and", second.__name__)

    class Mixed(first, second):
        pass

    return Mixed

ok = make_mixin(Left, Right)
print([c.__name__ for c in ok.__mro__])

also_ok = make_mixin(Right, Left)
print([c.__name__ for c in also_ok.__mro__])

class Both(ok):
    pass

print([c.__name__ for c in Both.__mro__])

# Mixed(Left, Right) and Mixed(Right, Left) disagree on the order.
broken = make_mixin(ok, also_ok)
print("not reached", broken)
