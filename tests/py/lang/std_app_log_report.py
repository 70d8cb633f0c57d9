# A small log analysis tool built from re, collections, datetime, json and statistics-free math.
import re
import json
from collections import Counter, defaultdict, namedtuple
from datetime import datetime, timedelta
from itertools import groupby
from operator import attrgetter
import math

LOG = """\
192.168.1.10 - - [10/Mar/2024:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326 0.012
192.168.1.11 - - [10/Mar/2024:13:55:40 +0000] "GET /api/users HTTP/1.1" 200 512 0.230
10.0.0.5 - - [10/Mar/2024:13:56:01 +0000] "POST /api/login HTTP/1.1" 401 64 0.050
192.168.1.10 - - [10/Mar/2024:13:57:12 +0000] "GET /static/app.js HTTP/1.1" 304 0 0.002
10.0.0.5 - - [10/Mar/2024:13:58:30 +0000] "POST /api/login HTTP/1.1" 200 128 0.070
172.16.0.2 - - [10/Mar/2024:14:01:02 +0000] "GET /api/users/7 HTTP/1.1" 404 32 0.015
192.168.1.11 - - [10/Mar/2024:14:02:45 +0000] "DELETE /api/users/7 HTTP/1.1" 500 90 1.250
bad line here
192.168.1.10 - - [10/Mar/2024:14:05:00 +0000] "GET /index.html HTTP/1.1" 200 2326 0.011
"""
LINE = re.compile(r'(?P<ip>\S+) \S+ \S+ \[(?P<ts>[^\]]+)\] "(?P<method>\w+) (?P<path>\S+) [^"]*" '
                  r'(?P<status>\d{3}) (?P<size>\d+) (?P<secs>[\d.]+)')
Hit = namedtuple("Hit", "ip when method path status size secs")

hits, rejected = [], []
for n, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        rejected.append(n)
        continue
    when = datetime.strptime(m["ts"].split()[0], "%d/%b/%Y:%H:%M:%S")
    hits.append(Hit(m["ip"], when, m["method"], m["path"], int(m["status"]), int(m["size"]), float(m["secs"])))

print(len(hits), "hits, rejected lines:", rejected)
by_status = Counter(h.status for h in hits)
print(sorted(by_status.items()))
print(Counter(h.ip for h in hits).most_common(2))
bytes_by_ip = defaultdict(int)
for h in hits:
    bytes_by_ip[h.ip] += h.size
print(dict(sorted(bytes_by_ip.items())))
times = sorted(h.secs for h in hits)
def percentile(xs, p):
    k = (len(xs) - 1) * p
    f, c = math.floor(k), math.ceil(k)
    return xs[f] + (xs[c] - xs[f]) * (k - f)
print(f"p50={percentile(times, 0.5):.3f} p90={percentile(times, 0.9):.3f} max={times[-1]:.3f}")
mean = sum(times) / len(times)
sd = math.sqrt(sum((t - mean) ** 2 for t in times) / len(times))
print(f"mean={mean:.4f} sd={sd:.4f}")
for minute, group in groupby(hits, key=lambda h: h.when.replace(minute=h.when.minute // 5 * 5, second=0)):
    g = list(group)
    print(minute.strftime("%H:%M"), len(g), sum(h.size for h in g))
errors = [h for h in hits if h.status >= 400]
for h in sorted(errors, key=attrgetter("status", "path")):
    print(h.status, h.method, h.path, h.when.isoformat())
span = hits[-1].when - hits[0].when
print(span, span > timedelta(minutes=5), round(len(hits) / span.total_seconds() * 60, 3), "req/min")
api = Counter(re.sub(r"/\d+", "/{id}", h.path) for h in hits if h.path.startswith("/api"))
report = {"total": len(hits), "errors": len(errors), "endpoints": dict(sorted(api.items())),
          "slowest": max(hits, key=attrgetter("secs")).path}
print(json.dumps(report, indent=2, sort_keys=True))
