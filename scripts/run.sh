#!/usr/bin/env bash
# The main job: installs what is missing, builds Parley (Release) and its web
# UI, creates or migrates data/parley.db, ingests the bundled sample article
# into an empty database, and serves http://127.0.0.1:8080 until Ctrl-C.
# Extra arguments go to `parley serve` (e.g. --port 9090).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/deps.sh"
need_packages "${PARLEY_BUILD_PACKAGES[@]}" "${PARLEY_WEB_PACKAGES[@]}"
cmake $(cmake_generator "$root/build-release") -S "$root" -B "$root/build-release" -DCMAKE_BUILD_TYPE=Release -DPARLEY_BUILD_TESTS=OFF \
  -DPARLEY_BUILD_BENCH=OFF >/dev/null
cmake --build "$root/build-release" -j"$(nproc)" --target parley
build_web "$root"
build_apidocs "$root"
cd "$root"
exec "$root/build-release/parley" serve --seed "$@"
