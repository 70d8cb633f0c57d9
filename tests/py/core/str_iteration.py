s = "héllo"
for ch in s:
    print(ch, ord(ch))
acc = ""
for i, ch in enumerate("abc"):
    acc += ch * (i + 1)
print(acc)
print(list("abc"), tuple("xy"), sorted(set("mississippi")))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
r = ""
for ch in reversed("stressed"):
    r += ch
print(r)
