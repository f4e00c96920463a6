#!/usr/bin/env python3
"""Slow and idle connections against a Parley server on loopback, while a
normal client keeps asking for /api/v1/health. Prints how many slow
connections the server held or refused, and the normal client's p50/p99.

  bench/load/slowloris.py PORT [SLOW_CONNECTIONS] [SECONDS]

Only ever connects to 127.0.0.1. Bounded in count and time; stops by itself.
"""
import socket
import statistics
import sys
import threading
import time

HOST = "127.0.0.1"


def slow_client(port, stop, held, refused):
    try:
        s = socket.create_connection((HOST, port), timeout=5)
    except OSError:
        refused.append(1)
        return
    held.append(1)
    try:
        s.sendall(b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\n")
        while not stop.is_set():
            s.sendall(b"X-Slow: 1\r\n")  # one header line every few seconds, never the end
            stop.wait(3)
    except OSError:
        pass  # the server cut us off: what it should do after its timeout
    finally:
        s.close()


def timed_get(port):
    t0 = time.perf_counter()
    with socket.create_connection((HOST, port), timeout=10) as s:
        s.sendall(b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        data = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    ok = data.startswith(b"HTTP/1.1 200")
    return time.perf_counter() - t0, ok


def main():
    port = int(sys.argv[1])
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 20
    stop = threading.Event()
    held, refused = [], []
    threads = [threading.Thread(target=slow_client, args=(port, stop, held, refused), daemon=True)
               for _ in range(n)]
    for t in threads:
        t.start()
    time.sleep(1)
    latencies, failures = [], 0
    end = time.time() + seconds
    while time.time() < end:
        try:
            dt, ok = timed_get(port)
            latencies.append(dt)
            failures += 0 if ok else 1
        except OSError:
            failures += 1
    stop.set()
    latencies.sort()
    if not latencies:
        print(f"slow connections: {len(held)} opened, {len(refused)} refused; normal client got nothing")
        return 1
    p = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000
    print(f"slow connections: {len(held)} opened, {len(refused)} refused")
    print(f"normal client under slowloris: {len(latencies)} requests, {failures} failed, "
          f"p50 {p(0.5):.2f} ms, p99 {p(0.99):.2f} ms")
    return 1 if failures or not latencies else 0


if __name__ == "__main__":
    sys.exit(main())
