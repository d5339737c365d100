// caa-testbed: starts and stops the loopback DNS test bed used by the integration tests.
//
//   caa-testbed start WORKDIR ZONEDIR...  start knotd + unbound, write WORKDIR/testbed.env
//   caa-testbed stop WORKDIR            stop both (also used to clean up a stale run)
//
// Everything listens on 127.0.0.1 only. Works as root and as an ordinary user: neither
// daemon switches user or chroots.
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTextStream>
#include <QThread>

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

QString run(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
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
    stopPid(work + QStringLiteral("/knot/knot.pid"));
}

// Polls until `server` answers `name type` with status NOERROR (and `mustContain`).
bool waitForAnswer(const QString &kdig, quint16 port, const QString &name, const QString &type,
                   const QString &mustContain, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const QString out = run(kdig, {QStringLiteral("@127.0.0.1"), QStringLiteral("-p"), QString::number(port),
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

    const quint16 knotPort = freePort();
    QString knotConf;
    QTextStream k(&knotConf);
    k << "server:\n    rundir: \"" << work << "/knot\"\n    listen: 127.0.0.1@" << knotPort << "\n"
      << "    background-workers: 1\n"
      << "database:\n    storage: \"" << work << "/knot/db\"\n"
      << "log:\n  - target: \"" << work << "/knot/knot.log\"\n    any: info\n"
      << "control:\n    listen: \"" << work << "/knot/knot.sock\"\n"
      << "policy:\n  - id: testbed\n    algorithm: ecdsap256sha256\n    single-type-signing: on\n    nsec3: off\n"
      << "template:\n  - id: default\n    storage: \"" << work << "/knot/zones\"\n    file: \"%s.zone\"\n"
      << "    zonefile-sync: -1\n    semantic-checks: off\n"
      << "zone:\n";
    k << "  - domain: \"lame.caa.test.\"\n    file: \"no-such-file.zone\"\n";
    for (const QString &zone : std::as_const(zones)) {
        k << "  - domain: \"" << apex(zone) << "\"\n    file: \"" << zone << ".zone\"\n";
        if (zone.startsWith(QStringLiteral("signed.")))
            k << "    dnssec-signing: on\n    dnssec-policy: testbed\n";
    }
    k.flush();
    const QString knotConfPath = work + QStringLiteral("/knot/knot.conf");
    writeFile(knotConfPath, knotConf);

    int rc = 0;
    const QString knotOut = run(knotd, {QStringLiteral("-c"), knotConfPath, QStringLiteral("-d")}, &rc);
    if (rc != 0)
        die(QStringLiteral("knotd failed to start: %1").arg(knotOut));
    for (const QString &zone : std::as_const(zones)) {
        const bool isSigned = zone.startsWith(QStringLiteral("signed."));
        if (!waitForAnswer(kdig, knotPort, apex(zone), QStringLiteral("SOA"), isSigned ? QStringLiteral("RRSIG") : QString(), 15000))
            die(QStringLiteral("knotd does not serve %1; see %2/knot/knot.log").arg(zone, work));
    }

    // Trust anchors: the DS of every signed zone, read from knotd's key database.
    QString anchors;
    for (const QString &zone : std::as_const(zones)) {
        if (!zone.startsWith(QStringLiteral("signed.")))
            continue;
        const QString ds = run(keymgr, {QStringLiteral("-c"), knotConfPath, zone + u'.', QStringLiteral("ds")}, &rc);
        if (rc != 0 || !ds.contains(QStringLiteral("DS")))
            die(QStringLiteral("keymgr could not give the DS of %1: %2").arg(zone, ds));
        anchors += ds;
    }
    writeFile(work + QStringLiteral("/trust-anchors.ds"), anchors);

    const quint16 unboundPort = freePort();
    QString ubConf;
    QTextStream u(&ubConf);
    u << "server:\n"
      << "    interface: 127.0.0.1@" << unboundPort << "\n    port: " << unboundPort << "\n"
      << "    do-ip6: no\n    do-ip4: yes\n    do-udp: yes\n    do-tcp: yes\n"
      << "    access-control: 127.0.0.0/8 allow\n"
      << "    chroot: \"\"\n    username: \"\"\n    directory: \"" << work << "\"\n"
      << "    pidfile: \"" << work << "/unbound.pid\"\n"
      << "    logfile: \"" << work << "/unbound.log\"\n    use-syslog: no\n    verbosity: 1\n"
      << "    num-threads: 1\n    so-reuseport: no\n"
      << "    do-not-query-localhost: no\n    qname-minimisation: no\n"
      << "    module-config: \"validator iterator\"\n"
      << "    trust-anchor-file: \"" << work << "/trust-anchors.ds\"\n"
      << "    val-log-level: 2\n    edns-buffer-size: 1232\n"
      << "    local-zone: \"test.\" nodefault\n"
      << "remote-control:\n    control-enable: no\n";
    for (const QString &zone : std::as_const(zones))
        u << "stub-zone:\n    name: \"" << apex(zone) << "\"\n    stub-addr: 127.0.0.1@" << knotPort << "\n";
    // A lame delegation: knotd is named as lame.caa.test's server and configured for the
    // zone, but has no data for it, so it cannot answer and Unbound returns SERVFAIL.
    u << "stub-zone:\n    name: \"lame.caa.test.\"\n    stub-addr: 127.0.0.1@" << knotPort << "\n";
    u.flush();
    const QString ubConfPath = work + QStringLiteral("/unbound.conf");
    writeFile(ubConfPath, ubConf);
    const QString checkOut = run(findProgram(QStringLiteral("unbound-checkconf")), {ubConfPath}, &rc);
    if (rc != 0)
        die(QStringLiteral("unbound.conf is invalid: %1").arg(checkOut));
    const QString ubOut = run(unbound, {QStringLiteral("-c"), ubConfPath}, &rc);
    if (rc != 0)
        die(QStringLiteral("unbound failed to start: %1").arg(ubOut));
    if (!waitForAnswer(kdig, unboundPort, QStringLiteral("signed.test."), QStringLiteral("SOA"), QStringLiteral(" ad;"), 15000))
        die(QStringLiteral("unbound does not answer with a validated reply for signed.test; see %1/unbound.log").arg(work));

    writeFile(work + QStringLiteral("/testbed.env"),
              QStringLiteral("RESOLVER=127.0.0.1:%1\nAUTHORITATIVE=127.0.0.1:%2\n").arg(unboundPort).arg(knotPort));
    QTextStream(stdout) << "test bed up: unbound 127.0.0.1:" << unboundPort << ", knotd 127.0.0.1:" << knotPort
                        << " serving " << zones.join(QStringLiteral(", ")) << Qt::endl;
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
