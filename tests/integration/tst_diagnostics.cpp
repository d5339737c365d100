// Helpdesk diagnostics against the real test bed: two knotd instances serving diag.test
// with different serials and CAA records (127.0.0.1 current, 127.0.0.2 stale), a silent
// third nameserver address (127.0.0.3), a zone whose signatures fail validation
// (bogus.test), a lame zone, and two resolvers that see different copies of diag.test.
#include "dns/aresresolver.h"
#include "engine/checkjob.h"
#include "engine/diagnostics.h"
#include "report/diagnosticsreport.h"
#include "climb.h"
#include "loopback.h"
#include "testbed.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Caa;

class TestDiagnostics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void staleSecondaryAndDeadServerAreNamed();
    void consistentZone();
    void bogusSignaturesAreADnssecFailure();
    void brokenSignatureOnTheCaaRrset();
    void lameZoneIsAServerFailure();
    void signedZoneIsSecure();
    void resolversThatDisagree();
    void compareServers_data();
    void compareServers();
    void reportSections();

private:
    CheckResult climb(const QString &name);
    Diagnostics diagnose(const CheckResult &check, const DiagnosticsOptions &options);
    Dns::ResolverOptions m_options;
    quint16 m_nsPort = 0;
};

namespace {

DiagnosticsOptions opts(bool authoritative, quint16 nsPort = 53, const QList<Dns::ServerAddress> &resolvers = {}, int timeoutMs = 3000)
{
    DiagnosticsOptions o;
    o.authoritative = authoritative;
    o.nameserverPort = nsPort;
    o.compareResolvers = resolvers;
    o.timeoutMs = timeoutMs;
    return o;
}

const ZoneDiagnosis *zoneNamed(const Diagnostics &d, const QByteArray &zone)
{
    for (const ZoneDiagnosis &z : d.zones)
        if (z.zone == zone)
            return &z;
    return nullptr;
}

const ServerView *serverAt(const ZoneDiagnosis &z, const QString &address)
{
    for (const ServerView &s : z.servers)
        if (s.address == address)
            return &s;
    return nullptr;
}

} // namespace

void TestDiagnostics::initTestCase()
{
    qRegisterMetaType<Dns::LookupResult>();
    qRegisterMetaType<CheckResult>();
    qRegisterMetaType<Diagnostics>();
    CAA_REQUIRE_TESTBED(server);
    m_options = Dns::ResolverOptions{.servers = {server}, .timeoutMs = 3000};
    m_nsPort = quint16(CaaTest::testbedValue(QStringLiteral("NAMESERVER_PORT")).toUInt());
    QVERIFY(m_nsPort > 0);
}

CheckResult TestDiagnostics::climb(const QString &name)
{
    Dns::AresResolver resolver(m_options);
    return CaaTest::climbAndWait(&resolver, parseDomainInput(name).name, 10000);
}

Diagnostics TestDiagnostics::diagnose(const CheckResult &check, const DiagnosticsOptions &options)
{
    DiagnosticsJob job(m_options, check, options);
    QSignalSpy done(&job, &DiagnosticsJob::finished);
    job.start();
    if (done.isEmpty())
        done.wait(20000);
    return job.result();
}

void TestDiagnostics::staleSecondaryAndDeadServerAreNamed()
{
    // ns3.diag.test (127.0.0.3) takes the query and never answers.
    CaaTest::SilentServer dead(0x7f000003, m_nsPort);
    QVERIFY(dead.isBound());
    const CheckResult check = climb(QStringLiteral("www.diag.test"));
    QCOMPARE(check.relevantName(), QByteArray("diag.test"));
    const Diagnostics d = diagnose(check, opts(true, m_nsPort, {}, 800));

    const ZoneDiagnosis *zone = zoneNamed(d, "diag.test");
    QVERIFY(zone);
    QCOMPARE(zone->names, (QList<QByteArray>{"www.diag.test", "diag.test"}));
    QCOMPARE(zone->nameservers, (QList<QByteArray>{"ns1.diag.test", "ns2.diag.test", "ns3.diag.test"}));
    QCOMPARE(zone->servers.size(), 3);
    const ServerView *ns1 = serverAt(*zone, QStringLiteral("127.0.0.1"));
    const ServerView *ns2 = serverAt(*zone, QStringLiteral("127.0.0.2"));
    const ServerView *ns3 = serverAt(*zone, QStringLiteral("127.0.0.3"));
    QVERIFY(ns1 && ns2 && ns3);
    QCOMPARE(ns1->serial, std::optional<quint32>(2026112602));
    QCOMPARE(ns2->serial, std::optional<quint32>(2026112601));
    QCOMPARE(classifyAuthoritative(ns1->caa.value("diag.test")), ServerOutcome::Records);
    QCOMPARE(ns1->caa.value("diag.test").caa.first().record.value, QByteArray("new-ca.example"));
    QCOMPARE(ns2->caa.value("diag.test").caa.first().record.value, QByteArray("old-ca.example"));
    QCOMPARE(classifyAuthoritative(ns3->caa.value("diag.test")), ServerOutcome::Timeout);
    QVERIFY(ns1->caa.value("diag.test").authoritative);

    QCOMPARE(zone->comparisons.size(), 2);
    // www.diag.test: NODATA from ns1 and ns2, ns3 silent: never "consistent".
    QVERIFY(!zone->comparisons[0].consistent);
    QCOMPARE(zone->comparisons[0].agreement, Agreement::Incomplete);
    QVERIFY2(zone->comparisons[0].verdict.startsWith(QStringLiteral("not all compared: 2 servers answer no CAA (NODATA)")), qPrintable(zone->comparisons[0].verdict));
    QCOMPARE(zone->comparisons[1].agreement, Agreement::Differ);
    QVERIFY2(!zone->comparisons[1].consistent, qPrintable(zone->comparisons[1].verdict));
    const QString verdict = zone->comparisons[1].verdict;
    QVERIFY2(verdict.startsWith(QStringLiteral("ns2.diag.test (127.0.0.2) still serves the old answer (serial 2026112601): 0 issue \"old-ca.example\"")),
             qPrintable(verdict));
    QVERIFY2(verdict.contains(QStringLiteral("ns3.diag.test (127.0.0.3) did not answer (timeout)")), qPrintable(verdict));

    const QStringList codes = CaaTest::findingCodes(d.findings);
    QVERIFY2(codes.contains(QStringLiteral("authoritative-mismatch")), qPrintable(codes.join(u' ')));
    QVERIFY(codes.contains(QStringLiteral("nameserver-unreachable")));
    for (const Finding &f : d.findings)
        if (f.code == QStringLiteral("nameserver-unreachable"))
            QVERIFY(f.message.startsWith(QStringLiteral("ns3.diag.test (127.0.0.3)")) && f.reference.contains(QStringLiteral("3.2.2.9")));
        else if (f.code == QStringLiteral("authoritative-mismatch"))
            QVERIFY(f.reference.contains(QStringLiteral("3.2.2.9")));
    // The TLD zone is its own cut, asked of its own server.
    const ZoneDiagnosis *tld = zoneNamed(d, "test");
    QVERIFY(tld);
    QCOMPARE(tld->names, QList<QByteArray>{"test"});
    QVERIFY(tld->comparisons.first().consistent);
}

void TestDiagnostics::consistentZone()
{
    const Diagnostics d = diagnose(climb(QStringLiteral("www.r.test")), opts(true, m_nsPort));
    QVERIFY(!d.zones.isEmpty());
    for (const ZoneDiagnosis &z : d.zones) {
        QVERIFY2(z.problem.isEmpty(), qPrintable(z.problem));
        for (const NameComparison &c : z.comparisons)
            QVERIFY2(c.consistent, qPrintable(c.verdict));
    }
    QVERIFY(!CaaTest::findingCodes(d.findings).contains(QStringLiteral("authoritative-mismatch")));
    for (const DnssecLevel &l : d.dnssec)
        QCOMPARE(l.state, DnssecState::Insecure);
}

void TestDiagnostics::bogusSignaturesAreADnssecFailure()
{
    const CheckResult check = climb(QStringLiteral("www.bogus.test"));
    QCOMPARE(check.verdict, ClimbVerdict::Failure);
    QCOMPARE(check.steps[0].rcode, 2); // SERVFAIL from the validating resolver
    const Diagnostics d = diagnose(check, opts(true, m_nsPort));
    QCOMPARE(d.dnssec.size(), 3);
    QCOMPARE(d.dnssec[0].state, DnssecState::Bogus);
    QCOMPARE(d.dnssec[1].state, DnssecState::Bogus);
    QCOMPARE(d.dnssec[2].state, DnssecState::Insecure);
    QVERIFY(d.dnssec[0].explanation.startsWith(QStringLiteral("DNSSEC validation fails for www.bogus.test")));
    bool ruleStated = false;
    for (const Finding &f : d.findings)
        if (f.code == QStringLiteral("dnssec-bogus"))
            ruleStated = f.message.contains(QStringLiteral("2026-03-15")) && f.message.contains(QStringLiteral("never permission"));
    QVERIFY(ruleStated);
    // Discovery runs with CD=1: the zone's server is still found and asked.
    const ZoneDiagnosis *zone = zoneNamed(d, "bogus.test");
    QVERIFY(zone);
    QVERIFY2(zone->problem.isEmpty(), qPrintable(zone->problem));
    QCOMPARE(zone->servers.size(), 1);
    QCOMPARE(classifyAuthoritative(zone->servers.first().caa.value("bogus.test")), ServerOutcome::Records);
}

void TestDiagnostics::brokenSignatureOnTheCaaRrset()
{
    // badsig.test validates (its DS is the trust anchor), but the RRSIG over its CAA RRset
    // was damaged: the empty answer at www validates, the CAA RRset at the apex does not.
    const CheckResult check = climb(QStringLiteral("www.badsig.test"));
    QCOMPARE(check.steps[0].rcode, 0);
    QVERIFY(check.steps[0].authenticated);
    QCOMPARE(check.steps[1].rcode, 2);
    QCOMPARE(check.verdict, ClimbVerdict::Failure);
    QCOMPARE(check.decidingIndex, 1);
    const Diagnostics d = diagnose(check, opts(false));
    QCOMPARE(d.dnssec[0].state, DnssecState::Secure);
    QCOMPARE(d.dnssec[1].state, DnssecState::Bogus);
    QVERIFY2(d.dnssec[1].explanation.contains(QStringLiteral("it gets 0 issue \"ca.example\"")), qPrintable(d.dnssec[1].explanation));
    QCOMPARE(d.dnssec[2].state, DnssecState::Insecure);
    QCOMPARE(CaaTest::findingCodes(d.findings).count(QStringLiteral("dnssec-bogus")), 1);
}

void TestDiagnostics::lameZoneIsAServerFailure()
{
    const CheckResult check = climb(QStringLiteral("x.lame.caa.test"));
    QCOMPARE(check.verdict, ClimbVerdict::Failure);
    const Diagnostics d = diagnose(check, opts(false));
    QCOMPARE(d.dnssec.first().state, DnssecState::ServerFailure);
    QVERIFY(d.dnssec.first().explanation.contains(QStringLiteral("nameservers fail")));
    QVERIFY(CaaTest::findingCodes(d.findings).contains(QStringLiteral("nameservers-fail")));
    QVERIFY(!d.authoritativeAsked);
    QVERIFY(d.zones.isEmpty());
}

void TestDiagnostics::signedZoneIsSecure()
{
    const Diagnostics d = diagnose(climb(QStringLiteral("signed.test")), opts(false));
    QCOMPARE(d.dnssec.first().name, QByteArray("signed.test"));
    QCOMPARE(d.dnssec.first().state, DnssecState::Secure);
}

void TestDiagnostics::resolversThatDisagree()
{
    // RESOLVER2 gets diag.test from the stale server: it answers the old record.
    const auto second = Dns::parseServerAddress(CaaTest::testbedValue(QStringLiteral("RESOLVER2")));
    QVERIFY(second.ok());
    const Diagnostics d = diagnose(climb(QStringLiteral("www.diag.test")), opts(false, 53, {second.server}));
    QCOMPARE(d.resolvers.size(), 2);
    QCOMPARE(d.resolvers[1].label, second.server.toString());
    QCOMPARE(d.resolvers[1].check.relevantRecords().first().record.value, QByteArray("old-ca.example"));
    QCOMPARE(d.resolverDisagreements.size(), 1);
    const QString dis = d.resolverDisagreements.first();
    QVERIFY2(dis.startsWith(QStringLiteral("at diag.test: ")), qPrintable(dis));
    QVERIFY(dis.contains(QStringLiteral("\"new-ca.example\"")) && dis.contains(QStringLiteral("\"old-ca.example\"")));
    QVERIFY2(dis.contains(QStringLiteral("s left")), qPrintable(dis)); // the TTL each still has
    QVERIFY(CaaTest::findingCodes(d.findings).contains(QStringLiteral("resolver-disagreement")));

    // The same resolver twice agrees with itself.
    const Diagnostics same = diagnose(climb(QStringLiteral("www.diag.test")), opts(false, 53, {m_options.servers.first()}));
    QVERIFY(same.resolverDisagreements.isEmpty());
}

void TestDiagnostics::compareServers_data()
{
    QTest::addColumn<QList<quint32>>("serials");
    QTest::addColumn<QStringList>("values"); // "-": the server did not answer (timeout)
    QTest::addColumn<bool>("consistent");
    QTest::addColumn<QString>("verdictStart");
    QTest::addColumn<QString>("agreement");
    QTest::newRow("same answer, same serial") << QList<quint32>{5, 5} << QStringList{QStringLiteral("a.example"), QStringLiteral("a.example")} << true
                                              << QStringLiteral("consistent: 2 servers answer 0 issue \"a.example\" (serial 5)") << "consistent";
    QTest::newRow("same answer, serials differ") << QList<quint32>{5, 6} << QStringList{QStringLiteral("a.example"), QStringLiteral("a.example")} << true
                                                 << QStringLiteral("consistent: 2 servers answer 0 issue \"a.example\" (serials differ") << "consistent";
    QTest::newRow("older serial is stale") << QList<quint32>{7, 6} << QStringList{QStringLiteral("new.example"), QStringLiteral("old.example")} << false
                                           << QStringLiteral("ns2.t (192.0.2.2) still serves the old answer (serial 6)") << "differ";
    QTest::newRow("RFC 1982 wrap: 1 is newer than 4294967295") << QList<quint32>{1, 4294967295u} << QStringList{QStringLiteral("new.example"), QStringLiteral("old.example")}
                                                                << false << QStringLiteral("ns2.t (192.0.2.2) still serves the old answer (serial 4294967295)") << "differ";
    QTest::newRow("same serial, different answers") << QList<quint32>{9, 9} << QStringList{QStringLiteral("a.example"), QStringLiteral("b.example")} << false
                                                    << QStringLiteral("ns2.t (192.0.2.2) serves a different answer (serial 9)") << "differ";
    // A server that did not answer was not compared: never "consistent".
    QTest::newRow("one of two answered") << QList<quint32>{5, 5} << QStringList{QStringLiteral("a.example"), QStringLiteral("-")} << false
                                         << QStringLiteral("not all compared: 1 server answers 0 issue \"a.example\"") << "incomplete";
    QTest::newRow("no server answered") << QList<quint32>{5, 5} << QStringList{QStringLiteral("-"), QStringLiteral("-")} << false
                                        << QStringLiteral("no server answered, nothing could be compared") << "no-answer";
    QTest::newRow("two differ, a third silent") << QList<quint32>{7, 6, 6} << QStringList{QStringLiteral("new.example"), QStringLiteral("old.example"), QStringLiteral("-")}
                                                << false << QStringLiteral("ns2.t (192.0.2.2) still serves the old answer (serial 6)") << "differ";
}

void TestDiagnostics::compareServers()
{
    QFETCH(QList<quint32>, serials);
    QFETCH(QStringList, values);
    QFETCH(bool, consistent);
    QFETCH(QString, verdictStart);
    QFETCH(QString, agreement);
    ZoneDiagnosis zone;
    zone.zone = "t";
    zone.names = {"t"};
    for (int i = 0; i < serials.size(); ++i) {
        ServerView s;
        s.host = QStringLiteral("ns%1.t").arg(i + 1).toLatin1();
        s.address = QStringLiteral("192.0.2.%1").arg(i + 1);
        s.serial = serials[i];
        Dns::LookupResult r;
        r.name = "t";
        if (values[i] == QStringLiteral("-")) {
            r.status = Dns::LookupStatus::Timeout;
            s.serial.reset();
        } else {
            r.status = Dns::LookupStatus::Answered;
            r.rcode = 0;
            r.authoritative = true;
            r.caa = {{"t", 300, {0, "issue", values[i].toLatin1()}}};
        }
        s.caa.insert("t", r);
        zone.servers << s;
    }
    Caa::compareServers(zone);
    QCOMPARE(zone.comparisons.size(), 1);
    QCOMPARE(zone.comparisons.first().consistent, consistent);
    QCOMPARE(agreementName(zone.comparisons.first().agreement), agreement);
    QVERIFY2(zone.comparisons.first().verdict.startsWith(verdictStart), qPrintable(zone.comparisons.first().verdict));
}

void TestDiagnostics::reportSections()
{
    CaaTest::SilentServer dead(0x7f000003, m_nsPort);
    const auto second = Dns::parseServerAddress(CaaTest::testbedValue(QStringLiteral("RESOLVER2")));
    const Diagnostics d = diagnose(climb(QStringLiteral("www.diag.test")),
                                   opts(true, m_nsPort, {second.server}, 800));
    const QString text = diagnosticsToText(d);
    QVERIFY(text.contains(QStringLiteral("Authoritative servers (asked directly, RD=0):")));
    QVERIFY(text.contains(QStringLiteral("ns2.diag.test (127.0.0.2), serial 2026112601")));
    QVERIFY(text.contains(QStringLiteral("DIFF diag.test:")));
    // ns3 did not answer: www.diag.test is not reported as consistent in any format.
    QVERIFY2(text.contains(QStringLiteral("NOT ALL COMPARED www.diag.test: not all compared")), qPrintable(text));
    QVERIFY(diagnosticsToMarkdown(d).contains(QStringLiteral("- ⚠ not compared: `www.diag.test`")));
    const QJsonArray comparisons = diagnosticsToJson(d).value(QStringLiteral("authoritative")).toArray().at(0).toObject().value(QStringLiteral("comparisons")).toArray();
    QCOMPARE(comparisons.at(0).toObject().value(QStringLiteral("agreement")).toString(), QStringLiteral("incomplete"));
    QCOMPARE(comparisons.at(0).toObject().value(QStringLiteral("consistent")).toBool(), false);
    QVERIFY(text.contains(dnssecRuleText()));
    QVERIFY(text.contains(QStringLiteral("Resolvers:")));
    const QString md = diagnosticsToMarkdown(d);
    QVERIFY(md.contains(QStringLiteral("| ns2.diag.test (127.0.0.2) | 2026112601 | NODATA | 0 issue \"old-ca.example\" |")));
    QVERIFY(md.contains(QStringLiteral("| ns3.diag.test (127.0.0.3) | — | timeout | timeout |")));
    const QJsonObject json = diagnosticsToJson(d);
    const QJsonArray zones = json.value(QStringLiteral("authoritative")).toArray();
    QVERIFY(!zones.isEmpty());
    const QJsonObject first = zones.first().toObject();
    QCOMPARE(first.value(QStringLiteral("zone")).toString(), QStringLiteral("diag.test"));
    QCOMPARE(first.value(QStringLiteral("servers")).toArray().size(), 3);
    QCOMPARE(first.value(QStringLiteral("comparisons")).toArray().at(1).toObject().value(QStringLiteral("consistent")).toBool(), false);
    QCOMPARE(json.value(QStringLiteral("resolver_disagreements")).toArray().size(), 1);
    QCOMPARE(json.value(QStringLiteral("dnssec")).toArray().first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("insecure"));
}

QTEST_GUILESS_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"
