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
"$PY" "$here/../kvtable.py" io "$out"
rm -f "$out"
