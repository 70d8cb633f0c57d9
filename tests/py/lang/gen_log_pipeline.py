# A generator pipeline over log lines: parse, filter, group and summarise.
import itertools
from collections import Counter

RAW = """\
2024-03-01 10:00:01 INFO  web    GET /index 200 12ms
2024-03-01 10:00:02 INFO  web    GET /about 200 8ms
2024-03-01 10:00:05 WARN  db     slow query 350ms
2024-03-01 10:01:00 ERROR web    GET /api/items 500 41ms
# comment line
2024-03-01 10:01:30 INFO  auth   login ok user=ann
2024-03-01 10:02:10 ERROR db     connection reset
2024-03-01 10:02:11 INFO  web    GET /api/items 200 30ms

2024-03-01 10:03:00 WARN  auth   login failed user=bob
2024-03-01 10:03:30 INFO  web    POST /api/items 201 55ms
"""


def read_lines(text):
    for lineno, line in enumerate(text.splitlines(), 1):
        yield lineno, line


def skip_noise(lines):
    for lineno, line in lines:
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            yield lineno, stripped


def parse(lines):
    for lineno, line in lines:
        date, time, level, source, *rest = line.split()
        yield {"line": lineno, "ts": f"{date}T{time}", "level": level,
               "source": source, "msg": " ".join(rest)}


def durations(records):
    for r in records:
        last = r["msg"].rsplit(None, 1)[-1]
        if last.endswith("ms") and last[:-2].isdigit():
            yield r["source"], int(last[:-2])


def pipeline(text):
    return parse(skip_noise(read_lines(text)))


records = list(pipeline(RAW))
print(len(records), "records")
levels = Counter(r["level"] for r in records)
print(sorted(levels.items()))

errors = (r for r in pipeline(RAW) if r["level"] == "ERROR")
for r in errors:
    print(f"line {r['line']:>2}: {r['source']:<5} {r['msg']}")

by_source = itertools.groupby(sorted(durations(pipeline(RAW))), key=lambda p: p[0])
for source, pairs in by_source:
    ms = [p[1] for p in pairs]
    print(f"{source:5} n={len(ms)} max={max(ms)} mean={sum(ms) / len(ms):.1f}")


def windows(iterable, size):
    it = iter(iterable)
    window = list(itertools.islice(it, size))
    if len(window) == size:
        yield tuple(window)
    for item in it:
        window = window[1:] + [item]
        yield tuple(window)


levels_seq = [r["level"][0] for r in records]
print(["".join(w) for w in windows(levels_seq, 3)])

# Lazy evaluation: only as many lines are parsed as needed.
seen = []


def spy(lines):
    for item in lines:
        seen.append(item[0])
        yield item


first_warn = next(r for r in parse(spy(skip_noise(read_lines(RAW))))
                  if r["level"] == "WARN")
print("first WARN at line", first_warn["line"], "after reading", seen)
