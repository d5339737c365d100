// DNS benchmarks, driven by tests/bench/run_benchmarks.py against real servers on loopback:
//   bench_dns latency SERVER NAME RUNS        median wall time of one check (every level at once)
//   bench_dns throughput SERVER FILE INFLIGHT  a bulk run over the names in FILE
// Prints key=value lines for the driver. Not part of the pass/fail test run.
#include "dns/aresresolver.h"
#include "dns/queryscheduler.h"
#include "engine/bulkcheck.h"
#include "engine/checkjob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>

using namespace Caa;

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "bench_dns: " << message << Qt::endl;
    return 2;
}

int latency(const Dns::ServerAddress &server, const QString &nameText, int runs)
{
    const DomainParse parsed = parseDomainInput(nameText);
    if (!parsed.ok())
        return fail(parsed.error.message);
    Dns::AresResolver resolver({.servers = {server}, .timeoutMs = 5000});
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        CheckJob job(&resolver, parsed.name);
        QElapsedTimer clock;
        clock.start();
        QObject::connect(&job, &CheckJob::finished, QCoreApplication::instance(), &QCoreApplication::quit);
        job.start();
        if (!job.isFinished())
            QCoreApplication::exec();
        ms << double(clock.nsecsElapsed()) / 1e6;
        if (job.result().verdict == ClimbVerdict::Failure || job.result().verdict == ClimbVerdict::Incomplete)
            return fail(QStringLiteral("the check of %1 failed").arg(nameText));
    }
    std::sort(ms.begin(), ms.end());
    QTextStream(stdout) << "levels=" << parsed.name.climbNames().size() << "\nmedian_ms=" << ms[ms.size() / 2]
                        << "\nmin_ms=" << ms.first() << "\nmax_ms=" << ms.last() << Qt::endl;
    return 0;
}

int throughput(const Dns::ServerAddress &server, const QString &path, int inFlight)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    QList<DomainName> names;
    for (const QString &n : parseNameList(QString::fromUtf8(file.readAll()))) {
        const DomainParse p = parseDomainInput(n);
        if (!p.ok())
            return fail(p.error.message);
        names << p.name;
    }
    Dns::AresResolver resolver({.servers = {server}, .timeoutMs = 5000});
    Dns::QueryScheduler scheduler(&resolver, {.maxInFlight = inFlight});
    BulkCheck run(&scheduler, names, inFlight);
    QObject::connect(&run, &BulkCheck::finished, QCoreApplication::instance(), &QCoreApplication::quit);
    QElapsedTimer clock;
    clock.start();
    run.start();
    if (!run.isFinished())
        QCoreApplication::exec();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    int failures = 0;
    for (int i = 0; i < run.total(); ++i) {
        const ClimbVerdict v = run.isChecked(i) ? run.result(i).verdict : ClimbVerdict::Incomplete;
        failures += v == ClimbVerdict::Found || v == ClimbVerdict::NoRecords ? 0 : 1;
    }
    QTextStream(stdout) << "names=" << run.total() << "\nchecked=" << run.checkedCount() << "\nfailures=" << failures
                        << "\nqueries=" << scheduler.totalQueriesSent() << "\nseconds=" << seconds
                        << "\nnames_per_s=" << run.total() / seconds << "\nqueries_per_s=" << scheduler.totalQueriesSent() / seconds
                        << "\npeak_in_flight=" << scheduler.peakInFlight() << Qt::endl;
    return failures == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5)
        return fail(QStringLiteral("usage: bench_dns latency SERVER NAME RUNS | throughput SERVER FILE INFLIGHT"));
    const Dns::ServerParse server = Dns::parseServerAddress(args[2]);
    if (!server.ok())
        return fail(server.error);
    if (args[1] == QStringLiteral("latency"))
        return latency(server.server, args[3], args[4].toInt());
    if (args[1] == QStringLiteral("throughput"))
        return throughput(server.server, args[3], args[4].toInt());
    return fail(QStringLiteral("unknown mode ") + args[1]);
}
