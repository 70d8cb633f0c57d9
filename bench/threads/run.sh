#!/bin/sh
# Threads benchmarks: each program under python3 and under gilpy with each
# GIL policy, in one run; prints the raw lines then a table of ratios.
# Usage: bench/threads/run.sh [path/to/gilpy]   (the machine should be idle)
here=$(cd "$(dirname "$0")" && pwd)
GILPY=${1:-$here/../../build-thr/gilpy}
PY=${PYTHON:-python3}
out=$(mktemp)
for b in cpu2 sleep4 convoy pingpong share4; do
    echo "python3 $($PY "$here/$b.py")" | tee -a "$out"
    for p in fair cpython legacy; do
        echo "$p $("$GILPY" -X gilpolicy=$p "$here/$b.py")" | tee -a "$out"
    done
done
echo
"$PY" - "$out" <<'PYEOF'
import re, sys
rows = {}
for line in open(sys.argv[1]):
    impl, bench, *kv = line.split()
    rows.setdefault(bench, {})[impl] = {k: float(re.sub('[a-z]+$', '', v)) for k, v in (x.split('=') for x in kv)}
impls = ['python3', 'fair', 'cpython', 'legacy']
def show(title, bench, key, fmt='%.3f', rel=False):
    r = rows.get(bench, {})
    cells = []
    for i in impls:
        v = r.get(i, {}).get(key)
        if v is None:
            cells.append('-'); continue
        s = fmt % v
        if rel and i != 'python3' and r.get('python3', {}).get(key):
            s += ' (%.2fx py)' % (v / r['python3'][key])
        cells.append(s)
    print('%-34s' % title + ''.join('%-22s' % c for c in cells))
print('%-34s' % 'metric' + ''.join('%-22s' % i for i in impls))
show('2 CPU threads / sequential', 'cpu2', 'ratio')
show('4 sleepers 0.2 s, wall s', 'sleep4', 'alone')
show('4 sleepers + spinner, wall s', 'sleep4', 'loaded')
show('convoy median alone us', 'convoy', 'alone_median', '%.0f')
show('convoy median loaded us', 'convoy', 'loaded_median', '%.0f', True)
show('convoy p99 loaded us', 'convoy', 'loaded_p99', '%.0f')
show('Event ping-pong us/round trip', 'pingpong', 'us_per_round_trip', '%.1f', True)
show('4 CPU threads min/max share', 'share4', 'min_max')
PYEOF
rm -f "$out"
