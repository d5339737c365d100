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
    void severalProblems_data();
    void severalProblems();
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
    // win-acme/win-acme#779: win-acme prints the problem document field by field.
    QTest::newRow("win-acme: field by field")
        << " [EROR] ACME server reported:\n [EROR] [type] urn:acme:error:caa\n [EROR] [detail] CAA record for example.com prevents issuance\n [EROR] [status] 403"
        << "caa-forbids" << QStringList{QStringLiteral("example.com")} << "example.com" << "" << "" << false << false;
    // acmesh-official/acme.sh#1611: acme.sh trims the space before "prevents".
    QTest::newRow("acme.sh: space trimmed, wildcard")
        << "[Sun May 20 03:15:41 MSK 2018] *.example.com:Verify error:CAA record for *.example.comprevents issuance"
        << "caa-forbids" << QStringList{QStringLiteral("*.example.com")} << "*.example.com" << "" << "" << false << false;
    // acmesh-official/acme.sh#2792: the challenge object, the CA from its URL.
    QTest::newRow("acme.sh: challenge JSON with the CA's URL")
        << R"([2020年 03月 20日 星期五 18:48:59 CST] response='{"type":"dns-01","status":"invalid","error":{"type":"urn:ietf:params:acme:error:caa","detail":"CAA record for *.test.jiehun.com.cn prevents issuance","status": 403},"url":"https://acme-v02.api.letsencrypt.org/acme/chall-v3/3463597108/V7Ln6g"}')"
        << "caa-forbids" << QStringList{QStringLiteral("*.test.jiehun.com.cn")} << "*.test.jiehun.com.cn" << "" << "Let's Encrypt" << false << false;
    // acmesh-official/acme.sh#5142: a secondary perspective's SERVFAIL, in a JSON dump.
    QTest::newRow("acme.sh: secondary perspective SERVFAIL")
        << "      \"error\": {\n        \"type\": \"urn:ietf:params:acme:error:dns\",\n"
           "        \"detail\": \"During secondary validation: DNS problem: SERVFAIL looking up CAA for domain - the domain's nameservers may be malfunctioning\",\n"
           "        \"status\": 400\n      },\n      \"url\": \"https://acme-v02.api.letsencrypt.org/acme/chall-v3/348065743877/CJdeZQ\","
        << "lookup-failure" << QStringList{QStringLiteral("domain")} << "domain" << "servfail" << "Let's Encrypt" << true << false;
    // kenshinx/godns#48: lego's one-line form of the same.
    QTest::newRow("lego: secondary perspective SERVFAIL")
        << "acme: error: 400 :: urn:ietf:params:acme:error:dns :: During secondary validation: DNS problem: SERVFAIL looking up CAA for youdomain - "
           "the domain's nameservers may be malfunctioning"
        << "lookup-failure" << QStringList{QStringLiteral("youdomain")} << "youdomain" << "servfail" << "" << true << false;
    // nsupdate-info/nsupdate.info#331: certbot's report of a SERVFAIL.
    QTest::newRow("certbot: SERVFAIL")
        << "    Domain: mydomain.awsmppl.com\n    Type: connection\n    Detail: DNS problem: SERVFAIL looking up CAA for mydomain.awsmppl.com"
        << "lookup-failure" << QStringList{QStringLiteral("mydomain.awsmppl.com")} << "mydomain.awsmppl.com" << "servfail" << "" << false << false;
    // win-acme/win-acme#1783: a SERVFAIL at finalize, the CA from the line before.
    QTest::newRow("win-acme: SERVFAIL at finalize")
        << " Connecting to https://acme-v02.api.letsencrypt.org/...\n (AcmeProtocolException): Error finalizing order :: While processing CAA for autodiscover.ms365c.xyz: "
           "DNS problem: SERVFAIL looking up CAA for autodiscover.ms365c.xyz - the domain's nameservers may be malfunctioning"
        << "lookup-failure" << QStringList{QStringLiteral("autodiscover.ms365c.xyz")} << "autodiscover.ms365c.xyz" << "servfail" << "Let's Encrypt" << false << true;
    // sjkp/letsencrypt-siteextension#151: a timeout, as the authorization shows it.
    QTest::newRow("site extension: timeout")
        << R"(detail:"DNS problem: query timed out looking up CAA for domain.com")"
        << "lookup-failure" << QStringList{QStringLiteral("domain.com")} << "domain.com" << "timeout" << "" << false << false;
    // dehydrated-io/dehydrated#533: the name redacted beyond recognition: left out, not guessed.
    QTest::newRow("dehydrated: redacted name left out")
        << "ERROR: Challenge is invalid! (returned: invalid) (result: {\n  \"type\": \"http-01\",\n  \"status\": \"invalid\",\n  \"error\": {\n"
           "    \"type\": \"urn:ietf:params:acme:error:connection\",\n    \"detail\": \"DNS problem: SERVFAIL looking up CAA for (my domain)\""
        << "lookup-failure" << QStringList{} << "" << "servfail" << "" << false << false;
    // letsencrypt/boulder#1551: early boulder did not say what failed.
    QTest::newRow("early boulder: CAA check failed, kind not said")
        << R"("Error":"urn:acme:error:connection :: CAA check for reserved.com failed")"
        << "unknown" << QStringList{QStringLiteral("reserved.com")} << "" << "" << "" << false << false;
    // boulder ra/ra.go today, without its sub-problems: only the name and the re-check.
    QTest::newRow("boulder: re-check without sub-problems")
        << R"(urn:ietf:params:acme:error:caa :: Error finalizing order :: Rechecking CAA for "shop.example.net" and 1 more identifiers failed. Refer to sub-problems for more information)"
        << "unknown" << QStringList{QStringLiteral("shop.example.net")} << "" << "" << "Let's Encrypt" << false << true;
    // boulder bdns/problem.go: each detail it writes for a failed lookup.
    QTest::newRow("boulder: networking error")
        << "While processing CAA for www.example.org: DNS problem: networking error looking up CAA for example.org"
        << "lookup-failure" << QStringList{QStringLiteral("www.example.org")} << "example.org" << "network" << "Let's Encrypt" << false << false;
    QTest::newRow("boulder: truncated")
        << "While processing CAA for example.org: DNS problem: response was truncated looking up CAA for example.org"
        << "lookup-failure" << QStringList{QStringLiteral("example.org")} << "example.org" << "truncated" << "Let's Encrypt" << false << false;
    QTest::newRow("boulder: server failure at resolver")
        << "While processing CAA for example.org: DNS problem: server failure at resolver looking up CAA for example.org"
        << "lookup-failure" << QStringList{QStringLiteral("example.org")} << "example.org" << "servfail" << "Let's Encrypt" << false << false;
    QTest::newRow("boulder: timed out and canceled")
        << "While processing CAA for example.org: DNS problem: query timed out (and was canceled) looking up CAA for example.org"
        << "lookup-failure" << QStringList{QStringLiteral("example.org")} << "example.org" << "timeout" << "Let's Encrypt" << false << false;
    QTest::newRow("boulder: REFUSED with its hint")
        << "While processing CAA for example.org: DNS problem: REFUSED looking up CAA for example.org - the domain's nameservers may be malfunctioning"
        << "lookup-failure" << QStringList{QStringLiteral("example.org")} << "example.org" << "refused" << "Let's Encrypt" << false << false;
    QTest::newRow("boulder: NXDOMAIN at a TLD that does not exist")
        << "While processing CAA for router.lan: DNS problem: NXDOMAIN looking up CAA for lan - check that a DNS record exists for this domain"
        << "lookup-failure" << QStringList{QStringLiteral("router.lan")} << "lan" << "nxdomain" << "Let's Encrypt" << false << false;
    // boulder bdns/problem.go with an RFC 8914 EDE, in boulder's own names.
    QTest::newRow("boulder EDE: DNSSEC: Signature Expired")
        << "While processing CAA for example.net: DNS problem: looking up CAA for example.net: DNSSEC: Signature Expired: RRSIG expired 2 days ago"
        << "lookup-failure" << QStringList{QStringLiteral("example.net")} << "example.net" << "signature-expired" << "Let's Encrypt" << false << false;
    QTest::newRow("boulder EDE: Network Error between Resolver and Authority")
        << "While processing CAA for example.net: DNS problem: looking up CAA for example.net: Network Error between Resolver and Authority: 192.0.2.53:53 rcode=REFUSED"
        << "lookup-failure" << QStringList{QStringLiteral("example.net")} << "example.net" << "network" << "Let's Encrypt" << false << false;
    QTest::newRow("boulder EDE: No Reachable Authority")
        << "While processing CAA for example.net: DNS problem: looking up CAA for example.net: No Reachable Authority: at delegation example.net."
        << "lookup-failure" << QStringList{QStringLiteral("example.net")} << "example.net" << "no-reachable-authority" << "Let's Encrypt" << false << false;
    QTest::newRow("boulder EDE: unknown code")
        << "While processing CAA for example.net: DNS problem: looking up CAA for example.net: Unknown Extended DNS Error code 42"
        << "lookup-failure" << QStringList{QStringLiteral("example.net")} << "example.net" << "unassigned" << "Let's Encrypt" << false << false;
    // The older ACME namespace (urn:acme:error:*) from boulder's ACME v1 API.
    QTest::newRow("ACME v1 namespace, syslog tab escapes")
        << "certbot[812]: Failed authorization procedure. www.example.com (http-01): urn:acme:error:caa ::#011CAA record for example.com prevents issuance"
        << "caa-forbids" << QStringList{QStringLiteral("example.com")} << "example.com" << "" << "" << false << false;
    // Caddy's JSON log line (an ACME problem inside its "error" string).
    QTest::newRow("Caddy: JSON log line")
        << R"({"level":"error","ts":1700000000.1,"logger":"tls.obtain","msg":"could not get certificate from issuer","identifier":"shop.example.net","issuer":"acme-v02.api.letsencrypt.org-directory","error":"HTTP 403 urn:ietf:params:acme:error:caa - While processing CAA for shop.example.net: CAA record for example.net prevents issuance"})"
        << "caa-forbids" << QStringList{QStringLiteral("shop.example.net")} << "example.net" << "" << "Let's Encrypt" << false << false;
    // AWS Certificate Manager's failure reason.
    QTest::newRow("AWS ACM: CAA error")
        << "Status: Failed. Failure reason: CAA_ERROR. One or more domain names failed validation due to a Certification Authority Authorization (CAA) error."
        << "caa-forbids" << QStringList{} << "" << "" << "" << false << false;
    // certbot 2.x's report (certbot/_internal/auth_handler.py layout), a parent's set.
    QTest::newRow("certbot 2.x: CA reported these problems")
        << "Certbot failed to authenticate some domains (authenticator: nginx). The Certificate Authority reported these problems:\n"
           "  Domain: www.example.com\n  Type:   caa\n  Detail: While processing CAA for www.example.com: CAA record for example.com prevents issuance\n"
        << "caa-forbids" << QStringList{QStringLiteral("www.example.com")} << "example.com" << "" << "Let's Encrypt" << false << false;
    // cert-manager's Challenge status (its wording around the problem, as in #6096).
    QTest::newRow("cert-manager: Challenge status reason")
        << "Reason:      Accepting challenge authorization failed: acme: authorization error for shop.example.net: 403 urn:ietf:params:acme:error:caa: "
           "While processing CAA for shop.example.net: CAA record for example.net prevents issuance"
        << "caa-forbids" << QStringList{QStringLiteral("shop.example.net")} << "example.net" << "" << "Let's Encrypt" << false << false;
    // ZeroSSL's ACME server (Sectigo's), identified by its directory URL.
    QTest::newRow("ZeroSSL: directory URL names the CA")
        << "[Mon Jan  8 10:00:00 UTC 2024] Using CA: https://acme.zerossl.com/v2/DV90\n"
           "[Mon Jan  8 10:00:09 UTC 2024] example.org:Verify error:CAA record for example.org prevents issuance"
        << "caa-forbids" << QStringList{QStringLiteral("example.org")} << "example.org" << "" << "ZeroSSL" << false << false;
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

// Texts with more than one problem: each is read with its own name and where it was found.
void TestCaError::severalProblems_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");   // the first name of each problem, in order
    QTest::addColumn<QStringList>("foundAt"); // each problem's found-at name
    QTest::addColumn<QString>("kind");        // every problem's kind
    QTest::addColumn<QString>("ca");
    QTest::addColumn<bool>("recheck");

    // cert-manager/cert-manager#6096: an Order's reason, sub-problems escaped in YAML.
    QTest::newRow("cert-manager Order: re-check with two sub-problems")
        << QStringLiteral(R"(  finalizeURL: >-)" "\n"
                          R"(    https://acme-staging-v02.api.letsencrypt.org/acme/finalize/100529864/8892178664)" "\n"
                          R"(  reason: "Failed to finalize Order: 403 urn:ietf:params:acme:error:caa: Error finalizing order :: Rechecking CAA for \"jfrogdev2.apps.cluster01.kaloom.io\" and 1 more identifiers failed. Refer to sub-problems for more information; subproblems:\n\turn:ietf:params:acme:error:caa: [dns: jfrogdev2.apps.cluster01.kaloom.io] Error finalizing order :: While processing CAA for jfrogdev2.apps.cluster01.kaloom.io: DNS problem: NXDOMAIN looking up CAA for jfrogdev2.apps.cluster01.kaloom.io - check that a DNS record exists for this domain\n\turn:ietf:params:acme:error:caa: [dns: *.jfrogdev2.apps.cluster01.kaloom.io] Error finalizing order :: While processing CAA for *.jfrogdev2.apps.cluster01.kaloom.io: DNS problem: NXDOMAIN looking up CAA for jfrogdev2.apps.cluster01.kaloom.io - check that a DNS record exists for this domain")")
        << QStringList{QStringLiteral("jfrogdev2.apps.cluster01.kaloom.io"), QStringLiteral("*.jfrogdev2.apps.cluster01.kaloom.io")}
        << QStringList{QStringLiteral("jfrogdev2.apps.cluster01.kaloom.io"), QStringLiteral("jfrogdev2.apps.cluster01.kaloom.io")}
        << "lookup-failure" << "Let's Encrypt" << true;
    // chatmail/relay#311: acmetool's sub-problem lines, three names refused at finalize.
    QTest::newRow("acmetool: three sub-problems")
        << QStringLiteral(R"(    [staging.testrun.org]   (subproblem (problem (type "urn:ietf:params:acme:error:caa") (instance "") (id Identifier("dns", "staging.testrun.org")) (title ""): (detail "Error finalizing order :: While processing CAA for staging.testrun.org: CAA record for staging.testrun.org prevents issuance")))
    [staging.testrun.org]   (subproblem (problem (type "urn:ietf:params:acme:error:caa") (instance "") (id Identifier("dns", "www.staging.testrun.org")) (title ""): (detail "Error finalizing order :: While processing CAA for www.staging.testrun.org: CAA record for www.staging.testrun.org prevents issuance")))
    [staging.testrun.org]   (subproblem (problem (type "urn:ietf:params:acme:error:caa") (instance "") (id Identifier("dns", "mta-sts.staging.testrun.org")) (title ""): (detail "Error finalizing order :: While processing CAA for mta-sts.staging.testrun.org: CAA record for mta-sts.staging.testrun.org prevents issuance"))))")
        << QStringList{QStringLiteral("staging.testrun.org"), QStringLiteral("www.staging.testrun.org"), QStringLiteral("mta-sts.staging.testrun.org")}
        << QStringList{QStringLiteral("staging.testrun.org"), QStringLiteral("www.staging.testrun.org"), QStringLiteral("mta-sts.staging.testrun.org")}
        << "caa-forbids" << "Let's Encrypt" << true;
    // win-acme/win-acme#1783: the same problem printed twice, once per line.
    QTest::newRow("win-acme: the message and its repetition")
        << QStringLiteral(" (AcmeProtocolException): Error finalizing order :: While processing CAA for autodiscover.ms365c.xyz: DNS problem: SERVFAIL looking up CAA for autodiscover.ms365c.xyz - the domain's nameservers may be malfunctioning\n"
                          " Create certificate failed: Error finalizing order :: While processing CAA for autodiscover.ms365c.xyz: DNS problem: SERVFAIL looking up CAA for autodiscover.ms365c.xyz - the domain's nameservers may be malfunctioning")
        << QStringList{QStringLiteral("autodiscover.ms365c.xyz"), QStringLiteral("autodiscover.ms365c.xyz")}
        << QStringList{QStringLiteral("autodiscover.ms365c.xyz"), QStringLiteral("autodiscover.ms365c.xyz")}
        << "lookup-failure" << "Let's Encrypt" << true;
}

void TestCaError::severalProblems()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    QFETCH(QStringList, foundAt);
    QFETCH(QString, kind);
    QFETCH(QString, ca);
    QFETCH(bool, recheck);
    const QList<CaProblem> problems = readCaErrors(text);
    QCOMPARE(problems.size(), names.size());
    for (qsizetype i = 0; i < problems.size(); ++i) {
        QCOMPARE(problems[i].names.value(0), names[i]);
        QCOMPARE(problems[i].foundAt, foundAt[i]);
        QCOMPARE(caProblemKindName(problems[i].kind), kind);
        QCOMPARE(problems[i].ca, ca);
        QCOMPARE(problems[i].recheck, recheck);
    }
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
