#!/usr/bin/env bash
# PostgreSQL ingestion, one process against two: the UNGDC corpus (1,938
# speeches, 25.5 MB) into a newly created database with one `parley ingest`,
# then with two started together on halves of the corpus. Several builds may
# be given; they are alternated within each round so a drifting machine
# treats them alike. Starts a throwaway cluster (scripts/pg_cluster.sh) and
# removes it afterwards. Prints wall seconds and the graph's counts per run.
#   bench/ingest/pg_parallel.sh ROUNDS PARLEY [PARLEY...]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
rounds=${1:?usage: pg_parallel.sh ROUNDS PARLEY [PARLEY...]}
shift
[ $# -ge 1 ] || { echo "usage: pg_parallel.sh ROUNDS PARLEY [PARLEY...]" >&2; exit 2; }
corpus=$root/../shared/corpus/ungdc-2015-2024.jsonl.gz
[ -f "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 1; }
work=$(mktemp -d)
chmod 755 "$work"
cluster=$work/pg
cleanup() { bash "$root/scripts/pg_cluster.sh" stop "$cluster" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
conninfo=$(bash "$root/scripts/pg_cluster.sh" start "$cluster" | head -1)
zcat "$corpus" > "$work/all.jsonl"
n=$(wc -l < "$work/all.jsonl")
head -n $((n / 2)) "$work/all.jsonl" > "$work/a.jsonl"
tail -n +$((n / 2 + 1)) "$work/all.jsonl" > "$work/b.jsonl"
chmod 644 "$work"/*.jsonl
psqlc() { PGOPTIONS="-c client_min_messages=warning" psql "$conninfo dbname=$1" -qAt -c "$2"; }
for r in $(seq 1 "$rounds"); do
  for parley in "$@"; do
    for procs in 1 2; do
      db="bench_ingest_${r}_${procs}"
      psqlc postgres "DROP DATABASE IF EXISTS $db"
      psqlc postgres "CREATE DATABASE $db"
      url="postgresql:///$db?host=$cluster&port=5432&user=parley"
      start=$(date +%s.%N)
      if [ "$procs" = 1 ]; then
        "$parley" ingest -q --db "$url" "$work/all.jsonl" > /dev/null
      else
        "$parley" ingest -q --db "$url" "$work/a.jsonl" > /dev/null & first=$!
        "$parley" ingest -q --db "$url" "$work/b.jsonl" > /dev/null
        wait "$first"
      fi
      end=$(date +%s.%N)
      counts=$(psqlc "$db" "SELECT (SELECT count(*) FROM documents) || ' ' || (SELECT count(*) FROM events) || ' ' || (SELECT count(*) FROM entities)")
      printf "round %s %s processes %s: %.1f s  documents/events/entities %s\n" \
        "$r" "$parley" "$procs" "$(echo "$end - $start" | bc -l)" "$counts"
      psqlc postgres "DROP DATABASE $db"
    done
  done
done
