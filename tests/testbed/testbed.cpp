// caa-testbed: starts and stops the loopback DNS test bed used by the integration tests.
//
//   caa-testbed start WORKDIR ZONEDIR...  start the daemons, write WORKDIR/testbed.env
//   caa-testbed stop WORKDIR            stop them (also used to clean up a stale run)
//
// Daemons (helpdesk diagnostics need two of each):
// - knotd on 127.0.0.1:P serving every ZONEDIR/*.zone; zones named signed.* and bogus.*
//   are signed;
// - a second knotd on 127.0.0.2:P (same port) serving ZONEDIR/stale/*.zone: older copies
//   of some zones (another serial, other CAA records), like a secondary that missed updates;
// - a validating Unbound (RESOLVER) with stubs to the first knotd and trust anchors for
//   the signed zones, except that bogus.* gets a DS that matches none of its keys, so its
//   answers fail validation (SERVFAIL; with CD=1 they come through); badsig.* zones are
//   signed here with ldns-signzone and then the signature over their CAA RRset is
//   damaged, so that one RRset is bogus while the rest of the zone validates;
// - a second Unbound (RESOLVER2) whose stubs for the stale zones go to the second knotd,
//   so the two resolvers give different answers for them.
// Everything listens on 127.0.0.0/8 only. Works as root and as an ordinary user: no
// daemon switches user or chroots.
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>
#include <QThread>

#include <tuple>

#include "loopback.h"

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

QTextStream err(stderr);

[[noreturn]] void die(const QString &message)
{
    err << "caa-testbed: " << message << Qt::endl;
    std::exit(1);
}

quint16 freePort()
{
    const quint16 port = CaaTest::freeLoopbackPort();
    if (port == 0)
        die(QStringLiteral("no free port on 127.0.0.1"));
    return port;
}

void writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        die(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    f.write(text.toUtf8());
}

QString run(const QString &program, const QStringList &args, int *exitCode = nullptr, const QString &workingDirectory = QString(),
            bool mergeStderr = true)
{
    QProcess p;
    p.setProcessChannelMode(mergeStderr ? QProcess::MergedChannels : QProcess::ForwardedErrorChannel);
    if (!workingDirectory.isEmpty())
        p.setWorkingDirectory(workingDirectory);
    p.start(program, args);
    if (!p.waitForStarted(5000))
        die(QStringLiteral("cannot start %1 (is it installed?)").arg(program));
    p.waitForFinished(30000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAll());
}

QString findProgram(const QString &name)
{
    for (const QString &dir : {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"), QStringLiteral("/sbin"), QStringLiteral("/bin")}) {
        const QString path = dir + u'/' + name;
        if (QFile::exists(path))
            return path;
    }
    die(QStringLiteral("%1 not found; install the Debian packages knot, knot-dnsutils and unbound").arg(name));
}

pid_t readPid(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return pid_t(QString::fromLatin1(f.readAll()).trimmed().toInt());
}

void stopPid(const QString &pidFile)
{
    const pid_t pid = readPid(pidFile);
    QFile::remove(pidFile);
    if (pid <= 0 || kill(pid, 0) != 0)
        return;
    kill(pid, SIGTERM);
    QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired() && kill(pid, 0) == 0)
        QThread::msleep(20);
    if (kill(pid, 0) == 0)
        kill(pid, SIGKILL);
}

void stop(const QString &work)
{
    QFile::remove(work + QStringLiteral("/testbed.env"));
    stopPid(work + QStringLiteral("/unbound.pid"));
    stopPid(work + QStringLiteral("/unbound2.pid"));
    stopPid(work + QStringLiteral("/knot/knot.pid"));
    stopPid(work + QStringLiteral("/knot2/knot.pid"));
}

// Polls until `server` answers `name type` with status NOERROR (and `mustContain`).
bool waitForAnswer(const QString &kdig, quint16 port, const QString &name, const QString &type,
                   const QString &mustContain, int timeoutMs, const QString &address = QStringLiteral("127.0.0.1"))
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const QString out = run(kdig, {u'@' + address, QStringLiteral("-p"), QString::number(port),
                                       QStringLiteral("+dnssec"), QStringLiteral("+time=1"), QStringLiteral("+retry=0"),
                                       name, type});
        if (out.contains(QStringLiteral("status: NOERROR")) && (mustContain.isEmpty() || out.contains(mustContain)))
            return true;
        QThread::msleep(100);
    }
    return false;
}

// Zone file "caa.test.zone" serves caa.test.; "root.zone" serves the root.
QString apex(const QString &zoneFileStem)
{
    return zoneFileStem == QStringLiteral("root") ? QStringLiteral(".") : zoneFileStem + u'.';
}

bool isSignedZone(const QString &zone)
{
    return zone.startsWith(QStringLiteral("signed.")) || zone.startsWith(QStringLiteral("bogus."));
}

// knotd's configuration: `dir` holds zones/, db/, its socket, pid and log.
QString knotConfig(const QString &dir, const QString &address, quint16 port, const QStringList &zones, bool withLame)
{
    QString conf;
    QTextStream k(&conf);
    k << "server:\n    rundir: \"" << dir << "\"\n    listen: " << address << "@" << port << "\n"
      << "    background-workers: 1\n"
      << "database:\n    storage: \"" << dir << "/db\"\n"
      << "log:\n  - target: \"" << dir << "/knot.log\"\n    any: info\n"
      << "control:\n    listen: \"" << dir << "/knot.sock\"\n"
      << "policy:\n  - id: testbed\n    algorithm: ecdsap256sha256\n    single-type-signing: on\n    nsec3: off\n"
      << "template:\n  - id: default\n    storage: \"" << dir << "/zones\"\n    file: \"%s.zone\"\n"
      << "    zonefile-sync: -1\n    semantic-checks: off\n"
      << "zone:\n";
    if (withLame)
        k << "  - domain: \"lame.caa.test.\"\n    file: \"no-such-file.zone\"\n";
    for (const QString &zone : zones) {
        k << "  - domain: \"" << apex(zone) << "\"\n    file: \"" << zone << ".zone\"\n";
        if (isSignedZone(zone))
            k << "    dnssec-signing: on\n    dnssec-policy: testbed\n";
    }
    k.flush();
    return conf;
}

// A validating Unbound on 127.0.0.1:port; `stubs` maps zone apex → "address@port".
QString unboundConfig(const QString &work, const QString &stem, quint16 port, const QList<QPair<QString, QString>> &stubs)
{
    QString conf;
    QTextStream u(&conf);
    u << "server:\n"
      << "    interface: 127.0.0.1@" << port << "\n    port: " << port << "\n"
      << "    do-ip6: no\n    do-ip4: yes\n    do-udp: yes\n    do-tcp: yes\n"
      << "    access-control: 127.0.0.0/8 allow\n"
      << "    chroot: \"\"\n    username: \"\"\n    directory: \"" << work << "\"\n"
      << "    pidfile: \"" << work << "/" << stem << ".pid\"\n"
      << "    logfile: \"" << work << "/" << stem << ".log\"\n    use-syslog: no\n    verbosity: 1\n"
      << "    num-threads: 1\n    so-reuseport: no\n"
      << "    do-not-query-localhost: no\n    qname-minimisation: no\n"
      << "    module-config: \"validator iterator\"\n"
      << "    trust-anchor-file: \"" << work << "/trust-anchors.ds\"\n"
      << "    val-log-level: 2\n    edns-buffer-size: 1232\n    ede: yes\n"
      << "    local-zone: \"test.\" nodefault\n";
    // The benchmarks' million names must fit in the cache, or "cache warm" would mean
    // Unbound asking Knot again for most of them (tests/bench/run_benchmarks.py).
    if (const int cacheMb = qEnvironmentVariableIntValue("CAA_TESTBED_CACHE_MB"); cacheMb > 0)
        u << "    msg-cache-size: " << cacheMb << "m\n    rrset-cache-size: " << 2 * cacheMb << "m\n";
    // The benchmarks also give Unbound the receive buffer its guide advises for a busy
    // server; the tests keep the system's default.
    if (const int rcvbufMb = qEnvironmentVariableIntValue("CAA_TESTBED_RCVBUF_MB"); rcvbufMb > 0)
        u << "    so-rcvbuf: " << rcvbufMb << "m\n";
    u << "remote-control:\n    control-enable: no\n";
    for (const auto &[zone, addr] : stubs)
        u << "stub-zone:\n    name: \"" << zone << "\"\n    stub-addr: " << addr << "\n";
    u.flush();
    return conf;
}

int start(const QString &work, const QStringList &zoneDirs)
{
    const QString knotd = findProgram(QStringLiteral("knotd"));
    const QString keymgr = findProgram(QStringLiteral("keymgr"));
    const QString kdig = findProgram(QStringLiteral("kdig"));
    const QString unbound = findProgram(QStringLiteral("unbound"));

    stop(work); // a run that was killed may have left daemons behind
    QDir(work).removeRecursively();
    if (!QDir().mkpath(work + QStringLiteral("/knot/zones")) || !QDir().mkpath(work + QStringLiteral("/knot/db")))
        die(QStringLiteral("cannot create %1").arg(work));

    QStringList zones;
    for (const QString &zoneDir : zoneDirs) {
        const QStringList files = QDir(zoneDir).entryList({QStringLiteral("*.zone")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            zones << file.chopped(5);
            QFile::copy(zoneDir + u'/' + file, work + QStringLiteral("/knot/zones/") + file);
        }
    }
    if (zones.isEmpty())
        die(QStringLiteral("no *.zone files in %1").arg(zoneDirs.join(QStringLiteral(", "))));

    // badsig.*: signed offline, then one byte of the CAA RRset's signature is changed.
    QString badsigAnchors;
    for (const QString &zone : std::as_const(zones)) {
        if (!zone.startsWith(QStringLiteral("badsig.")))
            continue;
        const QString dir = work + QStringLiteral("/knot/zones");
        int rc = 0;
        const QString key = run(findProgram(QStringLiteral("ldns-keygen")), {QStringLiteral("-a"), QStringLiteral("ECDSAP256SHA256"),
                                                                            QStringLiteral("-k"), zone}, &rc, dir, false).trimmed();
        if (rc != 0 || !key.startsWith(u'K'))
            die(QStringLiteral("ldns-keygen failed for %1: %2").arg(zone, key));
        const QString signOut = run(findProgram(QStringLiteral("ldns-signzone")), {QStringLiteral("-o"), zone, zone + QStringLiteral(".zone"), key}, &rc, dir);
        if (rc != 0)
            die(QStringLiteral("ldns-signzone failed for %1: %2").arg(zone, signOut));
        QFile signedFile(dir + u'/' + zone + QStringLiteral(".zone.signed"));
        if (!signedFile.open(QIODevice::ReadOnly))
            die(QStringLiteral("ldns-signzone wrote no %1").arg(signedFile.fileName()));
        QStringList lines = QString::fromUtf8(signedFile.readAll()).split(u'\n');
        bool damaged = false;
        for (QString &line : lines) {
            const QStringList fields = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            if (fields.size() < 5 || fields[3] != QStringLiteral("RRSIG") || fields[4] != QStringLiteral("CAA"))
                continue;
            QString sig = fields.last();
            const qsizetype at = sig.size() / 2;
            sig[at] = sig[at] == u'A' ? u'B' : u'A';
            line = line.left(line.size() - fields.last().size()) + sig;
            damaged = true;
        }
        if (!damaged)
            die(QStringLiteral("no RRSIG over CAA in the signed %1").arg(zone));
        writeFile(dir + u'/' + zone + QStringLiteral(".zone"), lines.join(u'\n'));
        const QString ds = run(findProgram(QStringLiteral("ldns-key2ds")), {QStringLiteral("-n"), QStringLiteral("-2"), key + QStringLiteral(".key")},
                               &rc, dir, false).trimmed();
        if (rc != 0 || !ds.contains(QStringLiteral("DS")))
            die(QStringLiteral("ldns-key2ds failed for %1: %2").arg(zone, ds));
        badsigAnchors += ds + u'\n';
    }

    // Older copies of some zones, for the second knotd (ZONEDIR/stale/*.zone).
    QStringList staleZones;
    for (const QString &zoneDir : zoneDirs) {
        const QString staleDir = zoneDir + QStringLiteral("/stale");
        const QStringList files = QDir(staleDir).entryList({QStringLiteral("*.zone")}, QDir::Files, QDir::Name);
        if (!files.isEmpty() && !QDir().mkpath(work + QStringLiteral("/knot2/zones")))
            die(QStringLiteral("cannot create %1/knot2").arg(work));
        for (const QString &file : files) {
            staleZones << file.chopped(5);
            QFile::copy(staleDir + u'/' + file, work + QStringLiteral("/knot2/zones/") + file);
        }
    }

    const quint16 knotPort = freePort();
    const QString knotConfPath = work + QStringLiteral("/knot/knot.conf");
    writeFile(knotConfPath, knotConfig(work + QStringLiteral("/knot"), QStringLiteral("127.0.0.1"), knotPort, zones, true));
    int rc = 0;
    const QString knotOut = run(knotd, {QStringLiteral("-c"), knotConfPath, QStringLiteral("-d")}, &rc);
    if (rc != 0)
        die(QStringLiteral("knotd failed to start: %1").arg(knotOut));
    for (const QString &zone : std::as_const(zones)) {
        const bool withSignatures = isSignedZone(zone) || zone.startsWith(QStringLiteral("badsig."));
        if (!waitForAnswer(kdig, knotPort, apex(zone), QStringLiteral("SOA"), withSignatures ? QStringLiteral("RRSIG") : QString(), 15000))
            die(QStringLiteral("knotd does not serve %1; see %2/knot/knot.log").arg(zone, work));
    }
    if (!staleZones.isEmpty()) {
        QDir().mkpath(work + QStringLiteral("/knot2/db"));
        const QString conf2 = work + QStringLiteral("/knot2/knot.conf");
        writeFile(conf2, knotConfig(work + QStringLiteral("/knot2"), QStringLiteral("127.0.0.2"), knotPort, staleZones, false));
        const QString out2 = run(knotd, {QStringLiteral("-c"), conf2, QStringLiteral("-d")}, &rc);
        if (rc != 0)
            die(QStringLiteral("the second knotd failed to start: %1").arg(out2));
        for (const QString &zone : std::as_const(staleZones))
            if (!waitForAnswer(kdig, knotPort, apex(zone), QStringLiteral("SOA"), QString(), 15000, QStringLiteral("127.0.0.2")))
                die(QStringLiteral("the second knotd does not serve %1 on 127.0.0.2; see %2/knot2/knot.log").arg(zone, work));
    }

    // Trust anchors: the DS of every signed zone, read from knotd's key database. bogus.*
    // gets its DS with the digest altered, so no key matches and validation fails.
    QString anchors;
    for (const QString &zone : std::as_const(zones)) {
        if (!isSignedZone(zone))
            continue;
        QString ds = run(keymgr, {QStringLiteral("-c"), knotConfPath, zone + u'.', QStringLiteral("ds")}, &rc).trimmed();
        if (rc != 0 || !ds.contains(QStringLiteral("DS")))
            die(QStringLiteral("keymgr could not give the DS of %1: %2").arg(zone, ds));
        if (zone.startsWith(QStringLiteral("bogus."))) {
            QStringList lines = ds.split(u'\n');
            for (QString &line : lines) {
                const QChar last = line.back();
                line.back() = last == u'0' ? u'1' : u'0';
            }
            ds = lines.join(u'\n');
        }
        anchors += ds + u'\n';
    }
    writeFile(work + QStringLiteral("/trust-anchors.ds"), anchors + badsigAnchors);

    QList<QPair<QString, QString>> stubs, stubs2;
    const QString knot1 = QStringLiteral("127.0.0.1@%1").arg(knotPort);
    const QString knot2 = QStringLiteral("127.0.0.2@%1").arg(knotPort);
    for (const QString &zone : std::as_const(zones)) {
        stubs << qMakePair(apex(zone), knot1);
        stubs2 << qMakePair(apex(zone), staleZones.contains(zone) ? knot2 : knot1);
    }
    // A lame delegation: knotd is named as lame.caa.test's server and configured for the
    // zone, but has no data for it, so it cannot answer and Unbound returns SERVFAIL.
    stubs << qMakePair(QStringLiteral("lame.caa.test."), knot1);
    stubs2 << qMakePair(QStringLiteral("lame.caa.test."), knot1);
    // A delegation to a server that is not there: nothing listens on 127.0.0.3.
    const QString nobody = QStringLiteral("127.0.0.3@%1").arg(knotPort);
    stubs << qMakePair(QStringLiteral("dead.caa.test."), nobody);
    stubs2 << qMakePair(QStringLiteral("dead.caa.test."), nobody);

    const quint16 unboundPort = freePort();
    const quint16 unboundPort2 = freePort();
    for (const auto &[stem, port, stubList] : {std::tuple{QStringLiteral("unbound"), unboundPort, stubs},
                                               std::tuple{QStringLiteral("unbound2"), unboundPort2, stubs2}}) {
        const QString ubConfPath = work + u'/' + stem + QStringLiteral(".conf");
        writeFile(ubConfPath, unboundConfig(work, stem, port, stubList));
        const QString checkOut = run(findProgram(QStringLiteral("unbound-checkconf")), {ubConfPath}, &rc);
        if (rc != 0)
            die(QStringLiteral("%1 is invalid: %2").arg(ubConfPath, checkOut));
        const QString ubOut = run(unbound, {QStringLiteral("-c"), ubConfPath}, &rc);
        if (rc != 0)
            die(QStringLiteral("%1 failed to start: %2").arg(stem, ubOut));
        if (!waitForAnswer(kdig, port, QStringLiteral("signed.test."), QStringLiteral("SOA"), QStringLiteral(" ad;"), 15000))
            die(QStringLiteral("%1 does not answer with a validated reply for signed.test; see %2/%1.log").arg(stem, work));
    }

    writeFile(work + QStringLiteral("/testbed.env"),
              QStringLiteral("RESOLVER=127.0.0.1:%1\nRESOLVER2=127.0.0.1:%2\nAUTHORITATIVE=127.0.0.1:%3\nAUTHORITATIVE2=127.0.0.2:%3\nNAMESERVER_PORT=%3\n"
                             "KNOT_DIR=%4\n")
                  .arg(unboundPort).arg(unboundPort2).arg(knotPort).arg(work + QStringLiteral("/knot")));
    QTextStream(stdout) << "test bed up: unbound 127.0.0.1:" << unboundPort << " and 127.0.0.1:" << unboundPort2 << ", knotd 127.0.0.1:"
                        << knotPort << " serving " << zones.join(QStringLiteral(", ")) << " and 127.0.0.2:" << knotPort << " serving "
                        << staleZones.join(QStringLiteral(", ")) << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args[1] == QStringLiteral("start")) {
        QStringList zoneDirs;
        for (const QString &dir : args.mid(3))
            zoneDirs << QDir(dir).absolutePath();
        return start(QDir(args[2]).absolutePath(), zoneDirs);
    }
    if (args.size() == 3 && args[1] == QStringLiteral("stop")) {
        stop(QDir(args[2]).absolutePath());
        QTextStream(stdout) << "test bed stopped" << Qt::endl;
        return 0;
    }
    err << "usage: caa-testbed start WORKDIR ZONEDIR... | stop WORKDIR" << Qt::endl;
    return 2;
}
