// caresCertainlyParses(): the resolver's quick answer to "can c-ares 1.34 read this
// datagram?". It may say no where c-ares reads; it must never say yes where c-ares
// refuses (c-ares would then drop the connection and send its queries again). The table
// states the rules on every platform; where c-ares has its own parser (1.22 and later),
// every row and a large set of damaged copies of real replies are also put to
// ares_dns_parse() itself.
#include "dns/aresresolver.h"
#include "dns/caresparsecheck.h"

#include <QRandomGenerator>
#include <QTest>

#include "wirebytes.h"

using namespace Caa::Dns;

namespace {

// ID 0x1234, QR=1 RD=1 RA=1, opcode as given, the counts.
QByteArray header(int qd, int an, int ns = 0, int ar = 0, int opcode = 0)
{
    return u16(0x1234) + bytes({0x81 | (opcode << 3), 0x80}) + u16(qd) + u16(an) + u16(ns) + u16(ar);
}

// "caa.test CAA IN" at offset 12: 0xC00C points to the name.
QByteArray question(int type = 257, int rrClass = 1) { return wireName("caa.test") + u16(type) + u16(rrClass); }

QByteArray rr(const QByteArray &owner, int type, const QByteArray &rdata, int rrClass = 1)
{
    return owner + u16(type) + u16(rrClass) + bytes({0, 0, 0x0E, 0x10}) + u16(int(rdata.size())) + rdata;
}

const QByteArray atQname = bytes({0xC0, 0x0C});

QByteArray caa(const QByteArray &tag, const QByteArray &value, int flags = 0)
{
    return char(flags) + (char(tag.size()) + tag) + value;
}

QByteArray soa() { return wireName("ns.test") + bytes({0xC0, 0x10}) /* test. */ + QByteArray(20, '\1'); }

QByteArray opt(const QByteArray &options) { return rr(bytes({0}), 41, options, 1232); }

QByteArray ede(int code, const QByteArray &text) { return u16(15) + u16(2 + int(text.size())) + u16(code) + text; }

// A root question, an unknown-type record whose RDATA is a chain of pointers each to
// the one before (the first to the root name at 12), and a record owned by a pointer to
// the chain's end: its owner name takes `pointers` jumps to read.
QByteArray pointerChain(int pointers)
{
    const QByteArray head = header(1, 2) + bytes({0}) + u16(257) + u16(1);
    const int rdataAt = int(head.size()) + 1 + 10;
    QByteArray chain = u16(0xC000 | 12);
    for (int i = 1; i < pointers - 1; ++i)
        chain += u16(0xC000 | (rdataAt + 2 * (i - 1)));
    return head + rr(bytes({0}), 65280, chain) + rr(u16(0xC000 | (rdataAt + 2 * (pointers - 2))), 65280, QByteArray());
}

// Replies of the shapes a bulk run meets, all of which the walk must decide by itself.
QList<std::pair<const char *, QByteArray>> realReplies()
{
    const QByteArray q = question();
    return {
        {"CAA answer", header(1, 1) + q + rr(atQname, 257, caa("issue", "letsencrypt.org"))},
        {"CAA answer with EDNS", header(1, 2, 0, 1) + q + rr(atQname, 257, caa("issue", "letsencrypt.org"))
                                     + rr(atQname, 257, caa("iodef", "mailto:security@caa.test", 128))
                                     + opt(QByteArray())},
        {"NODATA with SOA", header(1, 0, 1, 1) + q + rr(bytes({0xC0, 0x10}), 6, soa()) + opt(QByteArray())},
        {"NXDOMAIN with SOA and signatures", header(1, 0, 2, 1) + q + rr(bytes({0xC0, 0x10}), 6, soa())
                                                 + rr(bytes({0xC0, 0x10}), 46, QByteArray(40, '\x5A'))
                                                 + opt(ede(6, "signature expired"))},
        {"CNAME then CAA", header(1, 2) + q + rr(atQname, 5, wireName("target.example"))
                               + rr(bytes({0xC0, 0x26}), 257, caa("issuewild", ";"))},
        {"DNAME and synthesised CNAME", header(1, 2) + q + rr(bytes({0xC0, 0x10}), 39, wireName("other.example"))
                                            + rr(atQname, 5, wireName("caa.other.example"))},
        {"SERVFAIL with EDE", header(1, 0, 0, 1) + q + opt(ede(22, "no reachable authority"))},
        {"truncated, no records", header(1, 0) + q},
    };
}

} // namespace

class TestCaresParseCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void realRepliesNeedNoParse();
    void neverYesWhereCaresRefuses();
};

void TestCaresParseCheck::rules_data()
{
    QTest::addColumn<QByteArray>("packet");
    QTest::addColumn<bool>("certain");

    const QByteArray q = question();
    for (const auto &[name, packet] : realReplies())
        QTest::newRow(name) << packet << true;

    // Header and question.
    QTest::newRow("shorter than a header") << header(1, 0).left(11) << false;
    QTest::newRow("no question (c-ares needs one)") << header(0, 0) << false;
    QTest::newRow("two questions (c-ares takes one)") << header(2, 0) + q + q << false;
    QTest::newRow("opcode 3 (unassigned)") << header(1, 0, 0, 0, 3) + q << false;
    QTest::newRow("opcode 6 (DSO, unknown to c-ares)") << header(1, 0, 0, 0, 6) + q << false;
    QTest::newRow("opcode 5 (UPDATE)") << header(1, 0, 0, 0, 5) + q << true;
    QTest::newRow("question of class CH: left to c-ares") << header(1, 0) + question(257, 3) << false;
    QTest::newRow("question cut in its class") << header(1, 0) + q.left(q.size() - 1) << false;
    QTest::newRow("trailing octet: left to c-ares") << header(1, 0) + q + bytes({0}) << false;

    // Names (ares_dns_name_parse()).
    QTest::newRow("pointer forward") << header(1, 0) + bytes({0xC0, 0x0E, 0x00, 0x01, 0x01, 0x00, 0x01}) << false;
    QTest::newRow("pointer to itself") << header(1, 1) + q + rr(bytes({0xC0, 0x1A}), 257, caa("issue", "x")) << false;
    QTest::newRow("pointer into the answer's own name")
        << header(1, 1) + q + rr(bytes({1, 'a', 0xC0, 0x1A}), 257, caa("issue", "x")) << false;
    QTest::newRow("label type 01 (reserved)") << header(1, 0) + bytes({0x41, 0}) + u16(257) + u16(1) << false;
    QTest::newRow("label type 10 (reserved)") << header(1, 0) + bytes({0x81, 0}) + u16(257) + u16(1) << false;
    QTest::newRow("label past the end") << header(1, 0) + bytes({5, 'a', 'b'}) << false;
    QByteArray longName;
    for (int i = 0; i < 5; ++i)
        longName += char(63) + QByteArray(63, 'a');
    // Up to 1.34.6 any length reads; 1.34.7 and later refuse more than 255 octets of labels and
    // dots, and more than 128 pointers in one name.
    QTest::newRow("name of 5 x 63 octets") << header(1, 0) + longName + char(0) + u16(257) + u16(1) << false;
    QTest::newRow("name of 255 octets with its dots")
        << header(1, 0) + longName.left(4 * 64) + char(0) + u16(257) + u16(1) << true;
    QTest::newRow("name of 256 octets with its dots")
        << header(1, 0) + longName.left(3 * 64) + char(62) + QByteArray(62, 'a') + char(1) + 'a' + char(0) + u16(257)
               + u16(1)
        << false;
    QTest::newRow("128 pointers in one name") << pointerChain(128) << true;
    QTest::newRow("129 pointers in one name") << pointerChain(129) << false;
    QTest::newRow("bytes outside printable ASCII in a label")
        << header(1, 0) + bytes({3, 0x00, 0xFF, '.', 0}) + u16(257) + u16(1) << true;

    // Records (ares_dns_parse_rr() and the per-type readers).
    QTest::newRow("RDLENGTH past the end") << header(1, 1) + q + rr(atQname, 257, caa("issue", "x")).chopped(1) << false;
    QTest::newRow("fewer records than counted") << header(1, 2) + q + rr(atQname, 257, caa("issue", "x")) << false;
    QTest::newRow("CAA: empty value (c-ares refuses it)") << header(1, 1) + q + rr(atQname, 257, caa("issue", "")) << false;
    QTest::newRow("CAA: empty tag") << header(1, 1) + q + rr(atQname, 257, caa("", "x")) << false;
    QTest::newRow("CAA: tag longer than the RDATA")
        << header(1, 1) + q + rr(atQname, 257, bytes({0, 9, 'i', 's', 's', 'u', 'e'})) << false;
    QTest::newRow("CAA: control byte in the tag") << header(1, 1) + q + rr(atQname, 257, caa("is\x01ue", "x")) << false;
    QTest::newRow("CAA: NUL in the tag") << header(1, 1) + q + rr(atQname, 257, caa(QByteArray("\0a", 2), "x")) << false;
    QTest::newRow("CAA: DEL in the tag") << header(1, 1) + q + rr(atQname, 257, caa("a\x7F", "x")) << false;
    QTest::newRow("CAA: tag of 255 printable octets") << header(1, 1) + q + rr(atQname, 257, caa(QByteArray(255, 'a'), "x"))
                                                    << true;
    QTest::newRow("CAA: value with any octets") << header(1, 1) + q + rr(atQname, 257, caa("issue", QByteArray("\0\xFF", 2)))
                                              << true;
    QTest::newRow("CAA: only the flags octet") << header(1, 1) + q + rr(atQname, 257, bytes({0})) << false;
    QTest::newRow("CAA of class CH: left to c-ares") << header(1, 1) + q + rr(atQname, 257, caa("issue", "x"), 3) << false;
    QTest::newRow("CNAME target past RDLENGTH")
        << header(1, 2) + q + rr(atQname, 5, bytes({1, 'a'})) + rr(atQname, 257, caa("issue", "x")) << false;
    QTest::newRow("CNAME target shorter than RDLENGTH (c-ares skips the rest)")
        << header(1, 1) + q + rr(atQname, 5, wireName("a.example") + bytes({0xAA})) << true;
    QTest::newRow("SOA counters cut short") << header(1, 0, 1) + q + rr(bytes({0xC0, 0x10}), 6, soa().chopped(1)) << false;
    QTest::newRow("OPT: option header cut") << header(1, 0, 0, 1) + q + opt(bytes({0, 15, 0})) << false;
    QTest::newRow("OPT: option longer than the RDATA") << header(1, 0, 0, 1) + q + opt(u16(15) + u16(9) + u16(6)) << false;
    QTest::newRow("OPT: any class (it is the UDP size)") << header(1, 0, 0, 1) + q + rr(bytes({0}), 41, QByteArray(), 65535)
                                                       << true;
    QTest::newRow("RRSIG of class NONE: raw to c-ares") << header(1, 1) + q + rr(atQname, 46, QByteArray(3, 'x'), 254) << true;
    QTest::newRow("empty RDATA of an unknown type") << header(1, 1) + q + rr(atQname, 65280, QByteArray()) << true;
    QTest::newRow("A record: left to c-ares") << header(1, 1) + q + rr(atQname, 1, bytes({127, 0, 0, 1})) << false;
    QTest::newRow("TXT record: left to c-ares") << header(1, 1) + q + rr(atQname, 16, bytes({1, 'x'})) << false;
    QTest::newRow("ANY as a record type (c-ares refuses)") << header(1, 1) + q + rr(atQname, 255, QByteArray()) << false;
}

void TestCaresParseCheck::rules()
{
    QFETCH(QByteArray, packet);
    QFETCH(bool, certain);
    QCOMPARE(caresCertainlyParses(reinterpret_cast<const uchar *>(packet.constData()), packet.size()), certain);
    const std::optional<bool> cares = AresResolver::caresParserReads(packet);
    if (certain && cares)
        QVERIFY2(*cares, "c-ares refuses a packet the walk was certain of");
}

// The point of the walk: the replies a bulk run gets are decided without c-ares's parser.
void TestCaresParseCheck::realRepliesNeedNoParse()
{
    for (const auto &[name, packet] : realReplies()) {
        QVERIFY2(caresCertainlyParses(reinterpret_cast<const uchar *>(packet.constData()), packet.size()), name);
        if (const std::optional<bool> cares = AresResolver::caresParserReads(packet))
            QVERIFY2(*cares, name);
    }
}

// Damaged copies of the real replies: every octet set to telling values, every length
// cut, and random changes of one to four octets. Wherever the walk is certain, c-ares
// must read the packet.
void TestCaresParseCheck::neverYesWhereCaresRefuses()
{
    if (!AresResolver::caresParserReads(QByteArray(12, '\0')).has_value())
        QSKIP("This c-ares (before 1.22) has no parser of its own to compare with.");
    int tried = 0;
    int certain = 0;
    int refused = 0;
    auto check = [&](const QByteArray &packet, const char *base) {
        ++tried;
        if (!caresCertainlyParses(reinterpret_cast<const uchar *>(packet.constData()), packet.size()))
            return;
        ++certain;
        if (*AresResolver::caresParserReads(packet))
            return;
        ++refused;
        qWarning("walk certain, c-ares refuses (from \"%s\"): %s", base, packet.toHex(' ').constData());
    };
    QRandomGenerator random(18); // fixed: the same packets every run
    const int telling[] = {0x00, 0x01, 0x02, 0x0C, 0x20, 0x3F, 0x40, 0x7E, 0x7F, 0x80, 0xC0, 0xC1, 0xFF};
    for (const auto &[name, base] : realReplies()) {
        for (qsizetype i = 0; i < base.size(); ++i) {
            for (const int value : telling) {
                QByteArray packet = base;
                packet[i] = char(value);
                check(packet, name);
            }
            QByteArray nudged = base;
            nudged[i] = char(uchar(base[i]) + 1);
            check(nudged, name);
            nudged[i] = char(uchar(base[i]) - 1);
            check(nudged, name);
            check(base.left(i), name);
        }
        for (int n = 0; n < 20000; ++n) {
            QByteArray packet = base;
            const int changes = 1 + int(random.bounded(4));
            for (int c = 0; c < changes; ++c)
                packet[random.bounded(int(base.size()))] = char(random.bounded(256));
            check(packet, name);
        }
    }
    qInfo("%d damaged packets, %d of them called readable by the walk; c-ares refused %d of those", tried, certain,
          refused);
    QVERIFY(certain > 1000); // the comparison compared something
    QCOMPARE(refused, 0);
}

QTEST_APPLESS_MAIN(TestCaresParseCheck)
#include "tst_caresparsecheck.moc"
