#!/usr/bin/env bash
# Installs the Debian packages Parley needs that are missing. Sourced by
# run.sh and test.sh. As root it runs apt-get; otherwise it prints the
# apt-get line to run and exits.
#   need_packages PKG...   installs or reports what is missing
#   cmake_generator DIR    the -G option for a build directory (Ninja when new)
set -euo pipefail

PARLEY_BUILD_PACKAGES=(build-essential cmake ninja-build pkg-config git ca-certificates curl
  libboost-dev libboost-system-dev libsqlite3-dev sqlite3 nlohmann-json3-dev libspdlog-dev
  libcli11-dev doctest-dev libutf8proc-dev zlib1g-dev libssl-dev libgumbo-dev libsimdjson-dev libpq-dev)
PARLEY_WEB_PACKAGES=(nodejs)
PARLEY_TEST_PACKAGES=(clang-format clang-tidy python3 python3-networkx python3-pandas python3-lxml chromium clang libclang-rt-14-dev
  python3-nbconvert jupyter-nbconvert python3-ipykernel python3-matplotlib python3-pyld)
# The PostgreSQL half of scripts/test.sh: a throwaway server (initdb, pg_ctl;
# unaccent ships in postgresql-15). Optional: test.sh skips that half, saying
# so, when these cannot be installed.
PARLEY_PG_TEST_PACKAGES=(postgresql-15)

# The CMake generator option for build directory $1: Ninja for a new one. With
# the Makefile generator a target's objects wait until every library it links
# is built, which left one of two cores idle for a third of a clean build
# (557 s against 331 s for the same g++ build). An existing directory keeps the
# generator it was made with, since CMake refuses to change it.
cmake_generator() {
  if [ ! -f "$1/CMakeCache.txt" ] && command -v ninja >/dev/null 2>&1; then echo "-GNinja"; fi
}

need_packages() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  # npm ships inside nodesource's nodejs; Debian's nodejs needs the npm package.
  if [[ " $* " == *" nodejs "* ]] && ! command -v npm >/dev/null 2>&1; then missing+=(npm); fi
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    echo "parley: installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null || apt-get update
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "parley: missing packages; run as root:" >&2
    echo "  sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
}

# Installs the API viewer served at /docs and the OpenAPI linter the tests
# run (tools/apidocs: Redoc and Redocly CLI from npm, pinned by its lockfile).
build_apidocs() {
  local root=$1
  [ -f "$root/tools/apidocs/package.json" ] || return 0
  (cd "$root/tools/apidocs" && { [ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ] \
      || npm ci --no-audit --no-fund --loglevel=error; })
}

# Builds the web UI into web/dist when its sources are present.
build_web() {
  local root=$1
  [ -f "$root/web/package.json" ] || return 0
  (cd "$root/web" && { [ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ] \
      || npm ci --no-audit --no-fund --loglevel=error; } && npm run --silent build)
}
