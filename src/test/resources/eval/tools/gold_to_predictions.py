#!/usr/bin/env python3
"""Turn gold files into perfect predictions, to check that the gold and the scorer agree.

Usage: gold_to_predictions.py GOLD_DIR OUT_DIR

Writes OUT_DIR/<name>.json in the shape `annotate --format json` prints (see
/work/shared/eval/README.md): article metadata, speakers, and one quote per gold quote with
UTF-16 offsets into the article, the speaker as an object and the cue. Scoring OUT_DIR against
GOLD_DIR with score.py must print 1.000 for every figure.
"""
import json
import os
import sys


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def main(argv):
    if len(argv) != 3:
        print(__doc__)
        return 2
    gold_dir, out_dir = argv[1], argv[2]
    root = os.path.dirname(os.path.dirname(os.path.abspath(gold_dir)))
    os.makedirs(out_dir, exist_ok=True)
    for name in sorted(n for n in os.listdir(gold_dir) if n.endswith(".json")):
        gold = json.load(open(os.path.join(gold_dir, name), encoding="utf-8"))
        text = open(os.path.join(root, gold["article"]), encoding="utf-8").read()
        ids = {s["name"]: f"s{i + 1}" for i, s in enumerate(gold["speakers"])}
        speakers = [{"id": ids[s["name"]], "name": s["name"], "role": s.get("role"),
                     "aliases": s.get("aliases", [])} for s in gold["speakers"]]
        quotes, taken = [], set()
        for q in gold["quotes"]:
            at = text.find(q["text"])
            while (at, q["kind"]) in taken and at >= 0:  # the same words quoted twice
                at = text.find(q["text"], at + 1)
            taken.add((at, q["kind"]))
            start = utf16_len(text[:at])
            out = {"text": q["text"], "kind": q["kind"], "start": start,
                   "end": start + utf16_len(q["text"]), "confidence": 1.0}
            sp = q.get("speaker")
            out["speaker"] = None if sp is None else {"id": ids[sp], "name": sp, "mention": sp}
            if q.get("cue"):
                out["cue"] = {"text": q["cue"]}
            quotes.append(out)
        meta = gold.get("metadata", {})
        pred = {"article": {"title": meta.get("title"), "published": meta.get("published"),
                            "outlet": meta.get("credit"), "credit": meta.get("credit"),
                            "chars": utf16_len(text)},
                "speakers": speakers, "quotes": quotes}
        with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
            json.dump(pred, f, ensure_ascii=False, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
