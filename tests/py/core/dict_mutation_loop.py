words = "the cat and the hat and the bat".split()
freq = {}
for w in words:
    if w in freq:
        freq[w] += 1
    else:
        freq[w] = 1
print(freq)
inv = {}
for w, n in freq.items():
    inv.setdefault(n, []).append(w)
print(inv)
for k in list(freq):
    if freq[k] == 1:
        del freq[k]
print(freq)
d = {}
for i in range(1000):
    d[i] = i
for i in range(0, 1000, 2):
    del d[i]
print(len(d), list(d)[:5], sum(d))
for i in range(10):
    d[i] = -i
print(len(d), list(d)[-10:])
