#!/usr/bin/env bash
# Reproduces the alignment numbers of docs/alignment.md on the dev data (or another split with
# the same layout, e.g. ../shared/data/align/holdout).
#
#   bench/eval_align.sh [BUILD_DIR] [DATA_DIR]     default: build ../shared/data/align/dev
#
# For each source (newstest-noisy, newstest, bible):
#   raw      — build/bin/align pair A.ru.txt A.en.txt -o OUT/A.tmx, scored by score_raw.py
#              and raw_confidence.py (precision of the pairs with score >= 0.5)
#   presplit — align pair A.ru.lines A.en.lines --presplit --format beads, scored by
#              score_beads.py (strict/lax F1) and bead_confidence.py (precision of beads with
#              score >= 0.5; needs the bench tool align_presplit for the scores)
# Set EVAL_RAW=0 or EVAL_PRESPLIT=0 to skip a part; outputs stay in $EVAL_OUT (default a temp dir).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=${1:-$root/build}
data=${2:-$root/../shared/data/align/dev}
tools=${SHARED_TOOLS:-$root/../shared/tools}
out=${EVAL_OUT:-$(mktemp -d)}
align=$build/bin/align
presplit=$build/bin/align_presplit

for dir in "$data"/*/; do
  source=$(basename "$dir")
  [ -n "$(ls "$dir"/*.gold.beads 2>/dev/null)" ] || continue
  mkdir -p "$out/$source/raw" "$out/$source/presplit"
  if [ "${EVAL_RAW:-1}" = 1 ] && [ -x "$align" ]; then
    for ru in "$dir"/*.ru.txt; do
      name=$(basename "$ru" .ru.txt)
      "$align" pair "$ru" "$dir/$name.en.txt" -o "$out/$source/raw/$name.tmx" 2>/dev/null ||
        echo "$source/$name: align failed" >&2
    done
    echo "$source raw: $(python3 "$tools/score_raw.py" --quiet --dir "$dir" --pred-dir "$out/$source/raw" | tail -1)"
    echo "$source raw $(python3 "$here/raw_confidence.py" "$dir" "$out/$source/raw")"
  fi
  if [ "${EVAL_PRESPLIT:-1}" = 1 ]; then
    if [ -x "$presplit" ]; then
      "$presplit" "$out/$source/presplit" "$dir"/*.ru.lines
    else
      for ru in "$dir"/*.ru.lines; do
        name=$(basename "$ru" .ru.lines)
        "$align" pair "$ru" "$dir/$name.en.lines" --presplit --format beads \
          -o "$out/$source/presplit/$name.beads"
      done
    fi
    preds=("$out/$source/presplit"/*.beads)
    golds=()
    for p in "${preds[@]}"; do golds+=("$dir/$(basename "$p" .beads).gold.beads"); done
    echo "$source presplit: $(python3 "$tools/score_beads.py" --json -t "${preds[@]}" -g "${golds[@]}" |
      python3 -c 'import json,sys; r=json.load(sys.stdin); print("strict P/R/F1 %.3f/%.3f/%.3f lax P/R/F1 %.3f/%.3f/%.3f" % (r["precision_strict"], r["recall_strict"], r["f1_strict"], r["precision_lax"], r["recall_lax"], r["f1_lax"]))')"
    echo "$source presplit $(python3 "$here/bead_confidence.py" "$out/$source/presplit" "$dir")"
  fi
done
echo "outputs in $out"
