#!/usr/bin/env bash
# Several Parley processes on one PostgreSQL database (issue 18), driven
# through the real binary. Run by scripts/test_pg.sh against its throwaway
# server; exits 77 (skipped) without PARLEY_TEST_PG_URL.
#   pg_multiprocess.sh PARLEY_BINARY PSQL
# 1. Two `parley ingest` processes write disjoint halves of the first 160
#    press releases at once (one document per transaction). No entity, event or
#    document exists twice: the graph equals a sequential SQLite ingest of
#    the same documents in the order PostgreSQL committed them (entities,
#    events, mentions, aliases, participants, roles). Needs ../shared.
# 2. Two `parley serve` processes on one database: a document POSTed to one
#    shows in the other's /api/v1/stats, which it had just cached. The script
#    prints how long that took (issue 18 asks for 100 ms; a loaded machine
#    must not fail the suite, so it fails only when B has not seen it in 10 s).
set -euo pipefail
parley=${1:?usage: pg_multiprocess.sh PARLEY_BINARY PSQL}
psql=${2:?usage: pg_multiprocess.sh PARLEY_BINARY PSQL}
url=${PARLEY_TEST_PG_URL:-}
[ -n "$url" ] || { echo "skipped: PARLEY_TEST_PG_URL is not set"; exit 77; }
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
cleanup() {
  # The servers this script started (serve() runs in a subshell: their
  # ids are kept in a file).
  if [ -f "$work/pids" ]; then
    while read -r p; do kill "$p" 2>/dev/null || true; done <"$work/pids"
    while read -r p; do
      for _ in $(seq 100); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
    done <"$work/pids"
  fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }

# A new schema on the server, as a db setting.
schema_db() {
  "$psql" -X -q "$url" -c "CREATE SCHEMA $1"
  echo "$url&options=-csearch_path%3D$1"
}

counts_sql="SELECT (SELECT count(*) FROM documents) || ' ' || (SELECT count(*) FROM entities) \
|| ' ' || (SELECT count(*) FROM events) || ' ' || (SELECT count(*) FROM mentions) || ' ' || \
(SELECT count(*) FROM aliases) || ' ' || (SELECT count(*) FROM event_participants) || ' ' || \
(SELECT count(*) FROM roles) || ' ' || (SELECT sum(mention_count) FROM entities)"

corpus=$root/../shared/corpus/press-releases-dev.jsonl
if [ -f "$corpus" ]; then
  echo "-- two ingest processes at once"
  db=$(schema_db "m$$_ingest")
  "$parley" migrate --db "$db" >/dev/null
  head -n 160 "$corpus" | awk 'NR % 2 == 1' >"$work/odd.jsonl"
  head -n 160 "$corpus" | awk 'NR % 2 == 0' >"$work/even.jsonl"
  start=$(date +%s%N)
  "$parley" ingest -q --batch 1 --db "$db" "$work/odd.jsonl" >"$work/odd.log" 2>&1 &
  a=$!
  "$parley" ingest -q --batch 1 --db "$db" "$work/even.jsonl" >"$work/even.log" 2>&1 &
  b=$!
  wait $a || fail "ingest 1: $(cat "$work/odd.log")"
  wait $b || fail "ingest 2: $(cat "$work/even.log")"
  echo "   both done in $((($(date +%s%N) - start) / 1000000)) ms"
  # The order PostgreSQL committed the documents in: the change feed's seq
  # (assigned under the writer lock; document ids are not in commit order,
  # as writers insert document rows before they take the lock).
  PGOPTIONS="-csearch_path=m$$_ingest" "$psql" -X -qAt "$url" \
    -c "SELECT d.external_id FROM documents d JOIN changes c ON c.kind = 'document' AND \
c.op = 'created' AND c.object_id = d.id ORDER BY c.seq" >"$work/order.txt"
  python3 - "$work/order.txt" "$work/odd.jsonl" "$work/even.jsonl" >"$work/sequential.jsonl" <<'EOF'
import json, sys
lines = {}
for path in sys.argv[2:]:
    for line in open(path, encoding="utf-8"):
        lines[json.loads(line)["id"]] = line
for doc_id in open(sys.argv[1], encoding="utf-8").read().split():
    sys.stdout.write(lines[doc_id])
EOF
  [ "$(wc -l <"$work/sequential.jsonl")" -eq 160 ] || fail "PostgreSQL holds $(wc -l <"$work/order.txt") of 160 documents"
  "$parley" ingest -q --batch 1 --db "$work/sequential.db" "$work/sequential.jsonl" >/dev/null
  pg=$(PGOPTIONS="-csearch_path=m$$_ingest" "$psql" -X -qAt "$url" -c "$counts_sql")
  lite=$(sqlite3 "$work/sequential.db" "${counts_sql//\\/}")
  echo "   documents entities events mentions aliases participants roles mention-sum:"
  echo "   PostgreSQL, 2 processes: $pg"
  echo "   SQLite, sequential:      $lite"
  [ "$pg" = "$lite" ] || fail "two writers did not build the graph one writer builds"
  dupes=$(PGOPTIONS="-csearch_path=m$$_ingest" "$psql" -X -qAt "$url" -c \
    "SELECT count(*) FROM (SELECT content_hash FROM documents GROUP BY 1 HAVING count(*) > 1) d")
  [ "$dupes" = 0 ] || fail "$dupes documents stored twice"
else
  echo "-- two ingest processes: skipped (../shared/corpus not found)"
fi

echo "-- two servers, one database"
db=$(schema_db "m$$_serve")
"$parley" migrate --db "$db" >/dev/null
serve() {
  "$parley" serve --host 127.0.0.1 --port 0 --db "$db" --write-token t0ken >"$work/$1.log" 2>&1 &
  echo $! >>"$work/pids"
  for _ in $(seq 600); do
    port=$(grep -o 'serving http://127.0.0.1:[0-9]*' "$work/$1.log" | grep -o '[0-9]*$' || true)
    [ -n "$port" ] && { echo "$port"; return; }
    sleep 0.1
  done
  fail "server $1 did not start: $(cat "$work/$1.log")"
}
port_a=$(serve a)
port_b=$(serve b)
# One Python process probes, so that the figure is the servers', not the
# start-up of a client per probe.
python3 - "$port_a" "$port_b" <<'EOF'
import json, sys, time, urllib.request

port_a, port_b = sys.argv[1:]

def documents(port):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/stats", timeout=30) as r:
        return json.load(r)["documents"]

before = documents(port_b)
documents(port_b)  # now from B's response cache
post = urllib.request.Request(
    f"http://127.0.0.1:{port_a}/api/v1/documents",
    data=json.dumps({"text": "Kaja Kallas met Annalena Baerbock in Brussels on Monday.",
                     "source": "s"}).encode(),
    headers={"Authorization": "Bearer t0ken", "Content-Type": "application/json"})
with urllib.request.urlopen(post, timeout=60) as r:
    assert r.status == 201, r.status
posted = time.monotonic()
deadline = posted + 10
while documents(port_b) == before:
    if time.monotonic() > deadline:
        sys.exit("FAILED: server B never saw server A's write")
ms = (time.monotonic() - posted) * 1000
# The figure includes B answering the probe itself (an uncached /stats);
# the deadline only catches a missing invalidation, not a slow machine.
print(f"   server B served server A's write {ms:.0f} ms after the POST returned")
EOF
echo "-- multi-process checks passed"
