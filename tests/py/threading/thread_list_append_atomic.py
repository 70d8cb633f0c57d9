import threading
shared = []
def appender(tag):
    for i in range(10000):
        shared.append((tag, i))
threads = [threading.Thread(target=appender, args=(t,)) for t in "abcd"]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared))
per_tag = {}
for tag, i in shared:
    per_tag.setdefault(tag, []).append(i)
print(sorted((k, len(v), v == sorted(v)) for k, v in per_tag.items()))
d = {}
def writer(base):
    for i in range(5000):
        d[base + i] = i
ws = [threading.Thread(target=writer, args=(k * 100000,)) for k in range(3)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print(len(d), sum(d.values()))
