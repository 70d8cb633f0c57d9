MODE = 2
if MODE == 1:
    def op(x):
        return x + 1
else:
    def op(x):
        return x * 100
print(op(3))
def op(x):
    return "redefined"
print(op(3))
for i in range(2):
    def f():
        return "loop def"
print(f())
try:
    later()
except NameError as e:
    print("NameError:", e)
def later():
    return "now defined"
print(later())
