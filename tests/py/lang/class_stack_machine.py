class VM:
    def __init__(self):
        self.stack = []
        self.ops = {"add": self.add, "mul": self.mul, "dup": self.dup, "swap": self.swap}
    def push(self, v):
        self.stack.append(v)
    def add(self):
        b, a = self.stack.pop(), self.stack.pop()
        self.push(a + b)
    def mul(self):
        b, a = self.stack.pop(), self.stack.pop()
        self.push(a * b)
    def dup(self):
        self.push(self.stack[-1])
    def swap(self):
        self.stack[-1], self.stack[-2] = self.stack[-2], self.stack[-1]
    def run(self, program):
        for tok in program.split():
            if tok in self.ops:
                self.ops[tok]()
            else:
                self.push(int(tok))
        return self.stack
print(VM().run("2 3 add dup mul"), VM().run("1 2 swap"), VM().run("5 dup dup mul mul"))
try:
    VM().run("add")
except IndexError as e:
    print("IndexError:", e)
