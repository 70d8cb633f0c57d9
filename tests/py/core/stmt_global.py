counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter, inc())
def set_new():
    global brand_new
    brand_new = "created"
set_new()
print(brand_new)
x = "global x"
def shadow():
    x = "local x"
    return x
print(shadow(), x)
def read_only():
    return x + "!"
print(read_only())
def unbound():
    print(x)
    x = 1
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    unbound()
except NameError as e:
    print("caught as NameError", type(e).__name__)
