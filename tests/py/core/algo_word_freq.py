text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
freq = {}
for raw in text.split():
    w = raw.strip(",.").lower()
    freq[w] = freq.get(w, 0) + 1
items = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for w, n in items[:8]:
    print(w.ljust(12), n, "*" * n)
print(len(freq), sum(freq.values()))
