#!/usr/bin/env python3
"""Mixed load against a Parley server on loopback: CLIENTS threads for
SECONDS, each request a read (95%) or a document ingest (5%). Prints request
counts, 5xx count, and p50/p99 latency for reads and writes.

  bench/load/mixed.py PORT TOKEN [CLIENTS] [SECONDS]

Reads cycle through entity search, event lists, an entity and a neighbourhood
(not /stats: it counts the whole graph, 1.6 s at 1M events, an admin query). Only ever connects to 127.0.0.1; bounded in time; stops by itself.
"""
import http.client
import json
import random
import sys
import threading
import time

HOST = "127.0.0.1"
READS = ["/api/v1/entities?q=pu&limit=20", "/api/v1/events?limit=50",
         "/api/v1/entities/1", "/api/v1/graph?seed=1&depth=1&limit=200",
         "/api/v1/entities?q=la", "/api/v1/events?type=meeting&limit=20", "/api/v1/health"]
PEOPLE = ["Vladimir Putin", "Emmanuel Macron", "Olaf Scholz", "Xi Jinping", "Narendra Modi",
          "Recep Tayyip Erdogan", "Volodymyr Zelenskyy", "Joe Biden"]
PLACES = ["Moscow", "Paris", "Berlin", "Beijing", "New Delhi", "Ankara", "Kyiv", "Washington"]


def pct(values, q):
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))] * 1000


def client(port, token, deadline, stats, lock, seed):
    rnd = random.Random(seed)
    conn = http.client.HTTPConnection(HOST, port, timeout=30)
    reads, writes, errors = [], [], 0
    n = 0
    while time.time() < deadline:
        n += 1
        write = rnd.random() < 0.05
        t0 = time.perf_counter()
        try:
            if write:
                a, b = rnd.sample(range(len(PEOPLE)), 2)
                doc = {"id": f"load-{seed}-{n}", "published_at": "2022-03-0%d" % rnd.randint(1, 9),
                       "text": f"Report {seed}-{n}. {PEOPLE[a]} held talks with {PEOPLE[b]} in "
                               f"{rnd.choice(PLACES)} on Monday. The two discussed security."}
                conn.request("POST", "/api/v1/documents", json.dumps(doc),
                             {"Authorization": "Bearer " + token, "Content-Type": "application/json"})
            else:
                conn.request("GET", rnd.choice(READS))
            resp = conn.getresponse()
            resp.read()
            if resp.status >= 500:
                errors += 1
        except (OSError, http.client.HTTPException):
            errors += 1
            conn.close()
            conn = http.client.HTTPConnection(HOST, port, timeout=30)
            continue
        (writes if write else reads).append(time.perf_counter() - t0)
    with lock:
        stats["reads"] += reads
        stats["writes"] += writes
        stats["errors"] += errors


def main():
    port, token = int(sys.argv[1]), sys.argv[2]
    clients = int(sys.argv[3]) if len(sys.argv) > 3 else 32
    seconds = float(sys.argv[4]) if len(sys.argv) > 4 else 20
    stats, lock = {"reads": [], "writes": [], "errors": 0}, threading.Lock()
    deadline = time.time() + seconds
    threads = [threading.Thread(target=client, args=(port, token, deadline, stats, lock, i))
               for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    r, w = stats["reads"], stats["writes"]
    print(f"{clients} clients, {seconds:.0f} s: {len(r)} reads ({len(r) / seconds:.0f}/s), "
          f"{len(w)} ingests ({len(w) / seconds:.1f}/s), {stats['errors']} errors or 5xx")
    print(f"reads   p50 {pct(r, 0.5):.2f} ms  p99 {pct(r, 0.99):.2f} ms")
    print(f"ingests p50 {pct(w, 0.5):.2f} ms  p99 {pct(w, 0.99):.2f} ms")
    return 1 if stats["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
