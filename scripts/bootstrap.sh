#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine for Suanpan, builds it, and then either runs it or runs every test.
#
#   bash scripts/bootstrap.sh run    install what is missing, build, open Suanpan on the bundled sample
#   bash scripts/bootstrap.sh test   install what is missing, build with warnings as errors, run every test
#
# Packages are installed with apt-get (through sudo when not root). The build goes to build/.
set -euo pipefail

cd "$(dirname "$0")/.."

PACKAGES=(
    build-essential cmake ninja-build pkg-config file ccache
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools
    libqt6sql6-sqlite qt6-translations-l10n
    libboost-dev libxlsxwriter-dev zlib1g-dev libbenchmark-dev
    xvfb xauth fonts-noto-cjk poppler-utils sqlite3
    desktop-file-utils appstream librsvg2-bin
)

install_packages() {
    local missing=()
    for package in "${PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return
    fi
    echo "Installing: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
}

configure() {
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSUANPAN_WERROR="$1"
}

build() {
    configure "$1"
    cmake --build build --parallel
}

# Only what `run` starts: the desktop app (when it is built), the command line and the sample project; the tests
# and benchmarks wait for `test`.
build_for_run() {
    configure OFF
    local targets=(suanpan-cli suanpan_sample_project)
    if ninja -C build -t targets all 2>/dev/null | grep -q '^suanpan:'; then
        targets+=(suanpan)
    fi
    cmake --build build --parallel --target "${targets[@]}"
}

case "${1:-}" in
run)
    install_packages
    build_for_run
    if [ -x build/app/suanpan ]; then
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
            echo "No display: starting Suanpan under a virtual X server (xvfb-run)."
            exec xvfb-run -a -s "-screen 0 1600x1000x24" build/app/suanpan
        fi
        exec build/app/suanpan
    fi
    exec build/app/suanpan-cli evaluate build/data/samples.suanpan
    ;;
test)
    install_packages
    build ON
    # The .deb installs, runs and integrates with the desktop (removed again afterwards).
    bash scripts/package-check.sh
    cd build
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600
    ;;
*)
    echo "usage: bash scripts/bootstrap.sh run|test" >&2
    exit 2
    ;;
esac
