#!/usr/bin/python3
"""Writes examples/analyst.ipynb from the cells below (kept here as plain
Python so that diffs stay readable). Run it after editing a cell."""
import json
import os

CELLS = [
    ("markdown", """# Parley for analysts: who met whom, monthly dyadic counts, a network

This notebook talks to a running Parley server (`PARLEY_URL`, default
`http://127.0.0.1:8080`) through the small client in `clients/python`
(standard library HTTP; pandas and NetworkX from Debian). Load the seed
article and the press releases first:

```sh
parley ingest config/sample/article.txt ../shared/corpus/press-releases-dev.jsonl
parley serve
```"""),
    ("code", """import json, os, sys
sys.path.insert(0, os.environ.get("PARLEY_CLIENT_PATH", ".."))
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import networkx as nx
import pandas as pd
from parley_client import Client, MEETING_TYPES

client = Client(os.environ.get("PARLEY_URL", "http://127.0.0.1:8080"),
                token=os.environ.get("PARLEY_TOKEN"))
stats = client.get_json("/api/v1/stats")
stats["documents"], stats["events"], stats["date_range"]"""),
    ("markdown", """## Who met whom
Every meeting-like event (meeting, summit, visit, call, talks, …) links each
pair of its participants; the weight counts such events."""),
    ("code", """met_graph = client.meetings_graph()
met = pd.DataFrame(
    sorted(((met_graph.nodes[a]["name"], met_graph.nodes[b]["name"], d["weight"])
            for a, b, d in met_graph.edges(data=True)), key=lambda t: (-t[2], t[0], t[1])),
    columns=["a", "b", "events"])
met.head(15)"""),
    ("markdown", """## Monthly dyadic counts
Source → target by month, with the mean Goldstein score, as event-data research
counts them. Dates known only to the month or year keep a period of their own
precision (`period_precision`) instead of being dropped."""),
    ("code", """monthly = client.aggregate(["period", "source", "target"], bucket="month")
monthly[["period", "period_precision", "source_name", "target_name", "events",
         "goldstein_mean"]].head(20)"""),
    ("code", """by_quad = client.aggregate(["period", "quad_class"], bucket="month")
# pivot_table drops rows whose keys are missing: name them instead, so
# undated events and events without a quad class (0) are counted too.
by_quad["period"] = by_quad["period"].fillna("undated")
by_quad["quad_class"] = by_quad["quad_class"].fillna(0).astype(int)
quad = by_quad.pivot_table(index="period", columns="quad_class", values="events",
                           aggfunc="sum", fill_value=0)
quad.tail(12)"""),
    ("markdown", "## The busiest dyads, in SQL over the `dyads` view"),
    ("code", """top = client.sql(
    "SELECT s.name AS source, t.name AS target, count(*) AS events "
    "FROM dyads d JOIN entities s ON s.id = d.source_id JOIN entities t ON t.id = d.target_id "
    "GROUP BY d.source_id, d.target_id ORDER BY events DESC, source, target LIMIT :n",
    {"n": 10})
top"""),
    ("markdown", "## The meeting network"),
    ("code", """core = met_graph.subgraph(sorted(met_graph.nodes, key=met_graph.degree, reverse=True)[:40])
fig, ax = plt.subplots(figsize=(10, 8))
pos = nx.spring_layout(core, seed=7, weight="weight")
nx.draw_networkx_edges(core, pos, ax=ax, alpha=0.4,
                       width=[0.5 + d["weight"] for _, _, d in core.edges(data=True)])
nx.draw_networkx_nodes(core, pos, ax=ax, node_size=[60 + 40 * core.degree(n) for n in core])
nx.draw_networkx_labels(core, pos, labels=nx.get_node_attributes(core, "name"), font_size=7, ax=ax)
ax.set_axis_off()
plot = os.environ.get("PARLEY_PLOT", "meetings.png")
fig.savefig(plot, dpi=80, bbox_inches="tight")"""),
    ("code", """# What the tests compare with the server's own answers.
out = os.environ.get("PARLEY_NOTEBOOK_OUT")
if out:
    with open(out, "w") as f:
        json.dump({"pairs": met.values.tolist(),
                   "nodes": met_graph.number_of_nodes(), "edges": met_graph.number_of_edges(),
                   "monthly": json.loads(monthly[["period", "source_id", "target_id", "events"]]
                                         .to_json(orient="values")),
                   "monthly_total": int(monthly["events"].sum()),
                   "total_events": monthly.attrs["total_events"],
                   "quad_total": int(quad.values.sum()),
                   "top": top.values.tolist(),
                   "plot": plot}, f)"""),
]


def main():
    cells = []
    for kind, text in CELLS:
        cell = {"cell_type": kind, "metadata": {}, "source": text.splitlines(keepends=True)}
        if kind == "code":
            cell.update(outputs=[], execution_count=None)
        cells.append(cell)
    nb = {"cells": cells,
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python",
                                      "name": "python3"},
                       "language_info": {"name": "python"}},
          "nbformat": 4, "nbformat_minor": 4}
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "analyst.ipynb"), "w") as f:
        json.dump(nb, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
