#!/usr/bin/env bash
# Lints Parley's OpenAPI document with Redocly CLI (recommended rules):
# passes with 0 errors. Needs `npm ci` in tools/apidocs (scripts/test.sh does
# it); exits 77 (skipped) when the linter is not installed.
#   openapi_lint.sh PARLEY_BINARY
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
redocly="$root/tools/apidocs/node_modules/.bin/redocly"
if [ ! -x "$redocly" ]; then
  echo "SKIP: $redocly missing (run npm ci in tools/apidocs)"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$1" openapi > "$tmp/openapi.json"
cd "$tmp"
# Redocly phones home unless told not to; this machine has no network.
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
"$redocly" lint --format=stylish openapi.json
