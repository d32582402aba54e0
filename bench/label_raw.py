#!/usr/bin/env python3
"""Labels an `align_dump --raw` file: strict = nested = 1 when the bead's two sides cover
exactly the same gold units (score_raw.py's notion of a correct pair), else 0.

usage: label_raw.py GOLD_DIR RAW_DUMP > labeled.tsv
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "tools"))
import score_raw  # noqa: E402


def main():
    gold_dir, dump = sys.argv[1], sys.argv[2]
    placers = {}
    with open(dump, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        print("\t".join(header[:10]))
        for line in f:
            v = line.rstrip("\n").split("\t")
            doc, ru, en = v[10], v[11], v[12]
            if doc not in placers:
                units = score_raw.load_gold(os.path.join(gold_dir, doc + ".gold.jsonl"))
                both = {i for i, (r, e) in enumerate(units) if score_raw.squeeze(r) and score_raw.squeeze(e)}
                placers[doc] = (score_raw.Placer(*score_raw.side_index([u[0] for u in units])),
                                score_raw.Placer(*score_raw.side_index([u[1] for u in units])), both)
            rp, ep, both = placers[doc]
            rs, es = rp.place(ru), ep.place(en)
            ok = rs is not None and es is not None and rp.units(rs) == ep.units(es) and rp.units(rs) <= both
            v[0] = v[1] = "1" if ok else "0"
            print("\t".join(v[:10]))


if __name__ == "__main__":
    main()
