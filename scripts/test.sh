#!/usr/bin/env bash
# Every test: installs what the tests need, builds with g++ (warnings are
# errors), runs the whole CTest suite (unit, integration against the real
# server, browser tests in Chromium), runs the store-backed suites again
# against a throwaway PostgreSQL server (scripts/test_pg.sh), then builds again with clang under
# AddressSanitizer + UndefinedBehaviorSanitizer (warnings are errors there too) and runs the suite again
# together with short libFuzzer runs. Prints CTest's summary.
# PARLEY_SANITIZE=0 skips the sanitizer and fuzz pass.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/deps.sh"
need_packages "${PARLEY_BUILD_PACKAGES[@]}" "${PARLEY_WEB_PACKAGES[@]}" "${PARLEY_TEST_PACKAGES[@]}"
jobs=$(nproc)
# The test builds carry line tables only (-g1; clang's -gline-tables-only):
# enough for every backtrace and sanitizer report to name file and line, and
# about 30 % less compile time than -g, which CI's 40-minute budget needs.
# A developer's own build directory keeps whatever it was configured with.
gcc_flags="-O2 -g1 -DNDEBUG"
clang_flags="-O2 -gline-tables-only -DNDEBUG"
# How long each stage took, for keeping CI inside its budget.
started=$SECONDS
took() { echo "== $1: $((SECONDS - started)) s"; started=$SECONDS; }

build_web "$root"
build_apidocs "$root"
if [ -f "$root/web/package.json" ]; then (cd "$root/web" && npm test --silent); fi
took "dependencies, web build and web unit tests"

cmake $(cmake_generator "$root/build") -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPARLEY_WERROR=ON \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$gcc_flags" -DCMAKE_C_FLAGS_RELWITHDEBINFO="$gcc_flags" >/dev/null
cmake --build "$root/build" -j"$jobs"
took "g++ build"
status=0
(cd "$root/build" && ctest --output-on-failure -j"$jobs" --timeout 600) || status=1
took "g++ suite"
# The store-backed suites again against a throwaway PostgreSQL server
# (skipped, saying so, when PostgreSQL cannot be installed or started).
bash "$root/scripts/test_pg.sh" "$root/build" || status=1
took "PostgreSQL half"

if [ "${PARLEY_SANITIZE:-1}" != 0 ]; then
  echo "== the suite again under ASan+UBSan (clang), with short fuzz runs"
  CC=clang CXX=clang++ cmake $(cmake_generator "$root/build-asan") -S "$root" -B "$root/build-asan" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$clang_flags" -DCMAKE_C_FLAGS_RELWITHDEBINFO="$clang_flags" \
    -DPARLEY_SANITIZE=ON -DPARLEY_FUZZ=ON -DPARLEY_BUILD_BENCH=OFF -DPARLEY_WERROR=ON >/dev/null
  cmake --build "$root/build-asan" -j"$jobs"
  took "clang ASan+UBSan build"
  (cd "$root/build-asan" && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --output-on-failure -j"$jobs" --timeout 900 -LE browser) || status=1
  took "ASan+UBSan suite and fuzz runs"
  echo "== concurrency tests under ThreadSanitizer"
  # -O1, the level ThreadSanitizer's documentation advises: a third less compile
  # time than -O2 with g++, and the build is nearly all of this stage.
  tsan_flags="-O1 -g1 -DNDEBUG"
  cmake $(cmake_generator "$root/build-tsan") -S "$root" -B "$root/build-tsan" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPARLEY_TSAN=ON \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$tsan_flags" -DCMAKE_C_FLAGS_RELWITHDEBINFO="$tsan_flags" \
    -DPARLEY_BUILD_BENCH=OFF >/dev/null
  cmake --build "$root/build-tsan" -j"$jobs" --target test_store test_http
  (cd "$root/build-tsan" && TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 \
    ctest --output-on-failure -j"$jobs" --timeout 900 -R "concurren|readers") || status=1
  took "ThreadSanitizer build and tests"
fi
exit $status
