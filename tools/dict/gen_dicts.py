#!/usr/bin/env python3
"""Writes config/dict/*.jsonl, the dictionaries the extractor loads.

Countries come from Debian's iso-codes package (ISO 3166-1 codes and names,
/usr/share/iso-codes/json/iso_3166-1.json) merged with the project's overlay
(countries_overlay.jsonl, via gen_countries.py: news names, adjectives,
demonyms, capitals, government metonyms). People, organisations, places and titles are written by the
project (people_data.py, other_data.py); international organisations' CAMEO actor codes come
from igo_actor_codes.tsv (igo_codes.py, from PETRARCH2's actor dictionary, MIT licence).
Output is sorted and stable.

  python3 tools/dict/gen_dicts.py            # regenerate config/dict/
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_countries  # noqa: E402
from other_data import ORGS, OWN_CODES, PLACES, TITLES  # noqa: E402
from people_data import PEOPLE  # noqa: E402

OUT = os.path.join(HERE, "..", "..", "config", "dict")


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


# Capitals that are also common personal names: no place entry of their own.
CAPITAL_SKIP = {"Hamilton", "Victoria", "Douglas", "Stanley", "Jamestown"}


def fold(text):
    """ASCII spelling of a name: "Erdoğan" -> "Erdogan", "Brasília" -> "Brasilia"."""
    s = unicodedata.normalize("NFKD", text.replace("ı", "i").replace("ł", "l").replace("Ł", "L"))
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def folded(name, aliases):
    """Aliases plus the ASCII spelling of the name and of each alias, without repeats."""
    out = []
    for a in list(aliases) + [fold(x) for x in [name] + list(aliases)]:
        if a != name and a not in out:
            out.append(a)
    return out


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    print(f"{name}: {len(rows)}")


def main():
    os.makedirs(OUT, exist_ok=True)
    coords = gen_countries.coordinates()
    countries = gen_countries.build()
    gen_countries.write(countries, OUT)
    print(f"countries.jsonl: {len(countries)}")
    capitals = [(c["capital"], c["iso3"]) for c in countries if c["capital"]]

    places, seen = [], set()
    for name, country, aliases, kind in PLACES:
        seen.update(n.lower() for n in [name] + aliases)
        places.append({"id": "place:" + slug(name), "name": name, "type": "location",
                       "country": country, "aliases": folded(name, aliases), "kind": kind})
    country_names = {n.lower() for r in countries for n in [r["name"]] + r["aliases"]}
    for name, country in capitals:
        if name.lower() in seen or name.lower() in country_names or name in CAPITAL_SKIP:
            continue
        seen.add(name.lower())
        places.append({"id": "place:" + slug(name), "name": name, "type": "location",
                       "country": country, "aliases": folded(name, []), "kind": "capital"})
    places = [gen_countries.with_coordinates(p, p["id"], coords) for p in places]
    places.sort(key=lambda r: r["id"])
    write("places.jsonl", places)

    igo_codes = {}
    with open(os.path.join(HERE, "igo_actor_codes.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                org_id, code = line.rstrip("\n").split("\t")
                igo_codes[org_id] = code
    orgs = [{"id": i, "name": n, "aliases": folded(n, a), "type": "organization", "sector": s,
             "country": c, "kind": k} for i, n, a, s, c, k in ORGS]
    for o in orgs:
        if o["id"] in igo_codes:
            o["actor_code"] = igo_codes[o["id"]]
        elif o["id"] in OWN_CODES:
            o["actor_code"] = OWN_CODES[o["id"]]
    orgs.sort(key=lambda r: r["id"])
    write("organizations.jsonl", orgs)

    people = []
    for p in PEOPLE:
        people.append({"id": "person:" + slug(p["name"]), "name": p["name"],
                       "aliases": folded(p["name"], p["aliases"]), "country": p["country"],
                       "sector": p["sector"], "gender": p["gender"],
                       "roles": [{"title": t, "of": o, "from": f, "to": e}
                                 for t, o, f, e in p["roles"]]})
    people.sort(key=lambda r: r["id"])
    write("people.jsonl", people)

    titles = [{"title": t, "variants": v, "sector": s, "rank": r} for t, v, s, r in TITLES]
    titles.sort(key=lambda r: r["title"])
    write("titles.jsonl", titles)


if __name__ == "__main__":
    main()
