// The resolver and the engine against a server that misbehaves on purpose: every fault
// ends in a typed result, without a crash and without waiting past the configured time.
#include "dns/aresresolver.h"
#include "engine/checkjob.h"
#include "engine/decision.h"
#include "climb.h"
#include "hostileserver.h"
#include "loopback.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Caa;
using CaaTest::Fault;

Q_DECLARE_METATYPE(CaaTest::Fault)

class TestHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Dns::LookupResult>(); }
    void faults_data();
    void faults();
    void failureAtEachLevel_data();
    void failureAtEachLevel();
    void lateReplyAfterTimeoutIsIgnored();
    void emptyValueKeptExactly_data();
    void emptyValueKeptExactly();
    void wireQuery_data();
    void wireQuery();
    void triesAndTimeoutAreOurs_data();
    void triesAndTimeoutAreOurs();
    void serversAskedInOrder();
    void bulkRunsKeepTheirSocket();
    void aBurstLargerThanABatchIsAnsweredInFull_data();
    void aBurstLargerThanABatchIsAnsweredInFull();
    void aRefusalSeenWhileSendingEndsEveryLookup();
    void extendedErrorOptions_data();
    void extendedErrorOptions();
};

void TestHostile::faults_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QString>("status");   // lookupStatusName
    QTest::addColumn<int>("records");      // CAA records when answered
    QTest::addColumn<int>("rcode");        // -1: not checked

    QTest::newRow("well-behaved server (control)") << Fault::None << QByteArray("caa.test") << "answered" << 1 << 0;
    QTest::newRow("truncated packet") << Fault::TruncatedPacket << QByteArray("caa.test") << "malformed" << 0 << -1;
    QTest::newRow("TC=1, then TCP works") << Fault::TcThenTcpWorks << QByteArray("caa.test") << "answered" << 2 << 0;
    QTest::newRow("TC=1 and TCP refused") << Fault::TcAndTcpRefused << QByteArray("caa.test") << "connection-refused" << 0 << -1;
    QTest::newRow("wrong query ID: ignored, then timeout") << Fault::WrongId << QByteArray("caa.test") << "timeout" << 0 << -1;
    QTest::newRow("wrong question name") << Fault::WrongName << QByteArray("caa.test") << "timeout" << 0 << -1;
    QTest::newRow("wrong question type") << Fault::WrongType << QByteArray("caa.test") << "timeout" << 0 << -1;
    QTest::newRow("wrong question class") << Fault::WrongClass << QByteArray("caa.test") << "timeout" << 0 << -1;
    QTest::newRow("QR=0: not a response") << Fault::NotAResponse << QByteArray("caa.test") << "mismatch" << 0 << -1;
    QTest::newRow("compression pointer loop") << Fault::PointerLoop << QByteArray("caa.test") << "malformed" << 0 << -1;
    QTest::newRow("compression pointer past the end") << Fault::PointerPastEnd << QByteArray("caa.test") << "malformed" << 0 << -1;
    QTest::newRow("RDLENGTH past the end") << Fault::RdlengthPastEnd << QByteArray("caa.test") << "malformed" << 0 << -1;
    QTest::newRow("CAA tag length 0") << Fault::TagLengthZero << QByteArray("caa.test") << "malformed" << 0 << -1;
    QTest::newRow("CAA tag longer than 15 (legal)") << Fault::TagLengthOver15 << QByteArray("caa.test") << "answered" << 1 << 0;
    QTest::newRow("CAA tag past RDLENGTH") << Fault::TagPastRdlength << QByteArray("caa.test") << "malformed" << 0 << -1;
    QTest::newRow("non-alphanumeric tag (kept, unrecognised)") << Fault::NonAlnumTag << QByteArray("caa.test") << "answered" << 1 << 0;
    QTest::newRow("answer for another owner name (ignored)") << Fault::OtherOwner << QByteArray("caa.test") << "answered" << 0 << 0;
    QTest::newRow("CNAME loop") << Fault::CnameLoop << QByteArray("caa.test") << "malformed" << 0 << -1;
    QTest::newRow("CNAME chain over the limit") << Fault::LongCnameChain << QByteArray("caa.test") << "malformed" << 0 << -1;
    QTest::newRow("DNAME with synthesised CNAME") << Fault::Dname << QByteArray("x.caa.test") << "answered" << 1 << 0;
    QTest::newRow("no answer at all") << Fault::NoAnswer << QByteArray("caa.test") << "timeout" << 0 << -1;
    QTest::newRow("400-record RRset over TCP") << Fault::Big400 << QByteArray("caa.test") << "answered" << 400 << 0;
    QTest::newRow("EDNS FORMERR, then without EDNS") << Fault::EdnsFormerr << QByteArray("caa.test") << "answered" << 1 << 0;
    QTest::newRow("flood of unrelated UDP packets") << Fault::UdpFlood << QByteArray("caa.test") << "answered" << 1 << 0;
    QTest::newRow("empty datagram") << Fault::EmptyDatagram << QByteArray("caa.test") << "timeout" << 0 << -1;
    QTest::newRow("duplicate replies") << Fault::DuplicateReplies << QByteArray("caa.test") << "answered" << 1 << 0;
    QTest::newRow("empty issue value (legal, RFC 8659 §4.2)") << Fault::EmptyValue << QByteArray("caa.test") << "answered" << 2 << 0;
    QTest::newRow("empty issue value over TCP after TC=1") << Fault::EmptyValueOverTcp << QByteArray("caa.test") << "answered" << 2 << 0;
    // c-ares 1.34 cannot parse this reply, so only our own match of the wire ID stands
    // between it and the lookup (c-ares 1.18 drops it by ID itself).
    // Replies without the question: c-ares 1.18 and 1.34 both drop them before us (their
    // question count differs from the query's), so the lookup times out. Our reader's own
    // rule for them (only failure RCODEs may leave it out) is in tst_dnsmessage.
    QTest::newRow("NXDOMAIN without the question: not taken as 'no such name'") << Fault::NxdomainNoQuestion << QByteArray("caa.test") << "timeout" << 0 << -1;
    QTest::newRow("FORMERR without the question: no answer either") << Fault::FormerrNoQuestion << QByteArray("caa.test") << "timeout" << 0 << -1;
    QTest::newRow("wrong query ID on a reply c-ares cannot parse") << Fault::WrongIdEmptyValue << QByteArray("caa.test") << "timeout" << 0 << -1;
}

void TestHostile::faults()
{
    QFETCH(Fault, fault);
    QFETCH(QByteArray, name);
    QFETCH(QString, status);
    QFETCH(int, records);
    QFETCH(int, rcode);

    CaaTest::HostileServer server(fault);
    QVERIFY(server.port() != 0);
    const int timeoutMs = 1200;
    Dns::AresResolver resolver({.servers = {{QStringLiteral("127.0.0.1"), false, server.port()}}, .timeoutMs = timeoutMs});
    QSignalSpy spy(&resolver, &Dns::AresResolver::finished);
    QElapsedTimer clock;
    clock.start();
    resolver.lookup(name);
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 10 * timeoutMs);
    // No hang past the timeout; a generous multiple, so a loaded machine does not fail it.
    QVERIFY2(clock.elapsed() <= 3 * timeoutMs, QByteArray::number(clock.elapsed()).constData());
    const auto r = spy.first().at(1).value<Dns::LookupResult>();
    QVERIFY2(Dns::lookupStatusName(r.status) == status, qPrintable(Dns::lookupStatusName(r.status) + u' ' + r.errorMessage));
    if (r.isAnswered()) {
        QCOMPARE(r.caa.size(), records);
        if (rcode >= 0)
            QCOMPARE(r.rcode, rcode);
    } else {
        QVERIFY2(!r.errorMessage.isEmpty(), "a failure says what went wrong");
    }
    QCOMPARE(resolver.pendingCount(), 0);
    QTest::qWait(20); // late or duplicate packets must not disturb anything
    QCOMPARE(spy.size(), 1);
}

// RFC 8914 EDE options through c-ares: read when well-formed; when mangled (a length that
// runs past the OPT record, an option too short for its INFO-CODE, an unknown code) they
// never crash and never hide the rest of the reply.
void TestHostile::extendedErrorOptions_data()
{
    QTest::addColumn<QByteArray>("optRdata");
    QTest::addColumn<int>("rcode");
    QTest::addColumn<int>("records");
    QTest::addColumn<QList<Dns::ExtendedDnsError>>("expected");

    const auto option = [](int code, const QByteArray &data, int length = -1) {
        const int n = length < 0 ? int(data.size()) : length;
        return u16(code) + u16(n) + data;
    };
    QTest::newRow("SERVFAIL with Network Error and a text")
        << option(15, QByteArray("\x00\x17", 2) + "no route to 192.0.2.1") << 2 << 0
        << QList<Dns::ExtendedDnsError>{{23, QStringLiteral("no route to 192.0.2.1")}};
    QTest::newRow("answer with Stale Answer: records kept")
        << option(15, QByteArray("\x00\x03", 2)) << 0 << 1 << QList<Dns::ExtendedDnsError>{{3, QString()}};
    QTest::newRow("unknown INFO-CODE kept by number")
        << option(15, QByteArray("\x04\x00", 2) + "?") << 0 << 1 << QList<Dns::ExtendedDnsError>{{1024, QStringLiteral("?")}};
    QTest::newRow("EDE length past the OPT record: records kept")
        << option(15, QByteArray("\x00\x06", 2) + "x", 200) << 0 << 1 << QList<Dns::ExtendedDnsError>{};
    QTest::newRow("EDE of one octet: records kept")
        << option(15, QByteArray("\x06", 1)) << 0 << 1 << QList<Dns::ExtendedDnsError>{};
    QTest::newRow("option header cut short: records kept")
        << QByteArray("\x00\x0f\x00", 3) << 0 << 1 << QList<Dns::ExtendedDnsError>{};
}

void TestHostile::extendedErrorOptions()
{
    QFETCH(QByteArray, optRdata);
    QFETCH(int, rcode);
    QFETCH(int, records);
    QFETCH(QList<Dns::ExtendedDnsError>, expected);

    CaaTest::HostileServer server(Fault::None);
    server.optRdata = optRdata;
    if (rcode != 0)
        server.rcodeAt.insert("caa.test", rcode);
    Dns::AresResolver resolver({.servers = {{QStringLiteral("127.0.0.1"), false, server.port()}}, .timeoutMs = 1200});
    QSignalSpy spy(&resolver, &Dns::AresResolver::finished);
    resolver.lookup("caa.test");
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 12000);
    const auto r = spy.first().at(1).value<Dns::LookupResult>();
    QVERIFY2(r.isAnswered(), qPrintable(Dns::lookupStatusName(r.status) + u' ' + r.errorMessage));
    QCOMPARE(r.rcode, rcode);
    QCOMPARE(r.caa.size(), records);
    QCOMPARE(r.extendedErrors, expected);
}

void TestHostile::failureAtEachLevel_data()
{
    QTest::addColumn<int>("rcode");
    QTest::addColumn<QByteArray>("failingName");
    QTest::addColumn<QByteArray>("recordsAt");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QByteArray>("foundAt");

    const struct { const char *name; int rcode; } rcodes[] = {{"SERVFAIL", 2}, {"REFUSED", 5}, {"NOTIMP", 4}, {"FORMERR", 1}};
    for (const auto &rc : rcodes) {
        for (const char *level : {"www.x.test", "x.test", "test"}) {
            QTest::addRow("%s at %s: lookup failure (RFC 8659 §3)", rc.name, level)
                << rc.rcode << QByteArray(level) << QByteArray() << "lookup-failure" << QByteArray(level);
        }
        QTest::addRow("%s above the relevant set: irrelevant", rc.name)
            << rc.rcode << QByteArray("test") << QByteArray("x.test") << "permit" << QByteArray("x.test");
    }
}

void TestHostile::failureAtEachLevel()
{
    QFETCH(int, rcode);
    QFETCH(QByteArray, failingName);
    QFETCH(QByteArray, recordsAt);
    QFETCH(QString, verdict);
    QFETCH(QByteArray, foundAt);

    CaaTest::HostileServer server(Fault::None);
    server.rcodeAt.insert(failingName, rcode);
    if (!recordsAt.isEmpty())
        server.recordsAt << recordsAt;
    Dns::AresResolver resolver({.servers = {{QStringLiteral("127.0.0.1"), false, server.port()}}, .timeoutMs = 1500});
    CheckJob job(&resolver, parseDomainInput(QStringLiteral("www.x.test")).name);
    QSignalSpy done(&job, &CheckJob::finished);
    job.start();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 4000);
    IssuanceRequest request;
    request.identifiers = {"ca.example"};
    const Decision d = decide(job.result(), request);
    QCOMPARE(verdictName(d.verdict), verdict);
    QCOMPARE(d.foundAt, foundAt);
}

void TestHostile::lateReplyAfterTimeoutIsIgnored()
{
    CaaTest::HostileServer server(Fault::LateReply);
    server.lateReplyDelayMs = 900;
    Dns::AresResolver resolver({.servers = {{QStringLiteral("127.0.0.1"), false, server.port()}}, .timeoutMs = 400, .tries = 1});
    QSignalSpy spy(&resolver, &Dns::AresResolver::finished);
    resolver.lookup("caa.test");
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 2000);
    QCOMPARE(spy.first().at(1).value<Dns::LookupResult>().status, Dns::LookupStatus::Timeout);
    QTest::qWait(800); // the late answer arrives now and must change nothing
    QCOMPARE(spy.size(), 1);
    QCOMPARE(resolver.pendingCount(), 0);
}

// `0 issue ""` means "no CA may issue" (RFC 8659 §4.2 allows the empty value). From
// c-ares 1.22 on, c-ares's own parser refuses such a reply (ares_dns_parse_rr_caa), so it
// would never reach a callback; the resolver reads it from the wire itself.
void TestHostile::emptyValueKeptExactly_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::newRow("UDP") << Fault::EmptyValue;
    QTest::newRow("TCP after TC=1") << Fault::EmptyValueOverTcp;
}

void TestHostile::emptyValueKeptExactly()
{
    QFETCH(Fault, fault);
    CaaTest::HostileServer server(fault);
    Dns::AresResolver resolver({.servers = {{QStringLiteral("127.0.0.1"), false, server.port()}}, .timeoutMs = 3000});
    QSignalSpy spy(&resolver, &Dns::AresResolver::finished);
    resolver.lookup("caa.test");
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 6000);
    const auto r = spy.first().at(1).value<Dns::LookupResult>();
    QVERIFY2(r.isAnswered(), qPrintable(r.errorMessage));
    QCOMPARE(r.caa.size(), 2);
    QCOMPARE(r.caa.at(0).record.tag, QByteArray("issue"));
    QCOMPARE(r.caa.at(0).record.value, QByteArray());
    QCOMPARE(r.caa.at(1).record.value, QByteArray("mailto:a@example.com"));
    // What we read is what the server sent, not a re-encoding.
    QCOMPARE(r.rawReply, server.lastReply);

    // The check decides "no CA may issue" from it.
    const CheckResult climb = CaaTest::climbAndWait(&resolver, parseDomainInput(QStringLiteral("caa.test")).name, 6000);
    QCOMPARE(climb.relevantName(), QByteArray("caa.test"));
    IssuanceRequest request;
    request.identifiers = {"ca.example"};
    QCOMPARE(verdictName(decide(climb, request).verdict), QStringLiteral("deny"));
}

// The query on the wire carries what we rely on, on every c-ares version: the ID that the
// result reports (and that the reply was checked against), RD as asked, AD=1, CD and DO
// as asked, EDNS0 with a 1232-octet payload, our question.
void TestHostile::wireQuery_data()
{
    QTest::addColumn<bool>("recursion");
    QTest::addColumn<bool>("dnssecOk");
    QTest::addColumn<bool>("checkingDisabled");
    QTest::newRow("recursive (default)") << true << false << false;
    QTest::newRow("authoritative (RD=0)") << false << false << false;
    QTest::newRow("DNSSEC diagnostics (DO=1, CD=1)") << true << true << true;
}

void TestHostile::wireQuery()
{
    QFETCH(bool, recursion);
    QFETCH(bool, dnssecOk);
    QFETCH(bool, checkingDisabled);
    CaaTest::HostileServer server(Fault::None);
    Dns::AresResolver resolver({.servers = {{QStringLiteral("127.0.0.1"), false, server.port()}},
                                .timeoutMs = 3000,
                                .recursionDesired = recursion,
                                .dnssecOk = dnssecOk,
                                .checkingDisabled = checkingDisabled});
    QSignalSpy spy(&resolver, &Dns::AresResolver::finished);
    resolver.lookup("Www.Caa.test");
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 6000);
    const auto r = spy.first().at(1).value<Dns::LookupResult>();
    QVERIFY2(r.isAnswered(), qPrintable(r.errorMessage)); // checked against the ID below
    QCOMPARE(server.receivedQueries.size(), 1);
    const Dns::ParseResult q = Dns::parseMessage(server.receivedQueries.first());
    QVERIFY(q.ok());
    const Dns::Header &h = q.message.header;
    QCOMPARE(h.id, r.queryId);
    QVERIFY(!h.qr);
    QCOMPARE(h.opcode, quint8(0));
    QCOMPARE(h.rd, recursion);
    QVERIFY(h.ad);
    QCOMPARE(h.cd, checkingDisabled);
    QCOMPARE(q.message.questions.size(), 1);
    QVERIFY(Dns::namesEqual(q.message.questions.first().name, "www.caa.test"));
    QCOMPARE(q.message.questions.first().type, Dns::Type::CAA);
    QCOMPARE(q.message.questions.first().rrClass, Dns::ClassIN);
    QVERIFY(q.message.hasEdns);
    QCOMPARE(q.message.ednsUdpSize, quint16(1232));
    QCOMPARE(q.message.ednsDo, dnssecOk);
}

// Tries are ours to set: a silent server is asked exactly `tries` times, and the lookup
// ends as a timeout, not earlier and not never.
void TestHostile::triesAndTimeoutAreOurs_data()
{
    QTest::addColumn<int>("tries");
    QTest::addColumn<int>("queries");
    QTest::newRow("1 try") << 1 << 1;
    QTest::newRow("2 tries (default)") << 2 << 2;
    QTest::newRow("5 tries (the most)") << Dns::kMaxTries << Dns::kMaxTries;
    // Out of range from a caller that skipped parseTries(): clamped, never undefined
    // (the per-try time is computed with a shift by the try number).
    QTest::newRow("40 tries: clamped to 5") << 40 << Dns::kMaxTries;
    QTest::newRow("0 tries: clamped to 1") << 0 << 1;
}

void TestHostile::triesAndTimeoutAreOurs()
{
    QFETCH(int, tries);
    QFETCH(int, queries);
    CaaTest::HostileServer server(Fault::NoAnswer);
    Dns::AresResolver resolver({.servers = {{QStringLiteral("127.0.0.1"), false, server.port()}}, .timeoutMs = 1500, .tries = tries});
    QSignalSpy spy(&resolver, &Dns::AresResolver::finished);
    resolver.lookup("caa.test");
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 10000);
    QCOMPARE(spy.first().at(1).value<Dns::LookupResult>().status, Dns::LookupStatus::Timeout);
    QCOMPARE(server.queries(), queries);
    QTest::qWait(1000); // nothing keeps asking after the lookup ended
    QCOMPARE(server.queries(), queries);
}

// No rotation: the first server is asked while it answers.
// keepSocketsOpen (bulk runs): lookups one after another, each answered before the next
// is sent, leave from one socket. c-ares 1.18 closed it whenever no query was out and
// opened another for the next one (issue #18); 1.34 keeps it in any case.
void TestHostile::bulkRunsKeepTheirSocket()
{
    CaaTest::HostileServer server(Fault::None);
    Dns::AresResolver resolver({.servers = {{QStringLiteral("127.0.0.1"), false, server.port()}}, .timeoutMs = 3000,
                                .keepSocketsOpen = true});
    QSignalSpy spy(&resolver, &Dns::AresResolver::finished);
    for (int i = 1; i <= 3; ++i) {
        resolver.lookup(QByteArray("caa.test"));
        QTRY_COMPARE(spy.size(), i);
        QCOMPARE(resolver.pendingCount(), 0);
        QTest::qWait(10);
    }
    QCOMPARE(server.udpSenderPorts.size(), 3);
    QCOMPARE(server.udpSenderPorts.at(1), server.udpSenderPorts.at(0));
    QCOMPARE(server.udpSenderPorts.at(2), server.udpSenderPorts.at(0));
}

// c-ares 1.18 builds read replies up to 32 at a time (recvmmsg) and send the queries of
// one turn of the event loop together (sendmmsg), issue #18. More lookups than a batch
// holds, started at once: each query is sent once, and every lookup gets its own answer;
// and an answer among 200 junk datagrams, seven batches' worth (UdpFlood; one lookup, so
// that the flood fits the kernel's default receive buffer cap of 208 KiB).
void TestHostile::aBurstLargerThanABatchIsAnsweredInFull_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("lookups");
    QTest::newRow("one batch") << Fault::None << 32;
    QTest::newRow("a batch and one") << Fault::None << 33;
    QTest::newRow("a hundred") << Fault::None << 100;
    QTest::newRow("one in a flood of 200 junk datagrams") << Fault::UdpFlood << 1;
}

void TestHostile::aBurstLargerThanABatchIsAnsweredInFull()
{
    QFETCH(Fault, fault);
    QFETCH(int, lookups);
    CaaTest::HostileServer server(fault);
    Dns::AresResolver resolver({.servers = {{QStringLiteral("127.0.0.1"), false, server.port()}}, .timeoutMs = 5000,
                                .keepSocketsOpen = true});
    QSignalSpy spy(&resolver, &Dns::AresResolver::finished);
    QHash<quint64, QByteArray> nameByTicket;
    for (int i = 0; i < lookups; ++i) {
        const QByteArray name = "n" + QByteArray::number(i) + ".burst.test";
        nameByTicket.insert(resolver.lookup(name), name);
    }
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), lookups, 10000);
    QSet<quint64> seen;
    for (const QList<QVariant> &args : std::as_const(spy)) {
        const quint64 ticket = args.at(0).toULongLong();
        const auto r = args.at(1).value<Dns::LookupResult>();
        QVERIFY(!seen.contains(ticket));
        seen.insert(ticket);
        QCOMPARE(r.name, nameByTicket.value(ticket));
        QCOMPARE(r.status, Dns::LookupStatus::Answered);
        QCOMPARE(r.caa.size(), 1);
    }
    QCOMPARE(server.queries(), lookups); // none lost in a batch and asked again, none sent twice
}

// A query to a closed port brings back ICMP "port unreachable", which the kernel reports
// once, to whichever call on the socket comes next. When that is the send of the next
// query (held for sendmmsg on c-ares 1.18 builds), c-ares must still hear of it: both
// lookups end as refused at once, not after a try timeout and a second try.
void TestHostile::aRefusalSeenWhileSendingEndsEveryLookup()
{
    const quint16 closed = CaaTest::freeLoopbackPort();
    QVERIFY(closed != 0);
    const int timeoutMs = 6000; // two tries: 2 s for the first
    Dns::AresResolver resolver({.servers = {{QStringLiteral("127.0.0.1"), false, closed}}, .timeoutMs = timeoutMs, .tries = 2});
    QSignalSpy spy(&resolver, &Dns::AresResolver::finished);
    QElapsedTimer clock;
    clock.start();
    resolver.lookup("first.test");
    QCoreApplication::sendPostedEvents(); // sends it, and nothing reads the socket yet
    QThread::msleep(50);                  // the refusal is waiting on the socket
    resolver.lookup("second.test");
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 3 * timeoutMs);
    for (const QList<QVariant> &args : std::as_const(spy))
        QCOMPARE(args.at(1).value<Dns::LookupResult>().status, Dns::LookupStatus::ConnectionRefused);
    QVERIFY2(clock.elapsed() < 1000, QByteArray::number(clock.elapsed()).constData());
}

void TestHostile::serversAskedInOrder()
{
    CaaTest::HostileServer first(Fault::None);
    CaaTest::HostileServer second(Fault::None);
    Dns::AresResolver resolver({.servers = {{QStringLiteral("127.0.0.1"), false, first.port()},
                                            {QStringLiteral("127.0.0.1"), false, second.port()}},
                                .timeoutMs = 3000});
    QSignalSpy spy(&resolver, &Dns::AresResolver::finished);
    for (int i = 0; i < 6; ++i) {
        resolver.lookup("caa.test");
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), i + 1, 6000);
    }
    QCOMPARE(first.queries(), 6);
    QCOMPARE(second.queries(), 0);
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
