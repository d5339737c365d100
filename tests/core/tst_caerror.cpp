// Reading a CA's error (issue #20): pasted texts as users posted them in public issue
// trackers (names as they redacted them), and CAs' own wordings.
#include "explain/caerror.h"

#include <QTest>

using namespace Caa;

class TestCaError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data();
    void reads();
    void severalProblemsInOneDetail();
    void quotedExtendedDnsError();
    void unescapes_data();
    void unescapes();
    void directoryNames();
};

void TestCaError::reads_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("foundAt");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("ca");
    QTest::addColumn<bool>("secondary");
    QTest::addColumn<bool>("recheck");

    // certbot/certbot#4827: certbot's report, no CA named in it.
    QTest::newRow("certbot: prevents issuance")
        << "-- The following errors were reported by the server:\n  Domain: example.org\n  Type:   connection\n"
           "  Detail: CAA record for example.org prevents issuance"
        << "caa-forbids" << QStringList{QStringLiteral("example.org")} << "example.org" << "" << "" << false << false;
    // polymind-inc/acmebot#982: an ACME problem document in a log line; boulder names the
    // level where the relevant set is, a parent of the name asked for.
    QTest::newRow("ACME problem JSON: set at a parent")
        << R"(LastError = {"type":"urn:ietf:params:acme:error:caa","detail":"While processing CAA for test-acme2.domain.ext: CAA record for domain.ext prevents issuance","status":403})"
        << "caa-forbids" << QStringList{QStringLiteral("test-acme2.domain.ext")} << "domain.ext" << "" << "Let's Encrypt" << false << false;
    // letsencrypt/boulder#3171: the re-check at finalize.
    QTest::newRow("boulder: re-check at finalize")
        << "403 urn:acme:error:caa: Error creating new cert :: Rechecking CAA: While processing CAA for theworkflowexpert.inmotionnow.com: "
           "CAA record for theworkflowexpert.inmotionnow.com prevents issuance"
        << "caa-forbids" << QStringList{QStringLiteral("theworkflowexpert.inmotionnow.com")} << "theworkflowexpert.inmotionnow.com" << "" << "Let's Encrypt" << false << true;
    // letsencrypt/boulder#6915: cert-manager's wrapping, the line broken inside the sentence.
    QTest::newRow("cert-manager: NXDOMAIN, line broken")
        << "Error accepting authorization: acme: authorization error for some.domain:\n"
           "400 urn:ietf:params:acme:error:dns: DNS problem: NXDOMAIN looking up CAA for\nsome.domain - check that a DNS record exists for this domain"
        << "lookup-failure" << QStringList{QStringLiteral("some.domain")} << "some.domain" << "nxdomain" << "" << false << false;
    // hakwerk/labca#34: a Python dict as printed by an old client.
    QTest::newRow("python repr: prevents issuance")
        << "ValueError: Challenge did not pass for ca.internal.homenet.de: {u'status': u'invalid', u'error': {u'status': 403, "
           "u'type': u'urn:ietf:params:acme:error:caa', u'detail': u'CAA record for ca.internal.homenet.de prevents issuance'}}"
        << "caa-forbids" << QStringList{QStringLiteral("ca.internal.homenet.de")} << "ca.internal.homenet.de" << "" << "" << false << false;
    // acmesh-official/acme.sh#4417: SSL.com's own wording.
    QTest::newRow("acme.sh: SSL.com")
        << R"([Tue Nov 29 18:54:48 WIB 2022] Verify error:CAA record does not include ssl.com which is required to issue the certificate)"
        << "caa-forbids" << QStringList{} << "" << "" << "SSL.com" << false << false;
    QTest::newRow("boulder: secondary perspective")
        << "During secondary validation: While processing CAA for www.example.com: CAA record for example.com prevents issuance"
        << "caa-forbids" << QStringList{QStringLiteral("www.example.com")} << "example.com" << "" << "Let's Encrypt" << true << false;
    QTest::newRow("lego: SERVFAIL through its wrapper")
        << "acme: error: 403 :: POST :: https://acme-v02.api.letsencrypt.org/acme/finalize/1/2 :: urn:ietf:params:acme:error:caa :: "
           "While processing CAA for shop.example.net: DNS problem: SERVFAIL looking up CAA for example.net - the domain's nameservers may be malfunctioning"
        << "lookup-failure" << QStringList{QStringLiteral("shop.example.net")} << "example.net" << "servfail" << "Let's Encrypt" << false << false;
    QTest::newRow("Cloudflare: multiple perspectives")
        << "Certificate validation error: multiple perspective CAA check error" << "multi-perspective" << QStringList{} << "" << "" << "" << false << false;
    QTest::newRow("Google-managed certificate: forbidden")
        << "managed.domainStatus: example.com: FAILED_CAA_FORBIDDEN" << "caa-forbids" << QStringList{} << "" << "" << "" << false << false;
    QTest::newRow("Google-managed certificate: checking failed")
        << "example.com: FAILED_CAA_CHECKING" << "lookup-failure" << QStringList{} << "" << "other" << "" << false << false;
    QTest::newRow("a CAA message not recognised: unknown, no guess")
        << "The order failed: CAA says no, ask support" << "unknown" << QStringList{} << "" << "" << "" << false << false;
}

void TestCaError::reads()
{
    QFETCH(QString, text);
    QFETCH(QString, kind);
    QFETCH(QStringList, names);
    QFETCH(QString, foundAt);
    QFETCH(QString, cause);
    QFETCH(QString, ca);
    QFETCH(bool, secondary);
    QFETCH(bool, recheck);

    const QList<CaProblem> problems = readCaErrors(text);
    QCOMPARE(problems.size(), 1);
    const CaProblem &p = problems.first();
    QCOMPARE(caProblemKindName(p.kind), kind);
    QCOMPARE(p.names, names);
    QCOMPARE(p.foundAt, foundAt);
    QCOMPARE(p.cause, cause);
    QCOMPARE(p.ca, ca);
    QCOMPARE(p.secondary, secondary);
    QCOMPARE(p.recheck, recheck);
    QVERIFY(!p.sourceText.isEmpty());
    QVERIFY2(text.contains(p.sourceText.left(20)) || unescapeClientText(text).contains(p.sourceText), qPrintable(p.sourceText));
}

void TestCaError::severalProblemsInOneDetail()
{
    // win-acme/win-acme#908: two problems in one detail, inside an escaped log line.
    const QString text = QStringLiteral(R"( + Content: {\n  \"type\": \"urn:acme:error:caa\",\n  \"detail\": \"Error creating new cert :: Rechecking CAA: )"
                                        R"(While processing CAA for {domain.tld}: DNS problem: SERVFAIL looking up CAA for {domain.tld}, While processing CAA for )"
                                        R"(www.{domain}.tld: DNS problem: query timed out looking up CAA for www.{domain}.tld\",)");
    const QList<CaProblem> problems = readCaErrors(text);
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems[0].names, QStringList{QStringLiteral("{domain.tld}")});
    QCOMPARE(problems[0].cause, QStringLiteral("servfail"));
    QCOMPARE(problems[1].names, QStringList{QStringLiteral("www.{domain}.tld")});
    QCOMPARE(problems[1].foundAt, QStringLiteral("www.{domain}.tld"));
    QCOMPARE(problems[1].cause, QStringLiteral("timeout"));
    QVERIFY(problems[0].recheck && problems[1].recheck);
    QVERIFY(!problems[1].sourceText.contains(QStringLiteral("{domain.tld}:")));
}

void TestCaError::quotedExtendedDnsError()
{
    // bdns/problem.go with an RFC 8914 EDE: "DNS problem: looking up %s for %s: %s".
    const QList<CaProblem> problems =
        readCaErrors(QStringLiteral("While processing CAA for example.net: DNS problem: looking up CAA for example.net: DNSSEC Bogus: signature expired"));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems[0].kind, CaProblemKind::LookupFailure);
    QVERIFY(problems[0].ede);
    QCOMPARE(problems[0].ede->code, 6);
    QCOMPARE(problems[0].ede->name, QStringLiteral("DNSSEC Bogus"));
    QCOMPARE(problems[0].ede->text, QStringLiteral("signature expired"));
    QCOMPARE(problems[0].cause, QStringLiteral("dnssec-bogus"));
}

void TestCaError::unescapes_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("JSON quote") << R"(\"detail\")" << R"("detail")";
    QTest::newRow("URL newline") << "a%0Ab" << "a\nb";
    QTest::newRow("syslog tab") << "a#011b" << "a\tb";
    QTest::newRow("JSON inside JSON") << R"(\\\"x\\\")" << R"("x")";
}

void TestCaError::unescapes()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(unescapeClientText(in), out);
}

void TestCaError::directoryNames()
{
    CaDirectory directory;
    CaEntry le;
    le.name = QStringLiteral("Let's Encrypt");
    le.identifiers = {"letsencrypt.org"};
    directory.entries << le;
    const QString text = QStringLiteral("While processing CAA for a.example: CAA record for a.example prevents issuance");
    QCOMPARE(readCaErrors(text, &directory).first().ca, QStringLiteral("Let's Encrypt"));
    // A CA the directory does not have is left unnamed rather than guessed.
    QCOMPARE(readCaErrors(QStringLiteral("Verify error:CAA record does not include ssl.com which is required to issue"), &directory).first().ca, QString());
    QVERIFY(readCaErrors(QStringLiteral("Timeout during connect (likely firewall problem)")).isEmpty());
}

QTEST_APPLESS_MAIN(TestCaError)
#include "tst_caerror.moc"
