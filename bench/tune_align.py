#!/usr/bin/env python3
"""Coordinate search over AlignWeights on presplit dev data: how the defaults in
libalign/include/libalign/aligner.hpp were chosen.

Objective: the mean of strict F1 on newstest-noisy, lax F1 on newstest-noisy, strict F1 on
newstest and strict F1 on a fixed subset of Bible books (score_beads.py metrics). Each weight in
turn is multiplied by 1/STEP and STEP; a change is kept when the objective improves. Never tune
on the held-out split.

usage: bench/tune_align.py BUILD_DIR [--rounds 2] [--step 1.4] [--params skip,many,...]
                           [--set name=value ...]  (fixed starting values)
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "..", "shared", "data", "align", "dev")
SCORER = os.path.join(ROOT, "..", "shared", "tools", "score_beads.py")
BIBLE = ["08-RUT", "31-OBA", "41-MRK", "25-LAM", "63-2JN", "60-1PE", "51-COL"]
PARAMS = ["length", "lexical", "match_rate", "anchors", "number_mismatch", "punctuation",
          "skip", "many"]


def files(source):
    d = os.path.join(DATA, source)
    if source == "bible":
        return [os.path.join(d, f"bible-{b}.ru.lines") for b in BIBLE]
    return sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".ru.lines"))


def score(build, source, settings):
    with tempfile.TemporaryDirectory() as out:
        cmd = [os.path.join(build, "bin", "align_presplit")]
        for k, v in settings.items():
            cmd += ["--set", f"{k}={v}"]
        subprocess.run(cmd + [out] + files(source), check=True)
        preds = sorted(os.path.join(out, f) for f in os.listdir(out))
        golds = [os.path.join(DATA, source, os.path.basename(p)[: -len(".beads")] + ".gold.beads")
                 for p in preds]
        r = subprocess.run([sys.executable, SCORER, "--json", "-t", *preds, "-g", *golds],
                           check=True, capture_output=True, text=True)
        return json.loads(r.stdout)


def objective(build, settings):
    noisy = score(build, "newstest-noisy", settings)
    clean = score(build, "newstest", settings)
    bible = score(build, "bible", settings)
    parts = [noisy["f1_strict"], noisy["f1_lax"], clean["f1_strict"], bible["f1_strict"]]
    return sum(parts) / len(parts), parts


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("build")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--step", type=float, default=1.4)
    ap.add_argument("--params", default=",".join(PARAMS))
    ap.add_argument("--set", action="append", default=[])
    a = ap.parse_args()
    settings = {}
    for s in a.set:
        k, v = s.split("=")
        settings[k] = float(v)
    defaults = {}
    # Starting values: the compiled-in defaults unless given.
    header = open(os.path.join(ROOT, "libalign", "include", "libalign", "aligner.hpp")).read()
    for p in a.params.split(","):
        marker = f"  double {p} = "
        at = header.index(marker) + len(marker)
        defaults[p] = float(header[at: header.index(";", at)])
    current = {**defaults, **settings}
    best, parts = objective(a.build, current)
    print(f"start {best:.4f} {['%.3f' % x for x in parts]} {current}", flush=True)
    for rnd in range(a.rounds):
        improved = False
        for p in a.params.split(","):
            for factor in (1 / a.step, a.step):
                trial = dict(current)
                trial[p] = round(current[p] * factor, 4)
                value, tparts = objective(a.build, trial)
                print(f"  {p}={trial[p]}: {value:.4f} {['%.3f' % x for x in tparts]}", flush=True)
                if value > best + 1e-4:
                    best, parts, current, improved = value, tparts, trial, True
                    break
        print(f"round {rnd + 1}: {best:.4f} {['%.3f' % x for x in parts]} {current}", flush=True)
        if not improved:
            break


if __name__ == "__main__":
    main()
