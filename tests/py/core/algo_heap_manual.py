def push(h, v):
    h.append(v)
    i = len(h) - 1
    while i > 0:
        p = (i - 1) // 2
        if h[p] <= h[i]:
            break
        h[p], h[i] = h[i], h[p]
        i = p
def pop(h):
    top = h[0]
    last = h.pop()
    if h:
        h[0] = last
        i = 0
        while True:
            l, r = 2 * i + 1, 2 * i + 2
            s = i
            if l < len(h) and h[l] < h[s]:
                s = l
            if r < len(h) and h[r] < h[s]:
                s = r
            if s == i:
                break
            h[i], h[s] = h[s], h[i]
            i = s
    return top
h = []
for v in [5, 3, 8, 1, 9, 2, 7, 1, 0, 6]:
    push(h, v)
out = []
while h:
    out.append(pop(h))
print(out)
