#!/bin/sh
# Processes and native modules, python3 and gilpy side by side in one run:
# CPU-bound work sequential vs 2 threads vs Pool(2) vs ProcessPoolExecutor(2),
# the native primes module (gilpy) sequential vs 2 threads keeping / releasing
# the GIL, Pool start-up and per-task cost.  Prints raw lines, then a table.
# Usage: bench/mp/run.sh [path/to/gilpy]   (BENCH_N sets the work size,
# BENCH_REPEAT=k runs each interpreter k times, interleaved, and keeps the
# best time of each metric: a shared machine adds noise, never speed)
here=$(cd "$(dirname "$0")" && pwd)
GILPY=${1:-$here/../../build/gilpy}
PY=${PYTHON:-python3}
out=$(mktemp)
i=0
while [ $i -lt "${BENCH_REPEAT:-1}" ]; do
    echo "python3 $($PY "$here/cpu.py")" | tee -a "$out"
    echo "gilpy $("$GILPY" "$here/cpu.py")" | tee -a "$out"
    i=$((i + 1))
done
echo
"$PY" - "$out" <<'PYEOF'
import sys
rows = {}
for line in open(sys.argv[1]):
    impl, _, *kv = line.split()
    r = rows.setdefault(impl, {})
    for k, v in (x.split('=') for x in kv):
        best = max if k.startswith('spin') else min   # rates: the best is the highest
        r[k] = best(r.get(k, float(v)), float(v))
impls = [i for i in ('python3', 'gilpy') if i in rows]
def cell(i, f):
    try:
        return f(rows[i])
    except KeyError:
        return '-'
lines = [
    ('sequential, 4 jobs (s)', lambda r: '%.3f' % r['seq']),
    ('2 threads: speedup vs seq', lambda r: '%.2fx' % (r['seq'] / r['thr2'])),
    ('Pool(2).map: speedup vs seq', lambda r: '%.2fx' % (r['seq'] / r['pool2'])),
    ('ProcessPoolExecutor(2): speedup', lambda r: '%.2fx' % (r['seq'] / r['ppe2'])),
    ('Pool(2) start+1 task+close (ms)', lambda r: '%.1f' % r['pool_start_ms']),
    ('Pool per-task overhead (us)', lambda r: '%.0f' % r['task_us']),
    ('native seq, 4 jobs (s)', lambda r: '%.3f' % r['nat_seq']),
    ('native 2 thr, GIL kept: speedup', lambda r: '%.2fx' % (r['nat_seq'] / r['nat_keep2'])),
    ('native 2 thr, GIL released: speedup', lambda r: '%.2fx' % (r['nat_seq'] / r['nat_rel2'])),
    ('Py thread during native, GIL kept (it/s)', lambda r: '%.0f' % r['spin_keep']),
    ('Py thread during native, released (it/s)', lambda r: '%.0f' % r['spin_rel']),
]
print(('%-42s' % 'metric' + ''.join('%-14s' % i for i in impls)).rstrip())
for title, f in lines:
    print(('%-42s' % title + ''.join('%-14s' % cell(i, f) for i in impls)).rstrip())
if 'python3' in rows and 'gilpy' in rows:
    print('%-42s%.2fx' % ('gilpy/python3 sequential time', rows['gilpy']['seq'] / rows['python3']['seq']))
PYEOF
rm -f "$out"
