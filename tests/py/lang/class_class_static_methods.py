class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @classmethod
    def created(cls):
        return cls.__name__ + ":" + str(cls.count)
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def helper(x):
        return x * 2
class Sub(Counter):
    pass
Counter(); Counter()
s = Sub.make()
print(Counter.created(), Sub.created(), type(s).__name__, Counter.helper(4), s.helper(5))
print(Counter.count, Sub.count)
print(type(Counter.__dict__["created"]).__name__, type(Counter.__dict__["helper"]).__name__)
