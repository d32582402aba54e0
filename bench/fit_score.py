#!/usr/bin/env python3
"""Fits the bead-score logistic regression (AlignWeights::score_*) on align_dump output.

  for s in newstest-noisy newstest bible; do
    build/bin/align_dump ../shared/data/align/dev/$s/*.ru.lines > $s.tsv; done
  bench/fit_score.py newstest-noisy.tsv newstest.tsv bible.tsv [--label strict|nested]

Each file (a source) gets the same total weight, so that the many easy Bible verses do not
drown the noisy news beads where the aligner actually errs.
Prints the coefficients to paste into aligner.hpp, and the precision/recall of the fitted
score at 0.5 and 0.9 on each source. Plain Newton-Raphson (IRLS) with a small ridge; no numpy.

With --target-precision P (default 0.97) the bias is then lowered just enough that on every
source at least P of the beads scored >= 0.5 are correct: "score >= 0.5" is the filter users
reach for, so the score errs on the side of under-stating confidence.

Raw (end-to-end) beads: `align_dump --raw A.ru.txt ...` then bench/label_raw.py.
"""
import argparse
import math

FEATURES = ["posterior", "lexical", "length", "anchors", "mismatch", "size"]


def logit(p):
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def rows(path, label):
    out = []
    with open(path) as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            v = dict(zip(header, line.rstrip("\n").split("\t")))
            x = [1.0, logit(float(v["posterior"])), float(v["llr"]), float(v["length"]), float(v["anchors"]),
                 float(v["mismatch"]), float(v["size"])]
            out.append((x, int(v[label])))
    return out


def solve(a, b):
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c:
                f = m[r][c] / m[c][c]
                for k in range(c, n + 1):
                    m[r][k] -= f * m[c][k]
    return [m[i][n] / m[i][i] for i in range(n)]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dumps", nargs="+")
    ap.add_argument("--label", default="strict")
    ap.add_argument("--ridge", type=float, default=1.0)
    ap.add_argument("--target-precision", type=float, default=0.97)
    a = ap.parse_args()
    sources = [rows(p, a.label) for p in a.dumps]
    total = sum(len(s) for s in sources)
    # (x, y, weight): every source weighs total/len(sources) in all.
    data = [(x, y, total / len(sources) / len(s)) for s in sources for x, y in s]
    d = len(data[0][0])
    w = [0.0] * d
    for _ in range(30):
        grad = [0.0] * d
        hess = [[a.ridge if i == j and i > 0 else 0.0 for j in range(d)] for i in range(d)]
        for x, y, c in data:
            z = sum(wi * xi for wi, xi in zip(w, x))
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            for i in range(d):
                grad[i] += c * (y - p) * x[i]
                for j in range(d):
                    hess[i][j] += c * p * (1 - p) * x[i] * x[j]
        for i in range(1, d):
            grad[i] -= a.ridge * w[i]
        step = solve(hess, grad)
        w = [wi + si for wi, si in zip(w, step)]
        if max(abs(s) for s in step) < 1e-6:
            break
    def precision_at_half(source, bias):
        kept = [y for x, y in source if bias + sum(wi * xi for wi, xi in zip(w[1:], x[1:])) >= 0]
        return sum(kept) / max(1, len(kept))

    while any(precision_at_half(src, w[0]) < a.target_precision for src in sources):
        w[0] -= 0.05
    names = ["bias"] + FEATURES
    for n, v in zip(names, w):
        print(f"  double score_{n} = {v:.3f};")
    for path, source in zip(a.dumps, sources):
        for t in (0.5, 0.9):
            kept = [(y, sum(wi * xi for wi, xi in zip(w, x))) for x, y in source]
            sel = [y for y, z in kept if 1 / (1 + math.exp(-z)) >= t]
            pos = sum(y for y, _ in kept)
            print(f"{path}: score >= {t}: kept {len(sel)}/{len(kept)} "
                  f"precision {sum(sel) / max(1, len(sel)):.4f} recall {sum(sel) / max(1, pos):.4f}")


if __name__ == "__main__":
    main()
