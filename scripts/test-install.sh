#!/usr/bin/env bash
# Installs a built libalign into a temporary prefix and proves that other programs can use it:
#   - the C++ consumer (examples/consumers/cpp) via find_package(libalign), shared and static;
#   - the C consumer (examples/consumers/c) via pkg-config;
#   - the Python ctypes example (examples/consumers/python).
# Usage: scripts/test-install.sh BUILD_DIR    (ctest runs it with label "install")
set -euo pipefail

build_dir=$(cd "${1:?usage: $0 BUILD_DIR}" && pwd)
source_dir=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/libalign-install.XXXXXX")
trap 'rm -rf "$work"' EXIT
prefix="$work/prefix"

step() { printf '== %s\n' "$*"; }
fail() { printf 'test-install: FAIL: %s\n' "$*" >&2; exit 1; }

step "cmake --install $build_dir --prefix $prefix"
cmake --install "$build_dir" --prefix "$prefix" >"$work/install.log" || {
  cat "$work/install.log" >&2
  fail "cmake --install failed"
}

libdir=$(dirname "$(find "$prefix" -name 'libalign.so.*' -type f | head -n 1)")
[[ -n "$libdir" && -d "$libdir" ]] || fail "no libalign.so.* installed"
for file in include/libalign/libalign.h include/libalign/pipeline.hpp include/libalign/tmx.hpp; do
  [[ -f "$prefix/$file" ]] || fail "$file not installed"
done
for file in libalign.a libalign.so libalign.so.0 cmake/libalign/libalignConfig.cmake \
            cmake/libalign/libalignConfigVersion.cmake cmake/libalign/libalignTargets.cmake \
            cmake/libalign/libalignStaticTargets.cmake pkgconfig/libalign.pc; do
  [[ -e "$libdir/$file" ]] || fail "$libdir/$file not installed"
done
soname=$(readelf -d "$libdir/libalign.so" | sed -n 's/.*SONAME.*\[\(.*\)\]/\1/p')
[[ "$soname" == "libalign.so.0" ]] || fail "SONAME is '$soname', expected libalign.so.0"
# Only the API is exported: the C functions and namespace libalign.
leaked=$(nm -D --defined-only "$libdir/libalign.so" | awk '{print $3}' |
         grep -v -E '^(la_|_ZN8libalign|_ZNK8libalign|_ZT[ISVHW]N8libalign)' || true)
[[ -z "$leaked" ]] || fail "libalign.so exports non-API symbols: $(echo "$leaked" | head -n 5)"

run_consumer() {  # NAME BUILD_SUBDIR EXTRA_CMAKE_ARGS...
  local name=$1 dir=$2
  shift 2
  step "C++ consumer ($name): find_package(libalign CONFIG REQUIRED)"
  cmake -S "$source_dir/examples/consumers/cpp" -B "$work/$dir" -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_PREFIX_PATH="$prefix" "$@" >"$work/$dir.log" 2>&1 || {
    cat "$work/$dir.log" >&2
    fail "configuring the C++ consumer ($name)"
  }
  cmake --build "$work/$dir" >>"$work/$dir.log" 2>&1 || {
    cat "$work/$dir.log" >&2
    fail "building the C++ consumer ($name)"
  }
  "$work/$dir/align_pairs" >"$work/$dir.out" || fail "running the C++ consumer ($name)"
  grep -q '<tmx version="1.4">' "$work/$dir.out" || fail "C++ consumer ($name) wrote no TMX"
  grep -q 'en: Heavy rain fell in Moscow yesterday.' "$work/$dir.out" ||
    fail "C++ consumer ($name) did not align the first sentence"
}
run_consumer shared cpp-shared
run_consumer static cpp-static -DLIBALIGN_STATIC=ON
if readelf -d "$work/cpp-static/align_pairs" | grep -q 'libalign\.so'; then
  fail "the static C++ consumer still needs libalign.so"
fi

step "C consumer: pkg-config --cflags --libs libalign"
export PKG_CONFIG_PATH="$libdir/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
pkg-config --exists libalign || fail "pkg-config does not find libalign.pc"
[[ "$(pkg-config --modversion libalign)" == "$(sed -n 's/^Version: //p' "$libdir/pkgconfig/libalign.pc")" ]] ||
  fail "pkg-config --modversion"
# shellcheck disable=SC2046  # word splitting of pkg-config output is intended
cc -std=c11 -Wall -Wextra -Werror "$source_dir/examples/consumers/c/main.c" \
   $(pkg-config --cflags --libs libalign) -o "$work/c_align_pairs" || fail "building the C consumer"
LD_LIBRARY_PATH="$libdir" "$work/c_align_pairs" >"$work/c.out" || fail "running the C consumer"
grep -q $'Heavy rain fell in Moscow yesterday.' "$work/c.out" || fail "C consumer output"

step "Python ctypes example"
python=python3
[[ -x /usr/bin/python3 ]] && python=/usr/bin/python3
LIBALIGN_LIBRARY="$libdir/libalign.so.0" "$python" \
  "$source_dir/examples/consumers/python/align_ctypes.py" >"$work/py.out" ||
  fail "running the Python example"
grep -q 'Heavy rain fell in Moscow yesterday.' "$work/py.out" || fail "Python example output"

cat "$work/c.out"
step "PASS: installed libalign works from C++ (shared and static), C and Python"
