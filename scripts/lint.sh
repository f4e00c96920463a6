#!/usr/bin/env bash
# Style checks run by the test suite: clang-format (Google base, see
# .clang-format) over every C++ file, and clang-tidy (.clang-tidy) over every
# module of server/.
#   scripts/lint.sh format|tidy BUILD_DIR
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
case "${1:-format}" in
  format)
    files=$(git ls-files '*.cc' '*.h' 2>/dev/null || find server tests fuzz bench -name '*.cc' -o -name '*.h')
    clang-format --dry-run --Werror $files
    echo "clang-format: $(echo "$files" | wc -w) files clean"
    # CTest splits a discovered doctest name at ';' into names that match no
    # test, so such a test would silently never run.
    if grep -n 'TEST_CASE("[^"]*;' $files; then
      echo "test names above contain ';': CTest would run none of them" >&2
      exit 1
    fi
    ;;
  tidy)
    build=${2:?usage: scripts/lint.sh tidy BUILD_DIR}
    files=$(ls server/*/*.cc)
    # The database holds g++ flags; clang's front end need not know them all.
    args=(-p "$build" --quiet --warnings-as-errors='*' --extra-arg=-Wno-unknown-warning-option
          --extra-arg=-Wno-error)
    # One clang-tidy per core, four files each.
    if ! echo "$files" | xargs -P "$(nproc)" -n 4 clang-tidy "${args[@]}" > "$build/clang-tidy.log" 2>&1; then
      grep -v "warnings generated" "$build/clang-tidy.log"
      exit 1
    fi
    echo "clang-tidy: $(echo "$files" | wc -w) files clean"
    ;;
esac
