class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def __repr__(self):
        return f"Account#{self.id}({self.owner!r}, {self._balance})"
a = Account("ann", 100).deposit(50).withdraw(30)
b = Account("bob")
print(a, b, a.history)
for action in [lambda: b.withdraw(10), lambda: a.deposit(-5), lambda: a.withdraw(120)]:
    try:
        action()
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, e.needed - e.available)
    except ValueError as e:
        print("ValueError:", e)
print(a.balance, sorted([a, b], key=lambda acc: acc.balance))
