// Certificate Transparency beside a policy (issue #19): crt.sh and SSLMate responses
// written from their documented formats (tests/data/ct), issuer mapping by O=, the
// look-back, and the renewal a policy would block.
#include "ct/ctlog.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace Caa;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(CAA_SOURCE_DIR "/tests/data/ct/") + QString::fromLatin1(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// r.test with its CAA records at r.test itself.
CheckResult checkWith(const QString &name, const QList<CaaRecord> &records)
{
    CheckResult c = makeCheck(parseDomainInput(name).name);
    for (int i = 0; i < c.steps.size(); ++i) {
        Dns::LookupResult &s = c.steps[i];
        s.status = Dns::LookupStatus::Answered;
        s.rcode = Dns::Rcode::NoError;
        if (s.name == "r.test")
            for (const CaaRecord &r : records)
                s.caa.append({s.name, 300, r});
        c.answered[i] = true;
    }
    selectRelevant(c);
    return c;
}

CaaRecord issue(const char *tag, const char *value)
{
    CaaRecord r;
    r.tag = tag;
    r.value = value;
    return r;
}

const QDateTime kNow = QDateTime(QDate(2026, 12, 1), QTime(12, 0), QTimeZone::utc());

} // namespace

class TestCtLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crtShResponse();
    void sslMateResponse();
    void badResponses_data();
    void badResponses();
    void crtShRowLimit();
    void issuerOrganizations_data();
    void issuerOrganizations();
    void bundledMapCoversTheDirectory();
    void issuersOfAName();
    void lookBack_data();
    void lookBack();
    void renewalBlocked_data();
    void renewalBlocked();
    void draftFromCtBreaksNothing();
    void draftWithoutWildcardsHasNoIssuewild();
};

void TestCtLog::crtShResponse()
{
    const CtParse p = parseCtJson(fixture("crtsh-r.test.json"));
    QVERIFY2(p.ok(), qPrintable(p.error));
    QCOMPARE(p.format, CtFormat::CrtSh);
    QCOMPARE(p.entries, 6);
    QCOMPARE(p.duplicates, 1); // the precertificate and its certificate: one serial
    QCOMPARE(p.certificates.size(), 5);
    const CtCertificate &first = p.certificates.first();
    QCOMPARE(first.names, (QStringList{QStringLiteral("r.test"), QStringLiteral("www.r.test")}));
    QCOMPARE(first.notAfter, QDateTime(QDate(2099, 1, 1), QTime(7, 0), QTimeZone::utc()));
    QCOMPARE(first.serial, QStringLiteral("04aa11"));
    QVERIFY(!p.truncated);
}

void TestCtLog::sslMateResponse()
{
    const CtParse p = parseCtJson(fixture("sslmate-bulk.test.json"));
    QVERIFY2(p.ok(), qPrintable(p.error));
    QCOMPARE(p.format, CtFormat::SslMate);
    QCOMPARE(p.certificates.size(), 2);
    QCOMPARE(p.certificates[1].issuerName, QStringLiteral("C=US, O=DigiCert Inc, CN=DigiCert Global G2 TLS RSA SHA256 2020 CA1"));
    QCOMPARE(p.certificates[0].notBefore, QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc()));
}

void TestCtLog::badResponses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error"); // a part of the message; empty: read, nothing in it
    QTest::newRow("malformed JSON") << QByteArray("[{\"id\": 1,") << "not JSON";
    QTest::newRow("truncated body") << fixture("crtsh-r.test.json").left(300) << "not JSON";
    QTest::newRow("an object, not a list") << QByteArray("{\"error\": \"rate limited\"}") << "not a list";
    QTest::newRow("an HTML error page") << QByteArray("<html><body>502 Bad Gateway</body></html>") << "not JSON";
    QTest::newRow("empty result") << QByteArray("[]") << "";
    QTest::newRow("entries without dates or names are skipped") << QByteArray(R"([{"id": 1, "issuer_name": "O=X"}, 5, "text"])") << "";
}

void TestCtLog::badResponses()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const CtParse p = parseCtJson(json);
    if (error.isEmpty()) {
        QVERIFY(p.ok());
        QVERIFY(p.certificates.isEmpty());
    } else {
        QVERIFY2(p.error.contains(error), qPrintable(p.error));
        QVERIFY(p.certificates.isEmpty());
    }
}

void TestCtLog::crtShRowLimit()
{
    QByteArray json = "[";
    for (int i = 0; i < kCrtShRowLimit; ++i)
        json += (i ? "," : "") + QByteArray(R"({"issuer_name":"O=Let's Encrypt","name_value":"a.test","id":)") + QByteArray::number(i)
                + R"(,"not_before":"2026-01-01T00:00:00","not_after":"2099-01-01T00:00:00","serial_number":")" + QByteArray::number(i, 16) + "\"}";
    json += "]";
    const CtParse p = parseCtJson(json);
    QCOMPARE(p.entries, kCrtShRowLimit);
    QVERIFY(p.truncated);
}

void TestCtLog::issuerOrganizations_data()
{
    QTest::addColumn<QString>("dn");
    QTest::addColumn<QString>("organization");
    QTest::newRow("crt.sh's form") << "C=US, O=Let's Encrypt, CN=R10" << "Let's Encrypt";
    QTest::newRow("quoted, with a comma") << "C=JP, O=\"Cybertrust Japan Co., Ltd.\", CN=X" << "Cybertrust Japan Co., Ltd.";
    QTest::newRow("escaped comma (RFC 4514)") << "CN=X,O=Example\\, Inc.,C=US" << "Example, Inc.";
    QTest::newRow("no O=") << "CN=Some Root" << "";
    QTest::newRow("OU= is not O=") << "C=US, OU=Unit, CN=X" << "";
}

void TestCtLog::issuerOrganizations()
{
    QFETCH(QString, dn);
    QFETCH(QString, organization);
    QCOMPARE(issuerOrganization(dn), organization);
}

// Every CA of the directory has at least one organisation; an unknown one maps to nothing.
void TestCtLog::bundledMapCoversTheDirectory()
{
    const CtIssuerMap &map = bundledIssuerMap();
    QVERIFY(map.caByOrganization.size() > 300);
    const QStringList mapped = map.caByOrganization.values();
    for (const CaEntry &e : bundledCaDirectory().entries)
        QVERIFY2(mapped.contains(e.name), qPrintable(e.name));
    QCOMPARE(map.caFor(QStringLiteral("C=US, O=Let's Encrypt, CN=R10")), QStringLiteral("Let's Encrypt"));
    QCOMPARE(map.caFor(QStringLiteral("C=XX, O=Nowhere CA, CN=X1")), QString());
}

void TestCtLog::issuersOfAName()
{
    const CtParse p = parseCtJson(fixture("crtsh-r.test.json"));
    const QList<CtIssuer> own = summarizeCtIssuers(p.certificates, QStringLiteral("r.test"), false, bundledIssuerMap(), kNow);
    QCOMPARE(own.size(), 2); // the expired DigiCert certificate of 2015 is left out
    QCOMPARE(own[0].ca, QStringLiteral("Let's Encrypt"));
    QCOMPARE(own[0].certificates, 2);
    QCOMPARE(own[0].names, QStringList{QStringLiteral("r.test")});
    QCOMPARE(own[0].latestNotAfter.date(), QDate(2099, 1, 1));
    QCOMPARE(own[0].certificateIds.first(), QStringLiteral("9000000001"));
    QCOMPARE(own[1].ca, QStringLiteral("Sectigo"));
    QVERIFY(own[1].wildcard);

    const QList<CtIssuer> below = summarizeCtIssuers(p.certificates, QStringLiteral("r.test"), true, bundledIssuerMap(), kNow);
    QCOMPARE(below.size(), 3);
    QCOMPARE(below[0].names, (QStringList{QStringLiteral("r.test"), QStringLiteral("www.r.test")}));
    QCOMPARE(below[2].ca, QString()); // never guessed
    QCOMPARE(below[2].issuerName, QStringLiteral("C=XX, O=\"Nowhere CA, Ltd.\", CN=Nowhere X1"));
}

// Unexpired, or issued in the last 15 months.
void TestCtLog::lookBack_data()
{
    QTest::addColumn<QDateTime>("notBefore");
    QTest::addColumn<QDateTime>("notAfter");
    QTest::addColumn<bool>("counted");
    QTest::newRow("unexpired") << kNow.addDays(-300) << kNow.addDays(60) << true;
    QTest::newRow("expired, issued 14 months ago") << kNow.addMonths(-14) << kNow.addMonths(-11) << true;
    QTest::newRow("expired, issued 16 months ago") << kNow.addMonths(-16) << kNow.addMonths(-13) << false;
}

void TestCtLog::lookBack()
{
    QFETCH(QDateTime, notBefore);
    QFETCH(QDateTime, notAfter);
    QFETCH(bool, counted);
    CtCertificate c;
    c.id = QStringLiteral("1");
    c.issuerName = QStringLiteral("C=US, O=Let's Encrypt, CN=R10");
    c.names = {QStringLiteral("r.test")};
    c.notBefore = notBefore;
    c.notAfter = notAfter;
    QCOMPARE(summarizeCtIssuers({c}, QStringLiteral("r.test"), false, bundledIssuerMap(), kNow).size(), counted ? 1 : 0);
}

// The renewal finding appears exactly when the policy denies a CA seen in CT.
void TestCtLog::renewalBlocked_data()
{
    QTest::addColumn<QList<CaaRecord>>("records");
    QTest::addColumn<QStringList>("blocked"); // the CAs whose renewal is refused
    QTest::addColumn<bool>("unusedNote");
    QTest::newRow("only another CA: both refused")
        << QList<CaaRecord>{issue("issue", "ca.example")} << QStringList{QStringLiteral("Let's Encrypt"), QStringLiteral("Sectigo")} << false;
    QTest::newRow("Let's Encrypt only: Sectigo's wildcard refused")
        << QList<CaaRecord>{issue("issue", "letsencrypt.org")} << QStringList{QStringLiteral("Sectigo")} << false;
    QTest::newRow("issuewild for Sectigo: nothing refused")
        << QList<CaaRecord>{issue("issue", "letsencrypt.org"), issue("issuewild", "sectigo.com")} << QStringList{} << false;
    QTest::newRow("no records: nothing refused, no note")
        << QList<CaaRecord>{} << QStringList{} << false;
    QTest::newRow("a CA that never issued here is allowed too: a note")
        << QList<CaaRecord>{issue("issue", "letsencrypt.org"), issue("issue", "sectigo.com"), issue("issue", "digicert.com")} << QStringList{} << true;
}

void TestCtLog::renewalBlocked()
{
    QFETCH(QList<CaaRecord>, records);
    QFETCH(QStringList, blocked);
    QFETCH(bool, unusedNote);
    const CtParse p = parseCtJson(fixture("crtsh-r.test.json"));
    CtReport report = ctReportFor(p, QStringLiteral("crtsh-r.test.json"), kNow, QStringLiteral("r.test"), false, kNow);
    const CheckResult check = checkWith(QStringLiteral("r.test"), records);
    const QList<Finding> findings = ctRenewalCheck(report, check, bundledCaDirectory());
    QStringList denied;
    for (const CtIssuer &i : report.issuers)
        if (i.deniedByPolicy)
            denied << i.ca;
    QCOMPARE(denied, blocked);
    int errors = 0;
    bool note = false;
    for (const Finding &f : findings) {
        if (f.code == QStringLiteral("renewal-blocked")) {
            ++errors;
            QCOMPARE(f.severity, Severity::Error);
            QVERIFY2(f.message.contains(QStringLiteral("expires 209")), qPrintable(f.message));
            QVERIFY2(!f.fix.isEmpty(), qPrintable(f.message));
        }
        note = note || f.code == QStringLiteral("ct-unused-permission");
    }
    QCOMPARE(errors, blocked.size());
    QCOMPARE(note, unusedNote);
}

// "Start from the CAs that issue for you": the draft, put in place of ca.example, blocks
// no renewal; the live records block both.
void TestCtLog::draftFromCtBreaksNothing()
{
    const CtParse p = parseCtJson(fixture("crtsh-r.test.json"));
    CtReport report = ctReportFor(p, QStringLiteral("crtsh-r.test.json"), kNow, QStringLiteral("r.test"), false, kNow);
    const CaaPolicy policy = buildPolicy(draftFromCt("r.test", report.issuers, bundledCaDirectory()));
    QCOMPARE(policy.records, (QList<CaaRecord>{issue("issue", "letsencrypt.org"), issue("issuewild", "sectigo.com")}));

    const CheckResult live = checkWith(QStringLiteral("r.test"), {issue("issue", "ca.example")});
    QCOMPARE(ctRenewalCheck(report, live, bundledCaDirectory()).size(), 2);
    const QList<Finding> withDraft = ctRenewalCheck(report, applyDraft(live, policy), bundledCaDirectory(), {}, /*draft=*/true);
    QVERIFY(withDraft.isEmpty());
    QVERIFY(report.draftChecked);
    for (const CtIssuer &i : std::as_const(report.issuers)) {
        QVERIFY(i.deniedByPolicy);  // the live records
        QVERIFY(!i.deniedByDraft);  // the draft
    }

    // A draft that forgets Sectigo blocks its renewal, said as the draft's.
    CaaPolicy forgetful = policy;
    forgetful.records.removeLast();
    const QList<Finding> blocked = ctRenewalCheck(report, applyDraft(live, forgetful), bundledCaDirectory(), {}, true);
    QCOMPARE(blocked.size(), 1);
    QVERIFY(blocked.first().message.startsWith(QStringLiteral("With the draft published: Sectigo")));
}

void TestCtLog::draftWithoutWildcardsHasNoIssuewild()
{
    const CtParse p = parseCtJson(fixture("sslmate-bulk.test.json"));
    const CtReport report = ctReportFor(p, QString(), kNow, QStringLiteral("bulk.test"), false, kNow);
    const CaaPolicy policy = buildPolicy(draftFromCt("bulk.test", report.issuers, bundledCaDirectory()));
    QCOMPARE(policy.records, (QList<CaaRecord>{issue("issue", "letsencrypt.org"), issue("issue", "digicert.com")}));
}

QTEST_MAIN(TestCtLog)
#include "tst_ctlog.moc"
