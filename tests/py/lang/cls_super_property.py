# Overriding properties and reaching the parent's getter/setter/deleter.

class Account:
    def __init__(self, balance):
        self._balance = balance
        self.log = []

    @property
    def balance(self):
        """The current balance."""
        self.log.append("Account.get")
        return self._balance

    @balance.setter
    def balance(self, value):
        self.log.append("Account.set")
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value

    @balance.deleter
    def balance(self):
        self.log.append("Account.del")
        self._balance = 0

class Audited(Account):
    @property
    def balance(self):
        self.log.append("Audited.get")
        return super().balance

    @balance.setter
    def balance(self, value):
        self.log.append("Audited.set")
        # super().balance = value does not work; call the parent setter.
        Account.balance.fset(self, value)

    @balance.deleter
    def balance(self):
        self.log.append("Audited.del")
        super(Audited, type(self)).balance.fdel(self)

a = Audited(10)
print(a.balance)
a.balance = 25
print(a.balance)
del a.balance
print(a.balance)
print(a.log)

try:
    a.balance = -1
except ValueError as e:
    print("ValueError:", e)

# Assigning through super() is not supported.
class Broken(Account):
    def reset(self):
        super().balance = 0

try:
    Broken(3).reset()
except AttributeError as e:
    print("AttributeError:", e)

# Extending only the getter keeps the parent's setter.
class Doubler(Account):
    balance = Account.balance.getter(lambda self: self._balance * 2)

d = Doubler(4)
d.balance = 6
print(d.balance, d._balance)
print(Account.balance.__doc__)
print(Audited.balance.__doc__)
print(Doubler.balance.__doc__)
print(Doubler.balance.fset is Account.balance.fset)
