# BaseExceptionGroup / ExceptionGroup objects
eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("inner", [KeyError(3)])])
print(eg.message, len(eg.exceptions), type(eg.exceptions).__name__)
print(str(eg))
print(repr(eg))
print(eg.args[0], type(eg.args[1]).__name__)
print(str(ExceptionGroup("one", [OSError()])))
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), issubclass(ExceptionGroup, BaseExceptionGroup))
print([c.__name__ for c in ExceptionGroup.__mro__])

# BaseExceptionGroup becomes ExceptionGroup when it can
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
print(type(BaseExceptionGroup("x", (ValueError(), SystemExit()))).__name__)

for args in [(), ("m",), ("m", 1), (1, [ValueError()]), ("m", []), ("m", [1]), ("m", {ValueError()}), ("m", [ValueError(), "x"])]:
    try:
        BaseExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)

# subgroup and split, by type, tuple of types or predicate
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.split((KeyError, TypeError))))
print(repr(eg.subgroup(lambda e: isinstance(e, LookupError))))
print(eg.subgroup(OSError), eg.split(Exception)[0] is eg, eg.subgroup(BaseExceptionGroup) is eg)
print(repr(eg.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner")))
try:
    eg.split(1)
except TypeError as e:
    print("TypeError:", e)

# split keeps traceback, cause, context and notes
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)]) from OSError("cause")
except ExceptionGroup as g:
    g.add_note("a note")
    m, r = g.split(ValueError)
    print(repr(m.__cause__), repr(m.__context__), m.__traceback__ is g.__traceback__, m.__notes__)
    print(r.__notes__, r.__notes__ is g.__notes__)

# derive in a subclass decides the type of the parts
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message.upper(), excs)
mg = MyGroup("mine", [ValueError(1), KeyError(2)])
print(repr(mg.subgroup(KeyError)), type(mg.split(ValueError)[1]).__name__)
print(repr(eg.derive([ZeroDivisionError()])))

import traceback
eg2 = ExceptionGroup("shown", [ValueError(1)])
eg2.add_note("group note")
print(traceback.format_exception_only(eg2))
