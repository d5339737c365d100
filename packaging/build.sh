#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine:
#   bash packaging/build.sh run [ARGS...]   install what is missing, build, start the GUI
#   bash packaging/build.sh test            install what is missing, build, run every test
#   bash packaging/build.sh deps            only install the build and test dependencies
# Installs with apt-get as root, or through sudo otherwise. Safe to run again: it only
# installs what is missing and rebuilds incrementally in ./build.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${CAA_BUILD_DIR:-$here/build}"

# Build: compiler, CMake, Qt 6, c-ares, Knot's libzscanner (libknot-dev).
# Tests: Knot DNS (authoritative) and Unbound (recursive) for the real DNS test bed,
# kdig/keymgr to drive them; the real zone parsers and servers the generator's output
# is checked with (BIND named-checkzone, kzonecheck, ldns-read-zone, tinydns, dnsmasq).
# GUI at run time: Qt's SVG icon plugin and a font for headless screenshots.
packages=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev libc-ares-dev libknot-dev libqt6svg6 fonts-dejavu-core
    knot knot-dnsutils knot-dnssecutils unbound
    bind9-utils ldnsutils tinydns dnsmasq-base
    qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
    desktop-file-utils appstream lintian dpkg-dev file man-db
)

install_deps() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build "$build_dir" --parallel "$(nproc)"
}

case "${1:-}" in
    deps)
        install_deps
        ;;
    run)
        shift
        install_deps
        build
        exec "$build_dir/app/caa-inspector" "$@"
        ;;
    test)
        install_deps
        build
        ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)"
        ;;
    *)
        echo "usage: bash packaging/build.sh run|test|deps" >&2
        exit 3
        ;;
esac
