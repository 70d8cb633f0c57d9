#!/bin/sh
# I/O benchmarks: echo servers under python3 and under gilpy with each GIL
# policy, in one run, loaded by a C client in another process
# (echo_client.c, built here).  Prints the raw lines then a table.
#   latency:  1 connection, round trips of 64 bytes, threaded server,
#             alone and with one CPU-bound thread in the server (convoy)
#   threaded: 100 connections against the threaded server
#   asyncio:  100 connections against the asyncio (streams) server
# Usage: bench/io/run.sh [path/to/gilpy] [seconds per run] [repeats]
# (an idle machine; with repeats > 1 the table shows each metric's median)
here=$(cd "$(dirname "$0")" && pwd)
GILPY=${1:-$here/../../build-rel/gilpy}
SECS=${2:-3}
REPEAT=${3:-1}
PY=${PYTHON:-python3}
CLIENT=${TMPDIR:-/tmp}/gilpy_echo_client
cc -O2 -o "$CLIENT" "$here/echo_client.c" || exit 1
out=$(mktemp)

# run_one LABEL BENCH CONNS SERVER-COMMAND...: starts the server, reads its
# port, runs the client, stops the server by closing its stdin.
run_one() {
    label=$1 bench=$2 conns=$3
    shift 3
    fifo=$(mktemp -u)
    mkfifo "$fifo"
    portfile=$(mktemp)
    "$@" < "$fifo" > "$portfile" 2>/dev/null &
    spid=$!
    exec 9> "$fifo"
    i=0
    while [ ! -s "$portfile" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
    port=$(head -1 "$portfile")
    res=$("$CLIENT" "$port" "$conns" "$SECS")
    exec 9>&-
    wait $spid 2>/dev/null
    rm -f "$fifo" "$portfile"
    echo "$label $bench $res" | tee -a "$out"
}

rep=0
while [ $rep -lt "$REPEAT" ]; do
    rep=$((rep + 1))
    for impl in python3 fair cpython legacy; do
        if [ $impl = python3 ]; then set -- "$PY"; else set -- "$GILPY" -X gilpolicy=$impl; fi
        run_one $impl alone 1 "$@" "$here/echo_threaded.py"
        run_one $impl loaded 1 "$@" "$here/echo_threaded.py" cpu
        run_one $impl threaded100 100 "$@" "$here/echo_threaded.py"
        run_one $impl asyncio100 100 "$@" "$here/echo_asyncio.py"
    done
done
echo
"$PY" - "$out" <<'PYEOF'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    impl, bench, *kv = line.split()
    runs.setdefault(bench, {}).setdefault(impl, []).append({k: float(v) for k, v in (x.split('=') for x in kv)})
# the median of each metric over the repeats
rows = {b: {i: {k: statistics.median(r[k] for r in rs) for k in rs[0]} for i, rs in d.items()}
        for b, d in runs.items()}
impls = ['python3', 'fair', 'cpython', 'legacy']
def show(title, bench, key, fmt='%.0f', rel=True):
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
show('1 conn alone: req/s', 'alone', 'rps')
show('1 conn alone: median us', 'alone', 'median_us')
show('1 conn + CPU thread: req/s', 'loaded', 'rps')
show('1 conn + CPU thread: median us', 'loaded', 'median_us')
show('1 conn + CPU thread: p99 us', 'loaded', 'p99_us')
cells = []
for i in impls:
    a, l = rows.get('alone', {}).get(i), rows.get('loaded', {}).get(i)
    cells.append('%.1f%% / %.2fx' % (100 * l['rps'] / a['rps'], l['median_us'] / a['median_us']) if a and l and a['rps'] else '-')
print('%-34s' % 'loaded/alone rps % / median x' + ''.join('%-22s' % c for c in cells))
show('threaded, 100 conns: req/s', 'threaded100', 'rps')
show('asyncio, 100 conns: req/s', 'asyncio100', 'rps')
PYEOF
rm -f "$out"
