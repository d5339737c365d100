// LookupService::lookupFor delivers each answer to the one asker that asked for it.
#include "dns/bytekey.h"
#include "dns/lookupservice.h"
#include "dns/queryscheduler.h"
#include "engine/checkjob.h"
#include "generator/zonesource.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Caa;

namespace {

// Answers every lookup when told to, in the order asked; counts nothing itself.
class ManualService final : public Dns::LookupService
{
public:
    quint64 lookup(const QByteArray &name, quint16 type) override
    {
        Dns::LookupResult r;
        r.name = name;
        r.type = type;
        r.status = Dns::LookupStatus::Answered;
        r.rcode = Dns::Rcode::NoError;
        r.negativeTtl = 300; // "no records" for five minutes: a scheduler may keep it
        m_pending.append({++m_next, r});
        return m_next;
    }
    void cancelAll() override {}
    int pendingCount() const { return int(m_pending.size()); }
    void answerAll()
    {
        const auto pending = std::exchange(m_pending, {});
        for (const auto &[ticket, result] : pending)
            Q_EMIT finished(ticket, result);
    }

private:
    quint64 m_next = 0;
    QList<std::pair<quint64, Dns::LookupResult>> m_pending;
};

} // namespace

class TestLookupService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachAnswerGoesToItsAskerOnly();
    void goneReceiverIsSkipped();
    void handlerMayAskAgain();
    void schedulerHandsOverItsOwnAnswersInOrder();
    void receiverMayDestroyTheSchedulerMidBatch();
    void schedulerSendsWhatABatchFreesTogether();
    void schedulerKeepsWhatIsAskedAgain_data();
    void schedulerKeepsWhatIsAskedAgain();
    void zoneServiceAnswersLikeTheZone();
    void zoneServiceCancelsAndRefusesOtherTypes();
    void checkJobOfflineIsTheSameClimb();
    void byteKeysHashAsMurmurHash64A_data();
    void byteKeysHashAsMurmurHash64A();
    void byteKeysFindByTheirBytes();
};

namespace {

ZoneText sampleZone()
{
    return parseZoneText("$ORIGIN example.com.\n@ SOA ns hostmaster 1 3600 600 86400 300\n@ NS ns\nns A 127.0.0.1\n"
                         "@ CAA 0 issue \"apex.example\"\nwww A 127.0.0.1\nalias CNAME target\n"
                         "target CAA 0 issue \"target.example\"\n*.w CAA 0 issue \"wild.example\"\n",
                         "example.com");
}

} // namespace

void TestLookupService::eachAnswerGoesToItsAskerOnly()
{
    ManualService service;
    const int askers = 1000;
    std::vector<std::unique_ptr<QObject>> receivers;
    QList<int> calls(askers, 0);
    QList<QByteArray> names(askers);
    for (int i = 0; i < askers; ++i) {
        receivers.push_back(std::make_unique<QObject>());
        const QByteArray name = "n" + QByteArray::number(i) + ".test";
        service.lookupFor(receivers.back().get(), name, Dns::Type::CAA, [&calls, &names, i](quint64, const Dns::LookupResult &r) {
            ++calls[i];
            names[i] = r.name;
        });
    }
    service.answerAll();
    for (int i = 0; i < askers; ++i) {
        QCOMPARE(calls[i], 1);
        QCOMPARE(names[i], "n" + QByteArray::number(i) + ".test");
    }
    service.answerAll(); // nothing left: no second delivery
    QCOMPARE(std::count(calls.cbegin(), calls.cend(), 1), qsizetype(askers));
}

void TestLookupService::goneReceiverIsSkipped()
{
    ManualService service;
    int called = 0;
    auto receiver = std::make_unique<QObject>();
    service.lookupFor(receiver.get(), "a.test", Dns::Type::CAA, [&called](quint64, const Dns::LookupResult &) { ++called; });
    receiver.reset();
    service.answerAll();
    QCOMPARE(called, 0);
}

void TestLookupService::handlerMayAskAgain()
{
    ManualService service;
    QObject receiver;
    QList<QByteArray> seen;
    service.lookupFor(&receiver, "first.test", Dns::Type::CAA, [&](quint64, const Dns::LookupResult &r) {
        seen << r.name;
        service.lookupFor(&receiver, "second.test", Dns::Type::CAA, [&](quint64, const Dns::LookupResult &again) { seen << again.name; });
    });
    service.answerAll();
    service.answerAll();
    QCOMPARE(seen, (QList<QByteArray>{"first.test", "second.test"}));
}

// Answers the scheduler gives itself (from its cache) arrive after lookup() returns, in the
// order asked, each once: one queued call hands over all given meanwhile (issue #18).
void TestLookupService::schedulerHandsOverItsOwnAnswersInOrder()
{
    ManualService upstream;
    Dns::QueryScheduler scheduler(&upstream);
    QSignalSpy spy(&scheduler, &Dns::LookupService::finished);
    scheduler.lookup("a.test", Dns::Type::CAA);
    scheduler.lookup("b.test", Dns::Type::CAA);
    QTRY_COMPARE(upstream.pendingCount(), 2); // the scheduler sends from the event loop
    upstream.answerAll();
    QCOMPARE(spy.size(), 2);
    QList<quint64> asked;
    QList<QByteArray> names;
    for (const char *n : {"b.test", "a.test", "b.test", "a.test", "b.test"}) {
        asked << scheduler.lookup(n, Dns::Type::CAA);
        names << n;
    }
    QCOMPARE(spy.size(), 2); // none inside lookup()
    QTRY_COMPARE(spy.size(), 7);
    QList<quint64> tickets;
    QList<QByteArray> answered;
    for (int i = 2; i < spy.size(); ++i) {
        tickets << spy.at(i).at(0).toULongLong();
        answered << spy.at(i).at(1).value<Dns::LookupResult>().name;
    }
    QCOMPARE(tickets, asked);
    QCOMPARE(answered, names);
    QCOMPARE(scheduler.cacheHits(), 5);
    QTest::qWait(20);
    QCOMPARE(spy.size(), 7); // nothing twice
}

// A receiver may destroy the scheduler while a batch is being handed over: the rest of
// the batch is dropped, as the queued calls of a destroyed object are.
void TestLookupService::receiverMayDestroyTheSchedulerMidBatch()
{
    ManualService upstream;
    auto scheduler = std::make_unique<Dns::QueryScheduler>(&upstream);
    scheduler->lookup("a.test", Dns::Type::CAA);
    QTRY_COMPARE(upstream.pendingCount(), 1);
    upstream.answerAll();
    int delivered = 0;
    connect(scheduler.get(), &Dns::LookupService::finished, this, [&] {
        ++delivered;
        scheduler.reset();
    });
    for (int i = 0; i < 3; ++i)
        scheduler->lookup("a.test", Dns::Type::CAA);
    QTRY_VERIFY(!scheduler);
    QTest::qWait(20);
    QCOMPARE(delivered, 1);
}

// Answers arrive in batches (every datagram the socket held). The room they free is filled
// after the batch, all at once: a query sent after each answer woke the resolver once per
// query (issue #18).
void TestLookupService::schedulerSendsWhatABatchFreesTogether()
{
    ManualService upstream;
    Dns::SchedulerOptions options;
    options.maxInFlight = 2;
    Dns::QueryScheduler scheduler(&upstream, options);
    QList<int> sentWhenAnswered;
    connect(&scheduler, &Dns::LookupService::finished, this, [&] { sentWhenAnswered << upstream.pendingCount(); });
    for (const char *n : {"a.test", "b.test", "c.test", "d.test"})
        scheduler.lookup(n, Dns::Type::CAA);
    QTRY_COMPARE(upstream.pendingCount(), 2);
    QCOMPARE(scheduler.queued(), 2);
    upstream.answerAll(); // a and b, one batch
    QCOMPARE(sentWhenAnswered, (QList<int>{0, 0})); // c was not sent between a and b
    QCOMPARE(scheduler.queued(), 2);
    QTRY_COMPARE(upstream.pendingCount(), 2); // c and d, together
    QCOMPARE(scheduler.queued(), 0);
    QCOMPARE(scheduler.peakInFlight(), 2);
    upstream.answerAll();
    QCOMPARE(sentWhenAnswered.size(), 4);
}

void TestLookupService::schedulerKeepsWhatIsAskedAgain_data()
{
    QTest::addColumn<bool>("keepOnlyRepeated");
    QTest::addColumn<bool>("askedTwiceInFlight");
    QTest::addColumn<int>("keptAfterFirstAnswer");
    QTest::addColumn<int>("sentBeforeTheCacheAnswers");
    QTest::newRow("every answer kept (the default)") << false << false << 1 << 1;
    QTest::newRow("only repeated: asked once, not kept, then asked again") << true << false << 0 << 2;
    QTest::newRow("only repeated: asked twice while in flight, kept at once") << true << true << 1 << 1;
}

// A streamed run keeps only answers asked for more than once: the ancestors its names
// share, not each name's own (SchedulerOptions::keepOnlyRepeated, issue #18).
void TestLookupService::schedulerKeepsWhatIsAskedAgain()
{
    QFETCH(bool, keepOnlyRepeated);
    QFETCH(bool, askedTwiceInFlight);
    QFETCH(int, keptAfterFirstAnswer);
    QFETCH(int, sentBeforeTheCacheAnswers);
    ManualService upstream;
    Dns::QueryScheduler scheduler(&upstream, {.keepOnlyRepeated = keepOnlyRepeated});
    QSignalSpy spy(&scheduler, &Dns::LookupService::finished);
    scheduler.lookup("a.test", Dns::Type::CAA);
    if (askedTwiceInFlight)
        scheduler.lookup("A.test.", Dns::Type::CAA); // the same question
    const int first = askedTwiceInFlight ? 2 : 1;
    QTRY_COMPARE(upstream.pendingCount(), 1);
    upstream.answerAll();
    QCOMPARE(spy.size(), first);
    QCOMPARE(scheduler.cacheSize(), keptAfterFirstAnswer);

    // Asked again after its answer: from the cache, or sent again and kept this time.
    scheduler.lookup("a.test", Dns::Type::CAA);
    if (keptAfterFirstAnswer == 0) {
        QTRY_COMPARE(upstream.pendingCount(), 1);
        upstream.answerAll();
    }
    QTRY_COMPARE(spy.size(), first + 1);
    QCOMPARE(scheduler.cacheSize(), 1);
    scheduler.lookup("a.test", Dns::Type::CAA);
    QTRY_COMPARE(spy.size(), first + 2);
    QVERIFY(spy.last().at(1).value<Dns::LookupResult>().fromRunCache);
    QCOMPARE(scheduler.totalQueriesSent(), sentBeforeTheCacheAnswers);
    QCOMPARE(upstream.pendingCount(), 0);
}

// Zone data as a lookup service: the same answers as lookupInZones(), never before
// lookup() returned, each ticket once, however many are asked at once.
void TestLookupService::zoneServiceAnswersLikeTheZone()
{
    const ZoneText zone = sampleZone();
    QVERIFY2(zone.ok(), qPrintable(zone.error));
    ZoneLookupService service({zone});
    QSignalSpy spy(&service, &Dns::LookupService::finished);
    const QList<QByteArray> kinds{"www.example.com", "alias.example.com", "x.w.example.com", "nothing.example.com", "com"};
    QHash<quint64, QByteArray> asked;
    for (int i = 0; i < 3000; ++i) {
        const QByteArray name = i < int(kinds.size()) ? kinds[i] : "n" + QByteArray::number(i) + ".example.com";
        asked.insert(service.lookup(name), name);
    }
    QCOMPARE(spy.size(), 0); // nothing before the event loop runs
    QTRY_COMPARE(spy.size(), 3000);
    QSet<quint64> seen;
    for (const QList<QVariant> &args : spy) {
        const quint64 ticket = args.at(0).toULongLong();
        QVERIFY(!seen.contains(ticket));
        seen.insert(ticket);
        const auto r = args.at(1).value<Dns::LookupResult>();
        const Dns::LookupResult expected = lookupInZones({zone}, asked.value(ticket));
        QCOMPARE(r.name, asked.value(ticket));
        QCOMPARE(r.outcomeName(), expected.outcomeName());
        QCOMPARE(r.caa, expected.caa);
        QCOMPARE(r.aliases, expected.aliases);
        QCOMPARE(r.outsideSource, expected.outsideSource);
    }
}

void TestLookupService::zoneServiceCancelsAndRefusesOtherTypes()
{
    ZoneLookupService service({sampleZone()});
    QSignalSpy spy(&service, &Dns::LookupService::finished);
    service.lookup("www.example.com", Dns::Type::CAA);
    service.cancelAll();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().at(1).value<Dns::LookupResult>().status, Dns::LookupStatus::Cancelled);
    service.lookup("example.com", Dns::Type::SOA);
    QTRY_COMPARE(spy.size(), 2);
    const auto soa = spy.last().at(1).value<Dns::LookupResult>();
    QCOMPARE(soa.status, Dns::LookupStatus::NoServers);
    QVERIFY(soa.errorMessage.contains(QStringLiteral("CAA questions only")));
    QTest::qWait(20);
    QCOMPARE(spy.size(), 2); // the cancelled one is not answered later
}

void TestLookupService::checkJobOfflineIsTheSameClimb()
{
    const ZoneText zone = sampleZone();
    ZoneLookupService service({zone});
    const DomainName name = parseDomainInput(QStringLiteral("a.b.alias.example.com")).name;
    CheckJob job(&service, name);
    QSignalSpy done(&job, &CheckJob::finished);
    job.start();
    QTRY_COMPARE(done.size(), 1);
    const CheckResult offline = checkAgainstZones({zone}, name);
    QCOMPARE(job.result().relevantName(), offline.relevantName());
    QCOMPARE(job.result().verdict, offline.verdict);
    QCOMPARE(job.result().steps.size(), offline.steps.size());
    for (int i = 0; i < offline.steps.size(); ++i)
        QCOMPARE(job.result().steps[i].caa, offline.steps[i].caa);
}

// The memos' and the query cache's keys (issue #18) hash as the reference MurmurHash64A:
// published vectors, across the 8-byte block boundary and the tail, with bytes over 0x7f
// read unsigned, and with a seed.
void TestLookupService::byteKeysHashAsMurmurHash64A_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<quint64>("hash");
    QTest::newRow("empty") << QByteArray() << quint64(0) << quint64(0);
    QTest::newRow("empty, seeded") << QByteArray() << quint64(61755476) << quint64(0x42a0e7753c25b1a5ULL);
    QTest::newRow("one byte") << QByteArray("a") << quint64(0) << quint64(0x071717d2d36b6b11ULL);
    QTest::newRow("tail only") << QByteArray("hello") << quint64(0) << quint64(0x1e68d17c457bf117ULL);
    QTest::newRow("tail only, seeded") << QByteArray("hello") << quint64(42) << quint64(0xd417125ccb971887ULL);
    QTest::newRow("one block") << QByteArray("12345678") << quint64(0) << quint64(0x758f67d162b2d202ULL);
    QTest::newRow("one block and a byte") << QByteArray("123456789") << quint64(0) << quint64(0x4977490251674330ULL);
    QTest::newRow("block and tail") << QByteArray("Hello World!") << quint64(0) << quint64(0x899e7fbbf113dfa4ULL);
    QTest::newRow("bytes over 0x7f") << QByteArray("\xe6\x88\x91") << quint64(0) << quint64(0xeb594bb2a550d163ULL);
}

void TestLookupService::byteKeysHashAsMurmurHash64A()
{
    QFETCH(QByteArray, bytes);
    QFETCH(quint64, seed);
    QFETCH(quint64, hash);
    QCOMPARE(quint64(murmurHash64(bytes.constData(), bytes.size(), size_t(seed))), hash);
    QCOMPARE(quint64(qHash(ByteKey(bytes), size_t(seed))), hash);
}

void TestLookupService::byteKeysFindByTheirBytes()
{
    QHash<ByteKey, int> table;
    for (int i = 0; i < 2000; ++i)
        table.insert(QByteArray("n") + QByteArray::number(i) + ".bulk.test", i);
    QCOMPARE(table.size(), 2000);
    for (int i = 0; i < 2000; ++i)
        QCOMPARE(table.value(QByteArray("n") + QByteArray::number(i) + ".bulk.test", -1), i);
    QCOMPARE(table.value(QByteArray("n2000.bulk.test"), -1), -1);
    // Keys that differ in the last byte, or only in length (a zero byte more), are apart.
    QVERIFY(qHash(ByteKey(QByteArray("bulk.tesu")), 1) != qHash(ByteKey(QByteArray("bulk.test")), 1));
    QVERIFY(qHash(ByteKey(QByteArray("a", 1)), 1) != qHash(ByteKey(QByteArray("a\0", 2)), 1));
}

QTEST_GUILESS_MAIN(TestLookupService)
#include "tst_lookupservice.moc"
