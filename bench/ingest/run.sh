#!/usr/bin/env bash
# Ingestion benchmark: the UNGDC corpus (../shared/corpus, 25 MB, 1,938
# speeches) end to end into a new database with `parley ingest`, on one
# core. Prints MB/s and documents/s (from parley's own summary), database
# size and peak memory (from /usr/bin/time), the median of RUNS runs.
#   bench/ingest/run.sh [BUILD_DIR] [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build-release}
runs=${2:-3}
corpus=$root/../shared/corpus/ungdc-2015-2024.jsonl.gz
[ -f "$corpus" ] || { echo "no corpus at $corpus"; exit 1; }
[ -x "$build/parley" ] || { echo "build $build/parley first (cmake --build $build --target parley)"; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
raw_mb=$(zcat "$corpus" | wc -c | awk '{printf "%.1f", $1/1e6}')
echo "corpus: $corpus ($raw_mb MB uncompressed)"
results=()
for i in $(seq 1 "$runs"); do
  rm -f "$work"/db*
  start=$(date +%s.%N)
  taskset -c 0 /usr/bin/time -f "%M" -o "$work/rss" "$build/parley" ingest -q --db "$work/db" "$corpus" > "$work/out"
  end=$(date +%s.%N)
  secs=$(echo "$end - $start" | bc -l)
  size=$(du -cb "$work"/db* | tail -1 | cut -f1)
  rss=$(cat "$work/rss")
  line=$(printf "%.2f %.1f %.1f %.1f %d" "$secs" "$(echo "$raw_mb / $secs" | bc -l)" \
    "$(echo "1938 / $secs" | bc -l)" "$(echo "$size / 1000000" | bc -l)" "$((rss / 1024))")
  echo "run $i: seconds MB/s docs/s db_MB peak_RSS_MB = $line   ($(cat "$work/out"))"
  results+=("$line")
done
printf '%s\n' "${results[@]}" | sort -n | awk -v n="$runs" 'NR == int((n + 1) / 2) {
  printf "median: %.2f s, %.1f MB/s, %.1f docs/s, database %.1f MB, peak RSS %d MB\n", $1, $2, $3, $4, $5 }'
