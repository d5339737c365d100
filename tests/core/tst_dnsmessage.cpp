// Replies as byte vectors, every line glossed, read by parseMessage() and interpretReply().
#include "dns/lookupresult.h"

#include <QTest>

#include "wirebytes.h"

using namespace Caa::Dns;

namespace {

QByteArray text(const char *s) { return QByteArray(s); }

// Header: ID 0x1234, QR=1 RD=1 RA=1 (+ extra flag bits), counts.
QByteArray header(int flagsLow, int an, int ns = 0, int ar = 0, int qd = 1, int id = 0x1234, int flagsHigh = 0x81)
{
    return bytes({id >> 8, id & 0xFF,    // ID
                  flagsHigh, flagsLow,   // QR OPCODE AA TC RD | RA Z AD CD RCODE
                  0, qd, 0, an,          // QDCOUNT, ANCOUNT
                  0, ns, 0, ar});        // NSCOUNT, ARCOUNT
}

// Question "caa.test CAA IN", starting at offset 12 (pointer target 0xC00C).
QByteArray questionCaaTest()
{
    return bytes({3}) + text("caa") + bytes({4}) + text("test") + bytes({0}) // caa.test.
           + bytes({0x01, 0x01, 0x00, 0x01});                            // TYPE257 (CAA) CLASS IN
}

// An answer RR owned by "caa.test" (pointer to offset 12).
QByteArray caaAnswerAtQname(int flags, const QByteArray &tag, const QByteArray &value, int ttl = 3600)
{
    const int rdlength = 2 + int(tag.size()) + int(value.size());
    return bytes({0xC0, 0x0C,                                     // owner: pointer to caa.test
                  0x01, 0x01, 0x00, 0x01,                         // CAA IN
                  ttl >> 24, (ttl >> 16) & 0xFF, (ttl >> 8) & 0xFF, ttl & 0xFF, // TTL
                  rdlength >> 8, rdlength & 0xFF,                 // RDLENGTH
                  flags, int(tag.size())})                        // CAA flags, tag length
           + tag + value;                                         // tag, value (no length octet)
}

// An OPT pseudo-RR (RFC 6891 §6.1.2): root owner, UDP size 1232, DO=0, the given options.
QByteArray optRecord(const QByteArray &options)
{
    const int n = int(options.size());
    return bytes({0,                     // owner: root
                  0x00, 0x29,            // TYPE41 (OPT)
                  0x04, 0xD0,            // CLASS: UDP payload size 1232
                  0, 0, 0, 0,            // extended RCODE, version, flags
                  n >> 8, n & 0xFF})     // RDLENGTH
           + options;
}

// One EDNS option: code, length as given (may lie), data.
QByteArray ednsOption(int code, const QByteArray &data, int length = -1)
{
    const int n = length < 0 ? int(data.size()) : length;
    return bytes({code >> 8, code & 0xFF, n >> 8, n & 0xFF}) + data;
}

// An EDE option body (RFC 8914 §2): INFO-CODE, then EXTRA-TEXT.
QByteArray ede(int code, const QByteArray &extraText = {})
{
    return bytes({code >> 8, code & 0xFF}) + extraText;
}

} // namespace

class TestDnsMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void interpret_data();
    void interpret();
    void headerBits();
    void extendedErrors_data();
    void extendedErrors();
    void extendedErrorNames_data();
    void extendedErrorNames();
    void soaCountersFromTheEnd();
    void malformed_data();
    void malformed();
    void nameHelpers_data();
    void nameHelpers();
    void labelPresentation_data();
    void labelPresentation();
    void labelPresentationAppends();
    void recordSetKeys_data();
    void recordSetKeys();
    void peekQuestion_data();
    void peekQuestion();
};

void TestDnsMessage::interpret_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QByteArray>("qname");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("rcode");
    QTest::addColumn<QList<CaaAnswer>>("caa");
    QTest::addColumn<int>("aliasCount");

    const CaaAnswer issue{"caa.test", 3600, {0, "issue", "ca.example"}};

    QTest::newRow("one CAA record, owner compressed (RFC 1035 §4.1.4)")
        << header(0x80, 1) + questionCaaTest() + caaAnswerAtQname(0, "issue", "ca.example")
        << text("caa.test") << "answered" << 0 << QList<CaaAnswer>{issue} << 0;

    QTest::newRow("empty issue value is legal and kept (RFC 8659 §4.2)")
        << header(0x80, 1) + questionCaaTest() + caaAnswerAtQname(0, "issue", "")
        << text("caa.test") << "answered" << 0 << QList<CaaAnswer>{{"caa.test", 3600, {0, "issue", ""}}} << 0;

    QTest::newRow("value with NUL and 0xFF octets kept as bytes (RFC 8659 §4.1)")
        << header(0x80, 1) + questionCaaTest() + caaAnswerAtQname(128, "tbs", bytes({0, 0xFF, 'x'}))
        << text("caa.test") << "answered" << 0
        << QList<CaaAnswer>{{"caa.test", 3600, {128, "tbs", bytes({0, 0xFF, 'x'})}}} << 0;

    QTest::newRow("tag longer than 15 octets accepted (RFC 8659 §4.1)")
        << header(0x80, 1) + questionCaaTest() + caaAnswerAtQname(0, "abcdefghijklmnopqrstuvwxy", "v")
        << text("caa.test") << "answered" << 0
        << QList<CaaAnswer>{{"caa.test", 3600, {0, "abcdefghijklmnopqrstuvwxy", "v"}}} << 0;

    QTest::newRow("identical RRs are one record (RFC 2181 §5)")
        << header(0x80, 2) + questionCaaTest() + caaAnswerAtQname(0, "issue", "ca.example")
               + caaAnswerAtQname(0, "issue", "ca.example")
        << text("caa.test") << "answered" << 0 << QList<CaaAnswer>{issue} << 0;

    QTest::newRow("NODATA: NOERROR with an empty answer")
        << header(0x80, 0) + questionCaaTest() << text("caa.test") << "answered" << 0 << QList<CaaAnswer>{} << 0;

    QTest::newRow("NXDOMAIN")
        << header(0x83, 0) + questionCaaTest() << text("caa.test") << "answered" << 3 << QList<CaaAnswer>{} << 0;

    QTest::newRow("SERVFAIL is an answer with RCODE 2, not 'no records'")
        << header(0x82, 0) + questionCaaTest() << text("caa.test") << "answered" << 2 << QList<CaaAnswer>{} << 0;

    QTest::newRow("REFUSED without a question section")
        << header(0x85, 0, 0, 0, /*qd*/ 0) << text("caa.test") << "answered" << 5 << QList<CaaAnswer>{} << 0;

    // RFC 1035 §7.3 / RFC 9619: only a reply that says the question could not be processed
    // may leave it out; "no such name" and "no records" must say which name.
    QTest::newRow("FORMERR without a question section (RFC 6891 §7)")
        << header(0x81, 0, 0, 0, /*qd*/ 0) << text("caa.test") << "answered" << 1 << QList<CaaAnswer>{} << 0;
    QTest::newRow("SERVFAIL without a question section")
        << header(0x82, 0, 0, 0, /*qd*/ 0) << text("caa.test") << "answered" << 2 << QList<CaaAnswer>{} << 0;
    QTest::newRow("NOTIMP without a question section")
        << header(0x84, 0, 0, 0, /*qd*/ 0) << text("caa.test") << "answered" << 4 << QList<CaaAnswer>{} << 0;
    QTest::newRow("NXDOMAIN without a question section is a mismatch")
        << header(0x83, 0, 0, 0, /*qd*/ 0) << text("caa.test") << "mismatch" << -1 << QList<CaaAnswer>{} << 0;
    QTest::newRow("NOERROR without a question section is a mismatch")
        << header(0x80, 0, 0, 0, /*qd*/ 0) << text("caa.test") << "mismatch" << -1 << QList<CaaAnswer>{} << 0;

    // caa.test CNAME t.caa.test; t.caa.test CAA 0 issue "x"
    const QByteArray cnameReply =
        header(0x80, 2) + questionCaaTest()
        + bytes({0xC0, 0x0C,              // owner caa.test
                 0x00, 0x05, 0x00, 0x01,  // CNAME IN
                 0, 0, 0x01, 0x2C,        // TTL 300
                 0, 4,                    // RDLENGTH 4
                 1, 't', 0xC0, 0x0C})     // target: "t" + pointer to caa.test  (at offset 38)
        + bytes({0xC0, 38,                // owner: pointer to t.caa.test
                 0x01, 0x01, 0x00, 0x01,  // CAA IN
                 0, 0, 0x01, 0x2C,        // TTL 300
                 0, 8,                    // RDLENGTH 8
                 0, 5}) + text("issue") + text("x"); // flags 0, tag "issue", value "x"
    QTest::newRow("CNAME: CAA at the chain's end counts (RFC 8659 §3)")
        << cnameReply << text("caa.test") << "answered" << 0
        << QList<CaaAnswer>{{"t.caa.test", 300, {0, "issue", "x"}}} << 1;

    // A CAA RR whose owner is neither the query name nor on its chain is ignored.
    const QByteArray strayOwner =
        header(0x80, 1) + questionCaaTest()
        + bytes({5}) + text("other") + bytes({0xC0, 0x0C}) // owner other.caa.test
        + bytes({0x01, 0x01, 0x00, 0x01, 0, 0, 0, 60, 0, 8, 0, 5}) + text("issue") + text("y");
    QTest::newRow("CAA owned by another name is ignored")
        << strayOwner << text("caa.test") << "answered" << 0 << QList<CaaAnswer>{} << 0;

    QTest::newRow("query name compared case-insensitively (RFC 4343)")
        << header(0x80, 1) + questionCaaTest() + caaAnswerAtQname(0, "issue", "ca.example")
        << text("CAA.Test") << "answered" << 0 << QList<CaaAnswer>{{"caa.test", 3600, {0, "issue", "ca.example"}}} << 0;

    QTest::newRow("TC=1 is a failure: the tail could hold a critical record")
        << header(0x80, 0, 0, 0, 1, 0x1234, 0x83) + questionCaaTest() << text("caa.test") << "truncated" << 0 << QList<CaaAnswer>{} << 0;

    QTest::newRow("wrong query ID is a mismatch")
        << header(0x80, 0, 0, 0, 1, 0x4321) + questionCaaTest() << text("caa.test") << "mismatch" << -1 << QList<CaaAnswer>{} << 0;

    QTest::newRow("QR=0 (a query, not a reply) is a mismatch")
        << header(0x80, 0, 0, 0, 1, 0x1234, 0x01) + questionCaaTest() << text("caa.test") << "mismatch" << -1 << QList<CaaAnswer>{} << 0;

    QTest::newRow("reply for another name is a mismatch")
        << header(0x80, 0) + questionCaaTest() << text("other.test") << "mismatch" << -1 << QList<CaaAnswer>{} << 0;

    QTest::newRow("CAA with tag length 0 fails the lookup (RFC 8659 §4.1)")
        << header(0x80, 1) + questionCaaTest()
               + bytes({0xC0, 0x0C, 0x01, 0x01, 0x00, 0x01, 0, 0, 0, 60, // owner, CAA IN, TTL
                        0, 3,                                            // RDLENGTH 3
                        0, 0, 'x'})                                      // flags 0, tag length 0 (!)
        << text("caa.test") << "malformed" << 0 << QList<CaaAnswer>{} << 0;

    QTest::newRow("CAA tag length past RDLENGTH fails the lookup")
        << header(0x80, 1) + questionCaaTest()
               + bytes({0xC0, 0x0C, 0x01, 0x01, 0x00, 0x01, 0, 0, 0, 60, // owner, CAA IN, TTL
                        0, 4,                                            // RDLENGTH 4
                        0, 9, 'a', 'b'})                                 // tag length 9 > 2 left
        << text("caa.test") << "malformed" << 0 << QList<CaaAnswer>{} << 0;
}

void TestDnsMessage::interpret()
{
    QFETCH(QByteArray, reply);
    QFETCH(QByteArray, qname);
    QFETCH(QString, status);
    QFETCH(int, rcode);
    QFETCH(QList<CaaAnswer>, caa);
    QFETCH(int, aliasCount);

    const LookupResult r = interpretReply(qname, Type::CAA, 0x1234, reply);
    QCOMPARE(lookupStatusName(r.status), status);
    if (status == QStringLiteral("answered") || status == QStringLiteral("truncated") || status == QStringLiteral("malformed"))
        QCOMPARE(r.rcode, rcode == -1 ? r.rcode : rcode);
    if (status == QStringLiteral("answered")) {
        QCOMPARE(r.caa, caa);
        QCOMPARE(r.aliases.size(), aliasCount);
    } else {
        QVERIFY2(!r.errorMessage.isEmpty(), "a failure must say what went wrong");
    }
}

// RFC 8914: EDE options are read from the OPT record; a bad option never hides the reply.
void TestDnsMessage::extendedErrors_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<int>("rcode");
    QTest::addColumn<int>("caaRecords");
    QTest::addColumn<QList<ExtendedDnsError>>("expected");
    QTest::addColumn<bool>("optionsMalformed");

    const QByteArray servfail = header(0x82, 0, 0, 1) + questionCaaTest();
    const QByteArray answer = header(0x80, 1, 0, 1) + questionCaaTest() + caaAnswerAtQname(0, "issue", "ca.example");
    QTest::newRow("SERVFAIL with DNSSEC Bogus and a text (RFC 8914 §4.7)")
        << servfail + optRecord(ednsOption(15, ede(6, "signature expired"))) << 2 << 0
        << QList<ExtendedDnsError>{{6, QStringLiteral("signature expired")}} << false;
    QTest::newRow("EDE without EXTRA-TEXT")
        << servfail + optRecord(ednsOption(15, ede(22))) << 2 << 0 << QList<ExtendedDnsError>{{22, QString()}} << false;
    QTest::newRow("two EDE options, in order, beside a cookie option")
        << servfail + optRecord(ednsOption(10, bytes({1, 2, 3, 4, 5, 6, 7, 8})) + ednsOption(15, ede(9)) + ednsOption(15, ede(23, "no route")))
        << 2 << 0 << QList<ExtendedDnsError>{{9, QString()}, {23, QStringLiteral("no route")}} << false;
    QTest::newRow("Stale Answer beside records: the answer still counts")
        << answer + optRecord(ednsOption(15, ede(3))) << 0 << 1 << QList<ExtendedDnsError>{{3, QString()}} << false;
    QTest::newRow("unknown INFO-CODE is kept with its number")
        << servfail + optRecord(ednsOption(15, ede(999, "new"))) << 2 << 0 << QList<ExtendedDnsError>{{999, QStringLiteral("new")}} << false;
    QTest::newRow("EXTRA-TEXT NUL-terminated (against §2): the NUL is dropped")
        << servfail + optRecord(ednsOption(15, ede(6, QByteArray("bad sig\0", 8)))) << 2 << 0
        << QList<ExtendedDnsError>{{6, QStringLiteral("bad sig")}} << false;
    QTest::newRow("EXTRA-TEXT control characters are replaced, UTF-8 read")
        << servfail + optRecord(ednsOption(15, ede(6, "a\nb \xc3\xa9"))) << 2 << 0
        << QList<ExtendedDnsError>{{6, QStringLiteral("a\uFFFDb \u00e9")}} << false;
    QTest::newRow("EDE shorter than its INFO-CODE: flagged, answer kept")
        << answer + optRecord(ednsOption(15, bytes({6}))) << 0 << 1 << QList<ExtendedDnsError>{} << true;
    QTest::newRow("option length past the OPT record: flagged, earlier EDE kept, answer kept")
        << answer + optRecord(ednsOption(15, ede(18)) + ednsOption(15, ede(6, "x"), 40)) << 0 << 1
        << QList<ExtendedDnsError>{{18, QString()}} << true;
    QTest::newRow("option header cut short: flagged, answer kept")
        << answer + optRecord(bytes({0, 15, 0})) << 0 << 1 << QList<ExtendedDnsError>{} << true;
    QTest::newRow("no OPT record: no EDE")
        << header(0x82, 0) + questionCaaTest() << 2 << 0 << QList<ExtendedDnsError>{} << false;
}

void TestDnsMessage::extendedErrors()
{
    QFETCH(QByteArray, reply);
    QFETCH(int, rcode);
    QFETCH(int, caaRecords);
    QFETCH(QList<ExtendedDnsError>, expected);
    QFETCH(bool, optionsMalformed);

    const ParseResult p = parseMessage(reply);
    QVERIFY2(p.ok(), qPrintable(describeParseError(p.error, p.errorOffset)));
    QCOMPARE(p.message.extendedErrors, expected);
    QCOMPARE(p.message.ednsOptionsMalformed, optionsMalformed);

    const LookupResult r = interpretReply("caa.test", Type::CAA, 0x1234, reply);
    QCOMPARE(lookupStatusName(r.status), QStringLiteral("answered"));
    QCOMPARE(r.rcode, rcode);
    QCOMPARE(r.caa.size(), caaRecords);
    QCOMPARE(r.extendedErrors, expected);
}

void TestDnsMessage::extendedErrorNames_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("text");
    QTest::newRow("0") << 0 << "Other Error" << "Other Error (0): why";
    QTest::newRow("6") << 6 << "DNSSEC Bogus" << "DNSSEC Bogus (6): why";
    QTest::newRow("22") << 22 << "No Reachable Authority" << "No Reachable Authority (22): why";
    QTest::newRow("30, the last registered") << 30 << "Invalid Query Type" << "Invalid Query Type (30): why";
    QTest::newRow("31, unassigned") << 31 << "Unassigned" << "Unassigned (31): why";
    QTest::newRow("49152, private use") << 49152 << "Private Use" << "Private Use (49152): why";
}

void TestDnsMessage::extendedErrorNames()
{
    QFETCH(int, code);
    QFETCH(QString, name);
    QFETCH(QString, text);
    QCOMPARE(extendedErrorName(code), name);
    QCOMPARE(extendedErrorText({quint16(code), QStringLiteral("why")}), text);
    QCOMPARE(extendedErrorCode(name), code <= 30 ? code : -1);
}

// The counters are the last 20 octets of the SOA RDATA, whatever its (compressed) names.
void TestDnsMessage::soaCountersFromTheEnd()
{
    ResourceRecord soa;
    soa.type = Type::SOA;
    soa.rdata = bytes({0xC0, 0x0C, 0xC0, 0x0C,        // MNAME, RNAME: compression pointers
                       0x78, 0xC4, 0x3E, 0x5A,        // SERIAL 2026126938
                       0, 0, 0x0E, 0x10,              // REFRESH 3600
                       0, 0, 0x02, 0x58,              // RETRY 600
                       0, 0x01, 0x51, 0x80,           // EXPIRE 86400
                       0, 0, 0x01, 0x2C});            // MINIMUM 300
    const std::optional<SoaCounters> c = soaCounters(soa);
    QVERIFY(c);
    QCOMPARE(c->serial, 2026126938u);
    QCOMPARE(c->refresh, 3600u);
    QCOMPARE(c->retry, 600u);
    QCOMPARE(c->expire, 86400u);
    QCOMPARE(c->minimum, 300u);
    soa.rdata.chop(3);
    QVERIFY(!soaCounters(soa)); // too short for two names and five counters
    soa.type = Type::CAA;
    QVERIFY(!soaCounters(soa));
}

void TestDnsMessage::headerBits()
{
    // AD=1 (0x20) and AA=1 (0x04) are surfaced.
    const QByteArray reply = header(0xA0, 0, 0, 0, 1, 0x1234, 0x85) + questionCaaTest();
    const LookupResult r = interpretReply("caa.test", Type::CAA, 0x1234, reply);
    QCOMPARE(r.status, LookupStatus::Answered);
    QVERIFY(r.authenticated);
    QVERIFY(r.authoritative);

    // EDNS OPT with extended RCODE 1 → BADVERS (16) (RFC 6891 §6.1.3).
    const QByteArray withOpt = header(0x80, 0, 0, 1) + questionCaaTest()
                               + bytes({0,                  // root owner
                                        0x00, 0x29,         // TYPE41 OPT
                                        0x04, 0xD0,         // UDP payload 1232
                                        0x01, 0x00, 0x80, 0x00, // ext-RCODE 1, version 0, DO=1
                                        0, 0});             // RDLENGTH 0
    const ParseResult p = parseMessage(withOpt);
    QVERIFY(p.ok());
    QVERIFY(p.message.hasEdns);
    QCOMPARE(p.message.ednsUdpSize, quint16(1232));
    QVERIFY(p.message.ednsDo);
    QCOMPARE(p.message.rcode, 16);
    QCOMPARE(rcodeName(p.message.rcode), QStringLiteral("BADVERS"));
}

void TestDnsMessage::malformed_data()
{
    QTest::addColumn<QByteArray>("packet");
    QTest::addColumn<ParseError>("error");

    QTest::newRow("empty packet") << QByteArray() << ParseError::TooShort;
    QTest::newRow("11-octet header") << header(0x80, 0).left(11) << ParseError::TooShort;
    QTest::newRow("question cut short") << header(0x80, 0) + questionCaaTest().left(7) << ParseError::Truncated;
    QTest::newRow("answer count larger than the answers") << header(0x80, 2) + questionCaaTest()
                                                                 + caaAnswerAtQname(0, "issue", "x")
                                                          << ParseError::Truncated;
    QTest::newRow("compression pointer to itself (loop)")
        << header(0x80, 0) + bytes({0xC0, 12, 0x01, 0x01, 0x00, 0x01}) << ParseError::PointerLoop;
    QTest::newRow("compression pointer forward (loop guard)")
        << header(0x80, 0) + bytes({0xC0, 20, 0x01, 0x01, 0x00, 0x01, 0, 0, 1, 'a', 0}) << ParseError::PointerLoop;
    QTest::newRow("compression pointer past the end")
        << header(0x80, 0) + bytes({0xC0, 0xFF, 0x01, 0x01, 0x00, 0x01}) << ParseError::PointerOutOfRange;
    QTest::newRow("reserved label type 0x40")
        << header(0x80, 0) + bytes({0x41, 'a', 0, 0x01, 0x01, 0x00, 0x01}) << ParseError::BadLabel;
    QTest::newRow("RDLENGTH past the end")
        << header(0x80, 1) + questionCaaTest() + bytes({0xC0, 0x0C, 0x01, 0x01, 0x00, 0x01, 0, 0, 0, 60, 0x01, 0x00, 0, 5})
        << ParseError::Truncated;
    QTest::newRow("CNAME target runs past RDLENGTH")
        << header(0x80, 1) + questionCaaTest()
               + bytes({0xC0, 0x0C, 0x00, 0x05, 0x00, 0x01, 0, 0, 0, 60, // CNAME IN TTL
                        0, 2,                                            // RDLENGTH 2 …
                        1, 't', 0xC0, 0x0C})                             // … but the name is 4 octets
        << ParseError::BadRdata;
    QTest::newRow("name longer than 255 octets")
        << header(0x80, 0) + [] {
               QByteArray n;
               for (int i = 0; i < 5; ++i)
                   n += char(63) + QByteArray(63, 'a'); // 5 × 64 = 320 octets
               return n + bytes({0, 0x01, 0x01, 0x00, 0x01});
           }()
        << ParseError::NameTooLong;
    QTest::newRow("trailing octets after the last record")
        << header(0x80, 0) + questionCaaTest() + bytes({0xDE, 0xAD}) << ParseError::TrailingData;
}

void TestDnsMessage::malformed()
{
    QFETCH(QByteArray, packet);
    QFETCH(ParseError, error);
    const ParseResult p = parseMessage(packet);
    QCOMPARE(p.error, error);
    QVERIFY(!describeParseError(p.error, p.errorOffset).isEmpty());

    const LookupResult r = interpretReply("caa.test", Type::CAA, 0x1234, packet);
    QCOMPARE(r.status, LookupStatus::Malformed);
}

void TestDnsMessage::nameHelpers_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("ancestor");
    QTest::addColumn<bool>("equal");
    QTest::addColumn<bool>("below");

    QTest::newRow("same name, other case") << text("WWW.Example.COM") << text("www.example.com") << true << true;
    QTest::newRow("trailing dot ignored") << text("example.com.") << text("example.com") << true << true;
    QTest::newRow("child") << text("a.b.example.com") << text("example.com") << false << true;
    QTest::newRow("not a label boundary") << text("badexample.com") << text("example.com") << false << false;
    QTest::newRow("parent is not below child") << text("example.com") << text("a.example.com") << false << false;
    QTest::newRow("escaped dot is inside a label, not a boundary") << text("a\\.example.com") << text("example.com") << false << false;
    QTest::newRow("escaped-dot label below its parent") << text("a\\.example.com") << text("com") << false << true;
    QTest::newRow("everything is below the root") << text("example.com") << text(".") << false << true;
}

void TestDnsMessage::nameHelpers()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, ancestor);
    QFETCH(bool, equal);
    QFETCH(bool, below);
    QCOMPARE(namesEqual(name, ancestor), equal);
    QCOMPARE(isSubdomainOf(name, ancestor), below);
}

// RFC 1035 §5.1: the escaping shared by DNS replies and zone files.
void TestDnsMessage::labelPresentation_data()
{
    QTest::addColumn<QByteArray>("label");
    QTest::addColumn<QByteArray>("presentation");

    QTest::newRow("letters, digits, hyphen, underscore, star") << text("Ab-9_*") << text("Ab-9_*");
    QTest::newRow("other printable bytes stay literal") << text("a+b=c") << text("a+b=c");
    QTest::newRow("dot") << text("a.b") << text("a\\.b");
    QTest::newRow("backslash") << text("a\\b") << text("a\\\\b");
    QTest::newRow("zone-file specials") << text("\"; ()@$") << text("\\\"\\;\\032\\(\\)\\@\\$");
    QTest::newRow("space and control byte") << QByteArray(" \x01", 2) << text("\\032\\001");
    QTest::newRow("high byte") << QByteArray("\xC3\xA9", 2) << text("\\195\\169");
    // Plain bytes are copied in runs: the runs before, between and after escapes all stay.
    QTest::newRow("runs around escapes") << QByteArray("ab.cd\x7F\x00" "ef", 9) << text("ab\\.cd\\127\\000ef");
    QTest::newRow("escape first and last") << text("$mid;") << text("\\$mid\\;");
    QTest::newRow("empty label") << QByteArray() << QByteArray();
}

void TestDnsMessage::labelPresentationAppends()
{
    QByteArray out("www.");
    const QByteArray label("ex;ample");
    appendLabelPresentation(out, reinterpret_cast<const uchar *>(label.constData()), int(label.size()));
    QCOMPARE(out, QByteArray("www.ex\\;ample"));
}

void TestDnsMessage::labelPresentation()
{
    QFETCH(QByteArray, label);
    QFETCH(QByteArray, presentation);
    QByteArray out;
    appendLabelPresentation(out, reinterpret_cast<const uchar *>(label.constData()), int(label.size()));
    QCOMPARE(out, presentation);
}

void TestDnsMessage::recordSetKeys_data()
{
    QTest::addColumn<QList<CaaAnswer>>("a");
    QTest::addColumn<QList<CaaAnswer>>("b");
    QTest::addColumn<bool>("withTtl");
    QTest::addColumn<bool>("sameKey");

    const CaaAnswer issue{"example.com", 300, {0, "issue", "ca.example"}};
    CaaAnswer otherTtl = issue;
    otherTtl.ttl = 299;
    QTest::newRow("equal lists") << QList<CaaAnswer>{issue, issue} << QList<CaaAnswer>{issue, issue} << true << true;
    QTest::newRow("another TTL, TTLs counted") << QList<CaaAnswer>{issue} << QList<CaaAnswer>{otherTtl} << true << false;
    QTest::newRow("another TTL, TTLs not counted") << QList<CaaAnswer>{issue} << QList<CaaAnswer>{otherTtl} << false << true;
    QTest::newRow("another owner") << QList<CaaAnswer>{issue} << QList<CaaAnswer>{{"policy.example.net", 300, {0, "issue", "ca.example"}}} << false
                                   << false;
    QTest::newRow("another flag") << QList<CaaAnswer>{issue} << QList<CaaAnswer>{{"example.com", 300, {128, "issue", "ca.example"}}} << false << false;
    // Lengths before bytes: a byte moved from one field to the next is another key.
    QTest::newRow("tag and value split elsewhere") << QList<CaaAnswer>{{"example.com", 300, {0, "issue", "ca"}}}
                                                   << QList<CaaAnswer>{{"example.com", 300, {0, "issu", "eca"}}} << false << false;
    QTest::newRow("one record against two") << QList<CaaAnswer>{issue} << QList<CaaAnswer>{issue, issue} << false << false;
    QTest::newRow("no records against one empty record") << QList<CaaAnswer>{} << QList<CaaAnswer>{{"", 0, {0, "", ""}}} << false << false;
    QTest::newRow("NUL and 0xFF octets kept") << QList<CaaAnswer>{{"example.com", 300, {0, "tbs", QByteArray("a\0b", 3)}}}
                                              << QList<CaaAnswer>{{"example.com", 300, {0, "tbs", QByteArray("a\xff" "b", 3)}}} << false << false;
}

// Issue #18: the key a run's memos keep a record set under: equal exactly when the sets
// are, and appended after what the key holds already.
void TestDnsMessage::recordSetKeys()
{
    QFETCH(const QList<CaaAnswer>, a);
    QFETCH(const QList<CaaAnswer>, b);
    QFETCH(const bool, withTtl);
    QFETCH(const bool, sameKey);
    const WithTtl ttl = withTtl ? WithTtl::Yes : WithTtl::No;
    QByteArray keyA = "prefix";
    appendRecordSetKey(keyA, a, ttl);
    QByteArray keyB = "prefix";
    appendRecordSetKey(keyB, b, ttl);
    QVERIFY(keyA.startsWith("prefix"));
    QCOMPARE(keyA == keyB, sameKey);
    // The same list always gives the same key.
    QByteArray again = "prefix";
    appendRecordSetKey(again, a, ttl);
    QCOMPARE(again, keyA);
    // With the level asked in front: equal levels keep the answer, another level (or
    // the same bytes split otherwise between level and records) gives another key.
    QCOMPARE(levelRecordSetKey("www.example.com", a, ttl) == levelRecordSetKey("www.example.com", b, ttl), sameKey);
    QVERIFY(levelRecordSetKey("www.example.com", a, ttl) != levelRecordSetKey("example.com", a, ttl));
    QVERIFY(levelRecordSetKey("", a, ttl) != levelRecordSetKey(QByteArray(4, '\0'), a, ttl));
}

void TestDnsMessage::peekQuestion_data()
{
    QTest::addColumn<QByteArray>("packet");
    QTest::addColumn<bool>("readable");   // peekQuestion() returns a value
    QTest::addColumn<bool>("parses");     // parseMessage() reads the whole packet
    QTest::addColumn<QByteArray>("qname");

    const QByteArray answer = header(0x80, 1) + questionCaaTest() + caaAnswerAtQname(0, "issue", "ca.example");
    QTest::newRow("answer") << answer << true << true << text("caa.test");
    QTest::newRow("truncated reply, TC=1") << header(0x80, 0, 0, 0, 1, 0x1234, 0x83) + questionCaaTest() << true << true
                                          << text("caa.test");
    // The records after the question are not read: a broken answer leaves the question.
    QTest::newRow("answer cut short") << answer.left(answer.size() - 3) << true << false << text("caa.test");
    QTest::newRow("two questions: the first") << header(0x80, 0, 0, 0, 2) + questionCaaTest() + questionCaaTest()
                                              << true << true << text("caa.test");
    QTest::newRow("no question") << header(0x80, 0, 0, 0, 0) << false << true << QByteArray();
    QTest::newRow("question cut in its type") << header(0x80, 0) + questionCaaTest().left(12) << false << false
                                              << QByteArray();
    QTest::newRow("shorter than a header") << header(0x80, 0).left(11) << false << false << QByteArray();
    QTest::newRow("question name points forward") // to offset 14
        << header(0x80, 0) + bytes({0xC0, 0x0E, 0x01, 0x01, 0x00, 0x01}) << false << false << QByteArray();
}

void TestDnsMessage::peekQuestion()
{
    QFETCH(QByteArray, packet);
    QFETCH(bool, readable);
    QFETCH(bool, parses);
    QFETCH(QByteArray, qname);

    const std::optional<QuestionPeek> peek = Caa::Dns::peekQuestion(packet);
    QCOMPARE(peek.has_value(), readable);
    const ParseResult full = parseMessage(packet);
    QCOMPARE(full.ok(), parses);
    if (!peek)
        return;
    QCOMPARE(peek->question.name, qname);
    QCOMPARE(peek->question.type, Type::CAA);
    QCOMPARE(peek->question.rrClass, ClassIN);
    // The same header and first question as the whole reading, wherever that one ends.
    QCOMPARE(peek->header, full.message.header);
    QVERIFY(!full.message.questions.isEmpty());
    QCOMPARE(peek->question, full.message.questions.first());
}

QTEST_APPLESS_MAIN(TestDnsMessage)
#include "tst_dnsmessage.moc"
