def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)
a = averager()
next(a)
for v in [10, 20, 30, 45]:
    print(a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("result", e.value)
def delegator(results):
    while True:
        r = yield from averager()
        results.append(r)
res = []
d = delegator(res)
next(d)
for v in [1, 2, 3]:
    d.send(v)
d.send(None)
for v in [100]:
    d.send(v)
d.send(None)
print(res)
