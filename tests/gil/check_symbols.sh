#!/bin/sh
# Checks that libgil.so exports only gil_* symbols (hidden visibility plus
# GIL_API on the public functions).  Usage: check_symbols.sh LIBGIL_SO
set -eu
lib="$1"
syms=$(nm -D --defined-only "$lib" | awk '{print $3}')
[ -n "$syms" ] || { echo "no exported symbols in $lib"; exit 1; }
bad=$(printf '%s\n' "$syms" | grep -v '^gil_' || true)
if [ -n "$bad" ]; then
  echo "non-gil_ symbols exported by $lib:"; printf '%s\n' "$bad"; exit 1
fi
echo "$(printf '%s\n' "$syms" | wc -l) symbols, all gil_*"
