#!/usr/bin/env bash
# Runs the commands of docs/scaling.md marked "<!-- tested: NAME -->" exactly as written, on three
# small pairs, and checks their results against plain `align batch` and `align stream`. Keeps the
# documentation honest: a doc command that stops working fails this test.
#   scaling_doc_test.sh ALIGN_EXE DOCS/scaling.md
# Exit 77 (ctest: skipped) when GNU parallel is not installed.
set -euo pipefail

align_exe=$(realpath "$1")
doc=$(realpath "$2")
if ! command -v parallel >/dev/null; then
  echo "SKIP: GNU parallel is not installed (Debian package 'parallel'; scripts/install-deps.sh --test)"
  exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The docs say `align`: put the freshly built one first on PATH.
mkdir "$work/bin"
ln -s "$align_exe" "$work/bin/align"
export PATH="$work/bin:$PATH"
cd "$work"

# The fenced block that follows "<!-- tested: NAME -->" in the doc.
doc_block() {
  awk -v name="$1" '
    $0 == "<!-- tested: " name " -->" { armed = 1; next }
    armed && /^```/ { if (inside) exit; inside = 1; next }
    inside { print }
  ' "$doc"
}

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

mkdir corpus
cat >corpus/bridge.ru.txt <<'EOF'
Мэр города открыл новый мост через реку. Строительство продолжалось три года.

Движение откроют в понедельник утром.
EOF
cat >corpus/bridge.en.txt <<'EOF'
The mayor of the city opened a new bridge over the river. The construction lasted three years.

Traffic will open on Monday morning.
EOF
cat >corpus/school.ru.txt <<'EOF'
Школа номер 5 получила новые компьютеры. Учителя прошли курсы повышения квалификации.
EOF
cat >corpus/school.en.txt <<'EOF'
School number 5 received new computers. The teachers took professional development courses.
EOF
cat >corpus/weather.ru.txt <<'EOF'
Погода в выходные будет тёплой и солнечной. Синоптики обещают до 25 градусов тепла.
EOF
cat >corpus/weather.en.txt <<'EOF'
The weather at the weekend will be warm and sunny. Forecasters promise up to 25 degrees.
EOF

# 1. --shard with GNU parallel: the shards' outputs are the whole batch's, byte for byte.
shard=$(doc_block shard)
[[ -n $shard ]] || fail "no '<!-- tested: shard -->' block in $doc"
echo "+ $shard"
bash -euo pipefail -c "$shard" </dev/null
align batch corpus/ -o reference/ --quiet </dev/null
diff -r reference tm || fail "the sharded outputs differ from a single batch's"
[[ $(find tm -name '*.tmx' | wc -l) -eq 3 ]] || fail "expected 3 TMX files in tm/"

# 2. Documents as JSON lines (jq, as documented; python3 gives the same lines without jq).
jsonl=$(doc_block jsonl)
[[ -n $jsonl ]] || fail "no '<!-- tested: jsonl -->' block in $doc"
if command -v jq >/dev/null; then
  echo "+ $jsonl"
  bash -euo pipefail -c "$jsonl" </dev/null
else
  echo "note: jq is not installed; making documents.jsonl with python3 instead"
  python3 - <<'EOF'
import glob, json
with open("documents.jsonl", "w", encoding="utf-8") as out:
    for ru in sorted(glob.glob("corpus/*.ru.txt")):
        stem = ru[: -len(".ru.txt")]
        src = open(ru, encoding="utf-8").read()
        tgt = open(stem + ".en.txt", encoding="utf-8").read()
        out.write(json.dumps({"id": stem, "src": src, "tgt": tgt}, ensure_ascii=False) + "\n")
EOF
fi
[[ $(wc -l <documents.jsonl) -eq 3 ]] || fail "expected 3 lines in documents.jsonl"

# 3. align stream under GNU parallel: same lines as one align stream, in input order, with no
# error; also with one document per chunk, so that the chunks really run in parallel.
stream=$(doc_block stream)
[[ -n $stream ]] || fail "no '<!-- tested: stream -->' block in $doc"
echo "+ $stream"
bash -euo pipefail -c "$stream"
align stream <documents.jsonl >expected.jsonl
cmp expected.jsonl alignments.jsonl || fail "parallel --pipe changed the stream's output"
bash -euo pipefail -c "${stream/-N 100/-N 1}"
cmp expected.jsonl alignments.jsonl || fail "parallel --pipe -N 1 changed the stream's output"
[[ $(wc -l <alignments.jsonl) -eq 3 ]] || fail "expected 3 output lines"
! grep -q '"error"' alignments.jsonl || fail "a document failed: $(grep '"error"' alignments.jsonl)"
python3 - <<'EOF'
import json
lines = [json.loads(line) for line in open("alignments.jsonl", encoding="utf-8")]
assert [l["id"] for l in lines] == ["corpus/bridge", "corpus/school", "corpus/weather"], lines
for l in lines:
    assert l["src_lang"] == "ru" and l["tgt_lang"] == "en", l
    assert len(l["pairs"]) >= 2, l
EOF

echo "scaling_doc_test: the documented commands work"
