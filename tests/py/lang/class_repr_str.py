class A:
    pass
class B:
    def __repr__(self):
        return "B()"
class C:
    def __str__(self):
        return "str of C"
class D:
    def __repr__(self):
        return "repr D"
    def __str__(self):
        return "str D"
print(repr(B()), str(B()), [B()], str(C()), repr(D()), str(D()), [D()], "%s %r" % (D(), D()))
print(repr(A()).startswith("<__main__.A object at 0x"), str(A()) == repr(A()) or True)
print(format(D()), "{}".format(D()), "{!r}".format(D()))
