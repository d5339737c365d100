// Bulk runs against the real test bed (Knot + Unbound): many names in one run, a bounded
// number of queries in flight, shared ancestors asked once, TTLs honoured, cancel.
#include "dns/aresresolver.h"
#include "dns/queryscheduler.h"
#include "engine/bulkcheck.h"
#include "engine/checkjob.h"
#include "testbed.h"
#include "zonechange.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Caa;

class TestBulk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void thousandNamesAskTheirAncestorsOnce();
    void streamingRunKeepsNothingAndAncestorsStay();
    void sourceWithNoNameForNowPausesTheRun();
    void queriesInFlightStayBounded();
    void cacheKeepsAnswersForTheirTtlOnly();
    void failuresAreSharedButNotCached();
    void cacheableSeconds_data();
    void cacheableSeconds();
    void cancelStopsTheRunAndKeepsWhatFinished();
    void emptyRunFinishesAtOnce();
    void zoneChangeSeenByNextRun();

private:
    Dns::LookupResult lookupOnce(Dns::LookupService *service, const QByteArray &name);
    std::unique_ptr<Dns::AresResolver> m_resolver;
};

namespace {

QList<DomainName> bulkNames(int count)
{
    QList<DomainName> names;
    for (int i = 0; i < count; ++i) {
        const DomainParse p = parseDomainInput(QStringLiteral("n%1.bulk.test").arg(i, 4, 10, QLatin1Char('0')));
        names << p.name;
    }
    return names;
}

// A reply with no authority section: NXDOMAIN (or NODATA) that carries no SOA.
QByteArray negativeReplyWithoutSoa(int rcode)
{
    QByteArray b;
    b.append(char(0x12)).append(char(0x34));        // ID
    b.append(char(0x81)).append(char(0x80 | rcode)); // QR RD RA, RCODE
    b.append("\0\1\0\0\0\0\0\0", 8);                // QD=1, AN=NS=AR=0
    b.append("\4bulk\4test\0", 11);
    b.append("\1\1\0\1", 4);                        // CAA IN
    return b;
}

} // namespace

void TestBulk::initTestCase()
{
    qRegisterMetaType<Dns::LookupResult>();
    qRegisterMetaType<CheckResult>();
    CAA_REQUIRE_TESTBED(server);
    m_resolver = std::make_unique<Dns::AresResolver>(Dns::ResolverOptions{.servers = {server}, .timeoutMs = 5000});
    QVERIFY(m_resolver->isReady());
}

Dns::LookupResult TestBulk::lookupOnce(Dns::LookupService *service, const QByteArray &name)
{
    QSignalSpy spy(service, &Dns::LookupService::finished);
    const quint64 ticket = service->lookup(name);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 10000); }();
    for (const auto &args : std::as_const(spy))
        if (args.at(0).toULongLong() == ticket)
            return args.at(1).value<Dns::LookupResult>();
    return {};
}

void TestBulk::thousandNamesAskTheirAncestorsOnce()
{
    Dns::QueryScheduler scheduler(m_resolver.get(), {.maxInFlight = 32});
    BulkCheck run(&scheduler, bulkNames(1000), 64);
    QSignalSpy done(&run, &BulkCheck::finished);
    QSignalSpy perName(&run, &BulkCheck::nameFinished);
    run.start();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 60000);
    QCOMPARE(done.first().at(0).toBool(), false);
    QCOMPARE(perName.size(), 1000);
    QCOMPARE(run.checkedCount(), 1000);
    for (int i = 0; i < run.total(); ++i) {
        QVERIFY2(run.isChecked(i), qPrintable(QString::number(i)));
        const CheckResult &r = run.result(i);
        QCOMPARE(r.verdict, ClimbVerdict::Found);
        QCOMPARE(r.relevantName(), QByteArray("bulk.test"));
        QCOMPARE(r.steps[0].rcode, 3); // the name itself does not exist
    }
    // RFC 8659 §3 climb: n0000.bulk.test, bulk.test, test. The two shared ancestors went
    // out once each; every other climb took them from the run's cache or joined the query.
    QCOMPARE(scheduler.queriesSent("bulk.test"), 1);
    QCOMPARE(scheduler.queriesSent("test"), 1);
    QCOMPARE(scheduler.queriesSent("n0500.bulk.test"), 1);
    QCOMPARE(scheduler.totalQueriesSent(), 1002);
    QCOMPARE(scheduler.cacheHits() + scheduler.coalesced(), 2 * 1000 - 2);
    int fromCache = 0;
    for (int i = 0; i < run.total(); ++i)
        fromCache += run.result(i).steps[1].fromRunCache ? 1 : 0;
    QVERIFY2(fromCache > 900, qPrintable(QString::number(fromCache)));
}

// Issue #18: a streamed run pulls names as it has room, hands each result out once, and
// its cache is bounded: each name's own answer goes when the cache is full, the shared
// ancestors (used again and again) stay, so they are still asked once.
void TestBulk::streamingRunKeepsNothingAndAncestorsStay()
{
    Dns::QueryScheduler scheduler(m_resolver.get(), {.maxInFlight = 32, .maxCacheEntries = 100});
    const QList<DomainName> names = bulkNames(1000);
    qsizetype pulled = 0;
    int mostInFlight = 0;
    QSet<int> seen;
    BulkCheck *runPtr = nullptr;
    BulkCheck run(&scheduler, [&]() -> std::optional<DomainName> {
        // Pulled only when a climb slot is free: never more than 64 names ahead.
        mostInFlight = qMax(mostInFlight, int(pulled) - (runPtr ? runPtr->checkedCount() : 0));
        if (pulled == names.size())
            return std::nullopt;
        return names[pulled++];
    }, 64);
    runPtr = &run;
    QSignalSpy done(&run, &BulkCheck::finished);
    connect(&run, &BulkCheck::nameChecked, this, [&](int index, const CheckResult &result) {
        QVERIFY2(!seen.contains(index), qPrintable(QString::number(index)));
        seen.insert(index);
        QCOMPARE(result.name.ace, names[index].ace);
        QCOMPARE(result.relevantName(), QByteArray("bulk.test"));
    });
    QVERIFY(!run.isTotalKnown());
    run.start();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 60000);
    QCOMPARE(seen.size(), 1000);
    QVERIFY(run.isTotalKnown());
    QCOMPARE(run.total(), 1000);
    QVERIFY2(mostInFlight <= 64, qPrintable(QString::number(mostInFlight)));
    QVERIFY(!run.isChecked(0)); // nothing kept
    QVERIFY2(scheduler.cacheSize() <= 100, qPrintable(QString::number(scheduler.cacheSize())));
    QCOMPARE(scheduler.queriesSent("bulk.test"), 1);
    QCOMPARE(scheduler.queriesSent("test"), 1);
    QCOMPARE(scheduler.totalQueriesSent(), 1002);
}

// A source with no name for now (a consumer's window is full) pauses the run and returns
// nothing: the run is not over, and asks again once it goes on (BulkCheck's NameSource).
void TestBulk::sourceWithNoNameForNowPausesTheRun()
{
    Dns::QueryScheduler scheduler(m_resolver.get(), {.maxInFlight = 8});
    const QList<DomainName> names = bulkNames(30);
    qsizetype pulled = 0;
    int askedWhilePaused = 0;
    BulkCheck *runPtr = nullptr;
    BulkCheck run(&scheduler, [&]() -> std::optional<DomainName> {
        if (pulled == names.size())
            return std::nullopt;
        // Every tenth name: nothing for now.
        if (pulled % 10 == 9 && askedWhilePaused < (pulled + 1) / 10) {
            ++askedWhilePaused;
            runPtr->setPaused(true);
            return std::nullopt;
        }
        return names[pulled++];
    }, 4);
    runPtr = &run;
    QSignalSpy done(&run, &BulkCheck::finished);
    QSignalSpy checked(&run, &BulkCheck::nameChecked);
    run.start();
    // The first nine are checked, then the run waits, not finished.
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 9, 20000);
    QTest::qWait(100);
    QCOMPARE(done.size(), 0);
    QVERIFY(!run.isTotalKnown());
    QCOMPARE(pulled, 9);
    // Going on asks the source again; so on to the end.
    while (done.isEmpty() && pulled < names.size()) {
        const qsizetype before = pulled;
        run.setPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(pulled > before, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(checked.size() == pulled || !done.isEmpty(), 20000);
    }
    run.setPaused(false);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
    QCOMPARE(checked.size(), 30);
    QCOMPARE(run.total(), 30);
    QCOMPARE(askedWhilePaused, 3);
}

void TestBulk::queriesInFlightStayBounded()
{
    Dns::QueryScheduler scheduler(m_resolver.get(), {.maxInFlight = 3, .cache = false});
    BulkCheck run(&scheduler, bulkNames(40), 40);
    QSignalSpy done(&run, &BulkCheck::finished);
    run.start();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
    QCOMPARE(run.checkedCount(), 40);
    QCOMPARE(scheduler.peakInFlight(), 3);
    QVERIFY(m_resolver->pendingCount() == 0);
    // All 40 climbs were queued before the first answer, so bulk.test was asked once.
    QCOMPARE(scheduler.queriesSent("bulk.test"), 1);

    // Without the cache, names climbed one after another ask the shared ancestors again.
    Dns::QueryScheduler uncached(m_resolver.get(), {.maxInFlight = 3, .cache = false});
    BulkCheck oneByOne(&uncached, bulkNames(10), 1);
    QSignalSpy oneByOneDone(&oneByOne, &BulkCheck::finished);
    oneByOne.start();
    QTRY_COMPARE_WITH_TIMEOUT(oneByOneDone.size(), 1, 30000);
    QCOMPARE(uncached.queriesSent("bulk.test"), 10);
    QCOMPARE(uncached.cacheHits(), 0);
}

void TestBulk::cacheKeepsAnswersForTheirTtlOnly()
{
    Dns::QueryScheduler scheduler(m_resolver.get());
    const Dns::LookupResult first = lookupOnce(&scheduler, "short.bulk.test"); // TTL 1 in the zone
    QCOMPARE(first.caa.size(), 1);
    QVERIFY(!first.fromRunCache);
    const Dns::LookupResult apex = lookupOnce(&scheduler, "bulk.test");       // TTL 300
    const Dns::LookupResult apexAgain = lookupOnce(&scheduler, "BULK.test.");  // same question, other spelling
    QVERIFY(apexAgain.fromRunCache);
    QCOMPARE(apexAgain.caa, apex.caa);
    QCOMPARE(scheduler.queriesSent("bulk.test"), 1);
    QTest::qWait(1100);
    const Dns::LookupResult second = lookupOnce(&scheduler, "short.bulk.test");
    QVERIFY2(!second.fromRunCache, "a 1-second TTL has run out");
    QCOMPARE(scheduler.queriesSent("short.bulk.test"), 2);
    // A kept answer shows its TTLs less the whole seconds it was kept, each time from the
    // TTLs as they came (answers in one second share one aged copy).
    const Dns::LookupResult apexLater = lookupOnce(&scheduler, "bulk.test");
    const Dns::LookupResult apexLaterAgain = lookupOnce(&scheduler, "bulk.test");
    QVERIFY(apexLater.fromRunCache);
    const quint32 asked = apex.caa.first().ttl;
    const quint32 later = apexLater.caa.first().ttl;
    QVERIFY2(later < asked && later + 3 >= asked, qPrintable(QStringLiteral("%1 then %2").arg(asked).arg(later)));
    QCOMPARE(apexLater.records.first().ttl, later);
    QVERIFY(apexLaterAgain.caa.first().ttl == later || apexLaterAgain.caa.first().ttl + 1 == later);
    QCOMPARE(scheduler.queriesSent("bulk.test"), 1);
    // NODATA is kept for the SOA's negative TTL: min(SOA TTL 300, MINIMUM 60).
    const Dns::LookupResult nodata = lookupOnce(&scheduler, "nodata.bulk.test");
    QCOMPARE(nodata.rcode, 0);
    QVERIFY(nodata.caa.isEmpty());
    const quint32 negative = Dns::cacheableSeconds(nodata);
    QVERIFY2(negative > 0 && negative <= 60, qPrintable(QString::number(negative)));
    QVERIFY(lookupOnce(&scheduler, "nodata.bulk.test").fromRunCache);
}

void TestBulk::failuresAreSharedButNotCached()
{
    // lame.caa.test: Unbound answers SERVFAIL (the test bed's lame delegation).
    Dns::QueryScheduler scheduler(m_resolver.get());
    QSignalSpy spy(&scheduler, &Dns::LookupService::finished);
    scheduler.lookup("www.lame.caa.test");
    scheduler.lookup("www.lame.caa.test");
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 15000);
    QCOMPARE(scheduler.queriesSent("www.lame.caa.test"), 1);
    QCOMPARE(scheduler.coalesced(), 1);
    const auto failed = spy.first().at(1).value<Dns::LookupResult>();
    QCOMPARE(failed.rcode, 2);
    QCOMPARE(Dns::cacheableSeconds(failed), 0u);
    lookupOnce(&scheduler, "www.lame.caa.test");
    QCOMPARE(scheduler.queriesSent("www.lame.caa.test"), 2);
}

void TestBulk::cacheableSeconds_data()
{
    QTest::addColumn<Dns::LookupResult>("result");
    QTest::addColumn<quint32>("seconds");
    auto answered = [](int rcode) {
        Dns::LookupResult r;
        r.name = "bulk.test";
        r.status = Dns::LookupStatus::Answered;
        r.rcode = rcode;
        return r;
    };
    Dns::LookupResult positive = answered(0);
    positive.caa = {{"bulk.test", 300, {0, "issue", "a.example"}}, {"bulk.test", 120, {0, "issue", "b.example"}}};
    QTest::newRow("positive: smallest TTL") << positive << 120u;
    Dns::LookupResult alias = positive;
    alias.aliases = {{"bulk.test", "x.test", Dns::Type::CNAME, 30}};
    QTest::newRow("alias hop shorter than records") << alias << 30u;
    Dns::LookupResult zero = positive;
    zero.caa[1].ttl = 0;
    QTest::newRow("TTL 0 is never kept") << zero << 0u;
    Dns::LookupResult nx = answered(3);
    nx.rawReply = negativeReplyWithoutSoa(3);
    QTest::newRow("NXDOMAIN without SOA (RFC 2308 §5)") << nx << 0u;
    Dns::LookupResult nodata = answered(0);
    nodata.rawReply = negativeReplyWithoutSoa(0);
    QTest::newRow("NODATA without SOA") << nodata << 0u;
    QTest::newRow("SERVFAIL") << answered(2) << 0u;
    QTest::newRow("REFUSED") << answered(5) << 0u;
    Dns::LookupResult timeout;
    timeout.status = Dns::LookupStatus::Timeout;
    QTest::newRow("timeout") << timeout << 0u;
}

void TestBulk::cacheableSeconds()
{
    QFETCH(Dns::LookupResult, result);
    QFETCH(quint32, seconds);
    QCOMPARE(Dns::cacheableSeconds(result), seconds);
}

void TestBulk::cancelStopsTheRunAndKeepsWhatFinished()
{
    Dns::QueryScheduler scheduler(m_resolver.get(), {.maxInFlight = 1, .cache = false});
    BulkCheck run(&scheduler, bulkNames(200), 1);
    QSignalSpy done(&run, &BulkCheck::finished);
    QSignalSpy perName(&run, &BulkCheck::nameFinished);
    // Cancelled as the third name finishes, as a window's Cancel might be: waiting for a
    // count from outside raced with a run fast enough to end between two polls.
    connect(&run, &BulkCheck::nameFinished, &run, [&run, &perName] {
        if (perName.size() == 3)
            run.cancel();
    });
    run.start();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 15000);
    QCOMPARE(done.first().at(0).toBool(), true);
    QVERIFY(run.wasCancelled());
    const int checked = run.checkedCount();
    QVERIFY(checked >= 3 && checked < 200);
    for (int i = 0; i < checked; ++i)
        QVERIFY(run.isChecked(i));
    QVERIFY(!run.isChecked(199));
    // Nothing more arrives after the cancel, and nothing queued is sent.
    const int sent = scheduler.totalQueriesSent();
    QTest::qWait(300);
    QCOMPARE(perName.size(), checked);
    QCOMPARE(scheduler.totalQueriesSent(), sent);
    QCOMPARE(scheduler.queued(), 0);
}

void TestBulk::emptyRunFinishesAtOnce()
{
    Dns::QueryScheduler scheduler(m_resolver.get());
    BulkCheck run(&scheduler, QList<DomainName>{});
    QSignalSpy done(&run, &BulkCheck::finished);
    run.start();
    QCOMPARE(done.size(), 1);
    QCOMPARE(run.total(), 0);
}

// A bulk run as the CLI makes it (a scheduler over one resolver), run twice in one process
// against the authoritative server: the second run sees a record changed in between,
// though its TTL (3600 s) has not run out. The run cache lives for one run; nothing below
// it (c-ares 1.31+ caches by default) may keep the old answer.
void TestBulk::zoneChangeSeenByNextRun()
{
    const auto authoritative = CaaTest::testbedAuthoritative();
    QVERIFY(authoritative);
    Dns::AresResolver resolver({.servers = {*authoritative}, .timeoutMs = 5000});
    const QList<DomainName> names{parseDomainInput(QStringLiteral("change2.test")).name,
                                  parseDomainInput(QStringLiteral("www.change2.test")).name};
    auto issuers = [&] {
        Dns::QueryScheduler scheduler(&resolver);
        BulkCheck run(&scheduler, names);
        QSignalSpy done(&run, &BulkCheck::finished);
        run.start();
        done.wait(15000);
        QList<QByteArray> values;
        for (int i = 0; i < names.size(); ++i) {
            const QList<Dns::CaaAnswer> records = run.isChecked(i) ? run.result(i).relevantRecords() : QList<Dns::CaaAnswer>();
            values << (records.size() == 1 ? records.first().record.value : QByteArray("(no single record)"));
        }
        return values;
    };
    QString error = CaaTest::publishIssuer(QStringLiteral("change2.test"), "before.example");
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(issuers(), (QList<QByteArray>{"before.example", "before.example"}));
    error = CaaTest::publishIssuer(QStringLiteral("change2.test"), "after.example");
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(issuers(), (QList<QByteArray>{"after.example", "after.example"}));
}

QTEST_GUILESS_MAIN(TestBulk)
#include "tst_bulk.moc"
