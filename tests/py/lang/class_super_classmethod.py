class Base:
    @classmethod
    def create(cls, *args):
        obj = cls.__new__(cls)
        obj.args = args
        obj.kind = "base"
        return obj
    def describe(self):
        return type(self).__name__ + str(self.args) + " " + self.kind
class Child(Base):
    @classmethod
    def create(cls, *args):
        obj = super().create(*args)
        obj.kind = "child"
        return obj
print(Base.create(1).describe(), Child.create(2, 3).describe())
class A:
    def hello(self):
        return "A"
class B(A):
    def hello(self):
        return "B>" + super(B, self).hello()
class C(B):
    def hello(self):
        return "C>" + super(B, self).hello()
print(C().hello())
