#!/usr/bin/env bash
# Builds Suanpan with AddressSanitizer and UndefinedBehaviorSanitizer (Debug, in build-asan/) and runs every test
# on that build; any report of either sanitizer fails the run.
#   bash scripts/sanitizers.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSUANPAN_ASAN=ON -DSUANPAN_BUILD_BENCHMARKS=OFF
cmake --build build-asan --parallel
cd build-asan
# Qt and fontconfig keep some allocations to the end of the process: leaks are not what this run looks for.
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 1800
