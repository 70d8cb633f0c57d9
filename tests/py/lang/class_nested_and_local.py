class Outer:
    class Inner:
        value = "inner value"
        def get(self):
            return self.value
    def make(self):
        return self.Inner()
print(Outer().make().get(), Outer.Inner.__qualname__)
def factory(base):
    class Local(base):
        def who(self):
            return "Local(" + base.__name__ + ")"
    return Local
L1 = factory(object)
L2 = factory(dict)
print(L1().who(), L2().who(), L1 is not L2, L1.__qualname__, issubclass(L2, dict))
