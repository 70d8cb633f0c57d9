"""Tables for bench/threads/run.sh and bench/io/run.sh.

Usage: python3 bench/kvtable.py threads|io RAW-FILE

RAW-FILE holds lines `IMPL BENCH key=value ...` (values may carry a unit
suffix such as `s`); a metric repeated over runs is reported as its median.
Each cell of a gilpy policy also shows its ratio to python3's."""
import re
import statistics
import sys

IMPLS = ['python3', 'fair', 'cpython', 'legacy']

TABLES = {
    'threads': [
        ('2 CPU threads / sequential', 'cpu2', 'ratio', '%.3f', False),
        ('4 sleepers 0.2 s, wall s', 'sleep4', 'alone', '%.3f', False),
        ('4 sleepers + spinner, wall s', 'sleep4', 'loaded', '%.3f', False),
        ('convoy median alone us', 'convoy', 'alone_median', '%.0f', False),
        ('convoy median loaded us', 'convoy', 'loaded_median', '%.0f', True),
        ('convoy p99 loaded us', 'convoy', 'loaded_p99', '%.0f', False),
        ('Event ping-pong us/round trip', 'pingpong', 'us_per_round_trip', '%.1f', True),
        ('4 CPU threads min/max share', 'share4', 'min_max', '%.3f', False),
    ],
    'io': [
        ('1 conn alone: req/s', 'alone', 'rps', '%.0f', True),
        ('1 conn alone: median us', 'alone', 'median_us', '%.0f', True),
        ('1 conn + CPU thread: req/s', 'loaded', 'rps', '%.0f', True),
        ('1 conn + CPU thread: median us', 'loaded', 'median_us', '%.0f', True),
        ('1 conn + CPU thread: p99 us', 'loaded', 'p99_us', '%.0f', True),
        ('threaded, 100 conns: req/s', 'threaded100', 'rps', '%.0f', True),
        ('asyncio, 100 conns: req/s', 'asyncio100', 'rps', '%.0f', True),
    ],
}


def load(path):
    runs = {}
    for line in open(path):
        impl, bench, *kv = line.split()
        vals = {k: float(re.sub('[a-z]+$', '', v)) for k, v in (x.split('=') for x in kv)}
        runs.setdefault(bench, {}).setdefault(impl, []).append(vals)
    return {b: {i: {k: statistics.median(r[k] for r in rs) for k in rs[0]} for i, rs in d.items()}
            for b, d in runs.items()}


def row(title, cells):
    return '%-34s' % title + ''.join('%-22s' % c for c in cells)


def main(kind, path):
    rows = load(path)
    print(row('metric', IMPLS))
    for title, bench, key, fmt, rel in TABLES[kind]:
        r = rows.get(bench, {})
        cells = []
        for i in IMPLS:
            v = r.get(i, {}).get(key)
            if v is None:
                cells.append('-')
                continue
            s = fmt % v
            base = r.get('python3', {}).get(key)
            if rel and i != 'python3' and base:
                s += ' (%.2fx py)' % (v / base)
            cells.append(s)
        print(row(title, cells))
    if kind == 'io':  # what a CPU thread beside the server costs each runtime
        cells = []
        for i in IMPLS:
            a, l = rows.get('alone', {}).get(i), rows.get('loaded', {}).get(i)
            ok = a and l and a['rps'] and a['median_us']
            cells.append('%.1f%% / %.2fx' % (100 * l['rps'] / a['rps'], l['median_us'] / a['median_us'])
                         if ok else '-')
        print(row('loaded/alone rps % / median x', cells))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
