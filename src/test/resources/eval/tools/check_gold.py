#!/usr/bin/env python3
"""Check the gold files of this evaluation set against their articles.

Usage: check_gold.py [EVAL_DIR]   (default: the folder above this script)

For every gold/<name>.json: the article exists (its "article" path is resolved against the
folder that holds EVAL_DIR, i.e. src/test/resources), every quote text and every not_quotes
string is an exact substring of the article, kinds and speakers are valid, and every stretch
of text between quotation marks in the article is covered by a gold quote or listed in
not_quotes (so that no direct quote is forgotten). Exits 1 on any error.
"""
import json
import os
import re
import sys

KINDS = {"direct", "partial", "headline", "indirect"}
# Pairs of marks: opener -> closers. Straight quotes and single quotes need boundary checks.
PAIRS = [("“", "”\""), ("\"", "\"”"), ("«", "»"), ("„", "“”"), ("``", "''"), ("‘", "’")]


def quoted_spans(text):
    """Rough candidate spans between quotation marks, paragraph by paragraph."""
    out = []
    for para in text.split("\n"):
        for op, closers in PAIRS:
            i = 0
            while True:
                i = para.find(op, i)
                if i < 0:
                    break
                if op in ("‘", "\"") and i > 0 and para[i - 1].isalnum():
                    i += 1
                    continue  # apostrophe or closing straight quote
                j = i + len(op)
                end = -1
                while j < len(para):
                    if op == "``":
                        if para.startswith("''", j):
                            end = j
                            break
                    elif para[j] in closers:
                        nxt = para[j + 1] if j + 1 < len(para) else " "
                        if op == "‘" and nxt.isalnum():
                            j += 1
                            continue  # apostrophe inside a word
                        end = j
                        break
                    j += 1
                inner = para[i + len(op):end if end >= 0 else len(para)]
                out.append(inner.strip(" ,.;:!?—–-"))
                i = (end if end >= 0 else len(para)) + 1
    return [s for s in out if re.search(r"\w", s)]


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    eval_dir = os.path.abspath(argv[1]) if len(argv) > 1 else os.path.dirname(here)
    root = os.path.dirname(eval_dir)
    errors = 0
    counts = {k: 0 for k in KINDS}
    gold_dir = os.path.join(eval_dir, "gold")
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".json"):
            continue
        gold = json.load(open(os.path.join(gold_dir, name), encoding="utf-8"))
        path = os.path.join(root, gold["article"])
        if not os.path.isfile(path):
            print(f"{name}: article not found: {path}")
            errors += 1
            continue
        text = open(path, encoding="utf-8").read()
        names = {s["name"] for s in gold["speakers"]}
        texts = []
        for q in gold["quotes"]:
            counts[q["kind"]] = counts.get(q["kind"], 0) + 1
            if q["text"] not in text:
                print(f"{name}: quote text not in article: {q['text']!r}")
                errors += 1
            if q["kind"] not in KINDS:
                print(f"{name}: bad kind {q['kind']!r}")
                errors += 1
            if q["speaker"] is not None and q["speaker"] not in names:
                print(f"{name}: unknown speaker {q['speaker']!r}")
                errors += 1
            if q["kind"] != "indirect":
                texts.append(q["text"])
        for s in gold.get("not_quotes", []):
            if s not in text:
                print(f"{name}: not_quotes string not in article: {s!r}")
                errors += 1
        covered = texts + gold.get("not_quotes", [])
        for span in quoted_spans(text):
            if not any(span in c or c in span for c in covered):
                print(f"{name}: quoted text not in gold: {span[:90]!r}")
                errors += 1
        print(f"{name}: {len(gold['quotes'])} quotes, {len(gold['speakers'])} speakers")
    print("kinds:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    print("OK" if errors == 0 else f"{errors} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
