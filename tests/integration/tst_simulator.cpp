// The issuance simulator against the real test bed: every CA × every kind, with the
// inputs that change a verdict (account URI, validation method, custom identifiers).
#include "dns/aresresolver.h"
#include "engine/checkjob.h"
#include "engine/simulator.h"
#include "climb.h"
#include "testbed.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Caa;

namespace {

CaDirectory testDirectory()
{
    CaDirectory d;
    CaEntry one;
    one.name = QStringLiteral("Test CA One");
    one.identifiers = {"ca.example"};
    CaEntry multi;
    multi.name = QStringLiteral("Multi CA");
    multi.identifiers = {"other.example", "alt.example"};
    CaEntry boulder;
    boulder.name = QStringLiteral("Boulder CA");
    boulder.identifiers = {"ca.example"};
    boulder.profileId = QStringLiteral("letsencrypt");
    d.entries = {one, multi, boulder};
    // The real Let's Encrypt entry: its account URL forms and methods come from the data.
    d.entries += *bundledCaDirectory().findByIdentifier("letsencrypt.org").first();
    return d;
}

int kindColumn(const QString &kind)
{
    return QStringList{QStringLiteral("single"), QStringLiteral("wildcard"), QStringLiteral("email"), QStringLiteral("vmc")}.indexOf(kind);
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cells_data();
    void cells();
    void matrixCoversEveryCaAndKind();

private:
    CheckResult climb(const QString &name);
    std::unique_ptr<Dns::AresResolver> m_resolver;
};

void TestSimulator::initTestCase()
{
    CAA_REQUIRE_TESTBED(server);
    m_resolver = std::make_unique<Dns::AresResolver>(Dns::ResolverOptions{.servers = {server}});
}

CheckResult TestSimulator::climb(const QString &name)
{
    return CaaTest::climbAndWait(m_resolver.get(), parseDomainInput(name).name, 10000);
}

void TestSimulator::cells_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("account");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QList<QByteArray>>("custom");
    QTest::addColumn<QString>("ca");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("conditions");
    QTest::addColumn<QString>("explanationMentions");
    QTest::addColumn<QDate>("asOf");

    const QList<QByteArray> none;
    // Rows decide as of the day RFC 8657 binds every CA (BR 2.2.8 §4.2.2.1.2) unless they
    // say otherwise: the day the test runs must not change the answer.
    QDate day = rfc8657MandatoryDate();
    auto row = [&](const char *title, const char *name, const char *account, const char *method, const QList<QByteArray> &custom,
                   const char *ca, const char *kind, const char *verdict, const char *reason, const char *conditions, const char *mentions) {
        QTest::newRow(title) << QString::fromLatin1(name) << QByteArray(account) << QByteArray(method) << custom << QString::fromLatin1(ca)
                             << QString::fromLatin1(kind) << QString::fromLatin1(verdict) << QString::fromLatin1(reason)
                             << QString::fromLatin1(conditions) << QString::fromUtf8(mentions) << day;
    };
    row("multi-identifier CA permitted through its first identifier", "own.r.test", "", "", none, "Multi CA", "single", "permit", "authorised", "", "names other.example");
    row("multi-identifier CA permitted through its second identifier", "alt.r.test", "", "", none, "Multi CA", "single", "permit", "authorised", "", "names alt.example");
    row("single-identifier CA not named", "alt.r.test", "", "", none, "Test CA One", "single", "deny", "issuer-not-listed", "", "allows only alt.example");
    row("wildcard column uses issuewild", "prec.r.test", "", "", none, "Multi CA", "wildcard", "permit", "authorised", "", "*.prec.r.test");
    row("helpdesk sentence for a wildcard deny", "prec.r.test", "", "", none, "Test CA One", "wildcard", "deny", "issuer-not-listed", "",
        "Test CA One may not issue for *.prec.r.test: the issuewild record at prec.r.test allows only other.example.");
    row("single column ignores issuewild", "prec.r.test", "", "", none, "Multi CA", "single", "deny", "issuer-not-listed", "", "allows only ca.example");
    row("S/MIME column: issue does not restrict", "prec.r.test", "", "", none, "Multi CA", "email", "permit", "no-restricting-property", "", "S/MIME");
    row("S/MIME column: issuemail restricts", "mail.r.test", "", "", none, "Test CA One", "email", "deny", "issuer-not-listed", "", "issuemail");
    row("VMC column: issue does not restrict mark certificates", "prec.r.test", "", "", none, "Multi CA", "vmc", "permit", "no-restricting-property", "",
        "have no issuevmc property");
    row("VMC column uses issuevmc", "vmc.r.test", "", "", none, "Multi CA", "vmc", "permit", "authorised", "", "issuevmc");
    row("profile per CA: boulder treats flag 1 as critical", "crit1.r.test", "", "", none, "Boulder CA", "single", "deny", "critical-unknown-tag", "", "critical");
    row("profile per CA: rfc ignores flag 1", "crit1.r.test", "", "", none, "Test CA One", "single", "permit", "authorised", "", "names ca.example");
    row("accounturi left open becomes a condition", "acct.r.test", "", "", none, "Test CA One", "single", "permit", "authorised",
        "only account https://acme.example/acct/1", "only account");
    row("account URI input: the named account", "acct.r.test", "https://acme.example/acct/1", "", none, "Test CA One", "single", "permit", "authorised", "", "names ca.example");
    row("account URI input: another account", "acct.r.test", "https://acme.example/acct/9", "", none, "Test CA One", "single", "deny", "account-mismatch", "", "allows only the account");
    row("account URL forms: ACMEv2 account, record in the ACMEv1 form", "leacctv1.r.test", "https://acme-v02.api.letsencrypt.org/acme/acct/1234", "", none,
        "Let's Encrypt", "single", "permit", "authorised", "", "other form https://acme-v01.api.letsencrypt.org/acme/reg/, which Let's Encrypt accepts");
    row("account URL forms: another account ID", "leacctv1.r.test", "https://acme-v02.api.letsencrypt.org/acme/acct/99", "", none,
        "Let's Encrypt", "single", "deny", "account-mismatch", "", "allows only the account https://acme-v01.api.letsencrypt.org/acme/reg/1234");
    row("validationmethods left open becomes a condition", "methods.r.test", "", "", none, "Test CA One", "wildcard", "permit", "authorised",
        "only validation methods dns-01, http-01", "dns-01");
    row("validation method input: listed", "methods.r.test", "", "http-01", none, "Boulder CA", "single", "permit", "authorised", "", "names ca.example");
    row("validation method input: not listed", "methods.r.test", "", "tls-alpn-01", none, "Test CA One", "single", "deny", "method-mismatch", "", "tls-alpn-01");
    row("custom identifier not in the directory", "alias.caa.test", "", "", {"chain.example"}, "chain.example", "single", "permit", "authorised", "", "names chain.example");
    row("through an alias the explanation names the level and the records' owner", "alias.caa.test", "", "", {"chain.example"}, "chain.example",
        "single", "permit", "authorised", "", "the issue record at alias.caa.test (records of alias3.other.test, reached through an alias) names chain.example");
    row("two records: the verb agrees", "substring.r.test", "", "", none, "Test CA One", "single", "deny", "issuer-not-listed", "",
        "the 2 issue records at substring.r.test allow only ca.example.evil, notca.example.");
    row("custom identifier denied like any CA", "r.test", "", "", {"private-acme.example"}, "private-acme.example", "single", "deny", "issuer-not-listed", "", "allows only ca.example");
    row("lookup failure in every column", "x.lame.caa.test", "", "", none, "Multi CA", "email", "lookup-failure", "lookup-failure", "", "SERVFAIL");
    row("no CAA: every CA, every kind", "www.nocaa.test", "", "", none, "Multi CA", "vmc", "permit", "no-caa", "", "no CAA records");

    // BR 2.2.8 §4.2.2.1.2 labels (rfc profile: the equivalent ACME label matches).
    row("ca-tbr-19 in the record matches an http-01 request", "tbr19.r.test", "", "http-01", none, "Test CA One", "single", "permit", "authorised", "",
        "ca-tbr-19 and http-01 name the same validation method");
    row("dns-01 in the record matches a ca-tbr-7 request", "methods.r.test", "", "ca-tbr-7", none, "Test CA One", "single", "permit", "authorised", "",
        "dns-01 and ca-tbr-7 name the same validation method");
    row("ca-tbr-19 does not match dns-01", "tbr19.r.test", "", "dns-01", none, "Test CA One", "single", "deny", "method-mismatch", "", "ca-tbr-19");
    row("a condition names the BR method of a ca-tbr label", "tbr19.r.test", "", "", none, "Test CA One", "single", "permit", "authorised",
        "only validation method ca-tbr-19 (Agreed-Upon Change to Website - ACME)", "ca-tbr-19");
    row("boulder does not accept ca-tbr labels (boulder#8821)", "tbr19.r.test", "", "http-01", none, "Boulder CA", "single", "deny", "method-mismatch", "",
        "does not accept ca-tbr- labels yet: letsencrypt/boulder#8821");
    row("Let's Encrypt: a ca-tbr-only list allows no method it uses", "letbr.r.test", "", "", none, "Let's Encrypt", "single", "deny",
        "parameters-unsatisfiable", "", "Let's Encrypt does not accept ca-tbr- labels yet");

    // Before 2027-03-15 a CA not known to process RFC 8657 parameters may ignore them.
    day = QDate(2026, 12, 1);
    row("2026-12-01: another account, not yet binding", "acct.r.test", "https://acme.example/acct/9", "", none, "Test CA One", "single", "permit",
        "parameters-not-yet-binding", "", "From 2027-03-15: Test CA One may not issue for acct.r.test: the issue record at acct.r.test names ca.example, but it allows only the account");
    row("2026-12-01: a method not listed, not yet binding", "methods.r.test", "", "tls-alpn-01", none, "Test CA One", "single", "permit",
        "parameters-not-yet-binding", "", "it is not known whether Test CA One processes them already");
    row("2026-12-01: an open account is no condition yet", "acct.r.test", "", "", none, "Test CA One", "single", "permit",
        "parameters-not-yet-binding", "", "with any account and validation method");
    row("2026-12-01: a method listed needs no leniency", "methods.r.test", "", "dns-01", none, "Test CA One", "single", "permit", "authorised", "", "names ca.example");
    row("2026-12-01: Let's Encrypt processes parameters already", "leacctv1.r.test", "https://acme-v02.api.letsencrypt.org/acme/acct/99", "", none,
        "Let's Encrypt", "single", "deny", "account-mismatch", "", "allows only the account");
    row("2026-12-01: an issuer not named is denied all the same", "alt.r.test", "", "", none, "Test CA One", "single", "deny", "issuer-not-listed", "", "allows only alt.example");
    day = QDate(2027, 3, 14);
    row("2027-03-14: the last day parameters may be ignored", "acct.r.test", "https://acme.example/acct/9", "", none, "Test CA One", "single", "permit",
        "parameters-not-yet-binding", "", "before 2027-03-15");
}

void TestSimulator::cells()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, account);
    QFETCH(QByteArray, method);
    QFETCH(QList<QByteArray>, custom);
    QFETCH(QString, ca);
    QFETCH(QString, kind);
    QFETCH(QString, verdict);
    QFETCH(QString, reason);
    QFETCH(QString, conditions);
    QFETCH(QString, explanationMentions);
    QFETCH(QDate, asOf);

    const CheckResult check = climb(name);
    const SimulationMatrix m = simulate(check, testDirectory(), {account, method, custom, asOf});
    const MatrixRow *row = nullptr;
    for (const MatrixRow &r : m.rows)
        if (r.request.caName == ca)
            row = &r;
    QVERIFY2(row, qPrintable(ca));
    QCOMPARE(row->custom, !custom.isEmpty() && ca == QString::fromLatin1(custom.first()));
    const Decision &d = row->cells.at(kindColumn(kind));
    QStringList condition;
    for (const PermitCondition &c : d.conditions)
        condition << c.describe();
    QCOMPARE(verdictName(d.verdict), verdict);
    QCOMPARE(reasonCodeName(d.reason), reason);
    QCOMPARE(condition.join(QStringLiteral(" | ")), conditions);
    QVERIFY2(d.explanation.contains(explanationMentions), qPrintable(d.explanation));
    // A permit that holds only because the parameters may be ignored carries what comes after.
    QCOMPARE(d.fromMandatoryDate.has_value(), reason == QStringLiteral("parameters-not-yet-binding"));
    if (d.fromMandatoryDate)
        QCOMPARE(d.fromMandatoryDate->from, rfc8657MandatoryDate());
}

void TestSimulator::matrixCoversEveryCaAndKind()
{
    const CheckResult check = climb(QStringLiteral("prec.r.test"));
    const SimulationMatrix m = simulate(check, bundledCaDirectory(), {{}, {}, {"custom.example"}, {}});
    QCOMPARE(m.kinds.size(), 4);
    QCOMPARE(m.rows.size(), bundledCaDirectory().entries.size() + 1);
    for (const MatrixRow &r : m.rows) {
        QCOMPARE(r.cells.size(), 4);
        for (const Decision &d : r.cells)
            QVERIFY(!d.explanation.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
