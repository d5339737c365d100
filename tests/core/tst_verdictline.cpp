// The answer in one line (issue #16 item 1): the verdict for the CAs that matter, the other
// kinds in brief, how the lookup went; failures, critical unknown tags and "no CA at all"
// as problems. Over zone data (the same climb as online) and the bundled directory.
#include "ca/cadirectory.h"
#include "report/verdictline.h"

#include "zoneclimb.h"

#include <QTest>

using namespace Caa;

Q_DECLARE_METATYPE(Caa::VerdictLine::Tone)

class TestVerdictLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void line_data();
    void line();
    void parametersNotYetBinding();
    void unfinishedCheck();
};

void TestVerdictLine::line_data()
{
    QTest::addColumn<QByteArray>("records");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("pinned");
    QTest::addColumn<QString>("text");
    QTest::addColumn<VerdictLine::Tone>("tone");
    QTest::addColumn<QString>("firstCa");
    using Tone = VerdictLine::Tone;
    const QString ok = QStringLiteral(" · lookup OK, not DNSSEC-validated");

    QTest::newRow("one CA") << QByteArray("www CAA 0 issue \"letsencrypt.org\"\n") << QStringLiteral("www.v.test") << QStringList{}
                            << QStringLiteral("Only Let's Encrypt may issue for www.v.test · wildcards: the same · S/MIME: any CA") + ok
                            << Tone::Fine << QStringLiteral("Let's Encrypt");
    QTest::newRow("two CAs share an identifier, one method (the issue's example)")
        << QByteArray("shop CAA 0 issue \"sectigo.com; validationmethods=dns-01\"\n") << QStringLiteral("www.shop.v.test") << QStringList{}
        << QStringLiteral("Only Sectigo and ZeroSSL may issue for www.shop.v.test (only validation method dns-01) · wildcards: the same · S/MIME: any CA") + ok
        << Tone::Fine << QStringLiteral("Sectigo");
    QTest::newRow("no records") << QByteArray() << QStringLiteral("www.v.test") << QStringList{}
                                << QStringLiteral("Any CA may issue for www.v.test: no CAA records from it up to the TLD · wildcards: the same · S/MIME: the same") + ok
                                << Tone::Fine << QString();
    QTest::newRow("issuewild forbids wildcards")
        << QByteArray("@ CAA 0 issue \"digicert.com\"\n@ CAA 0 issuewild \";\"\n") << QStringLiteral("v.test") << QStringList{}
        << QStringLiteral("Only DigiCert may issue for v.test · wildcards: no CA · S/MIME: any CA") + ok << Tone::Fine << QStringLiteral("DigiCert");
    QTest::newRow("no CA at all") << QByteArray("@ CAA 0 issue \";\"\n") << QStringLiteral("v.test") << QStringList{}
                                  << QStringLiteral("No CA may issue for v.test: the records at v.test allow none · wildcards: the same · S/MIME: any CA") + ok
                                  << Tone::Problem << QString();
    QTest::newRow("critical unknown tag")
        << QByteArray("@ CAA 0 issue \"letsencrypt.org\"\n@ CAA 128 tbs \"x\"\n") << QStringLiteral("v.test") << QStringList{}
        << QStringLiteral("No CA may issue for v.test: the critical tag tbs at v.test is one CAs do not know · wildcards: the same · S/MIME: the same") + ok
        << Tone::Problem << QString();
    QTest::newRow("lookup failure") << QByteArray("a CNAME b\nb CNAME a\n") << QStringLiteral("a.v.test") << QStringList{}
                                    << QStringLiteral("Lookup failure at a.v.test (SERVFAIL): no CA may issue for a.v.test until it answers")
                                    << Tone::Problem << QString();
    QTest::newRow("pinned: one may, one may not")
        << QByteArray("@ CAA 0 issue \"letsencrypt.org\"\n") << QStringLiteral("v.test") << QStringList{QStringLiteral("DigiCert"), QStringLiteral("Let's Encrypt")}
        << QStringLiteral("Let's Encrypt may issue for v.test; DigiCert may not · wildcards: the same · S/MIME: any CA") + ok << Tone::Problem
        << QStringLiteral("Let's Encrypt");
    QTest::newRow("pinned CA no longer in the directory is left out")
        << QByteArray("@ CAA 0 issue \"letsencrypt.org\"\n") << QStringLiteral("v.test") << QStringList{QStringLiteral("Gone CA"), QStringLiteral("Let's Encrypt")}
        << QStringLiteral("Only Let's Encrypt may issue for v.test · wildcards: the same · S/MIME: any CA") + ok << Tone::Fine << QStringLiteral("Let's Encrypt");
    QTest::newRow("issuer outside the directory is named as written")
        << QByteArray("@ CAA 0 issue \"Private-CA.example\"\n") << QStringLiteral("v.test") << QStringList{}
        << QStringLiteral("Only private-ca.example may issue for v.test · wildcards: the same · S/MIME: any CA") + ok << Tone::Fine << QString();
    QTest::newRow("S/MIME address: issuemail first")
        << QByteArray("@ CAA 0 issue \"letsencrypt.org\"\n@ CAA 0 issuemail \"digicert.com\"\n") << QStringLiteral("user@v.test") << QStringList{}
        << QStringLiteral("Only DigiCert may issue for user@v.test · single names: only Let's Encrypt") + ok << Tone::Fine << QStringLiteral("DigiCert");
    QTest::newRow("issuevmc present: VMC said too")
        << QByteArray("@ CAA 0 issue \"digicert.com\"\n@ CAA 0 issuevmc \"digicert.com\"\n") << QStringLiteral("v.test") << QStringList{}
        << QStringLiteral("Only DigiCert may issue for v.test · wildcards: the same · S/MIME: any CA · VMC: the same") + ok << Tone::Fine
        << QStringLiteral("DigiCert");
    QTest::newRow("many CAs: the first three and a count")
        << QByteArray("@ CAA 0 issue \"letsencrypt.org\"\n@ CAA 0 issue \"digicert.com\"\n@ CAA 0 issue \"sectigo.com\"\n@ CAA 0 issue \"pki.goog\"\n")
        << QStringLiteral("v.test") << QStringList{}
        << QStringLiteral("Only Let's Encrypt, DigiCert, Sectigo and 2 others may issue for v.test · wildcards: the same · S/MIME: any CA") + ok
        << Tone::Fine << QStringLiteral("Let's Encrypt");
}

void TestVerdictLine::line()
{
    QFETCH(QByteArray, records);
    QFETCH(QString, input);
    QFETCH(QStringList, pinned);
    QFETCH(QString, text);
    QFETCH(VerdictLine::Tone, tone);
    QFETCH(QString, firstCa);
    const CheckResult check = CaaTest::climbOfZone(records, input);
    const CaDirectory &directory = bundledCaDirectory();
    // As of the day RFC 8657 parameters bind every CA: the day the test runs must not matter.
    const VerdictLine line = verdictLine(check, simulate(check, directory, {{}, {}, {}, rfc8657MandatoryDate()}), directory, pinned);
    QCOMPARE(line.text, text);
    QCOMPARE(line.tone, tone);
    QCOMPARE(line.firstCa, firstCa);
}

void TestVerdictLine::parametersNotYetBinding()
{
    // BR 2.2.8 §4.2.2.1.2: before 2027-03-15 Sectigo and ZeroSSL (not known to process RFC
    // 8657 parameters) may ignore validationmethods; the line must not promise dns-01 only.
    const CheckResult check = CaaTest::climbOfZone("@ CAA 0 issue \"sectigo.com; validationmethods=dns-01\"\n", QStringLiteral("v.test"));
    const CaDirectory &directory = bundledCaDirectory();
    const VerdictLine before = verdictLine(check, simulate(check, directory, {{}, {}, {}, QDate(2026, 12, 1)}), directory, {});
    QCOMPARE(before.text, QStringLiteral("Only Sectigo and ZeroSSL may issue for v.test (from 2027-03-15 only validation method dns-01)"
                                         " · wildcards: the same · S/MIME: any CA · lookup OK, not DNSSEC-validated"));
    const VerdictLine after = verdictLine(check, simulate(check, directory, {{}, {}, {}, rfc8657MandatoryDate()}), directory, {});
    QCOMPARE(after.text, QStringLiteral("Only Sectigo and ZeroSSL may issue for v.test (only validation method dns-01)"
                                        " · wildcards: the same · S/MIME: any CA · lookup OK, not DNSSEC-validated"));
}

void TestVerdictLine::unfinishedCheck()
{
    const CheckResult check = makeCheck(parseDomainInput(QStringLiteral("www.v.test")).name);
    const VerdictLine line = verdictLine(check, simulate(check, bundledCaDirectory(), {}), bundledCaDirectory());
    QCOMPARE(line.tone, VerdictLine::Tone::Warning);
    QVERIFY(line.text.contains(QStringLiteral("did not finish")));

    // Cancelled by the user: the levels carry Cancelled, which is no answer from the domain.
    CheckResult cancelled = check;
    for (int i = 0; i < cancelled.steps.size(); ++i) {
        cancelled.steps[i].status = Dns::LookupStatus::Cancelled;
        cancelled.answered[i] = true;
    }
    selectRelevant(cancelled);
    QCOMPARE(cancelled.verdict, ClimbVerdict::Failure);
    const VerdictLine stopped = verdictLine(cancelled, simulate(cancelled, bundledCaDirectory(), {}), bundledCaDirectory());
    QCOMPARE(stopped.tone, VerdictLine::Tone::Warning);
    QVERIFY2(stopped.text.contains(QStringLiteral("did not finish")), qPrintable(stopped.text));
}

QTEST_GUILESS_MAIN(TestVerdictLine)
#include "tst_verdictline.moc"
