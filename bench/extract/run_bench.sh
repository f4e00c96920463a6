#!/bin/sh
# Extraction benchmark: Parley's pipeline vs the compromise npm library on the same UNGDC text.
# Usage: bench/extract/run_bench.sh [BUILD_DIR] [DOC_LIMIT]   (defaults: build-extract, all docs)
# Needs ../shared/corpus; compromise needs `npm ci` in bench/extract/compromise (skipped if absent).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build-extract}
limit=${2:--1}
texts=$(mktemp /tmp/parley_ungdc.XXXXXX)
trap 'rm -f "$texts"' EXIT
"$build/bench/extract/bench_extract" --limit "$limit" --dump-text "$texts"
if [ -d "$here/compromise/node_modules/compromise" ] && command -v node >/dev/null; then
  node "$here/compromise/run.js" "$texts"
else
  echo "compromise: skipped (run 'npm ci' in bench/extract/compromise)"
fi
