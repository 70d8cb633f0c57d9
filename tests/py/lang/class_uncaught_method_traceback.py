class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        self._check(amount)
        self.balance -= amount

    def _check(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds: %d > %d" % (amount, self.balance))

acct = Account(100)
acct.withdraw(30)
print("balance", acct.balance)
acct.withdraw(500)
