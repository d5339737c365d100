// Findings from synthetic climbs: each row publishes an RRset at example.com and
// expects one finding code (and its severity).
#include "engine/findings.h"

#include <QTest>

#include "loopback.h"

using namespace Caa;

namespace {

CheckResult climbWith(const QList<CaaRecord> &records, const QString &input = QStringLiteral("www.example.com"))
{
    CheckResult c = makeCheck(parseDomainInput(input).name);
    for (int i = 0; i < c.steps.size(); ++i) {
        Dns::LookupResult &s = c.steps[i];
        s.status = Dns::LookupStatus::Answered;
        s.rcode = i == 0 ? Dns::Rcode::NXDomain : Dns::Rcode::NoError;
        if (s.name == "example.com")
            for (const CaaRecord &r : records)
                s.caa.append({s.name, 300, r});
        c.answered[i] = true;
    }
    selectRelevant(c);
    return c;
}

} // namespace

class TestFindings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data();
    void records();
    void cleanPolicyHasNoWarnings();
    void lookupFailureExplainsTheBrException();
    void noCaa();
};

void TestFindings::records_data()
{
    QTest::addColumn<QList<CaaRecord>>("records");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("severity");

    const CaaRecord ok{0, "issue", "ca.example"};
    QTest::newRow("CA name instead of identifier") << QList<CaaRecord>{{0, "issue", "Let's Encrypt"}} << "ca-name-as-issuer" << "error";
    QTest::newRow("upper-case issuer") << QList<CaaRecord>{{0, "issue", "LetsEncrypt.org"}} << "issuer-uppercase" << "warning";
    QTest::newRow("trailing-dot issuer") << QList<CaaRecord>{{0, "issue", "letsencrypt.org."}} << "issuer-trailing-dot" << "error";
    QTest::newRow("flag 1 (critical for Let's Encrypt)") << QList<CaaRecord>{ok, {1, "issue", "ca.example"}} << "flag-bit-1" << "warning";
    QTest::newRow("reserved flag bits") << QList<CaaRecord>{ok, {0x40, "iodef", "mailto:a@b.example"}} << "reserved-flag-bits" << "warning";
    QTest::newRow("critical contactemail blocks Let's Encrypt") << QList<CaaRecord>{ok, {128, "contactemail", "a@b.example"}} << "critical-contact" << "warning";
    QTest::newRow("unknown tag") << QList<CaaRecord>{ok, {0, "tbs", "x"}} << "unknown-tag" << "info";
    QTest::newRow("critical unknown tag") << QList<CaaRecord>{ok, {128, "tbs", "x"}} << "critical-unknown-tag" << "error";
    QTest::newRow("tag with invalid characters") << QList<CaaRecord>{ok, {0, "is-sue", "x"}} << "invalid-tag" << "error";
    QTest::newRow("tag in upper case") << QList<CaaRecord>{{0, "ISSUE", "ca.example"}} << "tag-case" << "info";
    QTest::newRow("tag over 15 octets") << QList<CaaRecord>{ok, {0, "abcdefghijklmnop", "x"}} << "long-tag" << "info";
    QTest::newRow("malformed value, says where") << QList<CaaRecord>{{0, "issue", "ca.example; a b"}} << "malformed-value" << "error";
    QTest::newRow("duplicate parameters") << QList<CaaRecord>{{0, "issue", "ca.example; accounturi=https://a/1; accounturi=https://a/2"}} << "duplicate-parameter" << "error";
    QTest::newRow("AccountURI= wrong case") << QList<CaaRecord>{{0, "issue", "ca.example; AccountURI=https://a.example/1"}} << "parameter-name-case" << "warning";
    QTest::newRow("staging account URI") << QList<CaaRecord>{{0, "issue", "letsencrypt.org; accounturi=https://acme-staging-v02.api.letsencrypt.org/acme/acct/1"}} << "staging-account-uri" << "warning";
    QTest::newRow("hyphenated parameter tag") << QList<CaaRecord>{{0, "issue", "ca.example; foo-bar=1"}} << "hyphenated-parameter-tag" << "warning";
    QTest::newRow("unknown validation method") << QList<CaaRecord>{{0, "issue", "ca.example; validationmethods=tls-sni-01"}} << "unknown-validation-method" << "warning";
    QTest::newRow("validation method in upper case") << QList<CaaRecord>{{0, "issue", "ca.example; validationmethods=DNS-01"}} << "validation-method-case" << "warning";
    QTest::newRow("malformed validation method list") << QList<CaaRecord>{{0, "issue", "ca.example; validationmethods=dns-01,,http-01"}} << "malformed-validation-methods" << "error";
    QTest::newRow("account URI that is not a URI") << QList<CaaRecord>{{0, "issue", "ca.example; accounturi=%zz"}} << "invalid-account-uri" << "error";
    QTest::newRow("iodef bare address") << QList<CaaRecord>{ok, {0, "iodef", "security@example.com"}} << "iodef-bare-address" << "error";
    QTest::newRow("iodef with http:") << QList<CaaRecord>{ok, {0, "iodef", "http://example.com/report"}} << "iodef-http" << "warning";
    QTest::newRow("iodef with another scheme") << QList<CaaRecord>{ok, {0, "iodef", "ftp://example.com/"}} << "iodef-bad-scheme" << "warning";
    QTest::newRow("contactemail not an address") << QList<CaaRecord>{ok, {0, "contactemail", "mailto:a@b.example"}} << "contactemail-invalid" << "error";
    QTest::newRow("contactphone without country code") << QList<CaaRecord>{ok, {0, "contactphone", "555 0100"}} << "contactphone-invalid" << "error";
    QTest::newRow("issuewild identical to issue") << QList<CaaRecord>{ok, {0, "issuewild", "ca.example"}} << "issuewild-same-as-issue" << "info";
    QTest::newRow("issue ';' next to other issue records") << QList<CaaRecord>{ok, {0, "issue", ";"}} << "deny-all-with-others" << "warning";
    QTest::newRow("no issue property: TLS not restricted") << QList<CaaRecord>{{0, "iodef", "mailto:a@b.example"}} << "no-issue-property" << "warning";
    QTest::newRow("value over 255 octets") << QList<CaaRecord>{ok, {0, "tbs", QByteArray(300, 'x')}} << "long-value" << "info";
    QTest::newRow("inherited from a parent") << QList<CaaRecord>{ok} << "inherited" << "info";
}

void TestFindings::records()
{
    QFETCH(QList<CaaRecord>, records);
    QFETCH(QString, code);
    QFETCH(QString, severity);
    const QList<Finding> findings = analyse(climbWith(records));
    const QStringList found = CaaTest::findingCodes(findings);
    QVERIFY2(found.contains(code), qPrintable(found.join(u' ')));
    const Finding &f = findings[found.indexOf(code)];
    QCOMPARE(severityName(f.severity), severity);
    QVERIFY(!f.message.isEmpty());
    QVERIFY(!f.reference.isEmpty());
}

void TestFindings::cleanPolicyHasNoWarnings()
{
    const QList<Finding> findings = analyse(climbWith({{0, "issue", "letsencrypt.org"}, {0, "iodef", "mailto:security@example.com"}}, QStringLiteral("example.com")));
    for (const Finding &f : findings)
        QVERIFY2(f.severity == Severity::Info, qPrintable(f.code + u' ' + f.message));
}

void TestFindings::lookupFailureExplainsTheBrException()
{
    CheckResult c = climbWith({{0, "issue", "ca.example"}});
    c.steps[0].rcode = Dns::Rcode::ServFail;
    selectRelevant(c);
    const QList<Finding> findings = analyse(c);
    QCOMPARE(findings.first().code, QStringLiteral("lookup-failure"));
    QCOMPARE(findings.first().severity, Severity::Error);
    QVERIFY(findings.first().message.contains(QStringLiteral("DNSSEC")));
}

void TestFindings::noCaa()
{
    const QList<Finding> findings = analyse(climbWith({}));
    QVERIFY(CaaTest::findingCodes(findings).contains(QStringLiteral("no-caa")));
}

QTEST_APPLESS_MAIN(TestFindings)
#include "tst_findings.moc"
