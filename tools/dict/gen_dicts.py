#!/usr/bin/env python3
"""Writes config/dict/*.jsonl, the dictionaries the extractor loads.

Countries come from Debian's iso-codes package (ISO 3166-1 codes and names,
/usr/share/iso-codes/json/iso_3166-1.json) merged with the project's overlay
(countries_overlay.py: news names, adjectives, demonyms, capitals, government
metonyms). People, organisations, places and titles are written by the
project (people_data.py, other_data.py). Output is sorted and stable.

  python3 tools/dict/gen_dicts.py            # regenerate config/dict/
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from countries_overlay import C  # noqa: E402
from other_data import ORGS, PLACES, TITLES  # noqa: E402
from people_data import PEOPLE  # noqa: E402

ISO = "/usr/share/iso-codes/json/iso_3166-1.json"
OUT = os.path.join(HERE, "..", "..", "config", "dict")
# Country names that are also common words or names: match them only with care.
AMBIGUOUS = {"GEO", "JOR", "TCD", "NER", "GIN", "TGO", "CHL", "CUB", "PER"}
# Codes news uses that ISO 3166-1 does not assign.
EXTRA = [{"alpha_3": "XKX", "alpha_2": "XK", "name": "Kosovo"}]


def slug(name):
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def uniq(items, exclude=()):
    seen, out = set(exclude), []
    for i in items:
        if i and i not in seen:
            seen.add(i)
            out.append(i)
    return out


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    print(f"{name}: {len(rows)}")


def main():
    os.makedirs(OUT, exist_ok=True)
    iso = json.load(open(ISO, encoding="utf-8"))["3166-1"] + EXTRA
    countries, capitals = [], []
    for c in sorted(iso, key=lambda c: c["alpha_3"]):
        code = c["alpha_3"]
        ov = C.get(code)
        iso_names = [c.get("common_name"), c.get("name"), c.get("official_name")]
        name = ov[0] if ov else (c.get("common_name") or c["name"])
        if not ov and "," in name:  # "Korea, Republic of" style: keep the part before the comma
            name = name.split(",")[0]
        aliases = uniq((ov[1] if ov else []) + [n for n in iso_names if n and "," not in n], [name])
        row = {"iso3": code, "iso2": c["alpha_2"], "name": name,
               "official": c.get("official_name") or c["name"], "aliases": aliases,
               "adjectives": ov[2] if ov else [], "demonyms": ov[3] if ov else [],
               "capital": ov[4] if ov else None, "metonyms": ov[5] if ov else []}
        if code in AMBIGUOUS:
            row["ambiguous"] = True
        countries.append(row)
        if ov and ov[4]:
            capitals.append((ov[4], code))
    write("countries.jsonl", countries)

    places, seen = [], set()
    for name, country, aliases, kind in PLACES:
        seen.add(name)
        places.append({"id": "place:" + slug(name), "name": name, "type": "location",
                       "country": country, "aliases": aliases, "kind": kind})
    for name, country in capitals:
        if name in seen or name in {r["name"] for r in countries}:
            continue
        seen.add(name)
        places.append({"id": "place:" + slug(name), "name": name, "type": "location",
                       "country": country, "aliases": ["Kiev"] if name == "Kyiv" else [],
                       "kind": "capital"})
    places.sort(key=lambda r: r["id"])
    write("places.jsonl", places)

    orgs = [{"id": i, "name": n, "aliases": a, "type": "organization", "sector": s,
             "country": c, "kind": k} for i, n, a, s, c, k in ORGS]
    orgs.sort(key=lambda r: r["id"])
    write("organizations.jsonl", orgs)

    people = []
    for p in PEOPLE:
        people.append({"id": "person:" + slug(p["name"]), "name": p["name"],
                       "aliases": p["aliases"], "country": p["country"], "sector": p["sector"],
                       "gender": p["gender"],
                       "roles": [{"title": t, "of": o, "from": f, "to": e}
                                 for t, o, f, e in p["roles"]]})
    people.sort(key=lambda r: r["id"])
    write("people.jsonl", people)

    titles = [{"title": t, "variants": v, "sector": s, "rank": r} for t, v, s, r in TITLES]
    titles.sort(key=lambda r: r["title"])
    write("titles.jsonl", titles)


if __name__ == "__main__":
    main()
