#!/bin/sh
# Language-model pipeline benchmark: Parley's pipeline (every stage whose model is in models/)
# vs the compromise npm library on the same UNGDC texts, in one run, for a ratio.
# Usage: bench/nlp/run_bench.sh [BUILD_DIR] [DOC_LIMIT] [RUNS]   (defaults: build, all docs, 5)
# Needs ../shared/corpus; compromise needs `npm ci` in bench/extract/compromise (skipped if absent).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build}
limit=${2:--1}
runs=${3:-5}
texts=$(mktemp /tmp/parley_ungdc.XXXXXX)
out=$(mktemp /tmp/parley_bench_nlp.XXXXXX)
trap 'rm -f "$texts" "$out"' EXIT
"$build/bench/nlp/bench_nlp" --limit "$limit" --runs "$runs" --dump-text "$texts" | tee "$out"
if [ -d "$root/bench/extract/compromise/node_modules/compromise" ] && command -v node >/dev/null; then
  node "$here/compromise_nlp.js" "$texts" | tee -a "$out"
  parley=$(sed -n 's/^pipeline: .*  \([0-9.]*\) MB\/s .*/\1/p' "$out")
  other=$(sed -n 's/^compromise: .* CPU  \([0-9.]*\) MB\/s .*/\1/p' "$out")
  awk -v p="$parley" -v c="$other" 'BEGIN { if (c > 0) printf "ratio: Parley %.1f MB/s / compromise %.3f MB/s = %.0fx\n", p, c, p / c }'
else
  echo "compromise: skipped (run 'npm ci' in bench/extract/compromise)"
fi
