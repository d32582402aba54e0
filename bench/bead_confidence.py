#!/usr/bin/env python3
"""Precision of the beads a score threshold keeps: among predicted beads with both sides
non-empty and score >= T, the share that occur verbatim in the gold beads (strict) or
nest inside a gold bead on both sides (nested: a sub-bead of a gold unit, still a correct
translation pair). Predicted bead lines are "[..]:[..]:SCORE" (align_presplit output).

usage: bead_confidence.py PRED_DIR GOLD_DIR [--threshold 0.5]
"""
import argparse
import glob
import os
import re


def read(path):
    beads = []
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line:
            continue
        parts = line.split(":")
        side = lambda t: tuple(int(x) for x in re.findall(r"\d+", t))
        score = float(parts[2]) if len(parts) > 2 else 1.0
        beads.append((side(parts[0]), side(parts[1]), score))
    return beads


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pred_dir")
    ap.add_argument("gold_dir")
    ap.add_argument("--threshold", type=float, default=0.5)
    a = ap.parse_args()
    kept = strict = nested = total = 0
    for pred in sorted(glob.glob(os.path.join(a.pred_dir, "*.beads"))):
        name = os.path.basename(pred)[: -len(".beads")]
        gold = read(os.path.join(a.gold_dir, name + ".gold.beads"))
        gold_set = {(r, e) for r, e, _ in gold}
        ru_unit = {i: k for k, (r, e, _) in enumerate(gold) for i in r}
        en_unit = {j: k for k, (r, e, _) in enumerate(gold) for j in e}
        for r, e, score in read(pred):
            if not r or not e:
                continue
            total += 1
            if score < a.threshold:
                continue
            kept += 1
            strict += (r, e) in gold_set
            units = {ru_unit.get(i) for i in r} | {en_unit.get(j) for j in e}
            nested += len(units) == 1 and None not in units
    print(f"beads>={a.threshold}: kept={kept}/{total} strict_precision={strict / max(kept, 1):.3f} "
          f"nested_precision={nested / max(kept, 1):.3f}")


if __name__ == "__main__":
    main()
