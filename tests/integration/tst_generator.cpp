// The generator against real zone parsers and servers: 43 policies with nasty values
// through every zone writer, checked by named-checkzone (BIND), kzonecheck (Knot) and
// ldns-read-zone (ldns), compiled by tinydns-data and served by dnsmasq; the RDATA they
// read back must equal the policy's bytes. Plus import → export round trips.
#include "caa/caarecord.h"
#include "dns/aresresolver.h"
#include "generator/writers.h"
#include "generator/zonereader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include "loopback.h"

#include <unistd.h>

using namespace Caa;

namespace {

struct NamedPolicy
{
    QString title;
    CaaPolicy policy;
};

QByteArray bytes(std::initializer_list<int> octets)
{
    QByteArray out;
    for (int o : octets)
        out += char(o);
    return out;
}

QList<NamedPolicy> nastyPolicies()
{
    QList<NamedPolicy> list;
    int n = 0;
    auto add = [&](const char *title, QList<CaaRecord> records, quint32 ttl = 3600) {
        ++n;
        list.append({QString::fromUtf8(title), {QByteArrayLiteral("p") + QByteArray::number(n) + ".gen.test", ttl, records}});
    };
    add("one issuer", {{0, "issue", "letsencrypt.org"}});
    add("deny all: issue ';'", {{0, "issue", ";"}});
    add("empty value", {{0, "issue", ""}});
    add("double quote", {{0, "issue", "a\"b"}});
    add("backslash", {{0, "issue", "a\\b"}});
    add("value ending in a backslash", {{0, "tbs", "abc\\"}});
    add("backslash before digits", {{0, "tbs", "\\0123"}});
    add("semicolons and parameters", {{0, "issue", "ca.example; accounturi=https://acme.example/acct/1; validationmethods=dns-01,http-01"}});
    add("semicolon mid-value", {{0, "tbs", "a ; b ; c"}});
    add("tab", {{0, "issue", "ca.example;\taccounturi=x"}});
    add("newline and carriage return", {{0, "tbs", "line1\r\nline2\n"}});
    add("NUL octet", {{0, "tbs", bytes({'a', 0, 'b'})}});
    add("DEL and 0xFF", {{0, "tbs", bytes({0x7F, 0xFF, 0x80})}});
    add("UTF-8 text", {{0, "tbs", "B\xc3\xbc" "cher \xe2\x9c\x93"}});
    // U+0080 and U+009F (C1 controls: YAML must escape them), U+2028 (a line end for older
    // JavaScript), U+FEFF.
    add("C1 controls and U+2028 as UTF-8", {{0, "tbs", "a\xc2\x80" "b\xc2\x9f" "c\xe2\x80\xa8" "d\xef\xbb\xbf" "e"}});
    add("only spaces", {{0, "tbs", "   "}});
    add("leading and trailing spaces", {{0, "issue", "  ca.example  "}});
    add("parentheses and braces", {{0, "tbs", "(a) {b} [c]"}});
    add("zone-file specials $ @ ; #", {{0, "tbs", "$ORIGIN @ ; # *"}});
    add("255-octet value", {{0, "tbs", QByteArray(255, 'v')}});
    add("256-octet value", {{0, "tbs", QByteArray(256, 'w')}});
    add("1000-octet value", {{0, "tbs", QByteArray(1000, 'x')}});
    add("every registered tag",
        {{0, "issue", "ca.example"}, {0, "issuewild", "ca.example"}, {0, "iodef", "mailto:security@example.com"},
         {0, "issuemail", "ca.example"}, {0, "issuevmc", "ca.example"}, {0, "contactemail", "hostmaster@example.com"},
         {0, "contactphone", "+1 555 0100"}});
    add("flags 0, 128, 1, 255", {{0, "issue", "a.example"}, {128, "issue", "b.example"}, {1, "issue", "c.example"}, {255, "tbs", "d"}});
    add("reserved flag bits", {{2, "tbs", "x"}, {64, "tbs", "y"}, {127, "tbs", "z"}});
    add("unknown tag", {{0, "unknownprop", "x"}});
    add("25-character tag", {{0, "abcdefghijklmnopqrstuvwxy", "x"}});
    add("upper-case tag", {{0, "ISSUE", "ca.example"}});
    add("mixed-case tag", {{128, "IsSuEwIlD", "ca.example"}});
    add("tag with digits", {{0, "tag123", "x"}});
    add("any CA for names, nobody for wildcards", {{0, "issuewild", ";"}});
    add("several iodef", {{0, "iodef", "mailto:a@example.com"}, {0, "iodef", "https://example.com/caa"}, {0, "iodef", "mailto:b@example.com"}});
    add("critical iodef", {{128, "iodef", "mailto:a@example.com"}, {0, "issue", "ca.example"}});
    add("TTL 0", {{0, "issue", "ca.example"}}, 0);
    add("TTL 2147483647", {{0, "issue", "ca.example"}}, 2147483647);
    add("upper-case issuer kept", {{0, "issue", "LetsEncrypt.org"}});
    add("CA name in the value", {{0, "issue", "Let's Encrypt"}});
    add("many records", [] {
        QList<CaaRecord> r;
        for (int i = 0; i < 20; ++i)
            r.append({0, "issue", "ca-" + QByteArray::number(i) + ".example"});
        return r;
    }());
    add("all control characters", [] {
        QByteArray v;
        for (int c = 1; c < 0x20; ++c)
            v += char(c);
        return QList<CaaRecord>{{0, "tbs", v}};
    }());
    add("every high octet", [] {
        QByteArray v;
        for (int c = 0x80; c <= 0xFF; ++c)
            v += char(c);
        return QList<CaaRecord>{{0, "tbs", v}};
    }());
    add("quoted quote only", {{0, "tbs", "\""}});
    add("colon (tinydns field separator)", {{0, "tbs", "a:b::c"}});
    add("issuemail and issuevmc deny-all", {{0, "issuemail", ";"}, {0, "issuevmc", ";"}, {0, "issue", "ca.example"}});
    add("parameters without spaces", {{0, "issue", "ca.example;accounturi=https://acme.example/acct/1;validationmethods=dns-01"}});
    add("tag with a hyphen (BIND refuses)", {{128, "is-sue", "ca.example"}});
    add("tag with an underscore (BIND refuses)", {{0, "a_b", "x"}});
    return list;
}

bool bindAccepts(const CaaPolicy &p)
{
    return std::all_of(p.records.begin(), p.records.end(), [](const CaaRecord &r) { return r.hasValidTagCharacters(); });
}

QString zoneHeader()
{
    return QStringLiteral("$ORIGIN gen.test.\n@ 3600 IN SOA ns.gen.test. hostmaster.gen.test. 1 3600 600 86400 300\n"
                          "@ 3600 IN NS ns.gen.test.\nns 3600 IN A 127.0.0.1\n");
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
};

Run run(const QString &program, const QStringList &args, const QString &dir = QString())
{
    QProcess p;
    if (!dir.isEmpty())
        p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(5000) || !p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAll();
    return r;
}

using RdataSet = QMap<QByteArray, QList<QByteArray>>; // owner → sorted RDATA list

RdataSet expected(const QList<NamedPolicy> &policies)
{
    RdataSet set;
    for (const NamedPolicy &p : policies) {
        QList<QByteArray> rdata;
        for (const CaaRecord &r : p.policy.records)
            rdata << encodeCaaRdata(r);
        std::sort(rdata.begin(), rdata.end());
        set.insert(p.policy.owner, rdata);
    }
    return set;
}

RdataSet fromZone(const ZoneText &zone)
{
    RdataSet set;
    for (const ZoneRecord &r : zone.records)
        if (r.type == 257)
            set[r.owner.toLower()] << r.rdata;
    for (auto &list : set)
        std::sort(list.begin(), list.end());
    return set;
}

// "p1.gen.test.  3600  IN  TYPE257  \# 17 0005…" lines from ldns-read-zone -u CAA.
RdataSet fromLdns(const QByteArray &output)
{
    RdataSet set;
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 6 || f[3] != "TYPE257" || f[4] != "\\#")
            continue;
        QByteArray owner = f[0].toLower();
        owner.chop(1);
        set[owner] << QByteArray::fromHex(f.mid(6).join());
    }
    for (auto &list : set)
        std::sort(list.begin(), list.end());
    return set;
}

// "answer: p1.gen.test 3600 257 \000\005issue…" from tinydns-get: octal escapes.
QByteArray unescapeTinydns(const QByteArray &text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 3 < text.size()) {
            out += char(text.mid(i + 1, 3).toInt(nullptr, 8));
            i += 3;
        } else {
            out += text[i];
        }
    }
    return out;
}

} // namespace

class TestGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bindAcceptedByThreeParsers_data();
    void bindAcceptedByThreeParsers();
    void rfc3597AcceptedByThreeParsers_data();
    void rfc3597AcceptedByThreeParsers();
    void tinydnsServesTheBytes_data();
    void tinydnsServesTheBytes();
    void dnsmasqServesTheBytes();
    void importExportRoundTrip_data();
    void importExportRoundTrip();
    void testZonesRoundTrip();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void rawOctetsReadAsBindAndLdnsReadThem();
    void octodnsReadByPyYaml_data();
    void octodnsReadByPyYaml();
    void dnscontrolRunByNode_data();
    void dnscontrolRunByNode();

private:
    void checkZoneFormat(ZoneFormat format);
    void checkReadBack(const QString &format, int index);
    void addPolicyRows();
    void addPolicyRowsAndEmpty();
    void checkToolReadBack(const CaaPolicy &p, const WriterOutput &written, const Run &tool, const QString &label);

    QTemporaryDir m_dir;
    QList<NamedPolicy> m_policies;
    QHash<QString, RdataSet> m_readBack; // "<format>/<tool>" → what the tool read
    QHash<QString, int> m_exit;
    QHash<QString, QByteArray> m_output;
};

void TestGenerator::initTestCase()
{
    m_policies = nastyPolicies();
    QVERIFY(std::count_if(m_policies.begin(), m_policies.end(), [](const NamedPolicy &p) { return bindAccepts(p.policy); }) >= 40);
    QVERIFY(m_dir.isValid());
    checkZoneFormat(ZoneFormat::Bind);
    checkZoneFormat(ZoneFormat::Rfc3597);

    // tinydns: compile the data file, then ask tinydns-get for each owner.
    const QString tiny = m_dir.filePath(QStringLiteral("tinydns"));
    QDir().mkpath(tiny);
    QString data = QStringLiteral(".gen.test:127.0.0.1:ns.gen.test:3600\n");
    for (const NamedPolicy &p : std::as_const(m_policies))
        data += writePolicy(p.policy, ZoneFormat::Tinydns).text;
    QFile f(tiny + QStringLiteral("/data"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data.toLatin1());
    f.close();
    const Run compiled = run(QStringLiteral("tinydns-data"), {}, tiny);
    QVERIFY2(compiled.exitCode == 0, compiled.out.constData());
    RdataSet tinySet;
    for (const NamedPolicy &p : std::as_const(m_policies)) {
        const Run got = run(QStringLiteral("tinydns-get"), {QStringLiteral("257"), QString::fromLatin1(p.policy.owner)}, tiny);
        for (const QByteArray &line : got.out.split('\n')) {
            const QByteArray prefix = "answer: " + p.policy.owner + ' ';
            if (!line.startsWith(prefix))
                continue;
            const QByteArray rest = line.mid(prefix.size());          // "3600 257 \000…"
            const qsizetype type = rest.indexOf(" 257 ");
            tinySet[p.policy.owner] << unescapeTinydns(rest.mid(type + 5));
        }
        std::sort(tinySet[p.policy.owner].begin(), tinySet[p.policy.owner].end());
    }
    m_readBack.insert(QStringLiteral("tinydns/tinydns-get"), tinySet);
}

void TestGenerator::checkZoneFormat(ZoneFormat format)
{
    // Zone "<format>": every policy BIND accepts; zone "<format>-oddtags": tags BIND refuses
    // (RFC 8659 §4.1 letters and digits only), which Knot and ldns must still read.
    for (const bool odd : {false, true}) {
        const QString name = zoneFormatName(format) + (odd ? QStringLiteral("-oddtags") : QString());
        QString zone = zoneHeader();
        for (const NamedPolicy &p : std::as_const(m_policies)) {
            if (bindAccepts(p.policy) == odd)
                continue;
            const WriterOutput w = writePolicy(p.policy, format);
            QVERIFY2(w.warnings.isEmpty() != odd, qPrintable(p.title + QStringLiteral(": ") + w.warnings.join(u'\n')));
            zone += w.text;
        }
        const QString path = m_dir.filePath(name + QStringLiteral(".zone"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(zone.toLatin1());
        f.close();

        const QString dump = m_dir.filePath(name + QStringLiteral(".dump"));
        const Run bind = run(QStringLiteral("named-checkzone"), {QStringLiteral("-D"), QStringLiteral("-o"), dump, QStringLiteral("gen.test"), path});
        m_exit.insert(name + QStringLiteral("/named-checkzone"), bind.exitCode);
        m_output.insert(name + QStringLiteral("/named-checkzone"), bind.out);
        QFile dumped(dump);
        if (!odd && dumped.open(QIODevice::ReadOnly))
            m_readBack.insert(name + QStringLiteral("/named-checkzone"), fromZone(parseZoneText(dumped.readAll(), "gen.test")));

        const Run knot = run(QStringLiteral("kzonecheck"), {QStringLiteral("-o"), QStringLiteral("gen.test."), path});
        m_exit.insert(name + QStringLiteral("/kzonecheck"), knot.exitCode);
        m_output.insert(name + QStringLiteral("/kzonecheck"), knot.out);

        const Run ldns = run(QStringLiteral("ldns-read-zone"), {QStringLiteral("-u"), QStringLiteral("CAA"), path});
        m_exit.insert(name + QStringLiteral("/ldns-read-zone"), ldns.exitCode);
        m_output.insert(name + QStringLiteral("/ldns-read-zone"), ldns.out);
        m_readBack.insert(name + QStringLiteral("/ldns-read-zone"), fromLdns(ldns.out));
    }
}

void TestGenerator::checkReadBack(const QString &format, int index)
{
    const CaaPolicy &p = m_policies[index].policy;
    const RdataSet want = expected({m_policies[index]});
    if (bindAccepts(p)) {
        for (const QString &tool : {QStringLiteral("named-checkzone"), QStringLiteral("kzonecheck"), QStringLiteral("ldns-read-zone")})
            QVERIFY2(m_exit.value(format + u'/' + tool) == 0, m_output.value(format + u'/' + tool).constData());
        QCOMPARE(m_readBack.value(format + QStringLiteral("/named-checkzone")).value(p.owner), want.value(p.owner));
        QCOMPARE(m_readBack.value(format + QStringLiteral("/ldns-read-zone")).value(p.owner), want.value(p.owner));
        return;
    }
    const QString odd = format + QStringLiteral("-oddtags");
    QVERIFY2(m_exit.value(odd + QStringLiteral("/named-checkzone")) != 0, "BIND refuses tags outside [A-Za-z0-9]");
    QVERIFY(m_output.value(odd + QStringLiteral("/named-checkzone")).contains("FORMERR"));
    QVERIFY2(m_exit.value(odd + QStringLiteral("/kzonecheck")) == 0, m_output.value(odd + QStringLiteral("/kzonecheck")).constData());
    QVERIFY2(m_exit.value(odd + QStringLiteral("/ldns-read-zone")) == 0, m_output.value(odd + QStringLiteral("/ldns-read-zone")).constData());
    QCOMPARE(m_readBack.value(odd + QStringLiteral("/ldns-read-zone")).value(p.owner), want.value(p.owner));
}

void TestGenerator::addPolicyRows()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < m_policies.size(); ++i)
        QTest::newRow(qPrintable(m_policies[i].title)) << i;
}

void TestGenerator::bindAcceptedByThreeParsers_data() { addPolicyRows(); }
void TestGenerator::rfc3597AcceptedByThreeParsers_data() { addPolicyRows(); }
void TestGenerator::tinydnsServesTheBytes_data() { addPolicyRows(); }
void TestGenerator::importExportRoundTrip_data() { addPolicyRows(); }
void TestGenerator::jsonRoundTrip_data() { addPolicyRows(); }

void TestGenerator::bindAcceptedByThreeParsers()
{
    QFETCH(int, index);
    checkReadBack(QStringLiteral("bind"), index);
}

void TestGenerator::rfc3597AcceptedByThreeParsers()
{
    QFETCH(int, index);
    checkReadBack(QStringLiteral("rfc3597"), index);
}

void TestGenerator::tinydnsServesTheBytes()
{
    QFETCH(int, index);
    const CaaPolicy &p = m_policies[index].policy;
    QCOMPARE(m_readBack.value(QStringLiteral("tinydns/tinydns-get")).value(p.owner), expected({m_policies[index]}).value(p.owner));
}

void TestGenerator::dnsmasqServesTheBytes()
{
    // dnsmasq serves the generated dns-rr lines on a loopback port; our resolver reads them.
    QString conf;
    QList<QByteArray> tooLong;
    for (const NamedPolicy &p : std::as_const(m_policies)) {
        const WriterOutput w = writePolicy(p.policy, ZoneFormat::Dnsmasq);
        conf += w.text;
        if (w.warnings.join(u' ').contains(QStringLiteral("over dnsmasq's limit")))
            tooLong << p.policy.owner;
    }
    QCOMPARE(tooLong.size(), 1); // only the 1000-octet value exceeds dnsmasq's 1024-character lines
    const QString confPath = m_dir.filePath(QStringLiteral("dnsmasq.conf"));
    QFile f(confPath);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(conf.toLatin1());
    f.close();
    const quint16 port = CaaTest::freeLoopbackPort();
    QProcess dnsmasq;
    dnsmasq.setProcessChannelMode(QProcess::MergedChannels);
    QStringList args{QStringLiteral("--keep-in-foreground"), QStringLiteral("--no-resolv"), QStringLiteral("--no-hosts"),
                     QStringLiteral("--port=%1").arg(port), QStringLiteral("--listen-address=127.0.0.1"), QStringLiteral("--bind-interfaces"),
                     QStringLiteral("--conf-file=") + confPath, QStringLiteral("--pid-file="), QStringLiteral("--log-facility=-")};
    if (getuid() == 0)
        args << QStringLiteral("--user=root");
    dnsmasq.start(QStringLiteral("dnsmasq"), args);
    QVERIFY(dnsmasq.waitForStarted(5000));
    QTest::qWait(300);
    QVERIFY2(dnsmasq.state() == QProcess::Running, dnsmasq.readAll().constData());

    Dns::AresResolver resolver({.servers = {{QStringLiteral("127.0.0.1"), false, port}}, .timeoutMs = 3000});
    QSignalSpy spy(&resolver, &Dns::AresResolver::finished);
    QHash<quint64, int> byTicket;
    for (int i = 0; i < m_policies.size(); ++i)
        byTicket.insert(resolver.lookup(m_policies[i].policy.owner), i);
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), int(m_policies.size()), 10000);
    for (const auto &args : std::as_const(spy)) {
        const NamedPolicy &p = m_policies[byTicket.value(args.at(0).toULongLong())];
        const auto result = args.at(1).value<Dns::LookupResult>();
        QVERIFY2(result.status == Dns::LookupStatus::Answered, qPrintable(p.title + u' ' + result.errorMessage));
        QList<QByteArray> got;
        for (const Dns::CaaAnswer &a : result.caa)
            got << encodeCaaRdata(a.record);
        std::sort(got.begin(), got.end());
        if (tooLong.contains(p.policy.owner))
            QVERIFY2(got.isEmpty(), "a record too long for dnsmasq is commented out, not half-written");
        else
            QVERIFY2(got == expected({p}).value(p.policy.owner), qPrintable(p.title));
    }
    dnsmasq.terminate();
    dnsmasq.waitForFinished(3000);
}

void TestGenerator::importExportRoundTrip()
{
    QFETCH(int, index);
    const CaaPolicy &p = m_policies[index].policy;
    for (const ZoneFormat format : {ZoneFormat::Bind, ZoneFormat::Rfc3597}) {
        const PolicyParse imported = importPolicyFromZoneText(writePolicy(p, format).text.toLatin1(), p.owner);
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        QCOMPARE(imported.policy, p); // same records, same order, same bytes, same TTL
        QCOMPARE(writePolicy(imported.policy, format).text, writePolicy(p, format).text);
    }
}

void TestGenerator::testZonesRoundTrip()
{
    // Every RRset served by the test bed survives import → export → import byte for byte.
    int rrsets = 0;
    const QStringList files = QDir(QStringLiteral(CAA_SOURCE_DIR "/tests/zones")).entryList({QStringLiteral("*.zone")});
    for (const QString &file : files) {
        const QString stem = file.chopped(5);
        const ZoneText zone = loadZoneFile(QStringLiteral(CAA_SOURCE_DIR "/tests/zones/") + file, stem == QStringLiteral("root") ? "." : stem.toLatin1());
        QVERIFY2(zone.ok(), qPrintable(zone.error));
        QList<QByteArray> owners;
        for (const ZoneRecord &r : zone.records)
            if (r.type == 257 && !owners.contains(r.owner))
                owners << r.owner;
        for (const QByteArray &owner : std::as_const(owners)) {
            QList<QByteArray> original;
            for (const ZoneRecord &r : zone.records)
                if (r.type == 257 && r.owner == owner)
                    original << r.rdata;
            if (std::any_of(original.begin(), original.end(), [](const QByteArray &rd) { return !parseCaaRdata(rd).ok(); }))
                continue; // badrdata.test: malformed on purpose, nothing to export
            const CaaPolicy policy = policyFromZone(zone, owner);
            const PolicyParse back = importPolicyFromZoneText(writePolicy(policy, ZoneFormat::Bind).text.toLatin1(), owner);
            QVERIFY2(back.ok(), qPrintable(back.error));
            QList<QByteArray> again;
            for (const CaaRecord &r : back.policy.records)
                again << encodeCaaRdata(r);
            QCOMPARE(again, original);
            ++rrsets;
        }
    }
    QVERIFY2(rrsets >= 60, QByteArray::number(rrsets).constData());
}

void TestGenerator::jsonRoundTrip()
{
    QFETCH(int, index);
    const CaaPolicy &p = m_policies[index].policy;
    const PolicyParse back = policyFromJsonBytes(writePolicy(p, ZoneFormat::Json).text.toUtf8());
    QVERIFY2(back.ok(), qPrintable(back.error));
    QCOMPARE(back.policy, p);
}

// The DNS-tool formats are read by the tools' own languages: octoDNS's YAML by PyYAML
// (Debian's python3-yaml, the parser octoDNS uses), dnscontrol's JavaScript by Node.js
// with stand-ins for D(), CAA(), CAA_BUILDER(), TTL() and CAA_CRITICAL that record what
// they are given (CAA_BUILDER expanded as dnscontrol documents it). Every record the
// writer did not warn about must come back with its exact bytes, flags and TTL.
void TestGenerator::addPolicyRowsAndEmpty()
{
    addPolicyRows();
    QTest::newRow("empty record set") << -1;
}

void TestGenerator::checkToolReadBack(const CaaPolicy &p, const WriterOutput &written, const Run &tool, const QString &label)
{
    QVERIFY2(tool.exitCode == 0, qPrintable(QString::fromUtf8(tool.out) + QStringLiteral("\n--- input:\n") + written.text));
    QJsonParseError error;
    const QJsonArray records = QJsonDocument::fromJson(tool.out, &error).array();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(QString::fromUtf8(tool.out)));
    QList<QByteArray> back;
    for (const QJsonValue &v : records) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value(QStringLiteral("label")).toString(), label);
        QCOMPARE(o.value(QStringLiteral("ttl")).toInteger(), qint64(p.ttl));
        back << encodeCaaRdata({quint8(o.value(QStringLiteral("flags")).toInt()), o.value(QStringLiteral("tag")).toString().toUtf8(),
                                o.value(QStringLiteral("value")).toString().toUtf8()});
    }
    QList<QByteArray> want;
    for (const CaaRecord &r : p.records)
        want << encodeCaaRdata(r);
    std::sort(back.begin(), back.end());
    std::sort(want.begin(), want.end());
    // Every record read back is one of the policy's, and each one left out was warned about.
    QCOMPARE(back.size() + written.warnings.size(), want.size());
    for (const QByteArray &b : std::as_const(back)) {
        QVERIFY2(want.contains(b), qPrintable(QString::fromLatin1(b.toHex()) + QStringLiteral(" was not written\n") + written.text));
        want.removeOne(b);
    }
    if (written.warnings.isEmpty())
        QVERIFY(want.isEmpty());
}

// A zone file (or a --record line) with raw octets above 0x7E in quoted values, as people
// write them: our reader (libzscanner plus the \DDD pass) gets the same bytes as BIND
// and ldns, which take such octets as themselves. (ldns refuses them in unquoted tokens;
// BIND and we accept those too, see tst_draft.)
void TestGenerator::rawOctetsReadAsBindAndLdnsReadThem()
{
    const QByteArray zone = zoneHeader().toLatin1()
                            + "u1 3600 IN CAA 0 issue \"ca.example; accounturi=https://ca.example/\xce\xba/1\"\n"
                              "u2 3600 IN CAA 0 iodef \"mailto:s\xc3\xa9" "curit\xc3\xa9@example.com\"\n"
                              "u3 3600 IN CAA 0 tbs \"\xff\x80" " not UTF-8\"\n"
                              "u4 3600 IN CAA 0 tbs \"a\\\xc3\xbc" " b \\206\\186\"\n";
    const ZoneText ours = parseZoneText(zone, "gen.test");
    QVERIFY2(ours.ok(), qPrintable(ours.error));
    const RdataSet mine = fromZone(ours);
    QCOMPARE(mine.value("u1.gen.test").size(), 1);
    QCOMPARE(parseCaaRdata(mine.value("u1.gen.test").first()).record.value, QByteArray("ca.example; accounturi=https://ca.example/\xce\xba/1"));

    const QString path = m_dir.filePath(QStringLiteral("raw-octets.zone"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(zone);
    f.close();
    const QString dump = m_dir.filePath(QStringLiteral("raw-octets.dump"));
    const Run bind = run(QStringLiteral("named-checkzone"), {QStringLiteral("-D"), QStringLiteral("-o"), dump, QStringLiteral("gen.test"), path});
    QVERIFY2(bind.exitCode == 0, bind.out.constData());
    QFile dumped(dump);
    QVERIFY(dumped.open(QIODevice::ReadOnly));
    QCOMPARE(fromZone(parseZoneText(dumped.readAll(), "gen.test")), mine);
    const Run ldns = run(QStringLiteral("ldns-read-zone"), {QStringLiteral("-u"), QStringLiteral("CAA"), path});
    QVERIFY2(ldns.exitCode == 0, ldns.out.constData());
    QCOMPARE(fromLdns(ldns.out), mine);
}

void TestGenerator::octodnsReadByPyYaml_data() { addPolicyRowsAndEmpty(); }

void TestGenerator::octodnsReadByPyYaml()
{
    QFETCH(int, index);
    const CaaPolicy p = index >= 0 ? m_policies[index].policy : CaaPolicy{"empty.gen.test", 300, {}};
    const WriterOutput written = writePolicy(p, ZoneFormat::Octodns);
    QTemporaryDir dir;
    QFile yaml(dir.filePath(QStringLiteral("caa.yaml")));
    QVERIFY(yaml.open(QIODevice::WriteOnly));
    yaml.write(written.text.toUtf8());
    yaml.close();
    const Run python = run(QStringLiteral("python3"),
                           {QStringLiteral("-c"),
                            QStringLiteral("import json, sys, yaml\n"
                                           "doc = yaml.safe_load(open(sys.argv[1], encoding='utf-8'))\n"
                                           "node = doc['']\n"
                                           "assert node['type'] == 'CAA', node\n"
                                           "assert isinstance(node['values'], list), node\n"
                                           "print(json.dumps([dict(v, label='', ttl=node['ttl']) for v in node['values']]))\n"),
                            yaml.fileName()});
    checkToolReadBack(p, written, python, QString());
}

void TestGenerator::dnscontrolRunByNode_data() { addPolicyRowsAndEmpty(); }

void TestGenerator::dnscontrolRunByNode()
{
    QFETCH(int, index);
    const CaaPolicy p = index >= 0 ? m_policies[index].policy : CaaPolicy{"empty.gen.test", 300, {}};
    const WriterOutput written = writePolicy(p, ZoneFormat::Dnscontrol);
    const QString script = QStringLiteral(R"JS(
"use strict";
const records = [];
const CAA_CRITICAL = {critical: true};
function TTL(seconds) { return {ttl: seconds}; }
function CAA(label, tag, value, ...modifiers) {
  let flags = 0, ttl;
  for (const m of modifiers) { if (m.critical) flags = 128; if (m.ttl !== undefined) ttl = m.ttl; }
  records.push({label, flags, tag, value, ttl});
}
// dnscontrol's CAA_BUILDER: one record per issuer; "none" is ";"; <tag>_critical sets 128.
function CAA_BUILDER(o) {
  for (const tag of ["iodef", "issue", "issuewild", "issuevmc", "issuemail"]) {
    if (!(tag in o)) continue;
    const values = o[tag] === "none" ? [";"] : Array.isArray(o[tag]) ? o[tag] : [o[tag]];
    for (const value of values)
      records.push({label: o.label, flags: o[tag + "_critical"] ? 128 : 0, tag, value, ttl: o.ttl});
  }
}
function D(name, registrar, ...items) {}
D("gen.test", "none",
%1
);
console.log(JSON.stringify(records));
)JS").arg(written.text);
    QTemporaryDir dir;
    QFile js(dir.filePath(QStringLiteral("dnsconfig.js")));
    QVERIFY(js.open(QIODevice::WriteOnly));
    js.write(script.toUtf8());
    js.close();
    const Run node = run(QStringLiteral("node"), {js.fileName()});
    checkToolReadBack(p, written, node, QStringLiteral("@"));
}

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
