#!/usr/bin/env python3
"""How well the aligner keeps its alignment when a long stretch is missing from one side.

Splits the novel in ../shared/data/scale into sentences (`align split`), aligns the whole pair
once over the full matrix (the reference), then cuts stretches from one side or both and aligns
each cut pair as users would (coarse-to-fine search). Prints, for each cut, the share of the
reference's two-sided beads (those whose sentences all survive the cut) that the cut pair gives
again, with the built-in dictionary and without it.

    bench/cut_novel.py [BUILD_DIR]          default: build
"""
import json
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
BUILD = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build"
NOVEL = ROOT.parent / "shared" / "data" / "scale" / "hero-of-our-time"

# name: (Russian sentences cut, English sentences cut), as [begin, end) ranges.
CUTS = {
    "400 English sentences from the middle": ([], [(1000, 1400)]),
    "300 Russian sentences from the middle": ([(2000, 2300)], []),
    "the first 600 English sentences": ([], [(0, 600)]),
    "200 Russian and 300 English sentences": ([(500, 700)], [(1800, 2100)]),
}


def split(path):
    out = subprocess.run([BUILD / "bin" / "align", "split", path], check=True,
                         capture_output=True, text=True).stdout
    return [line for line in out.split("\n") if line.strip()]


def cut(sentences, ranges):
    return [s for k, s in enumerate(sentences) if not any(b <= k < e for b, e in ranges)]


def align(folder, pairs, extra):
    """pairs: name -> (ru sentences, en sentences); returns name -> two-sided text beads."""
    for name, (ru, en) in pairs.items():
        (folder / f"{name}.ru.lines").write_text("\n".join(ru) + "\n", encoding="utf-8")
        (folder / f"{name}.en.lines").write_text("\n".join(en) + "\n", encoding="utf-8")
    out = folder / "out"
    subprocess.run([BUILD / "bin" / "align_presplit", *extra, out,
                    *[folder / f"{name}.ru.lines" for name in pairs]],
                   check=True, capture_output=True)
    beads = {}
    for name, (ru, en) in pairs.items():
        found = set()
        for line in (out / f"{name}.beads").read_text(encoding="utf-8").splitlines():
            r, e = (json.loads(side) for side in line.split(":")[:2])  # "[1, 2]:[3]:0.9"
            if r and e:
                found.add((tuple(ru[i] for i in r), tuple(en[j] for j in e)))
        beads[name] = found
    return beads


def main():
    if not NOVEL.with_suffix(".ru.txt").exists():
        sys.exit(f"cut_novel: the novel is not at {NOVEL}.{{ru,en}}.txt")
    ru = split(NOVEL.with_suffix(".ru.txt"))
    en = split(NOVEL.with_suffix(".en.txt"))
    pairs = {f"cut{k}": (cut(ru, r), cut(en, e)) for k, (r, e) in enumerate(CUTS.values())}
    for label, extra in (("dictionary", []), ("no dictionary", ["--set", "builtin_lexicon=0"])):
        with tempfile.TemporaryDirectory() as tmp:
            folder = pathlib.Path(tmp)
            full = ["--set", "full_search_limit=100000"]
            reference = align(folder, {"whole": (ru, en)}, extra + full)["whole"]
            result = align(folder, pairs, extra)
        print(f"{label}:")
        for k, name in enumerate(CUTS):
            ru_left, en_left = set(pairs[f"cut{k}"][0]), set(pairs[f"cut{k}"][1])
            expected = {b for b in reference
                        if set(b[0]) <= ru_left and set(b[1]) <= en_left}
            kept = len(expected & result[f"cut{k}"]) / max(1, len(expected))
            print(f"  {name}: {kept:.3f} of {len(expected)} beads kept")


if __name__ == "__main__":
    main()
