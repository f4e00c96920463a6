#!/usr/bin/python3
"""The Python client and the example notebook against the real server
(issue 17): ingests the seed article (and the first press releases of
../shared when present), serves it, runs the client's checks and executes
clients/python/examples/analyst.ipynb with Debian's Jupyter (nbconvert +
ipykernel), then compares the notebook's pandas/NetworkX results with what
the server answers through plain HTTP. Also checks what analysts load:
JSON-LD with pyld, GEXF with plain networkx.read_gexf, /paths with
networkx.cytoscape_graph, CSV codes with the documented dtype line, Link
headers, gzip exports with their own ETag-free streaming and HEAD.

    run_client_tests.py PARLEY_BINARY

Prints one PASS/FAIL line per check and "N passed, M failed"; exits 77 when
pandas, networkx, nbconvert or ipykernel is missing.
"""
import gzip
import io
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

try:
    import networkx as nx
    import pandas as pd
    import nbformat  # noqa: F401  (python3-nbformat, with nbconvert)
    import ipykernel  # noqa: F401
except ImportError as e:  # pragma: no cover - environment dependent
    print(f"SKIP: {e}")
    sys.exit(77)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "clients", "python"))
from parley_client import Client, MEETING_TYPES, ParleyError  # noqa: E402

passed = failed = 0


def check(name, ok, detail=""):
    global passed, failed
    print(("PASS " if ok else "FAIL ") + name + ("" if ok or not detail else f": {detail}"))
    if ok:
        passed += 1
    else:
        failed += 1


def fetch(url, method="GET", headers=None):
    req = urllib.request.Request(url, method=method, headers=headers or {})
    with urllib.request.urlopen(req, timeout=60) as r:
        return r.status, dict(r.headers), r.read()


def start_server(binary, db, tmp):
    log = open(os.path.join(tmp, "server.log"), "w+")
    proc = subprocess.Popen([binary, "serve", "--host", "127.0.0.1", "--port", "0", "--db", db,
                             "--write-token", "T"], stdout=log, stderr=log)
    deadline = time.time() + 60
    while time.time() < deadline:
        log.seek(0)
        m = re.search(r"serving http://127\.0\.0\.1:(\d+)", log.read())
        if m:
            return proc, int(m.group(1))
        if proc.poll() is not None:
            break
        time.sleep(0.05)
    log.seek(0)
    raise RuntimeError("parley serve did not start: " + log.read())


def client_checks(c, base):
    ev = c.events()
    stats = c.get_json("/api/v1/stats")
    check("events: every page followed", len(ev) == stats["events"], f"{len(ev)} != {stats['events']}")
    codes = ev["cameo"].dropna()
    check("events: CAMEO codes stay strings",
          len(codes) > 0 and all(isinstance(x, str) for x in codes), codes.head().tolist())
    # Pagination: the same events page by page, with a Link header and `more`.
    status, headers, body = fetch(base + "/api/v1/events?limit=2")
    page = json.loads(body)
    check("events page: more and a Link rel=next", page["more"] is True
          and headers.get("Link", "").startswith("<" + page["next"] + ">; rel=\"next\""),
          headers.get("Link"))

    agg = c.aggregate(["period", "source", "target"], bucket="week")
    check("aggregate: every event counted once", int(agg["events"].sum()) == stats["events"],
          f"{agg['events'].sum()} != {stats['events']}")
    check("aggregate: no empty or negative week labels",
          not any(isinstance(p, str) and (p == "" or p.startswith("-")) for p in agg["period"]))

    df = c.sql("SELECT id, cameo FROM events WHERE cameo IS NOT NULL ORDER BY id LIMIT :n", {"n": 5})
    check("sql: typed DataFrame, codes as text", list(df.columns) == ["id", "cameo"]
          and all(isinstance(x, str) for x in df["cameo"]), df.head().to_dict())
    try:
        c.sql("DELETE FROM events")
        check("sql: a write is refused", False)
    except ParleyError as e:
        check("sql: a write is refused", e.status == 400 and e.param == "sql", str(e))

    # GEXF: plain networkx (2.8 in Debian 12) reads it.
    g = c.export_graph("gexf")
    check("gexf: nx.read_gexf with no options", g.number_of_nodes() > 0, nx.__version__)
    # /paths loads in cytoscape_graph (regression: KeyError/TypeError on 'data').
    ents = c.entities(type="person")
    if len(ents) >= 2:
        a, b = int(ents["id"].iloc[0]), int(ents["id"].iloc[1])
        try:
            pg = c.paths(a, b)
            check("/paths: networkx.cytoscape_graph reads it", pg is not None)
        except Exception as e:  # noqa: BLE001
            check("/paths: networkx.cytoscape_graph reads it", False, repr(e))
    # CSV: the documented dtype line keeps "040" a string.
    raw = c.export("nodes.csv")
    nodes = pd.read_csv(io.BytesIO(raw), dtype={"cameo": str})
    cam = nodes["cameo"].dropna()
    check("nodes.csv: documented dtype line keeps codes",
          len(cam) > 0 and all(isinstance(x, str) and len(x) >= 3 for x in cam), cam.head().tolist())
    # gzip exports: negotiated, decompress to the plain body, HEAD has no Content-Length: 0.
    status, h_plain, plain = fetch(base + "/api/v1/export/ndjson?text=false")
    status, h_gz, gz = fetch(base + "/api/v1/export/ndjson?text=false",
                             headers={"Accept-Encoding": "gzip"})
    check("export: gzip on request, same content", h_gz.get("Content-Encoding") == "gzip"
          and len(gz) < len(plain) and gzip.decompress(gz).count(b"\n") == plain.count(b"\n"))
    status, h_no, _ = fetch(base + "/api/v1/export/ndjson?text=false",
                            headers={"Accept-Encoding": "gzip;q=0, identity"})
    check("export: gzip;q=0 gets identity", "Content-Encoding" not in h_no, h_no)
    status, h_head, body = fetch(base + "/api/v1/export/ndjson", method="HEAD")
    check("export: HEAD says no Content-Length 0", status == 200 and not body
          and h_head.get("Content-Length") != "0", h_head)
    # JSON-LD: absolute IRIs that pyld finds as subjects.
    status, _, ld = fetch(base + "/api/v1/export/jsonld")
    doc = json.loads(ld)
    try:
        from pyld import jsonld
        flat = jsonld.flatten(doc)
        nodes_ld = flat if isinstance(flat, list) else flat.get("@graph", [])
        iri = [n["@id"] for n in nodes_ld if n.get("@id", "").startswith("http")]
        events = [n for n in nodes_ld if "https://schema.org/Event" in n.get("@type", [])]
        check("jsonld: pyld finds IRI subjects", len(iri) > 0 and len(events) == stats["events"],
              f"{len(iri)} IRIs, {len(events)} events")
    except ImportError:
        ids = [e["@id"] for e in doc["@graph"]]
        check("jsonld: absolute @ids (pyld missing)", all(i.startswith("http") for i in ids))


def notebook_checks(c, base, tmp):
    nb_in = os.path.join(ROOT, "clients", "python", "examples", "analyst.ipynb")
    out = os.path.join(tmp, "results.json")
    env = dict(os.environ, PARLEY_URL=base, PARLEY_NOTEBOOK_OUT=out,
               PARLEY_PLOT=os.path.join(tmp, "meetings.png"),
               PARLEY_CLIENT_PATH=os.path.join(ROOT, "clients", "python"), MPLBACKEND="Agg")
    nbconvert = shutil.which("jupyter-nbconvert")
    cmd = ([nbconvert] if nbconvert else [sys.executable, "-m", "nbconvert"]) + [
        "--to", "notebook", "--execute", "--ExecutePreprocessor.timeout=300",
        "--output-dir", tmp, "--output", "executed.ipynb", nb_in]
    r = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    check("notebook executes", r.returncode == 0, r.stderr[-2000:])
    if r.returncode != 0:
        return
    res = json.load(open(out))
    # Who met whom, from the server's raw /events JSON (no pandas, no NetworkX).
    pairs = {}
    url = "/api/v1/events?limit=1000&type=" + MEETING_TYPES
    while url:
        page = json.loads(fetch(base + url)[2])
        for e in page["items"]:
            people = sorted({(p["id"], p["name"]) for p in e["participants"]
                             if p.get("type") != "location"})
            for (_, an), (_, bn) in itertools.combinations(people, 2):
                key = tuple(sorted((an, bn)))  # an undirected pair, whatever the edge order
                pairs[key] = pairs.get(key, 0) + 1
        url = page["next"] if page["more"] else None
    got = {tuple(sorted((a, b))): n for a, b, n in res["pairs"]}
    check("notebook: who met whom equals the server's events", got == pairs and len(pairs) > 0,
          f"{len(got)} vs {len(pairs)} pairs")
    check("notebook: graph size", res["edges"] == len(pairs) and res["nodes"] >= 2)
    total = c.get_json("/api/v1/stats")["events"]
    check("notebook: monthly dyadic counts cover every event",
          res["monthly_total"] == total == res["total_events"] == res["quad_total"],
          f"{res['monthly_total']} {res['total_events']} {res['quad_total']} vs {total}")
    # The busiest dyads from SQL equal a count over the aggregate's dyads.
    by_dyad = {}
    for period, s, t, n in res["monthly"]:
        if s is not None and t is not None:
            by_dyad[(s, t)] = by_dyad.get((s, t), 0) + n
    best = max(by_dyad.values()) if by_dyad else 0
    check("notebook: SQL's busiest dyad matches the aggregate",
          bool(res["top"]) and res["top"][0][2] == best, f"{res['top'][:1]} vs {best}")
    check("notebook: the network plot was drawn",
          os.path.getsize(res["plot"]) > 10000 if os.path.exists(res["plot"]) else False)


def main():
    binary = sys.argv[1]
    tmp = tempfile.mkdtemp(prefix="parley-py-")
    proc = None
    try:
        db = os.path.join(tmp, "parley.db")
        inputs = [os.path.join(ROOT, "config", "sample", "article.txt")]
        releases = os.path.join(ROOT, "..", "shared", "corpus", "press-releases-dev.jsonl")
        if os.path.exists(releases):
            # The first 120 press releases: months of meetings, within the suite's budget.
            subset = os.path.join(tmp, "releases.jsonl")
            with open(releases) as src, open(subset, "w") as dst:
                dst.writelines(itertools.islice(src, 120))
            inputs.append(subset)
        else:
            print("note: ../shared absent; the seed article only")
        subprocess.run([binary, "ingest", "-q", "--db", db] + inputs, check=True,
                       stdout=subprocess.DEVNULL)
        proc, port = start_server(binary, db, tmp)
        base = f"http://127.0.0.1:{port}"
        c = Client(base)
        client_checks(c, base)
        notebook_checks(c, base, tmp)
    finally:
        if proc:
            proc.kill()
            proc.wait()
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
