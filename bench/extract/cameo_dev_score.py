#!/usr/bin/env python3
"""Share of CAMEO codebook example sentences whose predicted CAMEO root matches.

Runs build*/bench/extract/extract_tool over ../shared/ontology/cameo_examples_dev.jsonl and
takes, per sentence, the most specific predicted event: any other event beats a plain
statement, 010 (as in CAMEO, "X said it would attack" codes the attack intent, not the saying),
then higher confidence. Python 3 stdlib only.

With --parley PATH it runs `PATH extract` instead: the shipped command, whose recogniser adds
the names no dictionary has (extract_tool reads dictionaries only).

Usage: python3 bench/extract/cameo_dev_score.py [--tool PATH | --parley PATH] [--data PATH]
       [--config DIR] [-v]
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", default=os.path.join(ROOT, "build-extract", "bench", "extract", "extract_tool"))
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "ontology", "cameo_examples_dev.jsonl"))
    ap.add_argument("--parley", default=None, help="score `PARLEY extract` instead of --tool")
    ap.add_argument("--config", default=None)
    ap.add_argument("-v", action="store_true", help="print misses")
    a = ap.parse_args()
    if not os.path.exists(a.data):
        print(f"skip: {a.data} not found")
        return 0
    rows = [json.loads(l) for l in open(a.data, encoding="utf-8") if l.strip()]
    docs = "".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in rows)
    if a.parley:
        cmd = [a.parley, "extract"] + (["--dict-dir", a.config] if a.config else [])
    else:
        cmd = [a.tool] + (["--config", a.config] if a.config else [])
    out = subprocess.run(cmd, input=docs, capture_output=True, text=True, check=False).stdout
    preds = [json.loads(l) for l in out.splitlines() if l.strip()]
    hits = 0
    by_root = {}
    for r, p in zip(rows, preds):
        gold = r["expected_events"][0]["code"][:2]
        evs = p.get("events") or []
        evs.sort(key=lambda v: ((v.get("cameo") or "") != "010", v.get("confidence") or 0), reverse=True)
        pred = (evs[0].get("cameo") or "")[:2] if evs else ""
        ok = pred == gold
        hits += ok
        t = by_root.setdefault(gold, [0, 0])
        t[0] += ok
        t[1] += 1
        if a.v and not ok:
            print(f"{r['id']}: gold {gold} pred {pred or '-'}  {r['text'][:100]}")
    n = len(rows)
    print("per root: " + "  ".join(f"{k}:{v[0]}/{v[1]}" for k, v in sorted(by_root.items())))
    print(f"CAMEO root accuracy: {hits}/{n} = {hits / n:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
