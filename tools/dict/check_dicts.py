#!/usr/bin/env python3
"""Checks config/dict/*.jsonl, the dictionaries the extractor loads.

- every line is a JSON object with the required fields of its file, of the right types;
- ids are unique and well formed (place:, org:, person:), files are sorted by id
  (countries by iso3, titles by title);
- every country code used anywhere (places, organisations, people, roles) is an iso3 in
  countries.jsonl, and every role's `of` is an iso3 or an organisation id;
- sectors are CAMEO actor sector codes; place kinds and genders come from a fixed set;
- dates are real YYYY-MM-DD dates and from <= to;
- no name or alias (case-insensitive, across all files) names two different entries,
  unless one of them is marked "ambiguous": true; no title variant names two titles.
Quiet on success apart from one summary line; lists the problems and exits 1 otherwise.

  python3 tools/dict/check_dicts.py [DICT_DIR]
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "config", "dict")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SECTORS = {"GOV", "MIL", "OPP", "REB", "BUS", "MED", "IGO", "NGO", "JUD", "LEG", "COP", "SPY",
           "INS", "REF", "REL", "EDU", "CVL", "HLH", "LAB", "AGR", "ELI", "ENV", "CRM", "UAF",
           "MNC", "PTY", "SEP", "MOD", "RAD"}
PLACE_KINDS = {"capital", "city", "region", "territory", "building", "water", "continent"}
GENDERS = {"m", "f", None}
FILES = {  # file: (required fields with types, key field)
    "countries.jsonl": ({"iso3": str, "iso2": str, "name": str, "official": str, "aliases": list,
                         "adjectives": list, "demonyms": list, "metonyms": list}, "iso3"),
    "places.jsonl": ({"id": str, "name": str, "type": str, "aliases": list, "kind": str}, "id"),
    "organizations.jsonl": ({"id": str, "name": str, "type": str, "aliases": list,
                             "sector": str, "kind": str}, "id"),
    "people.jsonl": ({"id": str, "name": str, "aliases": list, "country": str, "sector": str,
                      "roles": list}, "id"),
    "titles.jsonl": ({"title": str, "variants": list, "sector": str, "rank": int}, "title"),
}
PREFIX = {"places.jsonl": "place:", "organizations.jsonl": "org:", "people.jsonl": "person:"}
problems = []


def bad(msg):
    problems.append(msg)


def load(name):
    rows = []
    path = os.path.join(DIR, name)
    if not os.path.exists(path):
        bad(f"{name}: missing")
        return rows
    fields, _ = FILES[name]
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                bad(f"{name}:{n}: not JSON ({e})")
                continue
            if not isinstance(row, dict):
                bad(f"{name}:{n}: not a JSON object")
                continue
            for key, typ in fields.items():
                if not isinstance(row.get(key), typ) or row[key] in ("",):
                    bad(f"{name}:{n}: missing or mistyped {key}")
            for key in ("aliases", "adjectives", "demonyms", "metonyms", "variants"):
                if key in row and not all(isinstance(a, str) and a.strip() for a in row[key]):
                    bad(f"{name}:{n}: {key} must be non-empty strings")
            row["_line"] = n
            rows.append(row)
    return rows


def real_date(s):
    if not isinstance(s, str) or not DATE.match(s):
        return False
    try:
        datetime.date.fromisoformat(s)
        return True
    except ValueError:
        return False


data = {name: load(name) for name in FILES}
codes = {c.get("iso3") for c in data["countries.jsonl"]}
org_ids = {o.get("id") for o in data["organizations.jsonl"]}

for name, (fields, key) in FILES.items():
    keys = [r.get(key) for r in data[name]]
    seen = set()
    for k in keys:
        if k in seen:
            bad(f"{name}: {key} {k!r} used twice")
        seen.add(k)
    if keys != sorted(keys, key=lambda k: str(k)):
        bad(f"{name}: not sorted by {key}")
    pre = PREFIX.get(name)
    for r in data[name]:
        where = f"{name}:{r['_line']}"
        if pre and not re.match("^" + re.escape(pre) + r"[a-z0-9][a-z0-9-]*$", str(r.get("id"))):
            bad(f"{where}: bad id {r.get('id')!r}")
        c = r.get("country")
        if c is not None and c not in codes:
            bad(f"{where}: unknown country {c!r}")
        if "sector" in r and r["sector"] not in SECTORS:
            bad(f"{where}: unknown sector {r['sector']!r}")

for c in data["countries.jsonl"]:
    if not re.match(r"^[A-Z]{3}$", str(c.get("iso3"))) or not re.match(r"^[A-Z]{2}$", str(c.get("iso2"))):
        bad(f"countries.jsonl:{c['_line']}: bad code")
for p in data["places.jsonl"]:
    if p.get("type") != "location":
        bad(f"places.jsonl:{p['_line']}: type must be location")
    if p.get("kind") not in PLACE_KINDS:
        bad(f"places.jsonl:{p['_line']}: unknown kind {p.get('kind')!r}")
# Coordinates (places and countries): both or neither, numbers in range.
for name in ("countries.jsonl", "places.jsonl"):
    for r in data[name]:
        has = ("lat" in r, "lon" in r)
        if has[0] != has[1]:
            bad(f"{name}:{r['_line']}: lat and lon go together")
        elif has[0] and not (isinstance(r["lat"], (int, float)) and isinstance(r["lon"], (int, float))
                             and -90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180):
            bad(f"{name}:{r['_line']}: coordinates out of range")
for o in data["organizations.jsonl"]:
    if o.get("type") not in ("organization", "group"):
        bad(f"organizations.jsonl:{o['_line']}: type must be organization or group")
    # A CAMEO actor code of an international organisation: its sector ("IGO", or "NGO" for
    # a transnational NGO, one with no country) and more upper-case letters; a body of no
    # country of another sector (an international court, JUD) may carry an IGO... code.
    if "actor_code" in o:
        sector, code = o.get("sector"), str(o["actor_code"])
        ok = (sector == "IGO" and re.match(r"^IGO[A-Z]{3,12}$", code)) or (
            not o.get("country") and re.match(r"^(" + str(sector) + r"|IGO)[A-Z]{3,12}$", code))
        # A bloc coded as a CAMEO region ("the West" WST): three letters, in a country's place.
        ok = ok or (o.get("kind") == "bloc" and not o.get("country")
                    and re.match(r"^[A-Z]{3}$", code))
        # A transnational armed group coded as CAMEO's international militarised group
        # ("Islamic State" IMGMUSISI), with no country.
        ok = ok or (o.get("kind") == "armed group" and not o.get("country")
                    and re.match(r"^IMG[A-Z]{3,12}$", code))
        if not ok:
            bad(f"organizations.jsonl:{o['_line']}: actor_code must be IGO... on an IGO, "
                "NGO... or IGO... on another body with no country, a region code on a bloc, "
                "IMG... on an armed group with no country")
for p in data["people.jsonl"]:
    where = f"people.jsonl:{p['_line']} ({p.get('id')})"
    if p.get("gender") not in GENDERS:
        bad(f"{where}: gender must be m, f or null")
    if not p.get("roles"):
        bad(f"{where}: no roles")
    for role in p.get("roles", []):
        if not isinstance(role, dict) or not role.get("title"):
            bad(f"{where}: role without title")
            continue
        if role["title"] != role["title"].lower():
            bad(f"{where}: title {role['title']!r} not lower case")
        of = role.get("of")
        if of not in codes and of not in org_ids:
            bad(f"{where}: role {role['title']!r} of unknown {of!r}")
        for k in ("from", "to"):
            if role.get(k) is not None and not real_date(role[k]):
                bad(f"{where}: bad {k} date {role[k]!r}")
        if role.get("from") is None:
            bad(f"{where}: role {role['title']!r} has no from date")
        if role.get("from") and role.get("to") and role["from"] > role["to"]:
            bad(f"{where}: role {role['title']!r} ends before it starts")

# Names and aliases across all files: one surface, one entry (unless marked ambiguous).
owner = {}
for name in ("countries.jsonl", "places.jsonl", "organizations.jsonl", "people.jsonl"):
    for r in data[name]:
        ident = r.get("id") or "country:" + str(r.get("iso3"))
        surfaces = [r.get("name", "")] + list(r.get("aliases", []))
        if name == "countries.jsonl":
            surfaces.append(r.get("official", ""))
        for s in {s.lower() for s in surfaces if s}:
            if s in owner and owner[s][0] != ident and not (r.get("ambiguous") or owner[s][1]):
                bad(f"alias {s!r} names both {owner[s][0]} and {ident}")
            owner.setdefault(s, (ident, bool(r.get("ambiguous"))))
variants = {}
for t in data["titles.jsonl"]:
    for v in [t.get("title", "")] + t.get("variants", []):
        if v.lower() in variants and variants[v.lower()] != t.get("title"):
            bad(f"titles.jsonl: {v!r} is a variant of both {variants[v.lower()]!r} and {t.get('title')!r}")
        variants[v.lower()] = t.get("title")

if problems:
    print("\n".join(problems))
    print(f"check_dicts: {len(problems)} problems")
    sys.exit(1)
print("dictionaries ok: " + ", ".join(f"{len(v)} {k.split('.')[0]}" for k, v in data.items()))
