#!/usr/bin/env python3
"""Writes config/dict/countries.jsonl: every ISO 3166-1 country.

Codes and ISO names come from Debian's iso-codes package
(/usr/share/iso-codes/json/iso_3166-1.json); the project's hand-written overlay
(tools/dict/countries_overlay.jsonl, one country a line keyed by iso3) adds what
news writes: the common short name, aliases, adjectives, plural demonyms, the
capital, government metonyms ("Kremlin", "Downing Street") and `ambiguous` for
names that are also common words ("Chad", "Jordan", "Turkey"). Kosovo (XKX),
which ISO does not assign, comes from the overlay alone, and so does the Soviet
Union under CAMEO's code SUN (ISO 3166-3 retired it), which the Kremlin's and
Kyiv's texts name as a state of their history. Output sorted by iso3.

  python3 tools/dict/gen_countries.py [--iso PATH] [--out DIR]
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ISO = "/usr/share/iso-codes/json/iso_3166-1.json"
OVERLAY = os.path.join(HERE, "countries_overlay.jsonl")
OUT = os.path.join(HERE, "..", "..", "config", "dict")
# Codes news uses that ISO 3166-1 does not assign.
EXTRA = [{"alpha_3": "XKX", "alpha_2": "XK", "name": "Kosovo", "official_name": "Republic of Kosovo"},
         {"alpha_3": "SUN", "alpha_2": "SU", "name": "Soviet Union",
          "official_name": "Union of Soviet Socialist Republics"}]


def uniq(items, exclude=()):
    seen, out = {e.lower() for e in exclude}, []
    for i in items:
        if i and i.lower() not in seen:
            seen.add(i.lower())
            out.append(i)
    return out


def load_overlay(path=OVERLAY):
    rows = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            if row["iso3"] in rows:
                sys.exit(f"{path}:{n}: {row['iso3']} twice")
            rows[row["iso3"]] = row
    return rows


def coordinates():
    """id -> (lat, lon) from coordinates.tsv (written by gen_coordinates.mjs)."""
    out = {}
    path = os.path.join(HERE, "coordinates.tsv")
    if not os.path.exists(path):
        return out
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            i, lat, lon = line.rstrip("\n").split("\t")[:3]
            out[i] = (float(lat), float(lon))
    return out


def with_coordinates(row, key, coords):
    """The row with `lat` and `lon` appended when coordinates.tsv has them."""
    if key in coords:
        row["lat"], row["lon"] = coords[key]
    return row


def build(iso_path=ISO, overlay_path=OVERLAY):
    iso = json.load(open(iso_path, encoding="utf-8"))["3166-1"] + EXTRA
    overlay = load_overlay(overlay_path)
    known = {c["alpha_3"] for c in iso}
    for code in overlay:
        if code not in known:
            sys.exit(f"overlay code {code} is not in ISO 3166-1")
    coords = coordinates()
    rows = []
    for c in sorted(iso, key=lambda c: c["alpha_3"]):
        code = c["alpha_3"]
        ov = overlay.get(code, {})
        name = ov.get("name") or c.get("common_name") or c["name"]
        if not ov and "," in name:  # "Korea, Republic of": keep the part before the comma
            name = name.split(",")[0]
        official = c.get("official_name") or c["name"]
        iso_names = [c.get("common_name"), c.get("name"), official]
        aliases = uniq(ov.get("aliases", []) + [n for n in iso_names if n and "," not in n], [name])
        row = {"iso3": code, "iso2": c["alpha_2"], "name": name, "official": official,
               "aliases": aliases, "adjectives": ov.get("adjectives", []),
               "demonyms": ov.get("demonyms", []), "capital": ov.get("capital"),
               "metonyms": ov.get("metonyms", [])}
        if ov.get("ambiguous"):
            row["ambiguous"] = True
        rows.append(with_coordinates(row, "country:" + code, coords))
    return rows


def write(rows, out_dir=OUT):
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "countries.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--iso", default=ISO)
    ap.add_argument("--out", default=OUT)
    a = ap.parse_args()
    rows = build(a.iso)
    write(rows, a.out)
    print(f"countries.jsonl: {len(rows)}")


if __name__ == "__main__":
    main()
