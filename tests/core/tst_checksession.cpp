// CheckSession: one place that owns where lookups go and the work that uses them. Each
// piece of work is cancelled on its own; changing the source ends (never strands) the
// work that used the old one. Offline against zone data, and against a loopback server
// that never answers (SilentServer) where a lookup must stay pending.
#include "engine/bulkcheck.h"
#include "engine/checkjob.h"
#include "engine/checksession.h"
#include "engine/diagnostics.h"
#include "generator/zonesource.h"
#include "loopback.h"

#include <QSignalSpy>
#include <QTest>

using namespace Caa;

class TestCheckSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offlineChecksShareOneZoneIndex();
    void offlineBulkAndNoDiagnostics();
    void cancelEndsOnlyThatWork_data();
    void cancelEndsOnlyThatWork();
    void sourceChangeEndsEveryRunningPiece();
    void newCheckEndsTheOldOne();
    void finishedJobStaysReadableUntilTheNext();
    void checkAlongsideIsNotReplaced();
};

namespace {

ZoneText sampleZone()
{
    return parseZoneText("$ORIGIN example.com.\n@ SOA ns hostmaster 1 3600 600 86400 300\n@ NS ns\nns A 127.0.0.1\n"
                         "@ CAA 0 issue \"apex.example\"\nwww A 127.0.0.1\nshop CAA 0 issue \"shop.example\"\n",
                         "example.com");
}

LookupSource offline()
{
    LookupSource source;
    source.kind = LookupSource::Kind::ZoneFiles;
    source.zones = {sampleZone()};
    source.label = QStringLiteral("example.com.zone");
    return source;
}

LookupSource silent(const CaaTest::SilentServer &server)
{
    LookupSource source;
    source.kind = LookupSource::Kind::Servers;
    source.servers = {server.address()};
    source.timeoutMs = 60000; // never within the test: only a cancel can end the lookups
    return source;
}

DomainName name(const char *text)
{
    const DomainParse p = parseDomainInput(QString::fromLatin1(text));
    Q_ASSERT(p.ok());
    return p.name;
}

// A finished check of www.example.com, for the diagnostics.
CheckResult finishedCheck()
{
    return checkAgainstZones({sampleZone()}, name("www.example.com"));
}

} // namespace

void TestCheckSession::offlineChecksShareOneZoneIndex()
{
    CheckSession session;
    QCOMPARE(session.lookupService(), nullptr); // nothing is built before the first lookup
    session.setSource(offline());
    CheckJob *first = session.startCheck(name("www.example.com"));
    QVERIFY(first);
    QSignalSpy firstDone(first, &CheckJob::finished);
    first->start();
    QTRY_COMPARE(firstDone.size(), 1);
    const Dns::LookupService *index = session.lookupService();
    QVERIFY(qobject_cast<const ZoneLookupService *>(index));
    // The same climb as the synchronous reader's.
    const CheckResult expected = finishedCheck();
    QCOMPARE(first->result().verdict, expected.verdict);
    QCOMPARE(first->result().relevantName(), expected.relevantName());
    QCOMPARE(first->result().relevantName(), QByteArray("example.com"));
    QCOMPARE(first->result().relevantRecords().size(), 1);

    CheckJob *second = session.startCheck(name("shop.example.com"));
    QSignalSpy secondDone(second, &CheckJob::finished);
    second->start();
    QTRY_COMPARE(secondDone.size(), 1);
    QCOMPARE(session.lookupService(), index); // indexed once, not per check
    QCOMPARE(second->result().relevantName(), QByteArray("shop.example.com"));
    QCOMPARE(session.pendingLookups(), 0);
}

void TestCheckSession::offlineBulkAndNoDiagnostics()
{
    CheckSession session;
    session.setSource(offline());
    QCOMPARE(session.bulkQueriesSent(), -1);
    BulkCheck *run = session.startBulk({name("a.example.com"), name("b.example.com"), name("shop.example.com")}, 2);
    QVERIFY(run);
    QSignalSpy done(run, &BulkCheck::finished);
    run->start();
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(done.first().at(0).toBool(), false);
    QCOMPARE(run->checkedCount(), 3);
    QCOMPARE(run->result(2).relevantName(), QByteArray("shop.example.com"));
    // a, b, example.com and com for the first two names (asked together: coalesced), then
    // shop: example.com comes from the run's cache, com again (an empty answer from outside
    // the zone carries no SOA, so it is not kept: RFC 2308 §5).
    QCOMPARE(session.bulkQueriesSent(), 6);
    QVERIFY(!session.isRunning(Work::Bulk));

    QString error;
    QCOMPARE(session.startDiagnostics(finishedCheck(), {}, &error), nullptr);
    QVERIFY2(error.contains(QStringLiteral("zone file")), qPrintable(error));
}

void TestCheckSession::cancelEndsOnlyThatWork_data()
{
    QTest::addColumn<int>("cancelled");
    QTest::newRow("cancel the check: the run goes on") << int(Work::Check);
    QTest::newRow("cancel the run: the check goes on") << int(Work::Bulk);
}

// The window's trap (issue #16): one Cancel stopped whatever the visible tab ran. Each
// piece has its own cancel, and a shared resolver does not tie them together.
void TestCheckSession::cancelEndsOnlyThatWork()
{
    QFETCH(int, cancelled);
    CaaTest::SilentServer server;
    CheckSession session;
    session.setSource(silent(server));
    CheckJob *check = session.startCheck(name("www.example.com"));
    QVERIFY(check);
    QSignalSpy checkDone(check, &CheckJob::finished);
    check->start();
    BulkCheck *run = session.startBulk({name("a.example.com"), name("b.example.com")}, 8);
    QVERIFY(run);
    QSignalSpy runDone(run, &BulkCheck::finished);
    run->start();
    QCOMPARE(session.running(), WorkSet(Work::Check) | Work::Bulk);
    QVERIFY(session.pendingLookups() > 0);

    session.cancel(Work(cancelled));
    QTest::qWait(50); // anything that would wrongly end the other piece has its turn
    if (Work(cancelled) == Work::Check) {
        QCOMPARE(checkDone.size(), 1);
        QCOMPARE(check->result().steps.first().status, Dns::LookupStatus::Cancelled);
        QCOMPARE(runDone.size(), 0);
        QCOMPARE(session.running(), WorkSet(Work::Bulk));
    } else {
        QCOMPARE(runDone.size(), 1);
        QCOMPARE(runDone.first().at(0).toBool(), true);
        QCOMPARE(checkDone.size(), 0);
        QCOMPARE(session.running(), WorkSet(Work::Check));
    }
}

void TestCheckSession::sourceChangeEndsEveryRunningPiece()
{
    CaaTest::SilentServer server;
    CheckSession session;
    session.setSource(silent(server));
    CheckJob *check = session.startCheck(name("www.example.com"));
    QSignalSpy checkDone(check, &CheckJob::finished);
    check->start();
    BulkCheck *run = session.startBulk({name("a.example.com")}, 8);
    QSignalSpy runDone(run, &BulkCheck::finished);
    run->start();
    DiagnosticsOptions options;
    options.timeoutMs = 60000;
    DiagnosticsJob *diagnostics = session.startDiagnostics(finishedCheck(), options);
    QVERIFY(diagnostics);
    QSignalSpy diagnosticsDone(diagnostics, &DiagnosticsJob::finished);
    diagnostics->start();
    QCOMPARE(session.running(), WorkSet(Work::Check) | Work::Bulk | Work::Diagnostics);

    // A new source: each piece reports its end at once (nothing is left "Checking…"),
    // the caller learns which ended, and the old resolver is gone.
    const WorkSet ended = session.setSource(offline());
    QCOMPARE(ended, WorkSet(Work::Check) | Work::Bulk | Work::Diagnostics);
    QCOMPARE(checkDone.size(), 1);
    QCOMPARE(runDone.size(), 1);
    QCOMPARE(diagnosticsDone.size(), 1);
    QCOMPARE(session.running(), WorkSet());
    QCOMPARE(session.lookupService(), nullptr);
    QCOMPARE(session.bulkScheduler(), nullptr);
    QCOMPARE(session.pendingLookups(), 0);
    QCOMPARE(session.source().kind, LookupSource::Kind::ZoneFiles);

    // Nothing was running: nothing to report.
    QCOMPARE(session.setSource(offline()), WorkSet());
}

void TestCheckSession::newCheckEndsTheOldOne()
{
    CaaTest::SilentServer server;
    CheckSession session;
    session.setSource(silent(server));
    QPointer<CheckJob> old = session.startCheck(name("www.example.com"));
    QSignalSpy oldDone(old.data(), &CheckJob::finished);
    old->start();
    CheckJob *next = session.startCheck(name("shop.example.com"));
    QCOMPARE(oldDone.size(), 1); // ended (as cancelled) before the new one exists
    QVERIFY(next != old);
    QVERIFY(session.isRunning(Work::Check));
    QTRY_VERIFY(old.isNull()); // deleted from the event loop
}

void TestCheckSession::finishedJobStaysReadableUntilTheNext()
{
    CheckSession session;
    session.setSource(offline());
    QPointer<BulkCheck> run = session.startBulk({name("www.example.com")}, 4);
    QSignalSpy done(run.data(), &BulkCheck::finished);
    run->start();
    QTRY_COMPARE(done.size(), 1);
    QTest::qWait(20);
    QVERIFY(run); // results can be read after finished()
    QVERIFY(run->isChecked(0));
    QVERIFY(session.startBulk({name("shop.example.com")}, 4));
    QTRY_VERIFY(run.isNull());
}

// The generator's check of its draft's name runs beside the window's check: a new check
// there does not end it; a new source does.
void TestCheckSession::checkAlongsideIsNotReplaced()
{
    CaaTest::SilentServer server;
    CheckSession session;
    session.setSource(silent(server));
    CheckJob *alongside = session.startCheckAlongside(name("example.com"));
    QVERIFY(alongside);
    QSignalSpy alongsideDone(alongside, &CheckJob::finished);
    alongside->start();
    CheckJob *main = session.startCheck(name("www.example.com"));
    main->start();
    session.startCheck(name("shop.example.com"))->start(); // replaces the main one only
    QTest::qWait(20);
    QCOMPARE(alongsideDone.size(), 0);
    QCOMPARE(session.setSource(offline()), WorkSet(Work::Check));
    QCOMPARE(alongsideDone.size(), 1);
}

QTEST_GUILESS_MAIN(TestCheckSession)
#include "tst_checksession.moc"
