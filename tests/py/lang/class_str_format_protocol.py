class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return "$%d" % (self.cents // 100)
        return "$%d.%02d" % divmod(self.cents, 100)
    def __int__(self):
        return self.cents
    def __float__(self):
        return self.cents / 100
    def __index__(self):
        return self.cents
m = Money(12345)
print(format(m), format(m, "short"), "{:short} {}".format(m, m), f"{m} {m:short}")
print(int(m), float(m), hex(m), bin(Money(5)), [0, 1, 2, 3, 4, 5][Money(5)])
