#!/usr/bin/env bash
# Builds libalign and runs the whole test suite — what CI runs:
#   1. release build, all tests (ctest);
#   2. every fuzz target for a short time (LIBALIGN_FUZZ_SECONDS, default 30);
#   3. the same tests built with AddressSanitizer + UndefinedBehaviorSanitizer (the install test
#      excepted: it builds consumers against the installed library, which the release run does).
# `scripts/test.sh --quick` runs step 1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)
scripts/install-deps.sh --test

echo "== release build and tests"
cmake --preset release >/dev/null
cmake --build --preset release -j "$jobs"
ctest --preset release -j "$jobs"
[[ ${1:-} == --quick ]] && exit 0

echo "== fuzz targets, ${LIBALIGN_FUZZ_SECONDS:-30} s each"
scripts/fuzz.sh "${LIBALIGN_FUZZ_SECONDS:-30}"

echo "== ASan + UBSan build and tests"
cmake --preset asan >/dev/null
cmake --build --preset asan -j "$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --preset asan -j "$jobs" --label-exclude install
