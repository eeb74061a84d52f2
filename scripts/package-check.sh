#!/usr/bin/env bash
# Builds the .deb from build/, installs it with the system's package tool, checks the installed programs and their
# desktop integration as a user's machine would see them, and removes the package again.
#   bash scripts/package-check.sh        (after a build; root or sudo; the test command runs it)
set -euo pipefail
cd "$(dirname "$0")/.."

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi

rm -f build/suanpan_*.deb
(cd build && cpack -G DEB >/dev/null)
deb=$(ls build/suanpan_*.deb)
echo "Package: $deb ($(du -h "$deb" | cut -f1))"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "./$deb" >/dev/null
trap 'DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y suanpan >/dev/null && echo "Package removed."' EXIT

fail() {
    echo "package check failed: $*" >&2
    exit 1
}

# The installed programs, from their installed paths.
[ "$(command -v suanpan-cli)" = /usr/bin/suanpan-cli ] || fail "suanpan-cli is not installed in /usr/bin"
suanpan-cli --version
suanpan-cli evaluate /usr/share/suanpan/samples.suanpan --scenario 4 >/dev/null || fail "the installed sample project does not evaluate"
if [ -x /usr/bin/suanpan ]; then
    # The desktop app, offscreen, for a few seconds: still running then (timeout's 124) means it started.
    status=0
    XDG_CONFIG_HOME="$(mktemp -d)" QT_QPA_PLATFORM=offscreen timeout 5 /usr/bin/suanpan >/dev/null 2>&1 || status=$?
    [ "$status" -eq 124 ] || fail "the installed desktop app stopped with status $status"
    echo "suanpan started and ran for 5 s offscreen"
fi

# Desktop integration, checked with the standard validators.
desktop-file-validate /usr/share/applications/io.github.suanpan.Suanpan.desktop || fail "desktop file"
appstreamcli validate --no-net --pedantic /usr/share/metainfo/io.github.suanpan.Suanpan.metainfo.xml >/dev/null \
    || appstreamcli validate --no-net /usr/share/metainfo/io.github.suanpan.Suanpan.metainfo.xml || fail "AppStream metainfo"
for file in /usr/share/mime/packages/suanpan.xml /usr/share/icons/hicolor/scalable/apps/suanpan.svg \
    /usr/share/man/man1/suanpan-cli.1; do
    [ -f "$file" ] || fail "$file is not installed"
done
echo "Desktop entry, AppStream metadata, MIME type, icons and manual page installed and valid."
