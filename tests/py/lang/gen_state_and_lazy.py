log = []
def lazy():
    log.append("start")
    yield 1
    log.append("middle")
    yield 2
    log.append("end")
g = lazy()
print(log)
print(next(g), log)
print(next(g), log)
print(next(g, None), log)
def infinite():
    n = 0
    while True:
        n += 1
        yield n
for v in infinite():
    if v > 3:
        break
    print(v)
import inspect
g = lazy()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g))
