value = "set"
def drop():
    global value
    del value
drop()
try:
    value
except NameError as e:
    print("NameError:", e)
def make():
    global value
    value = "recreated"
make()
print(value)
