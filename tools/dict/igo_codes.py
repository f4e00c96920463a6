#!/usr/bin/env python3
"""Writes tools/dict/igo_actor_codes.tsv: the CAMEO actor code of each international
organisation in other_data.py that PETRARCH2's actor dictionary names: governmental
ones (IGO...), the transnational non-governmental ones, which CAMEO codes NGO...
(an NGO with no country: the ICRC is NGOHLHIRC, Amnesty International NGOHRIAMN), and
international courts (the ICJ is IGOUNOJUDICJ, the ICC IGOJUDICC).

The codes come from Phoenix.International.actors.txt of PETRARCH2 (MIT licence,
Copyright (c) 2014 Open Event Data; the notice is repeated in the output), matched by
the organisation's name or one of its aliases, written as the dictionary writes phrases
(upper case, words joined by "_"). Only the code is taken, never the dictionary's text.
An organisation the dictionary does not name keeps the bare sector code ("IGO", "NGO").

  python3 tools/dict/igo_codes.py [PHOENIX_INTERNATIONAL_ACTORS_TXT]
  python3 tools/dict/gen_dicts.py      # then regenerate config/dict/
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from other_data import ORGS  # noqa: E402

DEFAULT = os.path.join(HERE, "..", "..", "..", "shared", "coding", "petrarch2",
                       "Phoenix.International.actors.txt")
OUT = os.path.join(HERE, "igo_actor_codes.tsv")
NOTICE = """# CAMEO actor codes of international organisations, from PETRARCH2's
# Phoenix.International.actors.txt, written by tools/dict/igo_codes.py (one line:
# organisation id, TAB, code). Only the codes are taken from that file, under its licence:
#
# The MIT License (MIT)
# Copyright (c) 2014 Open Event Data
# Permission is hereby granted, free of charge, to any person obtaining a copy of this
# software and associated documentation files (the "Software"), to deal in the Software
# without restriction, including without limitation the rights to use, copy, modify, merge,
# publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons
# to whom the Software is furnished to do so, subject to the following conditions:
# The above copyright notice and this permission notice shall be included in all copies or
# substantial portions of the Software.
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED,
# INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR
# PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE
# FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
# OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
# DEALINGS IN THE SOFTWARE.
"""


def phrase(name):
    """A name as the dictionary writes it: "European Union" -> "EUROPEAN_UNION"."""
    return re.sub(r"[^A-Z0-9]+", "_", name.upper()).strip("_")


def read_codes(path):
    """Phrase -> its first undated code. An entry is a phrase line, optionally followed by
    "+SYNONYM" lines, with its codes in brackets on the entry or on the line after."""
    codes, names = {}, []
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.split("#", 1)[0].rstrip()
            if not line.strip():
                continue
            if line.startswith("+"):
                names.append(phrase(line[1:].split("[", 1)[0]))
            elif not line[0].isspace():
                names = [phrase(line.split("[", 1)[0])]
            # An undated code only: a dated one belongs to a person's term.
            m = re.search(r"\[([A-Z]{3,})\]", line)
            if m:
                for n in names:
                    codes.setdefault(n, m.group(1))
    return codes


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT
    if not os.path.exists(path):
        sys.exit(f"igo_codes: no PETRARCH2 actors file at {path}")
    codes = read_codes(path)
    rows = []
    for org_id, name, aliases, sector, country, _kind in ORGS:
        # International bodies: IGOs, and bodies of no country of another sector, which CAMEO
        # codes as NGOs (the ICRC, NGOHLHIRC) or as IGOs (the International Court of Justice,
        # a JUD body, is IGOUNOJUDICJ).
        if sector != "IGO" and country is not None:
            continue
        for n in [name] + list(aliases):
            code = codes.get(phrase(n))
            if code and (code.startswith(sector) or code.startswith("IGO")) and code != sector:
                rows.append((org_id, code))
                break
    rows.sort()
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(NOTICE)
        for org_id, code in rows:
            f.write(f"{org_id}\t{code}\n")
    print(f"igo_actor_codes.tsv: {len(rows)}")


if __name__ == "__main__":
    main()
