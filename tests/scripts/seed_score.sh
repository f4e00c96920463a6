#!/usr/bin/env bash
# Runs `parley extract` over the seed article and scores it with
# ../shared/tools/score_seed.py; every check must pass. Exit 77 (skipped)
# when ../shared is not beside the checkout.
set -euo pipefail
bin=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
shared="$root/../shared"
[ -f "$shared/tools/score_seed.py" ] || { echo "skip: no ../shared"; exit 77; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$bin" extract < "$shared/seed/article.ndjson" > "$out"
/usr/bin/python3 "$shared/tools/score_seed.py" "$out"
