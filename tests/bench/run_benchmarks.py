#!/usr/bin/env python3
"""DNS and start-up benchmarks against real servers on loopback (README "Performance").

Run through `bash packaging/build.sh bench`, which installs dnsdist, dnsperf and the test
bed's servers and builds first. Starts the test bed (Knot + validating Unbound), a dnsdist
in front of Unbound that delays every response by 50 ms (DelayAction), then measures:

1. latency: one check of a 6-label name vs one kdig query and vs a per-label kdig loop;
2. throughput: 10,000 distinct names under four zones, our bulk run vs dnsperf sending the
   same kind of queries to the same Unbound, and vs a per-label kdig loop;
3. start-up: the GUI's first paint vs a bare Qt Widgets window built the same way, and the
   peak RSS after a 1,000-name bulk run on the GUI's "Many names" page, and a 100,000-name
   run there: its time, peak RSS and longest event-loop stall (issue #18);
4. offline: 10,000 names checked against a 100,000-record zone file, vs named-checkzone
   reading that file once (the work a zone file needs at the least);
5. what users run (issue #18): the `caa-inspector-cli check --format jsonl` process end
   to end (start to last byte) over 10,000 names (and 1,000,000 with
   CAA_BENCH_MILLION=1), peak RSS beside time, against dnsperf at its best: the same CAA
   queries (every name and each shared parent), byte for byte as ours go on the wire
   (dnsperf -B; its text format, which sends them without EDNS, is swept too), Unbound's
   cache warm for both (a dnsperf pass just before every measured run of either tool:
   the test zones' negative answers live 60 s), dnsperf's outstanding queries swept in
   both formats and the maximum taken; ours swept too
   (--threads, --max-in-flight), the fastest setting that dropped no datagram taken. Each
   setting of either tool is the median of five runs at 10,000 names, one at a million
   (where ours are two threads with 128, 256 and 512 in flight). Then the two best
   settings are run in alternating pairs (seven at 10,000 names, three at a million) and
   the median of the pairs' ratios is printed beside the best-against-best ratio.

Every ratio is measured in the same run. Not part of the pass/fail test run.
"""
import os
import re
import shutil
import socket
import statistics
import struct
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.environ.get("CAA_BUILD_DIR", os.path.join(ROOT, "build"))
TESTBED = os.path.join(BUILD, "tests/testbed/caa-testbed")
CLI = os.path.join(BUILD, "app/caa-inspector-cli")
BENCH_DNS = os.path.join(BUILD, "tests/bench/bench_dns")
BENCH_STARTUP = os.path.join(BUILD, "tests/bench/bench_startup")
BENCH_BARE = os.path.join(BUILD, "tests/bench/bench_bare_window")
LATENCY_NAME = "a.b.c.d.r.test"  # 6 labels; the relevant set is at r.test
ZONES = ["bulk.test", "r.test", "other.test", "nocaa.test"]
DELAY_MS = 50


def met(reached):
    """The goal's verdict, decided on the unrounded ratio: a 0.497x must not read as met
    because it prints as 0.50x."""
    return "met" if reached else "NOT met"


def wire_query(name):
    """A CAA query for `name` as caa-inspector-cli sends it (ID 0, which dnsperf replaces):
    RD and AD set (RFC 6840 §5.7), EDNS0 with a 1232-octet payload, DO clear."""
    q = struct.pack(">HHHHHH", 0, 0x0120, 1, 0, 0, 1)
    for label in name.rstrip(".").split("."):
        q += bytes([len(label)]) + label.encode("ascii")
    q += b"\0" + struct.pack(">HH", 257, 1)             # CAA, IN
    q += b"\0" + struct.pack(">HHIH", 41, 1232, 0, 0)   # OPT: root, 1232 octets, no flags
    return struct.pack(">H", len(q)) + q               # dnsperf -B: TCP-stream framing


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def timed(cmd, env=None):
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
    return (time.perf_counter() - start) * 1000.0


def median_ms(cmd, runs):
    timed(cmd)  # warm the caches on the way (Unbound's, the page cache)
    return statistics.median(timed(cmd) for _ in range(runs))


def run_usage(cmd, stderr_file=None):
    """Wall time (ms), peak RSS (MB), user and kernel CPU (s) of one child process; its
    standard error goes to stderr_file when given."""
    start = time.perf_counter()
    err = open(stderr_file, "w") if stderr_file else subprocess.DEVNULL
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
    _, _, usage = os.wait4(child.pid, 0)
    if stderr_file:
        err.close()
    return (time.perf_counter() - start) * 1000.0, usage.ru_maxrss / 1024.0, usage.ru_utime, usage.ru_stime


def lookup_failures(stderr_file):
    """The lookup failures a check run counted in its closing line on stderr."""
    found = re.search(r"(\d+) lookup failure", open(stderr_file).read())
    return int(found.group(1)) if found else -1


def udp_receive_buffer_drops():
    """Datagrams the kernel dropped because a UDP socket's receive buffer was full, machine
    wide (/proc/net/snmp, Udp RcvbufErrors); -1 when it cannot be read. During our runs
    only our process and the test bed's servers use UDP on loopback, so the difference
    over a run is what the run lost: each such query is asked again after c-ares's try
    timeout, and in input order the names behind it wait that long."""
    try:
        lines = [l.split() for l in open("/proc/net/snmp") if l.startswith("Udp:")]
        return int(lines[1][lines[0].index("RcvbufErrors")])
    except (OSError, ValueError, IndexError):
        return -1


def run_measured(cmd):
    """Wall time (ms) and peak RSS (MB) of one child process."""
    wall_ms, peak_mb, _, _ = run_usage(cmd)
    return wall_ms, peak_mb


def keyvalues(text):
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line)


def kdig(server, port, name):
    return ["kdig", f"@{server}", "-p", str(port), name, "CAA", "+retry=0", "+timeout=5", "+notcp"]


def climb(name):
    labels = name.split(".")
    return [".".join(labels[i:]) for i in range(len(labels))]


def main():
    work = tempfile.mkdtemp(prefix="caa-bench-")
    dnsdist = None
    results = []
    try:
        # A cache that holds the million names' answers (~1 KB each in Unbound), so that
        # "cache warm" holds for dnsperf and for us alike. And a 4 MiB receive buffer, as
        # Unbound's guide advises for a busy server ("so-rcvbuf: 4m"): with the system's
        # 208 KiB default it drops datagrams from about 170 queued, which caps any sender
        # that waits for its answers (dnsperf's best did not move with it: 280,000-290,000
        # q/s either way; the kernel caps it at net.core.rmem_max unless Unbound runs as root).
        out = subprocess.run([TESTBED, "start", work, os.path.join(ROOT, "tests/zones"), os.path.join(ROOT, "resources/samples")],
                             capture_output=True, text=True, check=True,
                             env=dict(os.environ, CAA_TESTBED_CACHE_MB="1024", CAA_TESTBED_RCVBUF_MB="4")).stdout
        env = keyvalues(open(os.path.join(work, "testbed.env")).read())
        resolver = env["RESOLVER"]
        rhost, rport = resolver.rsplit(":", 1)
        print(out.strip())

        # dnsdist in front of Unbound, adding 50 ms to every UDP response.
        dport = free_port()
        conf = os.path.join(work, "dnsdist.conf")
        with open(conf, "w") as f:
            f.write(f'setSecurityPollSuffix("")\n'
                    f'setLocal("127.0.0.1:{dport}")\n'
                    f'newServer({{address="{resolver}", checkName="test.", checkType="SOA"}})\n'
                    f'addAction(AllRule(), DelayAction({DELAY_MS}))\n')
        dnsdist = subprocess.Popen(["dnsdist", "--supervised", "--disable-syslog", "-C", conf],
                                   stdout=open(os.path.join(work, "dnsdist.log"), "w"), stderr=subprocess.STDOUT)
        for _ in range(100):
            if subprocess.run(kdig("127.0.0.1", dport, "test"), capture_output=True, text=True).stdout.count("NOERROR"):
                break
            time.sleep(0.1)
        else:
            sys.exit("dnsdist did not start; see " + os.path.join(work, "dnsdist.log"))

        # 1. Latency through the 50 ms resolver.
        one_kdig = median_ms(kdig("127.0.0.1", dport, LATENCY_NAME), 15)
        loop_runs = []
        for _ in range(5):
            start = time.perf_counter()
            for level in climb(LATENCY_NAME):
                subprocess.run(kdig("127.0.0.1", dport, level), stdout=subprocess.DEVNULL, check=False)
            loop_runs.append((time.perf_counter() - start) * 1000.0)
        kdig_loop = statistics.median(loop_runs)
        cli = median_ms([CLI, "check", "--server", f"127.0.0.1:{dport}", "--ca", "letsencrypt.org", LATENCY_NAME], 15)
        inproc = keyvalues(subprocess.run([BENCH_DNS, "latency", f"127.0.0.1:{dport}", LATENCY_NAME, "15"],
                                          capture_output=True, text=True, check=True).stdout)
        results.append(("latency", f"one check of {LATENCY_NAME} (6 labels) through a resolver adding {DELAY_MS} ms"))
        results.append(("  one kdig query (process)", f"{one_kdig:.1f} ms"))
        results.append(("  per-label kdig loop (6 queries)", f"{kdig_loop:.1f} ms"))
        results.append(("  caa-inspector-cli check (process)", f"{cli:.1f} ms = {cli / one_kdig:.2f}x one kdig (goal <= 1.3x), "
                                                                  f"{kdig_loop / cli:.1f}x faster than the loop"))
        results.append(("  the check inside a running program", f"{float(inproc['median_ms']):.1f} ms"))

        # 2. Throughput: 10,000 distinct names (cold for Unbound) under four zones.
        def names(prefix, count):
            return [f"{prefix}{i}.{ZONES[i % len(ZONES)]}" for i in range(count)]
        ours_file = os.path.join(work, "ours.txt")
        with open(ours_file, "w") as f:
            f.write("\n".join(names("o", 10000)) + "\n")
        perf_file = os.path.join(work, "dnsperf.txt")
        perf_names = names("p", 10000) + ZONES + ["test"]
        with open(perf_file, "w") as f:
            f.write("".join(f"{n} CAA\n" for n in perf_names))
        perf_out = subprocess.run(["dnsperf", "-s", rhost, "-p", rport, "-d", perf_file, "-n", "1", "-q", "64", "-t", "5"],
                                  capture_output=True, text=True, check=True).stdout
        perf_qps = float(re.search(r"Queries per second:\s+([\d.]+)", perf_out).group(1))
        perf_lost = re.search(r"Queries lost:\s+(\d+)", perf_out).group(1)
        ours = keyvalues(subprocess.run([BENCH_DNS, "throughput", resolver, ours_file, "64"],
                                        capture_output=True, text=True, check=False).stdout)
        kdig_names = names("k", 40)
        start = time.perf_counter()
        for n in kdig_names:
            for level in climb(n):
                subprocess.run(kdig(rhost, rport, level), stdout=subprocess.DEVNULL, check=False)
        kdig_names_per_s = len(kdig_names) / (time.perf_counter() - start)
        our_qps = float(ours["queries_per_s"])
        our_nps = float(ours["names_per_s"])
        results.append(("throughput", "10,000 distinct names under 4 zones, loopback Unbound, 64 queries in flight"))
        results.append(("  dnsperf (same kind of queries)", f"{perf_qps:,.0f} queries/s ({len(perf_names):,} queries, {perf_lost} lost)"))
        results.append(("  our bulk run", f"{our_nps:,.0f} names/s, {our_qps:,.0f} queries/s ({int(ours['queries']):,} queries, "
                                          f"{ours['failures']} failures) = {our_qps / perf_qps:.2f}x dnsperf (goal >= 0.5x)"))
        results.append(("  per-label kdig loop", f"{kdig_names_per_s:,.1f} names/s; ours is {our_nps / kdig_names_per_s:,.0f}x (goal >= 100x)"))

        # 3. Start-up and memory.
        def first_paint(program, mode):
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CAA_BENCH_T0=str(time.time_ns()))
            out = subprocess.run([program, mode], capture_output=True, text=True, env=env, check=True).stdout
            return float(keyvalues(out)["first_paint_ms"])
        first_paint(BENCH_STARTUP, "bare"), first_paint(BENCH_STARTUP, "app"), first_paint(BENCH_BARE, "bare")
        bare, bare_only, app = [], [], []
        for _ in range(21):
            bare.append(first_paint(BENCH_STARTUP, "bare"))
            bare_only.append(first_paint(BENCH_BARE, "bare"))
            app.append(first_paint(BENCH_STARTUP, "app"))
        bare_ms, bare_only_ms, app_ms = statistics.median(bare), statistics.median(bare_only), statistics.median(app)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        rss = keyvalues(subprocess.run([BENCH_STARTUP, "app", "--bulk", "1000", "--server", resolver],
                                       capture_output=True, text=True, env=env, check=True).stdout)
        results.append(("start-up", "process start to first paint, offscreen platform, median of 21"))
        results.append(("  bare window, same executable", f"{bare_ms:.1f} ms"))
        results.append(("  bare window, Qt Widgets only", f"{bare_only_ms:.1f} ms"))
        results.append(("  CAA Inspector main window", f"{app_ms:.1f} ms = {app_ms / bare_ms:.3f}x the same executable "
                                                       f"(goal <= 1.3x, issue #18: {met(app_ms / bare_ms <= 1.3)}), "
                                                       f"{app_ms / bare_only_ms:.2f}x Qt Widgets only"))
        results.append(("  peak RSS after a 1,000-name bulk run in the GUI", f"{rss['peak_rss_mb']} MB (goal <= 80 MB; "
                                                                           f"{rss['rss_after_paint_mb']} MB at first paint)"))
        # Issue #18: 100,000 names on "Many names": peak RSS and the longest event-loop stall.
        big = keyvalues(subprocess.run([BENCH_STARTUP, "app", "--bulk", "100000", "--server", resolver],
                                       capture_output=True, text=True, env=env, check=True).stdout)
        results.append(("  100,000-name bulk run in the GUI", f"{float(big['bulk_seconds']):.1f} s, peak RSS {big['peak_rss_mb']} MB (goal <= 400 MB), "
                                                             f"longest event-loop stall {float(big['longest_stall_ms']):.0f} ms (goal <= 50 ms)"))
        # 4. Offline: the zone file is indexed once and answers like a resolver.
        big_zone = os.path.join(work, "big.zone")
        with open(big_zone, "w") as f:
            f.write("$ORIGIN big.example.\n$TTL 300\n@ SOA ns hostmaster 1 3600 600 86400 300\n@ NS ns\nns A 127.0.0.1\n")
            f.writelines(f'h{i} CAA 0 issue "ca{i % 50}.example"\n' for i in range(100000))
        big_names = os.path.join(work, "big-names.txt")
        with open(big_names, "w") as f:
            f.writelines(f"n{i}.h{i * 7}.big.example\n" for i in range(10000))
        offline_ms, offline_mb = run_measured([CLI, "check", "--zone-file", big_zone, "--ca", "letsencrypt.org", "--format", "csv",
                                              "--progress", "never", "--file", big_names])
        bind_ms, bind_mb = run_measured(["named-checkzone", "big.example", big_zone])
        results.append(("offline", "10,000 names against a 100,000-record zone file"))
        results.append(("  named-checkzone reading the file once", f"{bind_ms:,.0f} ms, peak RSS {bind_mb:,.0f} MB"))
        results.append(("  our check --zone-file", f"{offline_ms:,.0f} ms = {offline_ms / bind_ms:.1f}x, peak RSS {offline_mb:,.0f} MB"))

        # 5. The CLI end to end vs dnsperf at its best, cache warm for both.
        def cli_vs_dnsperf(count, settings_sweep):
            """Ours at its best too: --threads and --max-in-flight swept like dnsperf's -q
            (each setting a (threads, in flight) pair). Returns the best setting, which the
            million-name run then uses alone."""
            names_file = os.path.join(work, f"cli-{count}.txt")
            queries_file = os.path.join(work, f"cli-{count}.dnsperf")
            wire_file = os.path.join(work, f"cli-{count}.wire")
            with open(names_file, "w") as f, open(queries_file, "w") as q, open(wire_file, "wb") as w:
                for i in range(count):
                    name = f"c{i}.{ZONES[i % len(ZONES)]}"
                    f.write(name + "\n")
                    q.write(name + " CAA\n")
                    w.write(wire_query(name))
                q.writelines(f"{z} CAA\n" for z in ZONES + ["test"])
                w.writelines(wire_query(z) for z in ZONES + ["test"])
            queries = count + len(ZONES) + 1

            # Each setting of either tool is measured the same way: the median of five runs (by
            # wall time for ours) at 10,000 names, where one noisy moment swings a run of under
            # a second (dnsperf's last 40-50 ms, and single ones varied by a quarter); one run
            # at a million. The best setting is then taken.
            repeats = 5 if count <= 100000 else 1
            # Two formats: our queries byte for byte (-B: dnsperf sends each as it is, with
            # an ID of its own, and parses nothing, so it also spends the least CPU of its
            # own on them), and dnsperf's text format, which builds them without EDNS (a
            # smaller reply). The fastest of either is the baseline.
            def dnsperf_once(outstanding, wire=True):
                source = ["-d", wire_file, "-B"] if wire else ["-d", queries_file]
                out = subprocess.run(["dnsperf", "-s", rhost, "-p", rport] + source + ["-n", "1", "-q", str(outstanding), "-t", "5"],
                                     capture_output=True, text=True, check=True).stdout
                return float(re.search(r"Queries per second:\s+([\d.]+)", out).group(1))
            # The test zones' negative answers live 60 s (SOA minimum), and a sweep takes
            # longer than that: a run more than a minute after the cache was warmed found
            # the names' NXDOMAIN answers expired (a 10,000-name run of ours took 0.16 s up
            # to 40 s after warming, 0.22 s at 58 s and 0.32 s at 70 s). So every measured
            # run of either tool starts from a cache warmed just before it, by one dnsperf
            # pass over exactly these queries.
            def warm():
                dnsperf_once(256)
            def dnsperf_warmed(outstanding, wire):
                warm()
                return dnsperf_once(outstanding, wire)
            def dnsperf(outstanding, wire):
                return statistics.median(dnsperf_warmed(outstanding, wire) for _ in range(repeats))
            outstanding = (16, 64, 256, 1024, 4096)
            sweep_wire = {q: dnsperf(q, True) for q in outstanding}
            sweep_text = {q: dnsperf(q, False) for q in outstanding}
            sweep = {("wire", q): v for q, v in sweep_wire.items()} | {("text", q): v for q, v in sweep_text.items()}
            best_q = max(sweep, key=sweep.get)
            # The sweep ends with -q 4096, which leaves Unbound working off what timed out
            # for dnsperf; our runs start once it is idle, as dnsperf's runs did.
            time.sleep(3)
            def check(setting):
                threads, in_flight = setting
                return [CLI, "check", "--server", resolver, "--ca", "letsencrypt.org", "--format", "jsonl",
                        "--threads", str(threads), "--max-in-flight", str(in_flight), "--progress", "never"]
            err_file = os.path.join(work, "cli-stderr.txt")
            def our_once(setting, extra):
                """One run of ours from a warm cache: (wall, RSS, user, sys), its lookup
                failures (a dropped query makes a name wait for its timeout) and the
                datagrams dropped by full receive buffers meanwhile."""
                warm()
                drops_before = udp_receive_buffer_drops()
                usage = run_usage(check(setting) + extra + ["--file", names_file], err_file)
                return usage, lookup_failures(err_file), udp_receive_buffer_drops() - drops_before
            def measured(setting, extra):
                """The median run by wall time, and the most failures and drops of any run."""
                runs, failures, drops = [], 0, 0
                for _ in range(repeats):
                    usage, failed, dropped = our_once(setting, extra)
                    runs.append(usage)
                    failures = max(failures, failed)
                    drops = max(drops, dropped)
                runs.sort(key=lambda r: r[0])
                return runs[len(runs) // 2], failures, drops
            ours = {n: measured(n, []) for n in settings_sweep}
            # Our best is the fastest setting that ran clean: a datagram dropped at a full
            # receive buffer (Unbound's, on this machine, from 256 in flight up) holds every
            # name after it in input order for a try timeout, and the million-name run, which
            # takes this setting, meets a hundred times as many such moments.
            clean = [n for n in ours if ours[n][2] == 0] or list(ours)
            best_n = min(clean, key=lambda n: ours[n][0][0])
            (ours_ms, ours_mb, ours_user, ours_sys), ours_failures, ours_drops = ours[best_n]
            (done_ms, done_mb, _, _), done_failures, done_drops = measured(best_n, ["--order", "completion"])
            # The ratio above sets two bests against each other that were measured minutes
            # apart, and on a noisy machine a minute is enough for either tool to have its
            # fast or slow spell (in six full runs one setting of dnsperf moved between
            # 12,800 and 118,000 q/s, and ours missed the goal once at each size while
            # meeting it by far in the others). So each best setting is also run in pairs,
            # one right after the other, alternating which goes first, each after its own
            # warming pass; the median of the pairs' ratios is the comparison that a slow
            # spell of one side cannot decide alone.
            pair_count = 7 if count <= 100000 else 3
            pair_ratios, pair_failures, pair_drops, pair_mb = [], 0, 0, 0.0
            for i in range(pair_count):
                if i % 2 == 0:
                    baseline_qps = dnsperf_warmed(best_q[1], best_q[0] == "wire")
                    usage, failed, dropped = our_once(best_n, [])
                else:
                    usage, failed, dropped = our_once(best_n, [])
                    baseline_qps = dnsperf_warmed(best_q[1], best_q[0] == "wire")
                pair_failures = max(pair_failures, failed)
                pair_drops = max(pair_drops, dropped)
                pair_mb = max(pair_mb, usage[1])
                pair_ratios.append(queries / (usage[0] / 1000.0) / baseline_qps)
            paired = statistics.median(pair_ratios)
            # CPU per name: less what a one-name run costs (start-up, the directory), so
            # that the 10,000-name line is not mostly start-up.
            one_file = os.path.join(work, "cli-one.txt")
            with open(one_file, "w") as f:
                f.write("c0.bulk.test\n")
            ones = [run_usage(check(best_n) + ["--file", one_file]) for _ in range(5)]
            one_user = sorted(u for _, _, u, _ in ones)[2]
            one_sys = sorted(k for _, _, _, k in ones)[2]
            user_us = max(0.0, ours_user - one_user) / count * 1e6
            sys_us = max(0.0, ours_sys - one_sys) / count * 1e6
            our_qps = queries / (ours_ms / 1000.0)
            results.append((f"CLI end to end, {count:,} names", "check --ca letsencrypt.org --format jsonl, "
                                                               "loopback Unbound, cache warm"
                                                               + (", median of 5 runs" if count <= 100000 else "")))
            results.append(("  dnsperf, our queries byte for byte (-B)", ", ".join(f"-q {q}: {v:,.0f} q/s" for q, v in sweep_wire.items())))
            results.append(("  dnsperf, text format (no EDNS)", ", ".join(f"-q {q}: {v:,.0f} q/s" for q, v in sweep_text.items())
                            + f"; best of both {sweep[best_q]:,.0f} q/s ({'-B' if best_q[0] == 'wire' else 'text'} -q {best_q[1]})"))
            def label(setting):
                return f"--threads {setting[0]} --max-in-flight {setting[1]}"
            if len(ours) > 1:
                results.append(("  ours, --threads and --max-in-flight swept", ", ".join(
                    f"{n[0]}/{n[1]}: {count / (r[0][0] / 1000.0):,.0f} names/s ({r[2]} dropped)" for n, r in ours.items())
                    + f"; best that dropped nothing: {label(best_n)}"))
            results.append((f"  caa-inspector-cli check {label(best_n)}",
                            f"{ours_ms / 1000.0:,.2f} s, {count / (ours_ms / 1000.0):,.0f} names/s, "
                            f"{our_qps:,.0f} q/s = {our_qps / sweep[best_q]:.3f}x dnsperf's best "
                            f"(goal >= 0.5x: {met(our_qps / sweep[best_q] >= 0.5)}); peak RSS {ours_mb:,.0f} MB; "
                            f"lookup failures {ours_failures}, "
                            f"datagrams dropped by full receive buffers {ours_drops}"))
            results.append((f"  paired with dnsperf's best, {pair_count} pairs",
                            f"median ratio {paired:.3f}x (goal >= 0.5x: {met(paired >= 0.5)}); pairs "
                            + ", ".join(f"{r:.3f}" for r in pair_ratios) + f"; largest peak RSS {pair_mb:,.0f} MB; "
                            f"lookup failures {pair_failures}, datagrams dropped by full receive buffers {pair_drops}"))
            results.append(("  the same with --order completion", f"{done_ms / 1000.0:,.2f} s, {queries / (done_ms / 1000.0):,.0f} q/s = "
                                                                   f"{queries / (done_ms / 1000.0) / sweep[best_q]:.3f}x; peak RSS {done_mb:,.0f} MB; "
                                                                   f"lookup failures {done_failures}, "
                                                                   f"datagrams dropped by full receive buffers {done_drops}"))
            results.append(("  CPU per name (less a one-name run)", f"{user_us:.1f} us user (c-ares included: perf put it at about 2% of this with c-ares 1.18 and a quarter with 1.34, on 2026-12-03), "
                                                                    f"{sys_us:.1f} us kernel (goal <= 20 us outside c-ares and the kernel)"))
            return best_n
        # One thread, and one per CPU (two here): with the resolver on the same two CPUs a
        # second thread is not always a gain.
        best_setting = cli_vs_dnsperf(10000, [(t, n) for t in (1, 2) for n in (64, 128, 256, 512)])
        if os.environ.get("CAA_BENCH_MILLION") == "1":
            # Ours at its best at a million too, as dnsperf is: two threads (the faster at
            # 10,000 in every run) and 128 to 512 in flight, one run each. Ten-thousand-name
            # runs of 70 ms cannot tell these apart (the best moved between 128 and 256 from
            # one full run to the next), while at a million 256 was 0.4-0.6 s faster by hand.
            million = sorted({best_setting} | {(2, n) for n in (128, 256, 512)})
            cli_vs_dnsperf(1000000, million)  # minutes; peak RSS goal <= 200 MB
    finally:
        if dnsdist:
            dnsdist.terminate()
            dnsdist.wait()
        subprocess.run([TESTBED, "stop", work], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        shutil.rmtree(work, ignore_errors=True)

    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    print(f"\nMachine: {os.cpu_count()} CPUs, {cpu}")
    for key, value in results:
        print(f"{key:<50} {value}" if key.startswith(" ") else f"\n{key}: {value}")


if __name__ == "__main__":
    main()
