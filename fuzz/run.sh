#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 600) from its seed corpus;
# new inputs go to a scratch copy so the committed corpus stays small.
#   fuzz/run.sh BUILD_DIR [SECONDS] [TARGET]   (TARGET: http, ingest, feeds, ...)
# A crash leaves BUILD_DIR/fuzz/crash-TARGET-*; once fixed, commit it to
# fuzz/corpus/TARGET/ so every later run replays it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:?usage: fuzz/run.sh BUILD_DIR [SECONDS] [TARGET]}
secs=${2:-600}
status=0
only=${3:-}
# Inputs long enough to reach each target's limits: the server's header (16
# KiB), read buffer (32 KiB) and body (64 KiB in fuzz_http) limits; the
# extracting targets stay shorter, or each input takes too long.
max_len() {
  case $1 in
    http) echo 131072 ;;
    ingest) echo 16384 ;;
    *) echo 65536 ;;
  esac
}
for bin in "$build"/fuzz/fuzz_*; do
  [ -x "$bin" ] && [ -f "$bin" ] || continue
  [ -z "$only" ] || [ "$(basename "$bin")" = "fuzz_$only" ] || continue
  name=$(basename "$bin"); name=${name#fuzz_}
  work=$(mktemp -d)
  cp -r "$root/fuzz/corpus/$name/." "$work/" 2>/dev/null || true
  echo "== fuzz_$name for ${secs}s"
  if ! "$bin" -max_total_time="$secs" -max_len="$(max_len "$name")" -timeout=10 \
      -rss_limit_mb=2048 -artifact_prefix="$build/fuzz/crash-$name-" "$work" \
      2>"$build/fuzz/$name.log"; then
    echo "fuzz_$name FAILED: see $build/fuzz/$name.log and $build/fuzz/crash-$name-*"
    tail -40 "$build/fuzz/$name.log"
    status=1
  else
    tail -1 "$build/fuzz/$name.log"
  fi
  rm -rf "$work"
done
exit $status
