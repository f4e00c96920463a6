"""A small client for Parley's REST API that answers in pandas and NetworkX.

Standard library only for HTTP (urllib); pandas and NetworkX are imported
when a method needs them (Debian: python3-pandas, python3-networkx).

    from parley_client import Client
    c = Client("http://127.0.0.1:8080")          # token= when reads need one
    c.events(type="meeting,call", frm="2022")    # DataFrame, every page
    c.aggregate("period,source,target", bucket="month")
    c.sql("SELECT type, count(*) AS n FROM events GROUP BY type")
    c.export_graph("graphml")                     # networkx graph
    c.meetings_graph()                            # who met whom, weighted

Codes stay strings everywhere ("040", never 40).
"""

import gzip
import io
import json
import urllib.error
import urllib.parse
import urllib.request

__all__ = ["Client", "ParleyError"]
__version__ = "0.1.0"

# The event types that are a meeting of some kind (vocabulary family "consult").
MEETING_TYPES = "meeting,summit,visit,call,negotiation,talks,conference,mediation"


class ParleyError(Exception):
    """An error answer (problem+json): status, detail and the offending parameter."""

    def __init__(self, status, detail, param=None):
        super().__init__(f"{status}: {detail}" + (f" (parameter {param})" if param else ""))
        self.status = status
        self.detail = detail
        self.param = param


def _params(filters):
    """Keyword filters as query parameters: `frm` for `from` (a Python
    keyword), lists joined with commas, booleans as true/false, None dropped."""
    out = {}
    for k, v in filters.items():
        if v is None:
            continue
        k = "from" if k == "frm" else k
        if isinstance(v, (list, tuple)):
            v = ",".join(str(x) for x in v)
        elif isinstance(v, bool):
            v = "true" if v else "false"
        out[k] = str(v)
    return out


class Client:
    def __init__(self, base_url="http://127.0.0.1:8080", token=None, timeout=60):
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = timeout

    # --- HTTP -----------------------------------------------------------
    def _request(self, method, path, params=None, body=None):
        url = path if path.startswith("http") else self.base_url + path
        if params:
            url += ("&" if "?" in url else "?") + urllib.parse.urlencode(params)
        headers = {"Accept-Encoding": "gzip", "Accept": "application/json"}
        if self.token:
            headers["Authorization"] = "Bearer " + self.token
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        req = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                raw = resp.read()
                if resp.headers.get("Content-Encoding") == "gzip":
                    raw = gzip.decompress(raw)
                return raw, resp.headers
        except urllib.error.HTTPError as e:
            raw = e.read()
            if e.headers.get("Content-Encoding") == "gzip":
                raw = gzip.decompress(raw)
            try:
                p = json.loads(raw)
                raise ParleyError(e.code, p.get("detail", ""), p.get("param")) from None
            except ValueError:
                raise ParleyError(e.code, raw.decode("utf-8", "replace")) from None

    def get_json(self, path, **params):
        raw, _ = self._request("GET", path, _params(params))
        return json.loads(raw)

    def _pages(self, path, params, max_rows):
        """Every item of a paged list, following `next` until `more` is false."""
        items, page = [], self.get_json(path, **params)
        while True:
            items.extend(page["items"])
            if not page.get("more") or not page.get("next") or len(items) >= max_rows:
                return items[:max_rows]
            page = self.get_json(page["next"])

    # --- reads as DataFrames ----------------------------------------------
    def entities(self, q=None, max_rows=10000, **filters):
        import pandas as pd
        params = _params(dict(filters, q=q))
        params.setdefault("limit", "1000")
        return pd.DataFrame(self._pages("/api/v1/entities", params, max_rows))

    def events(self, max_rows=100000, **filters):
        """Events passing the /events filters (type, plover, cameo, frm, to,
        participant, location, country, dyad, directed, q, as_of), one row each,
        with `participants` as a list and `location` as a dict."""
        import pandas as pd
        params = _params(filters)
        params.setdefault("limit", "1000")
        df = pd.DataFrame(self._pages("/api/v1/events", params, max_rows))
        return df

    def search(self, q, limit=10):
        """Entities, events and documents matching `q`: a dict of DataFrames."""
        import pandas as pd
        j = self.get_json("/api/v1/search", q=q, limit=limit)
        return {k: pd.DataFrame(v) for k, v in j.items()}

    def aggregate(self, group_by, bucket="month", **filters):
        """Counts and mean Goldstein grouped by `group_by` (a list or a
        comma-separated string of period, source, target, source_country,
        target_country, source_sector, target_sector, type, cameo_root, plover,
        quad_class, place). Entity keys become <key>_id and <key>_name columns."""
        import pandas as pd
        if isinstance(group_by, (list, tuple)):
            group_by = ",".join(group_by)
        j = self.get_json("/api/v1/aggregate", group_by=group_by, bucket=bucket, **filters)
        rows = []
        for item in j["items"]:
            row = {}
            for k, v in item.items():
                if k in ("source", "target", "place"):
                    row[k + "_id"] = v["id"] if v else None
                    row[k + "_name"] = v["name"] if v else None
                else:
                    row[k] = v
            rows.append(row)
        df = pd.DataFrame(rows)
        df.attrs["truncated"] = j["truncated"]
        df.attrs["total_events"] = j["total_events"]
        return df

    def sql(self, query, params=None, limit=None):
        """One read-only SELECT over the views (entities, events, participants,
        evidence, documents, dyads); `params` a dict (:name) or a list (?).
        The DataFrame's attrs say whether the answer was truncated."""
        import pandas as pd
        body = {"sql": query}
        if params is not None:
            body["params"] = params
        if limit is not None:
            body["limit"] = limit
        raw, _ = self._request("POST", "/api/v1/sql", body=body)
        j = json.loads(raw)
        df = pd.DataFrame(j["rows"], columns=j["columns"])
        df.attrs["truncated"] = j["truncated"]
        return df

    # --- graphs -----------------------------------------------------------
    def export(self, fmt, path=None, **filters):
        """The export `fmt` (nodes.csv, edges.csv, ndjson, graphml, gexf,
        cytoscape.json, events.tsv, jsonld) as bytes, or written to `path`."""
        raw, _ = self._request("GET", "/api/v1/export/" + fmt, _params(filters))
        if path:
            with open(path, "wb") as f:
                f.write(raw)
        return raw

    def export_table(self, fmt="events.tsv", **filters):
        """events.tsv, nodes.csv or edges.csv as a DataFrame with codes as text."""
        import pandas as pd
        raw = self.export(fmt, **filters)
        if fmt == "events.tsv":
            return pd.read_csv(io.BytesIO(raw), sep="\t", quoting=3, keep_default_na=False,
                               dtype={"cameo_code": str, "cameo_base": str, "cameo_root": str})
        return pd.read_csv(io.BytesIO(raw), dtype={"cameo": str})

    def export_graph(self, fmt="graphml", **filters):
        """The bipartite entity–event graph as NetworkX, from graphml, gexf or
        cytoscape.json."""
        import networkx as nx
        raw = self.export(fmt, **filters)
        if fmt == "graphml":
            return nx.read_graphml(io.BytesIO(raw))
        if fmt == "gexf":
            return nx.read_gexf(io.BytesIO(raw))
        if fmt == "cytoscape.json":
            return nx.cytoscape_graph(json.loads(raw))
        raise ValueError("a graph format: graphml, gexf or cytoscape.json")

    def neighbourhood(self, seed, depth=1, **filters):
        import networkx as nx
        return nx.cytoscape_graph(self.get_json("/api/v1/graph", seed=seed, depth=depth, **filters))

    def paths(self, source, target, **options):
        """The shortest connections between two entities as a NetworkX graph."""
        import networkx as nx
        return nx.cytoscape_graph(self.get_json("/api/v1/paths", frm=source, to=target, **options))

    def meetings_graph(self, types=MEETING_TYPES, **filters):
        """Who met whom: an undirected entity graph, one edge per pair of
        entities that took part in the same meeting-like event, weighted by
        the number of such events (places left out)."""
        import itertools
        import networkx as nx
        g = nx.Graph()
        events = self.events(type=types, **filters)
        for parts in events.get("participants", []):
            people = sorted({(p["id"], p["name"]) for p in parts if p.get("type") != "location"})
            for (a, an), (b, bn) in itertools.combinations(people, 2):
                g.add_node(a, name=an)
                g.add_node(b, name=bn)
                w = g.get_edge_data(a, b, {"weight": 0})["weight"]
                g.add_edge(a, b, weight=w + 1)
        return g
