#!/usr/bin/env python3
"""Soak and fault run: replays the attack list of issue 19 against a Parley
server it starts itself under an address-space limit (ulimit -v) and a
descriptor limit, then prints what held, with figures.

  bench/load/soak.py PARLEY_BINARY [--as-mb 4096] [--nofile 1024] [--mixed-seconds 20]

Attacks, in order, each followed by a health check:
  seed          500 short documents (so exports have something to stream)
  deadlock      32 concurrent /export/ndjson (the pattern that hung the server
                for good) while /api/v1/health is polled every 50 ms: every
                export completes or is told 503 + Retry-After, every health
                answer within 100 ms; time to first byte of the exports
  trailers      chunked requests with a 70,000-byte trailer, a trailer that
                never ends (256 MB offered), 16 KB of chunk extensions
  emfile        1,100 idle connections against max_connections 1024 under
                --nofile: the server neither spins (CPU) nor stops serving
  slowloris     400 connections trickling a header, while a client asks
                /api/v1/health
  big document  8 MiB of "Putin met Lavrov in Moscow. " (ingest time, then the
                document and its event read back: time and RSS growth)
  deep document metadata nested 100,000 deep (422, server alive)
  mixed         64 clients, 95% reads / 5% ingests (mixed.py's client)
RSS is read from /proc before and after. Only ever talks to 127.0.0.1; every
step is bounded in time; the server is killed at the end. Exit status 1 if
anything did not hold.
"""
import argparse
import http.client
import json
import multiprocessing
import os
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mixed import client as mixed_client, pct  # noqa: E402

HOST = "127.0.0.1"
TOKEN = "soak"
RESULTS = []  # (attack, held, figures)


def record(attack, held, figures):
    RESULTS.append((attack, held, figures))
    print(f"{'HELD' if held else 'FAILED':6} {attack:14} {figures}", flush=True)


def proc_kb(pid, field):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return -1


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def request(port, method, target, body=None, headers=None, timeout=30):
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        conn.request(method, target, body, headers or {})
        resp = conn.getresponse()
        data = resp.read()
        return resp.status, dict(resp.getheaders()), data
    finally:
        conn.close()


def health_ms(port, timeout=5):
    t0 = time.perf_counter()
    try:
        status, _, _ = request(port, "GET", "/api/v1/health", timeout=timeout)
    except OSError:
        return None, None
    return status, (time.perf_counter() - t0) * 1000


def raw_exchange(port, data, timeout=10):
    s = socket.create_connection((HOST, port), timeout=timeout)
    out = b""
    try:
        try:
            s.sendall(data)
        except OSError:
            pass  # answered and closed before reading it all
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            out += chunk
    except OSError:
        pass
    finally:
        s.close()
    return out


def alive(port):
    status, ms = health_ms(port)
    return status in (200, 503) and ms is not None


def seed(port):
    people = ["Vladimir Putin", "Emmanuel Macron", "Olaf Scholz", "Xi Jinping", "Sergey Lavrov",
              "Wang Yi", "Antony Blinken", "Narendra Modi"]
    places = ["Moscow", "Paris", "Berlin", "Beijing", "Geneva", "New Delhi"]
    t0 = time.perf_counter()
    for batch in range(10):
        lines = []
        for i in range(50):
            n = batch * 50 + i
            a, b = people[n % 8], people[(n * 3 + 1) % 8]
            if a == b:
                b = people[(n + 1) % 8]
            lines.append(json.dumps({
                "id": f"soak-{n}", "published_at": f"2024-{n % 12 + 1:02d}-{n % 27 + 1:02d}",
                "text": f"Report {n}. {a} met {b} in {places[n % 6]} on Monday. "
                        f"{a} said the talks were useful."}))
        status, _, _ = request(port, "POST", "/api/v1/documents", "\n".join(lines) + "\n",
                               {"Authorization": "Bearer " + TOKEN,
                                "Content-Type": "application/x-ndjson"}, timeout=120)
        if status not in (200, 201):
            record("seed", False, f"batch {batch} answered {status}")
            return
    record("seed", True, f"500 documents in {time.perf_counter() - t0:.1f} s")


def deadlock(port, exports=32):
    ttfb, outcomes, lock = [], [], threading.Lock()

    def export():
        t0 = time.perf_counter()
        try:
            conn = http.client.HTTPConnection(HOST, port, timeout=60)
            conn.request("GET", "/api/v1/export/ndjson")
            resp = conn.getresponse()
            first = resp.read(1)
            t1 = time.perf_counter()
            rest = resp.read()
            ok = resp.status == 200 and len(first + rest) > 0
            retry = resp.status == 503 and resp.getheader("Retry-After")
            with lock:
                if resp.status == 200:
                    ttfb.append(t1 - t0)
                outcomes.append("ok" if ok else ("retry" if retry else f"status {resp.status}"))
            conn.close()
        except OSError as e:
            with lock:
                outcomes.append(f"error {e}")

    # The poller is a process of its own: in this one, 32 threads reading
    # export streams hold the GIL, and a health answer would wait for them,
    # not for the server.
    stop = multiprocessing.Event()
    parent, child = multiprocessing.Pipe(duplex=False)

    def poll(stop, out):
        found = []
        while not stop.is_set():
            found.append(health_ms(port, timeout=5))
            time.sleep(0.05)
        out.send(found)

    poller = multiprocessing.get_context("fork").Process(target=poll, args=(stop, child))
    poller.start()
    threads = [threading.Thread(target=export) for _ in range(exports)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(90)
    stop.set()
    healths = parent.recv()
    poller.join()
    slow = [ms for s, ms in healths if s != 200 or ms is None or ms > 100]
    complete = outcomes.count("ok")
    retried = outcomes.count("retry")
    held = complete + retried == exports and complete >= 1 and not slow and not any(
        t.is_alive() for t in threads)
    worst = max((ms for _, ms in healths if ms is not None), default=float("nan"))
    record("deadlock", held,
           f"{complete} exports complete, {retried} told to retry; time to first byte "
           f"p50 {pct(ttfb, 0.5):.1f} ms, max {pct(ttfb, 1.0):.1f} ms; health answered "
           f"{len(healths)} times, worst {worst:.1f} ms, {len(slow)} over 100 ms")
    return held


def trailers(port, pid):
    rss0 = proc_kb(pid, "VmRSS")
    head = (b"POST /api/v1/documents HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
            b"Content-Type: text/plain\r\n\r\n4\r\nabcd\r\n0\r\n")
    a = raw_exchange(port, head + b"X-T: " + b"a" * 70000 + b"\r\n\r\n")
    # A trailer that never ends: 256 MB offered, the server must cut it off.
    s = socket.create_connection((HOST, port), timeout=10)
    sent = 0
    try:
        s.sendall(head + b"X-T: ")
        block = b"b" * (1 << 20)
        while sent < (256 << 20):
            s.sendall(block)
            sent += len(block)
    except OSError:
        pass
    finally:
        s.close()
    ext = b"".join(b"1;ext=" + b"e" * 1000 + b"\r\nx\r\n" for _ in range(16))
    c = raw_exchange(port, b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
                           b"chunked\r\n\r\n" + ext + b"0\r\n\r\n")
    grown = proc_kb(pid, "VmRSS") - rss0
    held = (a.startswith(b"HTTP/1.1 431") or a == b"") and c.startswith(b"HTTP/1.1 400") and \
        sent < (256 << 20) and alive(port) and grown < 64 * 1024
    record("trailers", held, f"70 KB trailer: {a[:12]!r}; endless trailer cut after "
                             f"{sent >> 20} MB; extensions: {c[:12]!r}; RSS grew {grown} kB")
    return held


def emfile(port, pid, count=1100):
    socks = []
    try:
        for _ in range(count):
            s = socket.socket()
            s.settimeout(5)
            s.connect((HOST, port))
            socks.append(s)
        time.sleep(1)
        c0 = cpu_seconds(pid)
        time.sleep(2)
        cpu = (cpu_seconds(pid) - c0) / 2
        statuses = [health_ms(port, timeout=5) for _ in range(5)]
    finally:
        for s in socks:
            s.close()
    served = sum(1 for s, _ in statuses if s == 200)
    worst = max((ms for _, ms in statuses if ms is not None), default=float("nan"))
    held = cpu < 0.3 and served == 5
    record("emfile", held, f"{count} idle connections: server CPU {cpu:.2f} s/s; "
                           f"{served}/5 health requests served, worst {worst:.1f} ms")
    return held


def slowloris(port, count=400, seconds=10):
    socks, stop = [], threading.Event()
    for _ in range(count):
        try:
            s = socket.create_connection((HOST, port), timeout=5)
            s.sendall(b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\n")
            socks.append(s)
        except OSError:
            break

    def trickle():
        while not stop.wait(3):
            for s in list(socks):
                try:
                    s.sendall(b"X-Slow: 1\r\n")
                except OSError:
                    socks.remove(s)

    t = threading.Thread(target=trickle)
    t.start()
    lat, failed = [], 0
    end = time.time() + seconds
    while time.time() < end:
        status, ms = health_ms(port, timeout=5)
        if status == 200:
            lat.append(ms / 1000)
        else:
            failed += 1
    stop.set()
    t.join()
    for s in socks:
        s.close()
    held = failed == 0 and len(lat) > 0
    record("slowloris", held, f"{count} trickling connections: {len(lat)} health answers in "
                              f"{seconds} s, {failed} failed, p50 {pct(lat, 0.5):.2f} ms, "
                              f"p99 {pct(lat, 0.99):.2f} ms")
    return held


def big_document(port, pid):
    unit = "Putin met Lavrov in Moscow. "
    text = unit * ((8 << 20) // len(unit))
    t0 = time.perf_counter()
    status, _, body = request(port, "POST", "/api/v1/documents?id=big", text.encode(),
                              {"Authorization": "Bearer " + TOKEN,
                               "Content-Type": "text/plain"}, timeout=600)
    ingest_s = time.perf_counter() - t0
    if status != 201:
        record("big document", False, f"ingest answered {status}: {body[:200]!r}")
        return False
    outcome = json.loads(body)
    rss0 = proc_kb(pid, "VmRSS")
    try:
        with open(f"/proc/{pid}/clear_refs", "w") as f:
            f.write("5")  # VmHWM := VmRSS, so the peak below is the reads'
    except OSError:
        pass
    t0 = time.perf_counter()
    s1, _, d = request(port, "GET", f"/api/v1/documents/{outcome['document_id']}", timeout=120)
    doc_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    s2, _, e = request(port, "GET", f"/api/v1/events/{outcome['event_ids'][0]}", timeout=120)
    event_s = time.perf_counter() - t0
    peak = proc_kb(pid, "VmHWM") - rss0
    held = s1 == 200 and s2 == 200 and alive(port) and peak < 512 * 1024
    record("big document", held,
           f"8 MiB ingested in {ingest_s:.1f} s ({len(text) // len(unit)} sentences, "
           f"{len(outcome['event_ids'])} event); GET document {doc_s * 1000:.0f} ms "
           f"({len(d) >> 20} MiB), GET event {event_s * 1000:.0f} ms ({len(e) >> 10} KiB); "
           f"peak RSS during the reads +{peak >> 10} MB")
    return held


def deep_document(port):
    depth = 100000
    body = '{"text": "Putin met Lavrov.", "meta": ' + "[" * depth + "]" * depth + "}"
    status, _, _ = request(port, "POST", "/api/v1/documents", body,
                           {"Authorization": "Bearer " + TOKEN,
                            "Content-Type": "application/json"})
    held = status == 422 and alive(port)
    record("deep document", held, f"metadata nested {depth} deep answered {status}")
    return held


def mixed(port, clients, seconds):
    stats, lock = {"reads": [], "writes": [], "errors": 0}, threading.Lock()
    deadline = time.time() + seconds
    threads = [threading.Thread(target=mixed_client,
                                args=(port, TOKEN, deadline, stats, lock, i))
               for i in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - t0
    n = len(stats["reads"]) + len(stats["writes"])
    held = stats["errors"] == 0
    record("mixed", held,
           f"{clients} clients {seconds:.0f} s: {n / elapsed:.0f} req/s, "
           f"reads p50 {pct(stats['reads'], 0.5):.1f} ms p99 {pct(stats['reads'], 0.99):.1f} ms, "
           f"{len(stats['writes'])} ingests p99 {pct(stats['writes'], 0.99):.1f} ms, "
           f"{stats['errors']} errors")
    return held


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--as-mb", type=int, default=4096, help="address-space limit (ulimit -v)")
    ap.add_argument("--nofile", type=int, default=1024)
    ap.add_argument("--mixed-seconds", type=float, default=20)
    ap.add_argument("--port", type=int, default=18099)
    args = ap.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 8192), hard))

    work = tempfile.mkdtemp(prefix="parley-soak-")
    log = open(os.path.join(work, "server.log"), "w")
    cmd = ["prlimit", f"--as={args.as_mb << 20}", f"--nofile={args.nofile}", "--",
           args.binary, "serve", "--host", HOST, "--port", str(args.port),
           "--db", os.path.join(work, "soak.db"), "--write-token", TOKEN, "--threads", "2",
           "--log-level", "warn"]
    server = subprocess.Popen(cmd, stdout=log, stderr=log)
    try:
        for _ in range(200):
            if health_ms(args.port, timeout=1)[0] == 200:
                break
            time.sleep(0.1)
        else:
            print("the server did not start; see", log.name)
            return 1
        pid = server.pid
        print(f"server pid {pid} under ulimit -v {args.as_mb} MB, -n {args.nofile}; "
              f"RSS {proc_kb(pid, 'VmRSS') >> 10} MB at start", flush=True)
        seed(args.port)
        rss_before = proc_kb(pid, "VmRSS")
        deadlock(args.port)
        trailers(args.port, pid)
        emfile(args.port, pid)
        slowloris(args.port)
        deep_document(args.port)
        mixed(args.port, 64, args.mixed_seconds)
        big_document(args.port, pid)
        rss_after = proc_kb(pid, "VmRSS")
        alive_now = server.poll() is None and alive(args.port)
        record("end", alive_now,
               f"server {'alive' if alive_now else 'DEAD'}; RSS {rss_before >> 10} MB after seeding, "
               f"{rss_after >> 10} MB at the end, peak {proc_kb(pid, 'VmHWM') >> 10} MB")
    finally:
        server.kill()
        server.wait()
        log.close()
    failed = [a for a, held, _ in RESULTS if not held]
    print(f"\n{len(RESULTS) - len(failed)} of {len(RESULTS)} held" +
          (f"; FAILED: {', '.join(failed)} (log: {log.name})" if failed else ""))
    if not failed:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
