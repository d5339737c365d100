#!/usr/bin/env bash
# Packaging test: build the .deb with CPack, unpack it into a scratch root with dpkg -x,
# run the installed programs (the CLI against the DNS test bed), and run lintian.
#   package_test.sh BUILD_DIR TESTBED_ENV
set -euo pipefail
build="$1"
env_file="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cpack -G DEB -B "$work/out" --config "$build/CPackConfig.cmake" > "$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/caa-inspector_*_amd64.deb)
echo "built $(basename "$deb")"

# Control fields the issue asks for.
dpkg-deb -f "$deb" Package Section Depends | tee "$work/control"
grep -q '^Section: net$' "$work/control"
# Qt's SVG icon engine, from whichever package ships it on this release.
svg_owner=$(dpkg-query -S '*/qt6/plugins/iconengines/libqsvgicon.so' 2>/dev/null | head -n1 | cut -d: -f1)
[ -n "$svg_owner" ] || { echo "Qt's SVG icon engine plugin is not installed on this machine"; exit 1; }
echo "SVG icon engine from: $svg_owner"
grep -qE "(^|[ ,])$svg_owner([ ,]|$)" "$work/control"
grep -q 'libqt6widgets6' "$work/control"   # computed by dpkg-shlibdeps
if [ "${CAA_JEMALLOC:-ON}" = ON ]; then
    grep -q 'libjemalloc2' "$work/control"  # the programs' malloc (issue #18), also from dpkg-shlibdeps
fi

dpkg -x "$deb" "$work/root"
for f in usr/bin/caa-inspector usr/bin/caa-inspector-cli usr/share/applications/org.caainspector.inspector.desktop \
         usr/share/metainfo/org.caainspector.inspector.metainfo.xml usr/share/icons/hicolor/scalable/apps/org.caainspector.inspector.svg \
         usr/share/icons/hicolor/48x48/apps/org.caainspector.inspector.png usr/share/man/man1/caa-inspector.1.gz \
         usr/share/man/man1/caa-inspector-cli.1.gz usr/share/doc/caa-inspector/copyright usr/share/doc/caa-inspector/CCADB-ATTRIBUTION.txt \
         usr/lib/caa-inspector/modules/caa-inspector-network.so; do
    test -e "$work/root/$f" || { echo "missing from the package: $f"; exit 1; }
done

# jemalloc is the malloc of the whole process only when the program needs it ahead of
# libc: the dynamic linker binds every malloc to the first library that defines it.
if [ "${CAA_JEMALLOC:-ON}" = ON ]; then
    for program in caa-inspector caa-inspector-cli; do
        needed=$(readelf -d "$work/root/usr/bin/$program" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | tr '\n' ' ')
        [[ " $needed" =~ " libjemalloc.so.2 ".*" libc.so.6 " ]] \
            || { echo "$program does not load jemalloc ahead of libc: $needed"; exit 1; }
    done
fi

# Both installed programs from BINDIR: their versions, and a CLI check against the test bed.
resolver=$(sed -n 's/^RESOLVER=//p' "$env_file")
run_installed_programs() {
    local bindir="$1" scratch="$2" version gui_version status=0
    version=$("$bindir/caa-inspector-cli" --version)
    echo "$version"
    [[ "$version" == "caa-inspector-cli $(dpkg-deb -f "$deb" Version)" ]]
    gui_version=$(env -u DISPLAY -u WAYLAND_DISPLAY "$bindir/caa-inspector" --version)
    echo "$gui_version"
    [[ "$gui_version" == "caa-inspector $(dpkg-deb -f "$deb" Version)" ]]
    CAA_INSPECTOR_DATA_DIR="$scratch/data" "$bindir/caa-inspector-cli" check --server "$resolver" --ca letsencrypt.org \
        --format json '*.prec.r.test' > "$scratch/check.json" || status=$?
    echo "installed check exit status: $status"
    [[ $status -eq 1 ]]   # Let's Encrypt is denied by issuewild "other.example"
    grep -q '"reason": "issuer-not-listed"' "$scratch/check.json"
    grep -q '"name": "prec.r.test"' "$scratch/check.json"
    # --cert: the CLI finds its Qt Network module where the package put it.
    "$bindir/caa-inspector-cli" check --server "$resolver" --ca ca.example --format csv \
        --cert "$(dirname "$0")/../data/san-certificate.pem" > "$scratch/cert.csv" || status=$?
    grep -q '^www.r.test,www.r.test,r.test,ca.example,tls,permit,' "$scratch/cert.csv" \
        || { cat "$scratch/cert.csv"; echo "check --cert failed with the installed module"; exit 1; }
}
mkdir -p "$work/unpacked"
run_installed_programs "$work/root/usr/bin" "$work/unpacked"

# The dependencies dpkg-shlibdeps derived must resolve on the release it was built on
# (Debian 13 says libqt6core6t64 where Debian 12 says libqt6core6).
apt-get install --simulate --no-install-recommends "$deb" > "$work/simulate.log" 2>&1 \
    || { cat "$work/simulate.log"; echo "the package's dependencies do not resolve on this release"; exit 1; }
echo "dependencies resolve: $(grep -c '^Inst ' "$work/simulate.log") package(s) to install"

# In a throwaway chroot of its own release (packaging/build.sh chroot-test), install it for
# real and start both installed programs; elsewhere the machine is left as it is.
if [ "${CAA_PACKAGE_INSTALL:-0}" = 1 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb" > "$work/install.log" 2>&1 \
        || { cat "$work/install.log"; echo "apt-get install of the package failed"; exit 1; }
    mkdir -p "$work/installed"
    run_installed_programs /usr/bin "$work/installed"
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -q caa-inspector > /dev/null 2>&1
    echo "installed with apt-get and started both programs"
fi

man -l "$work/root/usr/share/man/man1/caa-inspector-cli.1.gz" > /dev/null 2>&1 || zcat "$work/root/usr/share/man/man1/caa-inspector-cli.1.gz" | grep -q 'EXIT STATUS'

# lintian: no errors (and no warnings; README lists any that are accepted).
lintian --no-tag-display-limit "$deb" > "$work/lintian.log" 2>&1 || true
grep -v 'running with root privileges' "$work/lintian.log" || true
if grep -qE '^[EW]: ' "$work/lintian.log"; then
    echo "lintian reported errors or warnings"
    exit 1
fi
echo "package test: 1 passed, 0 failed"
