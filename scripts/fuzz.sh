#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan, in build-fuzz/) and runs each for a bounded time on a seed
# corpus made of the samples, the calibration cases, tests/fuzz/seeds and the inputs kept from earlier runs.
#   bash scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default 60 s; targets: scenarioJson
#                                                              uncertaintySection csvImport projectFile)
# A crash stops that target: its input is left as build-fuzz/findings/<target>/crash-* with the report in
# build-fuzz/findings/<target>.log. Fix the cause, then keep the input as
# tests/fuzz/regressions/<target>/<what-failed> so that TestFuzzRegressions replays it in every CI run.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(scenarioJson uncertaintySection csvImport projectFile)

command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ is needed (apt-get install clang)" >&2; exit 1; }
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DSUANPAN_FUZZ=ON -DSUANPAN_BUILD_GUI=OFF -DSUANPAN_BUILD_BENCHMARKS=OFF
cmake --build build-fuzz --target suanpan_sample_project "${targets[@]/#/fuzz-}"

export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
status=0
for target in "${targets[@]}"; do
    corpus="build-fuzz/corpus/$target"
    findings="build-fuzz/findings/$target"
    mkdir -p "$corpus" "$findings"
    cp -n tests/fuzz/seeds/"$target"/* "$corpus"/ 2>/dev/null || true
    cp -n tests/fuzz/regressions/"$target"/* "$corpus"/ 2>/dev/null || true
    max_len=65536
    case "$target" in
        scenarioJson) cp -n data/samples/*.json data/calibration/*.json "$corpus"/ ;;
        projectFile)
            cp -n build-fuzz/data/samples.suanpan "$corpus"/samples.suanpan
            [[ -f "$corpus/one-scenario.suanpan" ]] ||
                build-fuzz/app/suanpan-cli new --from data/samples/east-500p-vouchers.json \
                    -o "$corpus/one-scenario.suanpan" --title Fuzz --force >/dev/null
            max_len=1048576 ;;
    esac
    echo "== fuzz-$target for ${seconds} s"
    if ! build-fuzz/tests/fuzz/fuzz-"$target" "$corpus" -max_total_time="$seconds" -max_len="$max_len" \
        -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$findings/" \
        >"build-fuzz/findings/$target.log" 2>&1; then
        echo "fuzz-$target found a failure: see build-fuzz/findings/$target.log" >&2
        status=1
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb|cov: .*corp" "build-fuzz/findings/$target.log" | tail -3
done
exit "$status"
