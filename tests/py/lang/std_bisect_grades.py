# bisect: lookup tables, insort, key= (3.10+), sorted-list maintenance.
import bisect

def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60]])

a = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4))
print(bisect.bisect_left(a, 0), bisect.bisect_left(a, 10), bisect.bisect_left(a, 5))
print(bisect.bisect_left(a, 4, 4), bisect.bisect_right(a, 4, 0, 3), bisect.bisect_left(a, 4, hi=2))
bisect.insort(a, 5)
bisect.insort_left(a, 4)
bisect.insort_right(a, 0)
print(a)

def index(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError(f"{x} not found")
print(index(a, 7))
try:
    index(a, 6)
except ValueError as e:
    print("ValueError", e)
def find_le(a, x):
    i = bisect.bisect_right(a, x)
    return a[i - 1] if i else None
def find_gt(a, x):
    i = bisect.bisect_right(a, x)
    return a[i] if i != len(a) else None
print(find_le(a, 6), find_gt(a, 6), find_le(a, -1), find_gt(a, 100))

records = [("ann", 21), ("bob", 35), ("cid", 47), ("dan", 60)]
ages = [r[1] for r in records]
print(records[bisect.bisect_left(ages, 40)])
print(bisect.bisect_left(records, 40, key=lambda r: r[1]))
bisect.insort(records, ("eve", 30), key=lambda r: r[1])
print(records)

events = []
for t, name in [(5, "e"), (1, "a"), (3, "c"), (2, "b"), (4, "d"), (3, "c2")]:
    bisect.insort(events, (t, name))
print(events)
timestamps = [10, 20, 30, 40, 50]
def count_in_range(lo, hi):
    return bisect.bisect_right(timestamps, hi) - bisect.bisect_left(timestamps, lo)
print(count_in_range(15, 40), count_in_range(0, 100), count_in_range(41, 49))
words = sorted(["pear", "apple", "fig", "banana", "cherry"])
prefix = "b"
lo = bisect.bisect_left(words, prefix)
hi = bisect.bisect_left(words, prefix + "\uffff")
print(words[lo:hi])
try:
    bisect.bisect_left([1, 2], 1, -1)
except ValueError as e:
    print("ValueError", e)
print(bisect.bisect([], 3), bisect.bisect_left(["a", "c"], "b"))
