#!/usr/bin/env bash
# Speed and memory of the aligner (issue 4's scale targets):
#   - Aligner::align on synthetic pairs of 5k, 20k and 50k sentences a side (bench/align_scale):
#     wall and CPU seconds, sentences per CPU second, peak memory, and the ratio of the 50k time to the 5k time
#     (linear growth gives 10);
#   - end to end (read → segment → align → TMX) on the novel in ../shared/data/scale.
#
#   bench/align_scale.sh [BUILD_DIR]          default: build
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=${1:-$root/build}
declare -A secs
# The bench machine is shared and a run's CPU time varies by a third: each size runs
# ${RUNS:-3} times and the fastest run counts (the least disturbed one).
for n in 5000 20000 50000; do
  best=""
  for ((run = 0; run < ${RUNS:-3}; ++run)); do
    line=$("$build/bin/align_scale" "$n")
    cpu=$(sed -E 's/.*cpu_seconds=([0-9.e+-]+).*/\1/' <<<"$line")
    if [[ -z $best ]] || python3 -c "import sys; sys.exit(not $cpu < $best)"; then
      best=$cpu
      best_line=$line
    fi
  done
  echo "$n: $best_line"
  secs[$n]=$best
done
python3 -c "print('ratio 50k/5k (CPU time): %.1f' % (${secs[50000]} / ${secs[5000]}))"
scale=$root/../shared/data/scale
if [ -f "$scale/hero-of-our-time.ru.txt" ]; then
  out=$(mktemp -d)
  /usr/bin/time -o "$out/time" -f "%e %U %S %M" \
    "$build/bin/align" pair "$scale/hero-of-our-time.ru.txt" "$scale/hero-of-our-time.en.txt" \
    -o "$out/hero.tmx"
  read -r wall user sys peak_kb <"$out/time"
  ru_sentences=$("$build/bin/align" split "$scale/hero-of-our-time.ru.txt" | grep -c .)
  en_sentences=$("$build/bin/align" split "$scale/hero-of-our-time.en.txt" | grep -c .)
  sentences=$((ru_sentences + en_sentences))
  python3 -c "print('novel end to end: %s s wall, %.2f s CPU, %d KB peak, %d sentences, %.0f sentences per CPU second' % ('$wall', $user + $sys, $peak_kb, $sentences, $sentences / ($user + $sys)))"
  echo "novel pairs: $(grep -c '<tu ' "$out/hero.tmx")"
  rm -rf "$out"
fi
