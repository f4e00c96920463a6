#!/usr/bin/env python3
"""Checks config/dict/*.jsonl: valid JSON with the required fields, unique
ids, known country codes and organisation ids, ISO dates with from <= to,
and no alias claimed by two entries of one file (unless marked ambiguous).
Prints one summary line; exits non-zero listing the problems.

  python3 tools/dict/check_dicts.py [DICT_DIR]
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "config", "dict")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
REQUIRED = {
    "countries.jsonl": ["iso3", "iso2", "name"],
    "places.jsonl": ["id", "name", "type"],
    "organizations.jsonl": ["id", "name", "type", "sector"],
    "people.jsonl": ["id", "name", "country", "roles"],
    "titles.jsonl": ["title", "variants"],
}
problems = []


def load(name):
    rows = []
    with open(os.path.join(DIR, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f"{name}:{n}: not JSON ({e})")
                continue
            for key in REQUIRED[name]:
                if key not in row or row[key] in (None, ""):
                    problems.append(f"{name}:{n}: missing {key}")
            rows.append(row)
    return rows


data = {name: load(name) for name in REQUIRED}
codes = {c["iso3"] for c in data["countries.jsonl"]}
orgs = {o["id"] for o in data["organizations.jsonl"]}
for name in ("places.jsonl", "organizations.jsonl", "people.jsonl"):
    ids = [r.get("id") for r in data[name]]
    for dup in {i for i in ids if ids.count(i) > 1}:
        problems.append(f"{name}: id {dup} used twice")
    for r in data[name]:
        if r.get("country") and r["country"] not in codes:
            problems.append(f"{name}: {r['id']} has unknown country {r['country']}")
    aliases = {}
    for r in data[name]:
        for a in [r["name"]] + r.get("aliases", []):
            key = a.lower()
            if key in aliases and aliases[key] != r["id"] and not r.get("ambiguous"):
                problems.append(f"{name}: alias {a!r} of {r['id']} also names {aliases[key]}")
            aliases[key] = r["id"]
for p in data["people.jsonl"]:
    for role in p["roles"]:
        of = role.get("of")
        if of not in codes and of not in orgs:
            problems.append(f"people.jsonl: {p['id']} role {role.get('title')!r} of unknown {of!r}")
        for k in ("from", "to"):
            if role.get(k) is not None and not DATE.match(role[k]):
                problems.append(f"people.jsonl: {p['id']} bad {k} date {role[k]!r}")
        if role.get("from") and role.get("to") and role["from"] > role["to"]:
            problems.append(f"people.jsonl: {p['id']} role ends before it starts")

if problems:
    print("\n".join(problems))
    print(f"{len(problems)} problems")
    sys.exit(1)
print("dictionaries ok: " + ", ".join(f"{len(v)} {k.split('.')[0]}" for k, v in data.items()))
