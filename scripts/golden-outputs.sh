#!/usr/bin/env bash
# Writes the CLI's outputs for every bundled sample (evaluation, a seeded risk run, a goal seek) to OUT_DIR,
# so that an engine change meant to be a pure speed-up can be checked byte for byte:
#   bash scripts/golden-outputs.sh before/ ; (change, build) ; bash scripts/golden-outputs.sh after/ ; diff -r before after
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:?usage: scripts/golden-outputs.sh OUT_DIR}"
mkdir -p "$out"
cli="${SUANPAN_CLI:-build/app/suanpan-cli}" # another build's CLI may be named, e.g. to compare two builds
for file in data/samples/*.json; do
    name=$(basename "$file" .json)
    "$cli" evaluate "$file" --json > "$out/$name.evaluate.json"
    "$cli" risk "$file" --presets --trials 4096 --seed 7 --json > "$out/$name.risk.json"
    # Exit code 1 (no value reaches the goal) is an answer too.
    "$cli" goal-seek "$file" --vary 'demand[*].captureShare' --factor --target averageUtilization=0.5 --json \
        > "$out/$name.goal-seek.json" || [ $? -eq 1 ]
    # A rate of return the risk runs do not compute, deterministically and on the P50 of trials.
    "$cli" goal-seek "$file" --vary 'site.override.tariffCnyPerKwh' --min 0.01 --max 3 \
        --target projectIrrBeforeTax=-0.5 --json > "$out/$name.goal-seek-irr.json" || [ $? -eq 1 ]
    "$cli" goal-seek "$file" --vary 'demand[*].captureShare' --factor --target equityIrr=-0.5 --p50 --presets \
        --trials 300 --seed 4 --json > "$out/$name.goal-seek-p50.json" || [ $? -eq 1 ]
    "$cli" evaluate "$file" --cashflow-csv "$out/$name.cashflow.csv" --years-csv "$out/$name.years.csv" > /dev/null
done
echo "wrote $(ls "$out" | wc -l) files to $out"
