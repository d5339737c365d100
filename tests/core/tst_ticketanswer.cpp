// The ticket answer (issue #22 item 1): for the CA and kind asked about, the verdict and
// the zone lines that change it. Every fix is proven by applying it to the zone and
// deciding again: the refused request must then be permitted (RFC 8659 §4, RFC 8657).
#include "ca/cadirectory.h"
#include "report/ticketanswer.h"

#include "zoneclimb.h"

#include <QTest>

using namespace Caa;

Q_DECLARE_METATYPE(Caa::CertificateKind)
Q_DECLARE_METATYPE(Caa::Verdict)

class TestTicketAnswer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixMakesItPermitted_data();
    void fixMakesItPermitted();
    void chosenCasAndKinds();
    void lookupFailureAdvice();
};

namespace {

Decision decisionFor(const CheckResult &check, const QString &ca, CertificateKind kind, const SimulationInputs &inputs)
{
    const SimulationMatrix matrix = simulate(check, bundledCaDirectory(), inputs);
    for (const MatrixRow &row : matrix.rows)
        if (row.request.caName == ca)
            return row.cells.value(matrix.kinds.indexOf(kind));
    return {};
}

} // namespace

void TestTicketAnswer::fixMakesItPermitted_data()
{
    QTest::addColumn<QByteArray>("records");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("ca");
    QTest::addColumn<CertificateKind>("kind");
    QTest::addColumn<QByteArray>("account");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QStringList>("remove");
    QTest::addColumn<QStringList>("add");

    const QByteArray le = "https://acme-v02.api.letsencrypt.org/acme/acct/42";
    QTest::newRow("another CA named: add an issue record at the relevant level")
        << QByteArray("shop CAA 0 issue \"sectigo.com\"\n") << QStringLiteral("www.shop.v.test") << QStringLiteral("Let's Encrypt")
        << CertificateKind::TlsSingle << QByteArray() << QByteArray() << QStringList{}
        << QStringList{QStringLiteral("shop.v.test. IN CAA 0 issue \"letsencrypt.org\"")};
    QTest::newRow("issuewild present: a wildcard needs issuewild (RFC 8659 §4.3)")
        << QByteArray("@ CAA 0 issue \"letsencrypt.org\"\n@ CAA 0 issuewild \"sectigo.com\"\n") << QStringLiteral("*.v.test")
        << QStringLiteral("Let's Encrypt") << CertificateKind::TlsWildcard << QByteArray() << QByteArray() << QStringList{}
        << QStringList{QStringLiteral("v.test. IN CAA 0 issuewild \"letsencrypt.org\"")};
    QTest::newRow("no CA at all: the forbidding record goes")
        << QByteArray("v.test. IN CAA 0 issue \";\"\n") << QStringLiteral("v.test") << QStringLiteral("DigiCert") << CertificateKind::TlsSingle
        << QByteArray() << QByteArray() << QStringList{QStringLiteral("v.test. IN CAA 0 issue \";\"")}
        << QStringList{QStringLiteral("v.test. IN CAA 0 issue \"digicert.com\"")};
    QTest::newRow("S/MIME: issuemail (RFC 9495 §4)")
        << QByteArray("@ CAA 0 issuemail \"digicert.com\"\n") << QStringLiteral("user@v.test") << QStringLiteral("Sectigo") << CertificateKind::Email
        << QByteArray() << QByteArray() << QStringList{} << QStringList{QStringLiteral("v.test. IN CAA 0 issuemail \"sectigo.com\"")};
    QTest::newRow("another account: a record for this one (RFC 8657 §3)")
        << QByteArray("@ CAA 0 issue \"letsencrypt.org; accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/7\"\n")
        << QStringLiteral("v.test") << QStringLiteral("Let's Encrypt") << CertificateKind::TlsSingle << le << QByteArray() << QStringList{}
        << QStringList{QStringLiteral("v.test. IN CAA 0 issue \"letsencrypt.org; accounturi=%1\"").arg(QString::fromLatin1(le))};
    QTest::newRow("another method: a record for this one (RFC 8657 §4)")
        << QByteArray("@ CAA 0 issue \"letsencrypt.org; validationmethods=dns-01\"\n") << QStringLiteral("v.test")
        << QStringLiteral("Let's Encrypt") << CertificateKind::TlsSingle << QByteArray() << QByteArray("http-01") << QStringList{}
        << QStringList{QStringLiteral("v.test. IN CAA 0 issue \"letsencrypt.org; validationmethods=http-01\"")};
    QTest::newRow("critical unknown tag: the flag is cleared (RFC 8659 §4.5)")
        << QByteArray("v.test. IN CAA 128 tbs \"x\"\n@ CAA 0 issue \"letsencrypt.org\"\n") << QStringLiteral("v.test")
        << QStringLiteral("Let's Encrypt") << CertificateKind::TlsSingle << QByteArray() << QByteArray()
        << QStringList{QStringLiteral("v.test. IN CAA 128 tbs \"x\"")} << QStringList{QStringLiteral("v.test. IN CAA 0 tbs \"x\"")};
    QTest::newRow("through a CNAME: at the alias target")
        << QByteArray("cdn CNAME edge\nedge CAA 0 issue \"pki.goog\"\n") << QStringLiteral("img.cdn.v.test") << QStringLiteral("Let's Encrypt")
        << CertificateKind::TlsSingle << QByteArray() << QByteArray() << QStringList{}
        << QStringList{QStringLiteral("edge.v.test. IN CAA 0 issue \"letsencrypt.org\"")};
}

void TestTicketAnswer::fixMakesItPermitted()
{
    QFETCH(QByteArray, records);
    QFETCH(QString, input);
    QFETCH(QString, ca);
    QFETCH(CertificateKind, kind);
    QFETCH(QByteArray, account);
    QFETCH(QByteArray, method);
    QFETCH(QStringList, remove);
    QFETCH(QStringList, add);
    SimulationInputs inputs;
    inputs.accountUri = account;
    inputs.method = method;
    const CheckResult check = CaaTest::climbOfZone(records, input);
    const SimulationMatrix matrix = simulate(check, bundledCaDirectory(), inputs);
    const TicketAnswer answer = ticketAnswer(check, matrix, bundledCaDirectory(), {ca}, {kind});
    QCOMPARE(answer.items.size(), 1);
    const AnswerItem &item = answer.items.first();
    QCOMPARE(item.decision.verdict, Verdict::Deny);
    QCOMPARE(item.fix.remove, remove);
    QCOMPARE(item.fix.add, add);

    // Applied to the zone, the fix turns the refusal into a permit.
    QByteArray fixed = records;
    for (const QString &line : std::as_const(item.fix.remove)) {
        QVERIFY2(fixed.contains(line.toLatin1() + '\n'), qPrintable(line));
        fixed.replace(line.toLatin1() + '\n', QByteArray());
    }
    for (const QString &line : std::as_const(item.fix.add))
        fixed += line.toLatin1() + '\n';
    const Decision after = decisionFor(CaaTest::climbOfZone(fixed, input), ca, kind, inputs);
    QVERIFY2(after.verdict == Verdict::Permit, qPrintable(after.explanation));
}

void TestTicketAnswer::chosenCasAndKinds()
{
    const CheckResult check = CaaTest::climbOfZone("@ CAA 0 issue \"letsencrypt.org\"\n@ CAA 0 issue \"digicert.com\"\n", QStringLiteral("www.v.test"));
    const SimulationMatrix matrix = simulate(check, bundledCaDirectory(), {});
    // Nothing chosen: the CAs the relevant set names, for the name's own kind.
    TicketAnswer answer = ticketAnswer(check, matrix, bundledCaDirectory(), {}, {});
    QStringList cas;
    for (const AnswerItem &item : std::as_const(answer.items)) {
        cas << item.request.caName;
        QCOMPARE(item.request.kind, CertificateKind::TlsSingle);
        QCOMPARE(item.decision.verdict, Verdict::Permit);
        QVERIFY(item.fix.isEmpty());
    }
    QCOMPARE(cas, (QStringList{QStringLiteral("Let's Encrypt"), QStringLiteral("DigiCert")}));
    QCOMPARE(answer.headline.left(43), QStringLiteral("Only Let's Encrypt and DigiCert may issue f"));
    // Chosen: those, each for every kind asked; a CA the directory lacks is left out.
    answer = ticketAnswer(check, matrix, bundledCaDirectory(), {QStringLiteral("Sectigo"), QStringLiteral("No Such CA")},
                          {CertificateKind::TlsSingle, CertificateKind::Email});
    QCOMPARE(answer.items.size(), 2);
    QCOMPARE(answer.items[0].decision.verdict, Verdict::Deny);
    QCOMPARE(answer.items[1].request.kind, CertificateKind::Email);
    QCOMPARE(answer.items[1].decision.verdict, Verdict::Permit); // no issuemail: any CA (RFC 9495 §4)
    QVERIFY(answer.headline.startsWith(QStringLiteral("Sectigo may not issue for www.v.test")));
}

void TestTicketAnswer::lookupFailureAdvice()
{
    const CheckResult check = CaaTest::climbOfZone("a CNAME b\nb CNAME a\n", QStringLiteral("a.v.test"));
    const TicketAnswer answer = ticketAnswer(check, simulate(check, bundledCaDirectory(), {}), bundledCaDirectory(), {}, {});
    QVERIFY(answer.items.isEmpty());
    QVERIFY2(answer.advice.startsWith(QStringLiteral("Make the nameservers of a.v.test answer CAA queries")), qPrintable(answer.advice));
    QCOMPARE(resolverDescription(QStringLiteral("System resolver"), check), QStringLiteral("System resolver (answers from zone file)"));
}

QTEST_GUILESS_MAIN(TestTicketAnswer)
#include "tst_ticketanswer.moc"
