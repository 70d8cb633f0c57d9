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
"$PY" "$here/../kvtable.py" threads "$out"
rm -f "$out"
