#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) in build-fuzz/ and runs each for
# SECONDS (default 60) on a seed corpus made from the test inputs.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(fuzz_decode fuzz_segment fuzz_srx fuzz_tmx fuzz_pair)

flags="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer"
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_C_FLAGS="$flags" -DCMAKE_CXX_FLAGS="$flags" \
  -DLIBALIGN_BUILD_FUZZ=ON -DLIBALIGN_BUILD_TESTS=OFF -DLIBALIGN_BUILD_BENCH=OFF \
  -DLIBALIGN_BUILD_TOOLS=OFF >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target "${targets[@]}"

# Seeds: the inputs the unit tests and examples use.
corpus=build-fuzz/corpus
seed() {  # seed TARGET FILE...
  mkdir -p "$corpus/$1"
  local target=$1 file
  shift
  for file in "$@"; do [[ -f $file ]] && cp "$file" "$corpus/$target/$(basename "$file")"; done
  return 0
}
seed fuzz_decode examples/sample.ru.txt examples/sample.en.txt tests/io/data/*
seed fuzz_segment examples/sample.ru.txt examples/sample.en.txt tests/segment/data/*
seed fuzz_srx data/srx/*.srx tests/segment/data/*.srx
seed fuzz_tmx tests/output/data/*.tmx
mkdir -p "$corpus/fuzz_pair"
{ cat examples/sample.ru.txt; printf '\0'; cat examples/sample.en.txt; } >"$corpus/fuzz_pair/sample"

status=0
for target in "${targets[@]}"; do
  log=build-fuzz/$target.log
  if build-fuzz/bin/$target "$corpus/$target" -max_total_time="$seconds" -timeout=20 \
      -rss_limit_mb=4096 -print_final_stats=1 >"$log" 2>&1; then
    summary=$(grep -E '^#[0-9]+.*(DONE|pulse)' "$log" | tail -1)
    execs=$(grep -E 'stat::average_exec_per_sec' "$log" | awk '{print $2}')
    echo "$target: ok, ${execs:-?} execs/s; ${summary}"
  else
    echo "$target: FAILED (see $log)"; tail -40 "$log"; status=1
  fi
done
exit $status
