class A:
    def __init__(self):
        self.__secret = "a-secret"
        self._protected = "p"
    def reveal(self):
        return self.__secret
class B(A):
    def __init__(self):
        super().__init__()
        self.__secret = "b-secret"
    def reveal_b(self):
        return self.__secret
b = B()
print(b.reveal(), b.reveal_b(), sorted(vars(b)))
try:
    b.__secret
except AttributeError as e:
    print("AttributeError:", e)
print(b._A__secret, b._B__secret)
