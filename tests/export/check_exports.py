#!/usr/bin/python3
"""Loads every Parley export in DIR with the tool its users use and checks it.

    check_exports.py DIR COUNTS_JSON

DIR holds nodes.csv, edges.csv, parley.ndjson, parley.graphml, parley.gexf,
parley.cyjs and events.tsv (as `parley export` / the HTTP routes name them).
COUNTS_JSON is {"entities": N, "events": M, "edges": E, "documents": D} as the
database counts them. Prints one PASS/FAIL line per check; exits 1 on any
failure, 77 when networkx, pandas or lxml is missing (the test then skips).
"""
import json
import os
import sys

try:
    import lxml.etree as etree
    import networkx as nx
    import pandas as pd
except ImportError as e:  # pragma: no cover - environment dependent
    print(f"SKIP: {e}")
    sys.exit(77)

failures = 0


def check(name, ok, detail=""):
    global failures
    print(("PASS " if ok else "FAIL ") + name + (f": {detail}" if detail and not ok else ""))
    if not ok:
        failures += 1


def main():
    d = sys.argv[1]
    want = json.loads(sys.argv[2])
    nodes_want = want["entities"] + want["events"]
    edges_want = want["edges"]
    path = lambda name: os.path.join(d, name)

    # --- CSV: pandas, RFC 4180 ---------------------------------------------
    nodes = pd.read_csv(path("nodes.csv"), dtype={"cameo": str, "quad_class": "Int64"})
    edges = pd.read_csv(path("edges.csv"))
    check("nodes.csv columns", list(nodes.columns)[:4] == ["id", "kind", "label", "type"],
          list(nodes.columns))
    check("nodes.csv rows", len(nodes) == nodes_want, f"{len(nodes)} != {nodes_want}")
    check("nodes.csv counts are integers", str(nodes["mentions"].dtype) == "int64",
          str(nodes["mentions"].dtype))
    check("nodes.csv goldstein is numeric", nodes["goldstein"].dtype.kind in "fi")
    check("edges.csv columns", list(edges.columns)[:4] == ["id", "source", "target", "role"],
          list(edges.columns))
    check("edges.csv rows", len(edges) == edges_want, f"{len(edges)} != {edges_want}")
    ids = set(nodes["id"])
    check("edges.csv endpoints exist",
          edges["source"].isin(ids).all() and edges["target"].isin(ids).all())
    cameo = nodes["cameo"].dropna()
    check("nodes.csv CAMEO codes stay strings", len(cameo) > 0 and cameo.str.len().ge(3).all()
          and cameo.str.startswith("0").any(), cameo.head().tolist())
    quoted = nodes[nodes["label"].astype(str).str.contains('[,"\n]', regex=True)]
    check("nodes.csv quoted labels survive", len(quoted) > 0 if want.get("tricky") else True)

    # --- NDJSON: pandas -----------------------------------------------------
    nd = pd.read_json(path("parley.ndjson"), lines=True, dtype=False)
    kinds = nd["kind"].value_counts().to_dict()
    check("ndjson kinds", kinds.get("entity", 0) == want["entities"]
          and kinds.get("event", 0) == want["events"]
          and kinds.get("document", 0) == want["documents"], kinds)
    ev = nd[nd["kind"] == "event"]
    check("ndjson event columns", {"cameo", "plover", "date", "participants", "goldstein"}
          <= set(nd.columns), list(nd.columns))
    codes = ev["cameo"].dropna()
    check("ndjson CAMEO codes stay strings",
          all(isinstance(c, str) for c in codes) and any(c.startswith("0") for c in codes),
          codes.head().tolist())

    # --- TSV: pandas, GDELT-style unquoted ------------------------------------
    tsv = pd.read_csv(path("events.tsv"), sep="\t", quoting=3, dtype=str,
                      keep_default_na=False)
    cols = ["event_id", "date", "source_name", "source_code", "source_country", "source_sector",
            "cameo_code", "cameo_base", "cameo_root", "plover_type", "plover_mode", "goldstein",
            "quad_class", "target_name", "target_code", "target_country", "target_sector",
            "place_name", "place_country", "num_mentions", "num_documents", "num_sources",
            "source_urls"]
    check("events.tsv columns", all(c in tsv.columns for c in cols),
          [c for c in cols if c not in tsv.columns])
    check("events.tsv rows", len(tsv) == want["events"], f"{len(tsv)} != {want['events']}")
    coded = tsv[tsv["cameo_code"] != ""]
    check("events.tsv leading zeros survive",
          len(coded) > 0 and coded["cameo_code"].str.startswith("0").any()
          and (coded["cameo_root"].str.len() == 2).all()
          and (coded["cameo_base"] == coded["cameo_code"].str[:3]).all(),
          coded["cameo_code"].head().tolist())
    typed = pd.read_csv(path("events.tsv"), sep="\t", quoting=3,
                        dtype={"cameo_code": str, "cameo_base": str, "cameo_root": str})
    check("events.tsv counts are integers", str(typed["num_mentions"].dtype) == "int64",
          str(typed["num_mentions"].dtype))
    check("events.tsv goldstein is numeric", typed["goldstein"].dtype.kind in "fi")

    # --- GraphML: networkx + lxml structure -----------------------------------
    g = nx.read_graphml(path("parley.graphml"))
    check("graphml node count", g.number_of_nodes() == nodes_want,
          f"{g.number_of_nodes()} != {nodes_want}")
    check("graphml edge count", g.number_of_edges() == edges_want,
          f"{g.number_of_edges()} != {edges_want}")
    some_event = next((n for n, a in g.nodes(data=True) if a.get("kind") == "event"), None)
    if some_event is not None:
        a = g.nodes[some_event]
        check("graphml typed attributes", isinstance(a.get("mentions"), int)
              and ("cameo" not in a or isinstance(a["cameo"], str)), a)
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    tree = etree.parse(path("parley.graphml"))
    root = tree.getroot()
    check("graphml root", root.tag == ns + "graphml")
    keys = {k.get("id"): k for k in root.findall(ns + "key")}
    check("graphml keys typed", all(k.get("attr.type") in
                                    ("boolean", "int", "long", "float", "double", "string")
                                    and k.get("for") in ("node", "edge") and k.get("attr.name")
                                    for k in keys.values()))
    graph = root.find(ns + "graph")
    check("graphml edgedefault", graph is not None
          and graph.get("edgedefault") in ("directed", "undirected"))
    node_ids = [n.get("id") for n in graph.findall(ns + "node")]
    check("graphml node ids unique", len(node_ids) == len(set(node_ids)))
    nid = set(node_ids)
    bad = [e.get("id") for e in graph.findall(ns + "edge")
           if e.get("source") not in nid or e.get("target") not in nid]
    check("graphml every endpoint present", not bad, bad[:5])
    undeclared = [dd.get("key") for el in graph for dd in el.findall(ns + "data")
                  if dd.get("key") not in keys
                  or keys[dd.get("key")].get("for") != etree.QName(el).localname]
    check("graphml data keys declared for their domain", not undeclared, undeclared[:5])

    # --- GEXF 1.2: plain networkx (2.8 and 3) + structure ----------------------
    # Regression: GEXF 1.3 needed a namespace registered by hand in networkx 2.8.
    gx = nx.read_gexf(path("parley.gexf"))
    check("gexf node count", gx.number_of_nodes() == nodes_want,
          f"{gx.number_of_nodes()} != {nodes_want}")
    check("gexf edge count", gx.number_of_edges() == edges_want,
          f"{gx.number_of_edges()} != {edges_want}")
    dated = [a for _, a in gx.nodes(data=True) if a.get("kind") == "event" and a.get("date")]
    check("gexf events carry spells",
          all(a.get("start", "").startswith(a["date"]) and a.get("end", "").startswith(a["date"])
              for a in dated) and any(a.get("start") == a["date"] == a.get("end")
                                      for a in dated), dated[:2])
    gns = "{http://www.gexf.net/1.2draft}"
    groot = etree.parse(path("parley.gexf")).getroot()
    check("gexf 1.2 namespace and version", groot.tag == gns + "gexf"
          and groot.get("version") == "1.2")
    gg = groot.find(gns + "graph")
    check("gexf dynamic date graph", gg is not None and gg.get("mode") == "dynamic"
          and gg.get("timeformat") == "date")
    gnodes = gg.find(gns + "nodes").findall(gns + "node")
    gedges = gg.find(gns + "edges").findall(gns + "edge")
    check("gexf required attributes", all(n.get("id") and n.get("label") is not None
                                          for n in gnodes)
          and all(e.get("id") and e.get("source") and e.get("target") for e in gedges))
    declared = {a.get("id") for a in gg.iter(gns + "attribute")}
    check("gexf attvalues declared",
          all(v.get("for") in declared for v in gg.iter(gns + "attvalue")))

    # --- Cytoscape JSON: networkx ----------------------------------------------
    with open(path("parley.cyjs"), encoding="utf-8") as f:
        cy = nx.cytoscape_graph(json.load(f))
    check("cytoscape node count", cy.number_of_nodes() == nodes_want,
          f"{cy.number_of_nodes()} != {nodes_want}")
    check("cytoscape edge count", cy.number_of_edges() == edges_want,
          f"{cy.number_of_edges()} != {edges_want}")

    print(f"{failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
