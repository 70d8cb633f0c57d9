def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for v in guarded():
    print(v)
g = guarded()
print(next(g))
g.close()
print("after close")
def gen_in_try():
    try:
        yield 1
        raise ValueError("inside gen")
    except ValueError as e:
        yield "caught " + str(e)
print(list(gen_in_try()))
def stop_inside():
    yield 1
    raise StopIteration
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e)
