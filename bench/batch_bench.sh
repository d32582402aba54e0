#!/usr/bin/env bash
# Batch benchmark (issue 5; a bench, never part of ctest):
#   bench/batch_bench.sh [ALIGN_EXE] [DEV_DIR] [PAIRS]
# Builds PAIRS (default 1000) document pairs in a temporary folder: the dev pairs of
# ../shared/data/align/dev repeated and renamed (hard links) up to PAIRS - 20, plus 20 bad pairs
# (empty, binary, both English, whitespace only). Runs `align batch --jobs 1` and `--jobs 2`,
# checks for each: exit status 3, PAIRS - 20 TMX files valid against the TMX 1.4 DTD (xmllint),
# a report naming exactly the 20 bad pairs, and identical outputs; then prints the speed-up
# (target: ≥ 1.7× on two free cores). The machine's load average is printed too: other jobs on
# the same cores shrink the measured speed-up, so the bench also estimates it from per-thread
# scheduler statistics (time running, waiting for a core, blocked) as if the cores were free.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
align=$(realpath "${1:-$here/../build/bin/align}")
dev=$(realpath "${2:-$here/../../shared/data/align/dev}")
total=${3:-1000}
bad=20
good=$((total - bad))
dtd=$(realpath -m "$dev/../../../tools/tmxcheck/tmx14.dtd")

[[ -x $align ]] || { echo "no align executable at $align (build first)" >&2; exit 1; }
[[ -d $dev ]] || { echo "no dev data at $dev" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
corpus=$work/corpus

# The dev data holds a few pairs that are unusable on their own (e.g. an "English" file that is
# Russian); a probe run finds them so that every good pair of the bench is really good.
mkdir -p "$work/probe"
while IFS= read -r ru; do
  source_dir=$work/probe/$(basename "$(dirname "$ru")")
  mkdir -p "$source_dir"
  ln -s "$ru" "$source_dir/$(basename "$ru")"
  ln -s "${ru%.ru.txt}.en.txt" "$source_dir/$(basename "${ru%.ru.txt}").en.txt"
done < <(find "$dev" -name '*.ru.txt' | sort)
"$align" batch "$work/probe" -o "$work/probe-out" --report "$work/probe.json" --quiet \
  2>"$work/probe.txt" || true
mapfile -t sources < <(python3 - "$work/probe.json" <<'EOF'
import json, sys
for pair in json.load(open(sys.argv[1], encoding="utf-8"))["pairs"]:
    if pair["status"] == "ok":
        print(pair["inputs"][0])
    else:
        print(f"left out: {pair['name']}: {pair['reason']}", file=sys.stderr)
EOF
)
rm -rf "$work/probe-out"
((${#sources[@]} > 0)) || { echo "no usable *.ru.txt pairs in $dev" >&2; exit 1; }

# Good pairs: the usable dev pairs round-robin, renamed per repetition.
for ((i = 0; i < good; i++)); do
  ru=$(readlink -f "${sources[i % ${#sources[@]}]}")
  en=${ru%.ru.txt}.en.txt
  repeat=$((i / ${#sources[@]}))
  folder=$corpus/$(basename "$(dirname "$ru")")/r$repeat
  name=$(basename "${ru%.ru.txt}")
  mkdir -p "$folder"
  ln "$ru" "$folder/$name.ru.txt" 2>/dev/null || cp "$ru" "$folder/$name.ru.txt"
  ln "$en" "$folder/$name.en.txt" 2>/dev/null || cp "$en" "$folder/$name.en.txt"
done

# Bad pairs: every kind the batch must survive.
mkdir -p "$corpus/bad"
for ((i = 0; i < bad; i++)); do
  stem=$corpus/bad/bad$(printf %02d $i)
  printf 'A short English text that is perfectly fine.\n' >"$stem.en.txt"
  case $((i % 4)) in
    0) : >"$stem.ru.txt" ;;                                            # empty
    1) head -c 4096 /dev/urandom | tr -d '\n' >"$stem.ru.txt" ;;       # binary junk
    2) printf 'This file is named Russian but is English.\n' >"$stem.ru.txt" ;;  # one language
    3) printf ' \n\t\n\n' >"$stem.ru.txt" ;;                           # whitespace only
  esac
done

pairs=$(find "$corpus" -name '*.ru.txt' | wc -l)
echo "corpus: $pairs pairs ($good good, $bad bad) from ${#sources[@]} usable dev pairs, $(du -sh --apparent-size "$corpus" | cut -f1)"
echo "align: $align"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)"

check() {  # check JOBS SECONDS STATUS
  local jobs=$1 status=$3 out=$work/out$1 report=$work/report$1.json
  [[ $status -eq 3 ]] || { echo "FAIL: --jobs $jobs exited $status, expected 3" >&2; exit 1; }
  local count
  count=$(find "$out" -name '*.tmx' | wc -l)
  [[ $count -eq $good ]] || { echo "FAIL: --jobs $jobs wrote $count TMX files, expected $good" >&2; exit 1; }
  if command -v xmllint >/dev/null && [[ -f $dtd ]]; then
    find "$out" -name '*.tmx' -print0 |
      xargs -0 -n 100 xmllint --noout --nonet --dtdvalid "$dtd" 2>"$work/xmllint.txt" ||
      { head "$work/xmllint.txt" >&2; echo "FAIL: invalid TMX" >&2; exit 1; }
    echo "  $count TMX files valid against $(basename "$dtd")"
  fi
  python3 - "$report" "$good" "$bad" <<'EOF'
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
good, bad = int(sys.argv[2]), int(sys.argv[3])
failed = [p for p in report["pairs"] if p["status"] == "failed"]
names = sorted(p["name"] for p in failed)
assert report["total"] == good + bad and report["ok"] == good, report["ok"]
assert names == [f"bad/bad{i:02d}" for i in range(bad)], names
assert all(p["reason"] and p["name"] in p["reason"] for p in failed)
sentences = sum(sum(p["sentences"]) for p in report["pairs"] if p["status"] == "ok")
print(f"  report: {report['ok']} ok, {len(failed)} failed (all {bad} bad pairs named), "
      f"{sentences} sentences")
EOF
}

# Runs a command and samples /proc/PID/task/*/schedstat (time running, time runnable but waiting
# for a core) of each thread. Prints "wall cpu wait free": wall seconds, CPU seconds, seconds the
# threads waited for a core, and the wall time the run would take on free cores: the main
# thread's own work plus the busiest worker's running and blocked (I/O) time. The machine this
# bench runs on is often shared; "free" separates our parallelism from other people's load.
cat >"$work/measure.py" <<'EOF'
import glob, subprocess, sys, time
process = subprocess.Popen(sys.argv[1:])
threads, seen, start = {}, {}, time.time()
while process.poll() is None:
    now = time.time()
    for path in glob.glob(f"/proc/{process.pid}/task/*/schedstat"):
        try:
            running, waiting, _ = (int(x) / 1e9 for x in open(path).read().split())
        except (OSError, ValueError):
            continue
        tid = int(path.split("/")[4])
        threads[tid] = (running, waiting, now)
        seen.setdefault(tid, now)
    time.sleep(0.02)
wall = time.time() - start
main = min(threads) if threads else None
def busy(tid):  # running + blocked: everything but waiting for a core
    running, waiting, last = threads[tid]
    return max(running, last - seen[tid] - waiting)
if main is None:
    free = wall
elif len(threads) == 1:
    free = busy(main)
else:
    free = threads[main][0] + max(busy(t) for t in threads if t != main)
cpu = sum(t[0] for t in threads.values())
wait = sum(t[1] for t in threads.values())
print(f"{wall:.2f} {cpu:.2f} {wait:.2f} {free:.2f}", file=sys.stderr)
sys.exit(process.returncode)
EOF

declare -A seconds free
for jobs in 1 2; do
  status=0
  python3 "$work/measure.py" "$align" batch "$corpus" -o "$work/out$jobs" \
    --report "$work/report$jobs.json" --jobs $jobs --quiet 2>"$work/stderr$jobs.txt" || status=$?
  read -r wall cpu wait idle <<<"$(tail -n 1 "$work/stderr$jobs.txt")"
  seconds[$jobs]=$wall
  free[$jobs]=$idle
  printf -- '--jobs %s: %.1f s wall, %.1f s CPU, %.1f s waiting for a core; on free cores ~%.1f s\n' \
    "$jobs" "$wall" "$cpu" "$wait" "$idle"
  check "$jobs" "$wall" "$status"
done
diff -r "$work/out1" "$work/out2" >/dev/null || { echo "FAIL: --jobs 1 and --jobs 2 outputs differ" >&2; exit 1; }
echo "  --jobs 1 and --jobs 2 outputs are byte-identical"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
printf 'speed-up --jobs 2 vs --jobs 1: %.2fx measured (target >= 1.7x); %.2fx on free cores\n' \
  "$(awk -v a="${seconds[1]}" -v b="${seconds[2]}" 'BEGIN { print a / b }')" \
  "$(awk -v a="${free[1]}" -v b="${free[2]}" 'BEGIN { print a / b }')"
