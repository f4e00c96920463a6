#!/usr/bin/env python3
"""Writes config/coding/field.people.txt: the people of PETRARCH2's country actor dictionary
(Phoenix.Countries.actors.txt, the entries it took from CountryInfo.txt: heads of state and
government, ministers, party leaders, with the dates of each office), in the dictionary's own
phrase format so that the extractor reads them with the coder's actor-dictionary parser.

The extractor links a person the recogniser found and Parley's own dictionaries
(config/dict/people.jsonl) do not know to an entry here by the whole name, and codes the
person with the entry's code at the article's date ("Henry Kissinger" USAELI in 2022,
"Nelson Mandela" ZAFGOV in 1995). Parley's own dictionary wins wherever it names the person.

Kept of each entry: its name, its other names of two words or more (and the surname alone,
"+KISSINGER"), and its dated codes; not the title phrases ("+SECRETARY_OF_STATE_...") a name
search cannot use, nor entries of places, groups or organisations. The source's MIT notice is
repeated in the output.

  python3 tools/dict/field_people.py [PHOENIX_COUNTRIES_ACTORS_TXT]
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "..", "..", "..", "shared", "coding", "petrarch2",
                       "Phoenix.Countries.actors.txt")
OUT = os.path.join(HERE, "..", "..", "config", "coding", "field.people.txt")
NOTICE = """# People of PETRARCH2's Phoenix.Countries.actors.txt (the entries taken from
# CountryInfo.txt), written by tools/dict/field_people.py in the dictionary's own format:
# a name line, "+" lines for other names, tab-indented "[CODE dates]" lines. Source:
# https://github.com/openeventdata/petrarch2 (petrarch2/dictionaries), under its licence:
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

CODE = re.compile(r"^\[([A-Z-]{3,15})( [<>]?[0-9]{6,8}(-[0-9]{6,8})?)?\]$")
# A name as the dictionary spells names: upper-case ASCII words joined by "_" (a few entries
# carry stray control bytes, "LIAMINE_Z\x1aROUAL_": those are left out).
NAME = re.compile(r"^[A-Z0-9][A-Z0-9_.'-]*$")


def words(phrase):
    return [w for w in phrase.rstrip("_").split("_") if w]


def read(path):
    """Yields (name, [other names], [code lines]) of the CountryInfo entries."""
    entry = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.rstrip("\n")
            body = line.split("#", 1)[0].rstrip()
            comment = line.split("#", 1)[1] if "#" in line else ""
            if not body.strip():
                continue
            if body[0] not in " \t+[":
                if entry is not None:
                    yield entry
                entry = None
                if "CountryInfo.txt" in comment and " " not in body.strip():
                    entry = (body.strip(), [], [])
                continue
            if entry is None:
                continue
            text = body.strip()
            if text.startswith("+"):
                entry[1].append(text[1:])
            elif CODE.match(text):
                entry[2].append(text)
    if entry is not None:
        yield entry


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else DEFAULT
    out = []
    kept = 0
    for name, others, codes in read(src):
        name_words = words(name)
        if len(name_words) < 2 or not codes or not NAME.match(name):
            continue
        surname = name_words[-1]
        names = []
        for other in others:
            w = words(other)
            if not NAME.match(other):
                continue
            if len(w) >= 2 or (len(w) == 1 and w[0] == surname and len(surname) >= 4):
                if other not in names and other != name:
                    names.append(other)
        out.append(name)
        out.extend("+" + n for n in names)
        out.extend("\t" + c for c in codes)
        kept += 1
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(NOTICE)
        f.write("\n".join(out) + "\n")
    print(f"{os.path.relpath(OUT)}: {kept} people", file=sys.stderr)


if __name__ == "__main__":
    main()
