#!/usr/bin/env bash
# Kills a project save at random moments, many times over, and checks that every file left behind is the old or
# the new project, never a broken one (the test suite's TestAtomicSave does 60 rounds).
#   bash scripts/kill-during-save.sh [ROUNDS] [BUILD_DIR]      defaults: 1000 rounds, build/
# Run it on the sanitizer build too: bash scripts/kill-during-save.sh 1000 build-asan
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-1000}"
build="${2:-build}"
# QtTest stops a test function after 5 minutes; 1,000 rounds take longer on the sanitizer build.
SUANPAN_SAVE_ROUNDS="$rounds" QTEST_FUNCTION_TIMEOUT=7200000 QT_QPA_PLATFORM=offscreen "$build/tests/store/TestAtomicSave"
