#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine:
#   bash packaging/build.sh run [ARGS...]   install what is missing, build, start the GUI
#   bash packaging/build.sh test            install what is missing, build, run every test
#                                           (then again under ASan+UBSan, then the fuzzers)
#   bash packaging/build.sh deps            only install the build and test dependencies
#   bash packaging/build.sh bench           install what is missing (also dnsdist, dnsperf),
#                                           build, run the benchmarks (README "Performance")
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
    clang libclang-rt-14-dev
)
# Benchmarks only (not needed to build or test): a delaying proxy and a load generator.
bench_packages=(dnsdist dnsperf python3)

install_deps() {
    local missing=()
    for p in "${packages[@]}" "$@"; do
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
        # The whole suite again under AddressSanitizer + UndefinedBehaviorSanitizer (GCC's
        # -Warray-bounds gives false positives with -fsanitize, so no -Werror here; the
        # build above enforces it). The package tests are about the .deb, not memory.
        cmake -S "$here" -B "$build_dir-asan" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCAA_SANITIZE=ON -DCAA_WERROR=OFF
        cmake --build "$build_dir-asan" --parallel "$(nproc)"
        ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
            ctest --test-dir "$build_dir-asan" --output-on-failure --parallel "$(nproc)" -LE packaging
        # libFuzzer targets, each for a bounded time (README "Robustness" has the long runs).
        CC=clang CXX=clang++ cmake -S "$here" -B "$build_dir-fuzz" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DCAA_FUZZ=ON -DCAA_WERROR=OFF -DCAA_FUZZ_SECONDS="${CAA_FUZZ_SECONDS:-30}"
        cmake --build "$build_dir-fuzz" --parallel "$(nproc)"
        ctest --test-dir "$build_dir-fuzz" --output-on-failure --parallel "$(nproc)"
        ;;
    bench)
        install_deps "${bench_packages[@]}"
        build
        "$build_dir/tests/bench/bench_matrix"
        CAA_BUILD_DIR="$build_dir" python3 "$here/tests/bench/run_benchmarks.py"
        ;;
    *)
        echo "usage: bash packaging/build.sh run|test|deps|bench" >&2
        exit 3
        ;;
esac
