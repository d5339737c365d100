// Whose failure is a failed lookup (issue #21), against the real test bed: a forwarder
// that relays everything to the bed's Unbound except CAA (SERVFAIL, FORMERR or silence),
// the lame zone lame.caa.test, dead.caa.test whose only server is not there, and
// bogus.test whose signatures fail validation.
#include "engine/bulkcheck.h"
#include "engine/checkjob.h"
#include "engine/checksession.h"
#include "engine/failureorigin.h"
#include "report/report.h"
#include "report/ticketanswer.h"
#include "engine/simulator.h"
#include "report/verdictline.h"
#include "caaforwarder.h"
#include "loopback.h"
#include "testbed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Caa;
using CaaTest::CaaMishandling;

Q_DECLARE_METATYPE(CaaTest::CaaMishandling)
Q_DECLARE_METATYPE(Caa::OriginAnswer)
Q_DECLARE_METATYPE(Caa::FailureOrigin)
Q_DECLARE_METATYPE(Caa::Verdict)

class TestFailureOrigin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void resolverThatMishandlesCaa_data();
    void resolverThatMishandlesCaa();
    void domainAndUndetermined_data();
    void domainAndUndetermined();
    void healthyAnswerIsNotProbed();
    void comparedResolversOnlyWhenChosen();
    void classify_data();
    void classify();
    void bulkAsksEachServerQuestionOnce();
    void cliJsonAndCsv();

private:
    CheckResult check(const LookupSource &source, const QString &name);
    LookupSource through(const Dns::ServerAddress &server, int timeoutMs = 2000) const;
    Dns::ServerAddress m_resolver;
    quint16 m_nsPort = 0;
};

void TestFailureOrigin::initTestCase()
{
    qRegisterMetaType<CheckResult>();
    CAA_REQUIRE_TESTBED(server);
    m_resolver = server;
    m_nsPort = quint16(CaaTest::testbedValue(QStringLiteral("NAMESERVER_PORT")).toUInt());
    QVERIFY(m_nsPort > 0);
}

LookupSource TestFailureOrigin::through(const Dns::ServerAddress &server, int timeoutMs) const
{
    LookupSource source;
    source.kind = LookupSource::Kind::Servers;
    source.servers = {server};
    source.timeoutMs = timeoutMs;
    source.tries = 1;
    source.nameserverPort = m_nsPort;
    return source;
}

CheckResult TestFailureOrigin::check(const LookupSource &source, const QString &name)
{
    CheckSession session;
    session.setSource(source);
    CheckJob *job = session.startCheck(parseDomainInput(name).name);
    if (!job)
        return {};
    QSignalSpy done(job, &CheckJob::finished);
    QSignalSpy probing(job, &CheckJob::probingOrigin);
    job->start();
    if (!done.wait(30000))
        return job->result();
    return done.first().first().value<CheckResult>();
}

void TestFailureOrigin::resolverThatMishandlesCaa_data()
{
    QTest::addColumn<CaaMishandling>("mode");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("failure");       // what the forwarder made of the failed level
    QTest::addColumn<QByteArray>("likelyAt");   // the relevant set the zone's servers give
    QTest::addColumn<QString>("likelyIssuer");
    QTest::addColumn<Verdict>("likelyVerdict"); // for the CA named by likelyIssuer

    QTest::newRow("SERVFAIL to CAA, records at the name") << CaaMishandling::ServFail << "caa.test" << "SERVFAIL" << QByteArray("caa.test") << "ca.example" << Verdict::Permit;
    QTest::newRow("FORMERR to CAA, records at the name") << CaaMishandling::FormErr << "caa.test" << "FORMERR" << QByteArray("caa.test") << "ca.example" << Verdict::Permit;
    QTest::newRow("no answer to CAA, records at the name") << CaaMishandling::Drop << "caa.test" << "timeout" << QByteArray("caa.test") << "ca.example" << Verdict::Permit;
    QTest::newRow("SERVFAIL to CAA, records two levels up") << CaaMishandling::ServFail << "x.nodata.caa.test" << "SERVFAIL" << QByteArray("caa.test") << "ca.example" << Verdict::Permit;
    QTest::newRow("SERVFAIL to CAA, the set of a subdomain") << CaaMishandling::ServFail << "sub.caa.test" << "SERVFAIL" << QByteArray("sub.caa.test") << "sub.example"
                                                      << Verdict::Deny; // the critical unknown tag tbs
}

void TestFailureOrigin::resolverThatMishandlesCaa()
{
    QFETCH(CaaMishandling, mode);
    QFETCH(QString, name);
    QFETCH(QString, failure);
    QFETCH(QByteArray, likelyAt);
    QFETCH(QString, likelyIssuer);
    QFETCH(Verdict, likelyVerdict);

    CaaTest::CaaForwarder forwarder(m_resolver, mode);
    const CheckResult result = check(through(forwarder.address()), name);
    QVERIFY(forwarder.caaQueries() > 0);
    QVERIFY2(forwarder.relayed() > 0, "the probe found the zone through the forwarder (SOA, NS, A)");

    // The official verdict for the path asked stays the failure (never silently replaced).
    QCOMPARE(result.verdict, ClimbVerdict::Failure);
    QCOMPARE(result.decidingIndex, 0);
    QCOMPARE(result.steps[0].outcomeName(), failure);
    QVERIFY(result.origin);
    const FailureOriginReport &o = *result.origin;
    QCOMPARE(failureOriginName(o.origin), QStringLiteral("resolver"));
    const LevelOrigin *level = o.level(0);
    QVERIFY(level);
    QCOMPARE(level->origin, FailureOrigin::Resolver);
    QVERIFY2(!level->servers.isEmpty(), qPrintable(level->explanation));
    QCOMPARE(level->servers.first().address, QStringLiteral("127.0.0.1"));
    // The authoritative re-ask gives the right records.
    QCOMPARE(o.likelyClimb.verdict, ClimbVerdict::Found);
    QCOMPARE(o.likelyClimb.relevantName(), likelyAt);
    bool issuerFound = false;
    for (const Dns::CaaAnswer &a : o.likelyClimb.relevantRecords())
        issuerFound = issuerFound || a.record.value.startsWith(likelyIssuer.toLatin1());
    QVERIFY(issuerFound);

    // Advice names the resolver and says the domain is fine.
    const QString advice = failureOriginAdvice(o);
    QVERIFY2(advice.contains(forwarder.address().toString()), qPrintable(advice));
    QVERIFY2(advice.contains(QStringLiteral("the domain is fine")), qPrintable(advice));

    // Findings, the verdict line and JSON.
    CheckReport report;
    report.input = name;
    report.inputOk = true;
    report.check = result;
    IssuanceRequest request;
    request.caName = likelyIssuer;
    request.identifiers = {likelyIssuer.toLatin1()};
    completeReport(report, {request});
    QStringList codes;
    for (const Finding &f : report.findings)
        codes << f.code;
    QVERIFY2(codes.contains(QStringLiteral("lookup-failure")) && codes.contains(QStringLiteral("resolver-failure")), qPrintable(codes.join(u',')));
    QVERIFY(!codes.contains(QStringLiteral("domain-failure")));
    QCOMPARE(report.decisions.first().decision.verdict, Verdict::LookupFailure);
    QCOMPARE(report.likelyDecisions.size(), 1);
    QCOMPARE(report.likelyDecisions.first().decision.verdict, likelyVerdict);

    const QJsonObject json = reportToJson(report);
    QCOMPARE(json[QStringLiteral("steps")].toArray()[0].toObject()[QStringLiteral("failure_origin")].toString(), QStringLiteral("resolver"));
    const QJsonObject origin = json[QStringLiteral("failure_origin")].toObject();
    QCOMPARE(origin[QStringLiteral("origin")].toString(), QStringLiteral("resolver"));
    QCOMPARE(origin[QStringLiteral("resolver")].toString(), forwarder.address().toString());
    QCOMPARE(origin[QStringLiteral("likely")].toObject()[QStringLiteral("relevant")].toObject()[QStringLiteral("name")].toString(), QString::fromLatin1(likelyAt));
    QCOMPARE(origin[QStringLiteral("likely")].toObject()[QStringLiteral("decisions")].toArray()[0].toObject()[QStringLiteral("verdict")].toString(),
             verdictName(likelyVerdict));
    QCOMPARE(json[QStringLiteral("decisions")].toArray()[0].toObject()[QStringLiteral("verdict")].toString(), QStringLiteral("lookup-failure"));

    CaDirectory directory;
    const VerdictLine line = verdictLine(result, simulate(result, directory, {}), directory);
    QVERIFY2(line.text.contains(QStringLiteral("what a CA would most likely see")), qPrintable(line.text));
    QVERIFY2(line.text.startsWith(QStringLiteral("Lookup failure at")), qPrintable(line.text));
    QCOMPARE(line.tone, VerdictLine::Tone::Warning);

    // The helpdesk's ticket answer: no fix in the domain for a resolver failure.
    const TicketAnswer ticket = ticketAnswer(result, simulate(result, directory, {}), directory, {}, {});
    QVERIFY2(ticket.advice.contains(QStringLiteral("the domain is fine")), qPrintable(ticket.advice));
    QVERIFY(!ticket.advice.contains(QStringLiteral("Make the nameservers")));

    const QString text = reportsToText({report});
    QVERIFY2(text.contains(QStringLiteral("the resolver's failure")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("What a CA's own resolver would most likely see")), qPrintable(text));
    QVERIFY(reportsToMarkdown({report}).contains(QStringLiteral("What a CA")));
    QVERIFY(reportsToHtml({report}).contains(QStringLiteral("What a CA")));
    QVERIFY(reportsToCsv({report}).contains(QStringLiteral(",resolver\r\n")));
}

void TestFailureOrigin::domainAndUndetermined_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("explanationHas");
    QTest::addColumn<QString>("findingCode");
    QTest::addColumn<QString>("adviceHas");

    QTest::newRow("lame zone: the domain's failure") << "x.lame.caa.test" << "domain" << "127.0.0.1" << "domain-failure"
                                                     << "or remove the failing ones";
    QTest::newRow("only nameserver unreachable: undetermined") << "x.dead.caa.test" << "undetermined" << "ns.dead.caa.test (127.0.0.3)"
                                                                << "failure-origin-undetermined" << "Check from another network";
    QTest::newRow("broken DNSSEC: the domain's failure") << "bogus.test" << "domain" << "DNSSEC validation fails" << "domain-failure"
                                                         << "or the DS record at its parent";
}

void TestFailureOrigin::domainAndUndetermined()
{
    QFETCH(QString, name);
    QFETCH(QString, origin);
    QFETCH(QString, explanationHas);
    QFETCH(QString, findingCode);
    QFETCH(QString, adviceHas);

    const CheckResult result = check(through(m_resolver, 3000), name);
    QCOMPARE(result.verdict, ClimbVerdict::Failure);
    QVERIFY(result.origin);
    QCOMPARE(failureOriginName(result.origin->origin), origin);
    const LevelOrigin *level = result.origin->level(result.decidingIndex);
    QVERIFY(level);
    QVERIFY2(level->explanation.contains(explanationHas), qPrintable(level->explanation));
    const QList<Finding> findings = analyse(result);
    QStringList codes;
    for (const Finding &f : findings)
        codes << f.code;
    QVERIFY2(codes.contains(findingCode), qPrintable(codes.join(u',')));
    QVERIFY(!codes.contains(QStringLiteral("resolver-failure")));
    for (const Finding &f : findings)
        if (f.code == QStringLiteral("lookup-failure"))
            QVERIFY2(f.fix.contains(QStringLiteral("Make every nameserver")), qPrintable(f.fix));
    QVERIFY2(failureOriginAdvice(*result.origin).contains(adviceHas), qPrintable(failureOriginAdvice(*result.origin)));
}

void TestFailureOrigin::healthyAnswerIsNotProbed()
{
    CaaTest::CaaForwarder forwarder(m_resolver, CaaMishandling::ServFail);
    CheckSession session;
    session.setSource(through(m_resolver));
    CheckJob *job = session.startCheck(parseDomainInput(QStringLiteral("caa.test")).name);
    QVERIFY(job);
    QSignalSpy done(job, &CheckJob::finished);
    QSignalSpy probing(job, &CheckJob::probingOrigin);
    job->start();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
    QCOMPARE(probing.size(), 0);
    QVERIFY(!job->result().origin);
    QCOMPARE(session.checkOriginProbe()->directQueries(), 0);

    // Off by choice: a failure is reported as it is, nothing else is asked.
    LookupSource off = through(forwarder.address());
    off.findFailureOrigin = false;
    session.setSource(off);
    job = session.startCheck(parseDomainInput(QStringLiteral("caa.test")).name);
    QSignalSpy done2(job, &CheckJob::finished);
    job->start();
    QTRY_COMPARE_WITH_TIMEOUT(done2.size(), 1, 10000);
    QCOMPARE(job->result().verdict, ClimbVerdict::Failure);
    QVERIFY(!job->result().origin);
    QVERIFY(!session.checkOriginProbe());
}

// "Also compare with public resolvers": off by default, no other resolver is asked; on,
// the answers of the resolvers chosen settle a level whose servers cannot be reached from
// here. The test bed's Unbound stands in for a public resolver, and a port nothing
// listens on for the unreachable nameservers.
void TestFailureOrigin::comparedResolversOnlyWhenChosen()
{
    CaaTest::CaaForwarder forwarder(m_resolver, CaaMishandling::ServFail);
    LookupSource source = through(forwarder.address());
    source.nameserverPort = CaaTest::freeLoopbackPort();
    QVERIFY(source.nameserverPort > 0);

    const CheckResult alone = check(source, QStringLiteral("caa.test"));
    QVERIFY(alone.origin);
    QCOMPARE(alone.origin->origin, FailureOrigin::Undetermined);
    QVERIFY(alone.origin->level(0)->compared.isEmpty());
    QVERIFY2(failureOriginAdvice(*alone.origin).contains(QStringLiteral("could not be reached from here")), qPrintable(failureOriginAdvice(*alone.origin)));

    source.originCompareResolvers = {m_resolver};
    const CheckResult compared = check(source, QStringLiteral("caa.test"));
    QVERIFY(compared.origin);
    const LevelOrigin *level = compared.origin->level(0);
    QCOMPARE(level->compared.size(), 1);
    QCOMPARE(level->compared.first().resolver, m_resolver.toString());
    QCOMPARE(compared.origin->origin, FailureOrigin::Resolver);
    QCOMPARE(compared.origin->likelyClimb.verdict, ClimbVerdict::Found);
    QCOMPARE(compared.origin->likelyClimb.relevantName(), QByteArray("caa.test"));
    QVERIFY2(level->explanation.contains(QStringLiteral("Compared with other resolvers: ") + m_resolver.toString()), qPrintable(level->explanation));
    const QString advice = failureOriginAdvice(*compared.origin);
    QVERIFY2(advice.contains(QStringLiteral("the other resolvers asked (") + m_resolver.toString()), qPrintable(advice));
    QCOMPARE(compared.verdict, ClimbVerdict::Failure); // the official verdict stays
}

void TestFailureOrigin::classify_data()
{
    QTest::addColumn<QList<OriginAnswer>>("servers");
    QTest::addColumn<FailureOrigin>("expected");

    auto answer = [](int rcode, bool aa, const QByteArray &issuer = {}) {
        OriginAnswer a{"ns.example", QStringLiteral("192.0.2.1"), {}};
        a.answer.status = Dns::LookupStatus::Answered;
        a.answer.rcode = rcode;
        a.answer.authoritative = aa;
        if (!issuer.isEmpty())
            a.answer.caa << Dns::CaaAnswer{"example", 300, CaaRecord{0, "issue", issuer}};
        return a;
    };
    auto silent = [] {
        OriginAnswer a{"ns2.example", QStringLiteral("192.0.2.2"), {}};
        a.answer.status = Dns::LookupStatus::Timeout;
        return a;
    };
    QTest::newRow("one server answers with records") << QList<OriginAnswer>{answer(0, true, "ca.example")} << FailureOrigin::Resolver;
    QTest::newRow("two agree on NODATA") << QList<OriginAnswer>{answer(0, true), answer(0, true)} << FailureOrigin::Resolver;
    QTest::newRow("one answers, one silent") << QList<OriginAnswer>{answer(0, true, "ca.example"), silent()} << FailureOrigin::Resolver;
    QTest::newRow("all silent") << QList<OriginAnswer>{silent(), silent()} << FailureOrigin::Undetermined;
    QTest::newRow("no server at all") << QList<OriginAnswer>{} << FailureOrigin::Undetermined;
    QTest::newRow("one SERVFAIL") << QList<OriginAnswer>{answer(0, true), answer(2, false)} << FailureOrigin::Domain;
    QTest::newRow("REFUSED") << QList<OriginAnswer>{answer(5, false)} << FailureOrigin::Domain;
    QTest::newRow("not authoritative") << QList<OriginAnswer>{answer(0, false)} << FailureOrigin::Domain;
    QTest::newRow("they disagree") << QList<OriginAnswer>{answer(0, true, "a.example"), answer(0, true, "b.example")} << FailureOrigin::Domain;
}

void TestFailureOrigin::classify()
{
    QFETCH(QList<OriginAnswer>, servers);
    QFETCH(FailureOrigin, expected);
    QCOMPARE(classifyLevelOrigin(servers), expected);
}

void TestFailureOrigin::bulkAsksEachServerQuestionOnce()
{
    CaaTest::CaaForwarder forwarder(m_resolver, CaaMishandling::ServFail);
    CheckSession session;
    session.setSource(through(forwarder.address()));
    const QStringList names{QStringLiteral("a.nodata.caa.test"), QStringLiteral("b.nodata.caa.test"), QStringLiteral("c.nodata.caa.test"),
                            QStringLiteral("sub.caa.test")};
    QList<DomainName> domains;
    for (const QString &n : names)
        domains << parseDomainInput(n).name;
    BulkCheck *bulk = session.startBulk(domains, 8);
    QVERIFY(bulk);
    QSignalSpy finished(bulk, &BulkCheck::finished);
    bulk->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    RunSummary summary;
    for (int i = 0; i < names.size(); ++i) {
        QVERIFY(bulk->isChecked(i));
        const CheckResult &r = bulk->result(i);
        QVERIFY2(r.origin, qPrintable(names[i]));
        QCOMPARE(r.origin->origin, FailureOrigin::Resolver);
        CheckReport report;
        report.inputOk = true;
        report.check = r;
        completeReport(report, {});
        summary.add(report);
    }
    QCOMPARE(summary.failureOrigins.value(QStringLiteral("resolver")), 4);
    QCOMPARE(summary.toJson()[QStringLiteral("failure_origins")].toObject()[QStringLiteral("resolver")].toInt(), 4);
    // Distinct CAA questions to the one server: a/b/c.nodata.caa.test, nodata.caa.test,
    // caa.test, sub.caa.test (test is not asked: caa.test has records). Each once.
    const FailureOriginProbe *probe = session.bulkOriginProbe();
    QVERIFY(probe);
    QVERIFY2(probe->directQueries() <= 7, qPrintable(QString::number(probe->directQueries())));
    QVERIFY(probe->directQueries() >= 6);
}

void TestFailureOrigin::cliJsonAndCsv()
{
    // The forwarder lives in this process: the CLI runs while the event loop turns.
    CaaTest::CaaForwarder forwarder(m_resolver, CaaMishandling::ServFail);
    QProcess cli;
    cli.start(QStringLiteral(CAA_CLI_PATH), {QStringLiteral("check"), QStringLiteral("--server"), forwarder.address().toString(), QStringLiteral("--ns-port"),
                                            QString::number(m_nsPort), QStringLiteral("--ca"), QStringLiteral("ca.example"), QStringLiteral("--format"),
                                            QStringLiteral("json"), QStringLiteral("caa.test")});
    QTRY_COMPARE_WITH_TIMEOUT(cli.state(), QProcess::NotRunning, 30000);
    QCOMPARE(cli.exitCode(), 2); // the official verdict: lookup failure
    const QJsonObject result = QJsonDocument::fromJson(cli.readAllStandardOutput())[QStringLiteral("results")].toArray()[0].toObject();
    QCOMPARE(result[QStringLiteral("failure_origin")].toObject()[QStringLiteral("origin")].toString(), QStringLiteral("resolver"));
    QCOMPARE(result[QStringLiteral("steps")].toArray()[0].toObject()[QStringLiteral("failure_origin")].toString(), QStringLiteral("resolver"));

    QProcess csv;
    csv.start(QStringLiteral(CAA_CLI_PATH), {QStringLiteral("check"), QStringLiteral("--server"), forwarder.address().toString(), QStringLiteral("--ns-port"),
                                            QString::number(m_nsPort), QStringLiteral("--ca"), QStringLiteral("ca.example"), QStringLiteral("--format"),
                                            QStringLiteral("csv"), QStringLiteral("--summary"), QStringLiteral("caa.test")});
    QTRY_COMPARE_WITH_TIMEOUT(csv.state(), QProcess::NotRunning, 30000);
    const QString out = QString::fromUtf8(csv.readAllStandardOutput());
    QVERIFY2(out.startsWith(QStringLiteral("input,name,relevant,ca,kind,verdict,reason,explanation,failure_origin\r\n")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral(",resolver\r\n")), qPrintable(out));

    QProcess off;
    off.start(QStringLiteral(CAA_CLI_PATH), {QStringLiteral("check"), QStringLiteral("--server"), forwarder.address().toString(), QStringLiteral("--no-failure-origin"),
                                            QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("caa.test")});
    QTRY_COMPARE_WITH_TIMEOUT(off.state(), QProcess::NotRunning, 30000);
    const QJsonObject plain = QJsonDocument::fromJson(off.readAllStandardOutput())[QStringLiteral("results")].toArray()[0].toObject();
    QVERIFY(plain[QStringLiteral("failure_origin")].isNull());

    // The resolvers to compare with: named on the command line, shown in JSON; a bad one is
    // a usage error that names the option.
    QProcess compare;
    compare.start(QStringLiteral(CAA_CLI_PATH), {QStringLiteral("check"), QStringLiteral("--server"), forwarder.address().toString(), QStringLiteral("--ns-port"),
                                                QString::number(m_nsPort), QStringLiteral("--failure-origin-compare"), m_resolver.toString(),
                                                QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("caa.test")});
    QTRY_COMPARE_WITH_TIMEOUT(compare.state(), QProcess::NotRunning, 30000);
    const QJsonObject level = QJsonDocument::fromJson(compare.readAllStandardOutput())[QStringLiteral("results")]
                                  .toArray()[0][QStringLiteral("failure_origin")][QStringLiteral("levels")].toArray()[0].toObject();
    QCOMPARE(level[QStringLiteral("compared")].toArray()[0].toObject()[QStringLiteral("resolver")].toString(), m_resolver.toString());
    QCOMPARE(level[QStringLiteral("compared")].toArray()[0].toObject()[QStringLiteral("answer")].toString(), QStringLiteral("0 iodef \"mailto:security@caa.test\", 0 issue \"ca.example\"")); // sorted

    QProcess bad;
    bad.start(QStringLiteral(CAA_CLI_PATH), {QStringLiteral("check"), QStringLiteral("--failure-origin-compare"), QStringLiteral("resolver.example"), QStringLiteral("caa.test")});
    QTRY_COMPARE_WITH_TIMEOUT(bad.state(), QProcess::NotRunning, 30000);
    QCOMPARE(bad.exitCode(), 3);
    QVERIFY(bad.readAllStandardError().contains("--failure-origin-compare"));
}

QTEST_MAIN(TestFailureOrigin)
#include "tst_failureorigin.moc"
