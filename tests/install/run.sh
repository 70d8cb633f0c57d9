#!/bin/sh
# Installs libgil (component gil) from BUILD_DIR into a temporary prefix,
# then builds and runs tests/install/consumer twice: with find_package(gil)
# and with pkg-config (gil.pc).
# Usage: run.sh BUILD_DIR SOURCE_DIR C_COMPILER [SANITIZE_FLAGS]
set -eu
build=$1 src=$2 cc=$3 san=${4:-}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gil-install.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
flags=""
[ -n "$san" ] && flags="-fsanitize=$san -fno-omit-frame-pointer"

cmake --install "$build" --prefix "$tmp/prefix" --component gil >/dev/null
ls "$tmp/prefix"/lib*/cmake/gil/gilConfig.cmake >/dev/null

echo "== find_package(gil)"
cmake -S "$src/tests/install/consumer" -B "$tmp/cm" -DCMAKE_C_COMPILER="$cc" \
  -DCMAKE_PREFIX_PATH="$tmp/prefix" -DCMAKE_C_FLAGS="$flags" \
  -DCMAKE_EXE_LINKER_FLAGS="$flags" >/dev/null
cmake --build "$tmp/cm" >/dev/null
"$tmp/cm/consumer"

echo "== pkg-config gil"
pcdir=$(dirname "$(ls "$tmp/prefix"/lib*/pkgconfig/gil.pc)")
export PKG_CONFIG_PATH="$pcdir"
pkg-config --exists gil
# shellcheck disable=SC2046
"$cc" $flags -o "$tmp/consumer_pc" "$src/tests/install/consumer/consumer.c" \
  $(pkg-config --cflags --libs gil)
LD_LIBRARY_PATH="$(pkg-config --variable=libdir gil)" "$tmp/consumer_pc"
