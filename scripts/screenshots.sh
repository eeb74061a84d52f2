#!/usr/bin/env bash
# Renders every main view of the desktop app in English and Chinese to PNG files under a virtual X server.
#   bash scripts/screenshots.sh [OUT_DIR]      (default: build/screenshots; needs a build and xvfb)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-build/screenshots}"
mkdir -p "$out"
for language in en zh_CN; do
    # A fresh settings folder, so that a saved window layout does not change the pictures.
    XDG_CONFIG_HOME="$(mktemp -d)" xvfb-run -a -s "-screen 0 1600x1000x24" \
        build/app/suanpan --lang "$language" --screenshots "$out"
done
