#!/usr/bin/env bash
# One entry point for a fresh Debian 13 (trixie) or Debian 12 (bookworm) machine:
#   bash packaging/build.sh run [ARGS...]   install what is missing, build, start the GUI
#   bash packaging/build.sh test            install what is missing, build, run every test
#                                           (then again under ASan+UBSan, then the fuzzers)
#   bash packaging/build.sh suite           the same without the sanitizer and fuzz passes
#   bash packaging/build.sh deps            only install the build and test dependencies
#   bash packaging/build.sh versions        print the release and the versions under test
#   bash packaging/build.sh chroot-test RELEASE
#                                           make a fresh RELEASE chroot (trixie, bookworm)
#                                           with debootstrap from this machine's Debian
#                                           mirror and run "suite" inside it
#   bash packaging/build.sh package-install
#                                           build this release's .deb, install it with
#                                           apt-get in a fresh chroot of this release and
#                                           start both programs there (root only)
#   bash packaging/build.sh bench           install what is missing (also dnsdist, dnsperf),
#                                           build, run the benchmarks (README "Performance")
# Installs with apt-get as root, or through sudo otherwise. Safe to run again: it only
# installs what is missing and rebuilds incrementally in ./build.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${CAA_BUILD_DIR:-$here/build}"

# Package names that differ between releases: Qt's SVG icon and image plugins are in
# libqt6svg6 on Debian 12 and in qt6-svg-plugins on Debian 13 (without them the window has
# no icons). libclang-rt-dev is the default clang's runtime on both. A release we never
# tested is built all the same, with a warning, using Debian 13's names.
release="$(. /etc/os-release 2>/dev/null; echo "${ID:-unknown} ${VERSION_ID:-} (${VERSION_CODENAME:-unknown})")"
case "$release" in
    "debian 12 (bookworm)") svg_plugins=libqt6svg6 ;;
    "debian 13 (trixie)") svg_plugins=qt6-svg-plugins ;;
    *) svg_plugins=qt6-svg-plugins
       echo "Note: tested on Debian 12 and Debian 13 only; this is $release." >&2 ;;
esac

# Build: compiler, CMake, Qt 6 (and Qt SVG, which draws the first frame's icons at build
# time), c-ares, Knot's libzscanner (libknot-dev), jemalloc.
# Tests: Knot DNS (authoritative) and Unbound (recursive) for the real DNS test bed,
# kdig/keymgr to drive them; the real zone parsers and servers the generator's output
# is checked with (BIND named-checkzone, kzonecheck, ldns-read-zone, tinydns, dnsmasq),
# and the languages of the DNS-tool formats (PyYAML for octoDNS, Node.js for dnscontrol).
# GUI at run time: Qt's SVG icon plugin and a font for headless screenshots; for the test
# on a GNOME-like desktop, an X server (Xvfb), Qt's GTK platform theme and Adwaita-dark.
packages=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-svg-dev qtkeychain-qt6-dev libc-ares-dev libknot-dev libjemalloc-dev libqt6svg6 "$svg_plugins" fonts-dejavu-core
    xvfb xauth qt6-gtk-platformtheme gnome-themes-extra-data adwaita-icon-theme
    knot knot-dnsutils knot-dnssecutils unbound
    bind9-utils ldnsutils tinydns dnsmasq-base python3-yaml nodejs
    qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
    desktop-file-utils appstream lintian dpkg-dev file man-db
    clang libclang-rt-dev
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

versions() {
    local v
    echo "Release: $release"
    for p in qt6-base-dev libc-ares-dev libknot-dev libjemalloc-dev knot unbound g++ clang cmake; do
        v=$(dpkg-query -W -f='${Version}' "$p" 2>/dev/null || echo "not installed")
        printf '  %-14s %s\n' "$p" "$v"
    done
}

suite() {
    install_deps
    versions
    build
    ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)"
}

# The host's Debian mirror: the first archive (not security) URI in its apt sources.
host_mirror() {
    local uri
    uri=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '/^URIs:/ {print $2}' | grep -v -- '-security' | head -n1)
    if [ -z "$uri" ]; then
        uri=$(grep -hE '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
              | awk '{for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) {print $i; exit}}' | grep -v -- '-security' | head -n1)
    fi
    [ -n "$uri" ] || { echo "No Debian mirror found in /etc/apt/sources.list*" >&2; exit 1; }
    echo "$uri"
}

# Runs "suite" inside a fresh chroot of another Debian release. Root only (debootstrap,
# mounts). CAA_CHROOT_CACHE=DIR keeps the debootstrapped base as DIR/RELEASE.tar for the
# next local run; without it (CI) everything is made from nothing.
chroot_root=""
chroot_unmount() {
    # Guard: only ever below the chroot directory, never "/" or an empty path.
    [ -n "$chroot_root" ] && [ "$chroot_root" != "/" ] || return 0
    local m
    for m in src dev/pts dev sys proc; do
        if mountpoint -q "$chroot_root/$m"; then umount -l "$chroot_root/$m"; fi
    done
}

# Makes a fresh chroot of TARGET at DIR (debootstrap, or the cached base), with apt
# sources from the host's mirror, no service starts, and /proc, /sys, /dev mounted.
chroot_make() {
    local target="$1" mirror cache
    chroot_root="$2"
    [ "$(id -u)" -eq 0 ] || { echo "[$target] a chroot needs root (debootstrap and mounts)." >&2; exit 1; }
    if ! command -v debootstrap >/dev/null; then
        DEBIAN_FRONTEND=noninteractive apt-get update -q
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap
    fi
    mirror=$(host_mirror)
    cache="${CAA_CHROOT_CACHE:+$CAA_CHROOT_CACHE/$target.tar}"
    trap chroot_unmount EXIT
    chroot_unmount
    # Never delete through a mount that is still there (/dev and the source are bound in).
    if awk -v r="$chroot_root/" 'index($2 "/", r) == 1 {found = 1} END {exit !found}' /proc/mounts; then
        echo "[$target] something is still mounted below $chroot_root; not deleting it." >&2
        exit 1
    fi
    rm -rf "$chroot_root"
    mkdir -p "$chroot_root"
    if [ -n "$cache" ] && [ -f "$cache" ]; then
        echo "[$target] base from $cache"
        tar -C "$chroot_root" -xf "$cache"
    else
        echo "[$target] debootstrap $target from the host's mirror"
        debootstrap --variant=minbase "$target" "$chroot_root" "$mirror" > "$chroot_root.debootstrap.log" 2>&1 \
            || { tail -n 30 "$chroot_root.debootstrap.log"; echo "[$target] debootstrap failed" >&2; exit 1; }
        if [ -n "$cache" ]; then mkdir -p "$(dirname "$cache")"; tar -C "$chroot_root" -cf "$cache" .; fi
    fi
    echo "deb $mirror $target main" > "$chroot_root/etc/apt/sources.list"
    cp /etc/resolv.conf "$chroot_root/etc/resolv.conf"
    # Packages must not start their services (knot, unbound) inside the chroot: the
    # tests start their own on loopback.
    printf '#!/bin/sh\nexit 101\n' > "$chroot_root/usr/sbin/policy-rc.d"
    chmod 755 "$chroot_root/usr/sbin/policy-rc.d"
    mount -t proc proc "$chroot_root/proc"
    mount -t sysfs sys "$chroot_root/sys"
    mount --bind /dev "$chroot_root/dev"
    mount --bind /dev/pts "$chroot_root/dev/pts"
    mkdir -p "$chroot_root/src"
    mount --bind "$here" "$chroot_root/src"
}

in_chroot() {
    chroot "$chroot_root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 CI="${CI:-}" "$@"
}

chroot_test() {
    local target="$1" status=0
    chroot_make "$target" "${CAA_CHROOT_DIR:-/var/tmp/caa-inspector-chroot/$target}"
    in_chroot CAA_BUILD_DIR=/root/build CAA_PACKAGE_INSTALL=1 bash /src/packaging/build.sh suite || status=$?
    chroot_unmount
    trap - EXIT
    if [ "$status" -ne 0 ]; then
        echo "[$target] FAILED: the test suite on $target (exit status $status; see above)" >&2
        exit "$status"
    fi
    echo "[$target] passed"
}

# This release's .deb, built here with CPack, installed with apt-get into a fresh minimal
# chroot of the same release (nothing but what the package depends on), then both
# installed programs started there: the CLI checks a zone file offline (also with --cert,
# which loads the installed Qt Network module), the window opens
# on the offscreen platform and stays up.
package_install() {
    local codename status=0 deb
    codename="$(. /etc/os-release; echo "${VERSION_CODENAME:-}")"
    [ -n "$codename" ] || { echo "No VERSION_CODENAME in /etc/os-release" >&2; exit 1; }
    install_deps
    build
    chroot_make "$codename" "${CAA_CHROOT_DIR:-/var/tmp/caa-inspector-chroot/$codename-install}"
    mkdir -p "$chroot_root/tmp/deb"
    cpack -G DEB -B "$chroot_root/tmp/deb" --config "$build_dir/CPackConfig.cmake" > "$chroot_root/tmp/cpack.log" 2>&1 \
        || { cat "$chroot_root/tmp/cpack.log"; exit 1; }
    deb=$(cd "$chroot_root/tmp/deb" && ls caa-inspector_*.deb)
    cp "$here/tests/data/san-certificate.pem" "$chroot_root/tmp/"
    echo "[$codename] apt-get install $deb into a fresh $codename chroot"
    in_chroot DEBIAN_FRONTEND=noninteractive bash -euo pipefail -c "
        apt-get update -q > /tmp/apt.log 2>&1 || { cat /tmp/apt.log; exit 1; }
        apt-get install -y -q --no-install-recommends /tmp/deb/$deb > /tmp/apt.log 2>&1 || { cat /tmp/apt.log; exit 1; }
        caa-inspector-cli --version
        caa-inspector --version
        printf '%s\n' '\$ORIGIN example.test.' '\$TTL 300' '@ SOA ns hostmaster 1 3600 600 86400 300' \
            '@ NS ns' '@ CAA 0 issue \"letsencrypt.org\"' > /tmp/example.test.zone
        status=0
        caa-inspector-cli check --zone-file /tmp/example.test.zone --ca letsencrypt.org --ca sectigo.com \
            --format csv www.example.test > /tmp/check.csv || status=\$?
        cat /tmp/check.csv
        [ \$status -eq 1 ]   # Sectigo denied
        grep -q 'Encrypt,tls,permit,authorised' /tmp/check.csv
        grep -q 'Sectigo,tls,deny,issuer-not-listed' /tmp/check.csv
        # --cert loads the installed module with the Qt Network features.
        caa-inspector-cli check --zone-file /tmp/example.test.zone --ca letsencrypt.org --format csv \
            --cert /tmp/san-certificate.pem > /tmp/cert.csv
        grep -q '^www.r.test,www.r.test,,Let.s Encrypt,tls,permit,no-caa' /tmp/cert.csv
        echo 'check --cert found its module'
        status=0
        QT_QPA_PLATFORM=offscreen timeout 5 caa-inspector > /tmp/gui.log 2>&1 || status=\$?
        [ \$status -eq 124 ] || { cat /tmp/gui.log; echo \"the window exited (status \$status) instead of staying up\"; exit 1; }
        echo 'the window stayed up for 5 s'
    " || status=$?
    chroot_unmount
    trap - EXIT
    if [ "$status" -ne 0 ]; then
        echo "[$codename] FAILED: installing and starting the package on $codename (exit status $status)" >&2
        exit "$status"
    fi
    echo "[$codename] the package installs and both programs start"
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
    versions)
        versions
        ;;
    suite)
        suite
        ;;
    chroot-test)
        chroot_test "${2:?usage: bash packaging/build.sh chroot-test trixie|bookworm}"
        ;;
    package-install)
        package_install
        ;;
    test)
        suite
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
        echo "usage: bash packaging/build.sh run|test|suite|deps|versions|chroot-test RELEASE|package-install|bench" >&2
        exit 3
        ;;
esac
