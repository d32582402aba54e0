#!/usr/bin/env python3
"""Precision of the end-to-end pairs a score threshold keeps: TMX files written by
`align pair` (with the x-score prop) checked against NAME.gold.jsonl the way score_raw.py
checks them (a pair is correct when its two sides cover exactly the same gold units).

usage: raw_confidence.py GOLD_DIR PRED_DIR [--threshold 0.5]
"""
import argparse
import os
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "tools"))
import score_raw  # noqa: E402


def pairs_with_scores(path):
    out = []
    for tu in ET.parse(path).getroot().iter("tu"):
        score = 1.0
        for prop in tu.findall("prop"):
            if prop.get("type") == "x-score":
                score = float(prop.text)
        sides = {}
        for tuv in tu.findall("tuv"):
            lang = (tuv.get(score_raw.XML_LANG) or "").lower()
            sides[lang[:2]] = score_raw.tuv_text(tuv)
        if "ru" in sides and "en" in sides:
            out.append((sides["ru"], sides["en"], score))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold_dir")
    ap.add_argument("pred_dir")
    ap.add_argument("--threshold", type=float, default=0.5)
    a = ap.parse_args()
    kept = correct = total = 0
    for name in sorted(os.listdir(a.gold_dir)):
        if not name.endswith(".gold.jsonl"):
            continue
        pred = os.path.join(a.pred_dir, name[: -len(".gold.jsonl")] + ".tmx")
        if not os.path.exists(pred):
            continue
        units = score_raw.load_gold(os.path.join(a.gold_dir, name))
        ru_place = score_raw.Placer(*score_raw.side_index([u[0] for u in units]))
        en_place = score_raw.Placer(*score_raw.side_index([u[1] for u in units]))
        both = {i for i, (r, e) in enumerate(units) if score_raw.squeeze(r) and score_raw.squeeze(e)}
        for ru, en, score in pairs_with_scores(pred):
            rs, es = ru_place.place(ru), en_place.place(en)
            total += 1
            if score < a.threshold:
                continue
            kept += 1
            if rs is not None and es is not None:
                ru_units, en_units = ru_place.units(rs), en_place.units(es)
                correct += ru_units == en_units and ru_units <= both
    print(f"pairs>={a.threshold}: kept={kept}/{total} precision={correct / max(kept, 1):.3f}")


if __name__ == "__main__":
    main()
