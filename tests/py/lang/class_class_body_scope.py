class Config:
    base = 10
    doubled = base * 2
    names = ["a", "b"]
    upper = [n.upper() for n in names]
    def method(self):
        return self.base
print(Config.doubled, Config.upper, Config().method())
x = "global"
class Shadow:
    x = "class"
    def get(self):
        return x
print(Shadow().get(), Shadow.x)
try:
    class Broken:
        y = 5
        z = [y for _ in range(2)]
except NameError as e:
    print("NameError:", e)
