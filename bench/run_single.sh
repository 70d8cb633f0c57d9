#!/usr/bin/env bash
# Runs bench/single_thread.py under build/gilpy and python3 side by side
# (best of 3 wall-clock runs each) and prints the time ratio.
#   bench/run_single.sh [--callgrind] [--gilpy PATH] [--python PATH] [--runs N]
# --callgrind also counts instructions with valgrind --tool=callgrind and
# prints the instruction-count ratio. Build gilpy in Release for numbers:
#   cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release && ninja -C build gilpy
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
gilpy="$root/build/gilpy"
python="python3"
runs=3
callgrind=0
while [ $# -gt 0 ]; do
  case "$1" in
    --callgrind) callgrind=1 ;;
    --gilpy) gilpy="$2"; shift ;;
    --python) python="$2"; shift ;;
    --runs) runs="$2"; shift ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done
bench="$here/single_thread.py"
# the real interpreter binary (pyenv and friends install shell shims)
python=$("$python" -c "import sys; print(sys.executable)")
[ -x "$gilpy" ] || { echo "no gilpy binary at $gilpy (build it first)" >&2; exit 1; }

# best wall time of N runs, in seconds; also checks the checksum line
best_time() {
  local best="" out t0 t1 dt
  for _ in $(seq "$runs"); do
    t0=$(date +%s.%N)
    out=$("$@" "$bench" 2>/dev/null)
    t1=$(date +%s.%N)
    dt=$(echo "$t1 - $t0" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$dt < $best" | bc -l)" = 1 ]; then best=$dt; fi
  done
  echo "$best $out"
}

read -r pt pcheck pval < <(best_time "$python")
read -r gt gcheck gval < <(best_time "$gilpy")
printf "python3 : %7.3f s   (%s %s)\n" "$pt" "$pcheck" "$pval"
printf "gilpy   : %7.3f s   (%s %s)\n" "$gt" "$gcheck" "$gval"
if [ "$pval" != "$gval" ]; then echo "CHECKSUM MISMATCH" >&2; fi
printf "ratio gilpy/python3: %.2fx (target <= 1.5x)\n" "$(echo "$gt / $pt" | bc -l)"
echo "per-section times (gilpy):"
"$gilpy" "$bench" 2>&1 >/dev/null | sed 's/^/  /'

if [ "$callgrind" = 1 ]; then
  command -v valgrind >/dev/null || { echo "valgrind not installed" >&2; exit 1; }
  count() {
    local f
    f=$(mktemp)
    valgrind --tool=callgrind --callgrind-out-file="$f" "$@" "$bench" >/dev/null 2>"$f.log" || true
    grep -E "Collected|refs:" "$f.log" | tail -1 | grep -oE '[0-9,]+$' | tr -d ,
    rm -f "$f" "$f.log"
  }
  pi=$(count "$python")
  gi=$(count "$gilpy")
  printf "instructions python3: %s\ninstructions gilpy  : %s\n" "$pi" "$gi"
  printf "instruction ratio gilpy/python3: %.2fx\n" "$(echo "$gi / $pi" | bc -l)"
fi
