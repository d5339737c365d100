// Findings from synthetic climbs: each row publishes an RRset at example.com and
// expects one finding code (and its severity), and no other warning or error.
#include "engine/findings.h"
#include "engine/namemarker.h"
#include "report/report.h"
#include "ca/cadirectory.h"

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
    void datedFindingsSayWhatChanges();
    void cleanPolicyHasNoWarnings();
    void lookupFailureExplainsTheBrException();
    void noCaa();
    void aRunSharesTheFindingsOfASet();
    void aRunSharesThePreparedSets_data();
    void aRunSharesThePreparedSets();
    void aRunNoticesChangedRequests();
    void nameFilledIn_data();
    void nameFilledIn();
};

// Each row: the records, the finding it is about (code and severity), and the complete
// list of warnings and errors the records raise (sorted), so that a finding firing where
// it should not fails the row. "directory": analysed with the bundled CA directory.
void TestFindings::records_data()
{
    QTest::addColumn<QList<CaaRecord>>("records");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QStringList>("warningsAndErrors");
    QTest::addColumn<bool>("directory");
    QTest::addColumn<QDate>("asOf");
    // Most rows raise exactly their own finding (none for an info one). Rules that start on
    // a date are applied as of 2027-03-15 unless a row says otherwise.
    auto row = [](const char *name, const QList<CaaRecord> &records, const char *code, const char *severity, bool directory = false,
                  QDate asOf = rfc8657MandatoryDate()) {
        const QString c = QString::fromLatin1(code);
        const QString s = QString::fromLatin1(severity);
        QTest::newRow(name) << records << c << s << (s == QStringLiteral("info") ? QStringList{} : QStringList{c}) << directory << asOf;
    };

    const CaaRecord ok{0, "issue", "ca.example"};
    row("CA name instead of identifier", QList<CaaRecord>{{0, "issue", "Let's Encrypt"}}, "ca-name-as-issuer", "error");
    row("upper-case issuer", QList<CaaRecord>{{0, "issue", "LetsEncrypt.org"}}, "issuer-uppercase", "warning");
    row("trailing-dot issuer", QList<CaaRecord>{{0, "issue", "letsencrypt.org."}}, "issuer-trailing-dot", "error");
    row("flag 1 (critical for Let's Encrypt)", QList<CaaRecord>{ok, {1, "issue", "ca.example"}}, "flag-bit-1", "warning");
    row("reserved flag bits", QList<CaaRecord>{ok, {0x40, "iodef", "mailto:a@b.example"}}, "reserved-flag-bits", "warning");
    row("critical contactemail blocks Let's Encrypt", QList<CaaRecord>{ok, {128, "contactemail", "a@b.example"}}, "critical-contact", "warning");
    row("unknown tag", QList<CaaRecord>{ok, {0, "tbs", "x"}}, "unknown-tag", "info");
    row("critical unknown tag", QList<CaaRecord>{ok, {128, "tbs", "x"}}, "critical-unknown-tag", "error");
    row("tag with invalid characters", QList<CaaRecord>{ok, {0, "is-sue", "x"}}, "invalid-tag", "error");
    row("tag in upper case", QList<CaaRecord>{{0, "ISSUE", "ca.example"}}, "tag-case", "info");
    row("tag over 15 octets", QList<CaaRecord>{ok, {0, "abcdefghijklmnop", "x"}}, "long-tag", "info");
    row("malformed value, says where", QList<CaaRecord>{{0, "issue", "ca.example; a b"}}, "malformed-value", "error");
    row("duplicate parameters", QList<CaaRecord>{{0, "issue", "ca.example; accounturi=https://a/1; accounturi=https://a/2"}}, "duplicate-parameter", "error");
    row("AccountURI= wrong case", QList<CaaRecord>{{0, "issue", "ca.example; AccountURI=https://a.example/1"}}, "parameter-name-case", "warning");
    row("staging account URI", QList<CaaRecord>{{0, "issue", "letsencrypt.org; accounturi=https://acme-staging-v02.api.letsencrypt.org/acme/acct/1"}}, "staging-account-uri", "warning");
    row("hyphenated parameter tag", QList<CaaRecord>{{0, "issue", "ca.example; foo-bar=1"}}, "hyphenated-parameter-tag", "warning");
    row("unknown validation method", QList<CaaRecord>{{0, "issue", "ca.example; validationmethods=tls-sni-01"}}, "unknown-validation-method", "warning");
    row("validation method in upper case", QList<CaaRecord>{{0, "issue", "ca.example; validationmethods=DNS-01"}}, "validation-method-case", "warning");
    row("malformed validation method list", QList<CaaRecord>{{0, "issue", "ca.example; validationmethods=dns-01,,http-01"}}, "malformed-validation-methods", "error");
    row("account URI that is not a URI", QList<CaaRecord>{{0, "issue", "ca.example; accounturi=%zz"}}, "invalid-account-uri", "error");
    row("iodef bare address", QList<CaaRecord>{ok, {0, "iodef", "security@example.com"}}, "iodef-bare-address", "error");
    row("iodef with http:", QList<CaaRecord>{ok, {0, "iodef", "http://example.com/report"}}, "iodef-http", "warning");
    row("iodef with another scheme", QList<CaaRecord>{ok, {0, "iodef", "ftp://example.com/"}}, "iodef-bad-scheme", "warning");
    row("contactemail not an address", QList<CaaRecord>{ok, {0, "contactemail", "mailto:a@b.example"}}, "contactemail-invalid", "error");
    row("contactphone without country code", QList<CaaRecord>{ok, {0, "contactphone", "555 0100"}}, "contactphone-invalid", "error");
    row("issuewild identical to issue", QList<CaaRecord>{ok, {0, "issuewild", "ca.example"}}, "issuewild-same-as-issue", "info");
    row("issue ';' next to other issue records", QList<CaaRecord>{ok, {0, "issue", ";"}}, "deny-all-with-others", "warning");
    row("no issue property: TLS not restricted", QList<CaaRecord>{{0, "iodef", "mailto:a@b.example"}}, "no-issue-property", "warning");
    row("value over 255 octets", QList<CaaRecord>{ok, {0, "tbs", QByteArray(300, 'x')}}, "long-value", "info");
    row("inherited from a parent", QList<CaaRecord>{ok}, "inherited", "info");
    // With the CA directory: Let's Encrypt's account URL forms and validation methods.
    row("Let's Encrypt account in the current ACMEv2 form", QList<CaaRecord>{{0, "issue", "letsencrypt.org; accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/1234"}},
        "inherited", "info", true);
    row("Let's Encrypt account in the older ACMEv1 form (still accepted)",
        QList<CaaRecord>{{0, "issue", "letsencrypt.org; accounturi=https://acme-v01.api.letsencrypt.org/acme/reg/1234"}}, "account-uri-older-form", "warning", true);
    row("account URI in none of Let's Encrypt's forms", QList<CaaRecord>{{0, "issue", "letsencrypt.org; accounturi=https://acme.example/acct/1234"}},
        "account-uri-not-ca-form", "warning", true);
    row("staging account URI: one finding, with the directory too",
        QList<CaaRecord>{{0, "issue", "letsencrypt.org; accounturi=https://acme-staging-v02.api.letsencrypt.org/acme/acct/1"}}, "staging-account-uri", "warning", true);
    row("validation method Let's Encrypt does not offer", QList<CaaRecord>{{0, "issue", "letsencrypt.org; validationmethods=dns-01,email-reply-00"}},
        "validation-method-not-offered", "warning", true);
    row("validation methods Let's Encrypt offers", QList<CaaRecord>{{0, "issue", "letsencrypt.org; validationmethods=dns-01,http-01"}}, "inherited", "info", true);
    row("unknown identifier (directory)", QList<CaaRecord>{{0, "issue", "no-such-ca.example"}}, "unknown-issuer", "warning", true);
    // BR 2.2.8 §4.2.2.1.2: ca-tbr-N names the method of BR §3.2.2.4.N.
    row("ca-tbr label of an allowed method", QList<CaaRecord>{{0, "issue", "ca.example; validationmethods=ca-tbr-7,ca-tbr-18"}}, "inherited", "info");
    row("ca-tbr label of a retired method", QList<CaaRecord>{{0, "issue", "ca.example; validationmethods=ca-tbr-2"}}, "retired-validation-method", "warning");
    row("ca-tbr label of a method without a date", QList<CaaRecord>{{0, "issue", "ca.example; validationmethods=ca-tbr-11"}}, "retired-validation-method", "warning");
    row("ca-tbr-17 before 2027-03-15: ends then", QList<CaaRecord>{{0, "issue", "ca.example; validationmethods=ca-tbr-17"}}, "ending-validation-method",
        "warning", false, QDate(2026, 12, 1));
    row("ca-tbr-17 from 2027-03-15: no longer allowed", QList<CaaRecord>{{0, "issue", "ca.example; validationmethods=ca-tbr-17"}}, "retired-validation-method", "warning");
    row("ca-tbr with a leading zero", QList<CaaRecord>{{0, "issue", "ca.example; validationmethods=ca-tbr-07"}}, "unknown-validation-method", "warning");
    row("ca-tbr of no BR subsection", QList<CaaRecord>{{0, "issue", "ca.example; validationmethods=ca-tbr-23"}}, "unknown-validation-method", "warning");
    row("Let's Encrypt does not accept ca-tbr labels (boulder#8821)", QList<CaaRecord>{{0, "issue", "letsencrypt.org; validationmethods=ca-tbr-19"}},
        "validation-method-not-offered", "warning", true);
    // What changes on 2027-03-15 for a CA not known to process RFC 8657 parameters.
    row("DigiCert need not honour parameters before 2027-03-15", QList<CaaRecord>{{0, "issue", "digicert.com; validationmethods=dns-01"}},
        "parameters-not-yet-binding", "warning", true, QDate(2026, 12, 1));
    row("DigiCert's parameters bind from 2027-03-15", QList<CaaRecord>{{0, "issue", "digicert.com; validationmethods=dns-01"}}, "inherited", "info", true);
    row("Let's Encrypt processes parameters already", QList<CaaRecord>{{0, "issue", "letsencrypt.org; validationmethods=dns-01"}}, "inherited", "info", true,
        QDate(2026, 12, 1));
}

void TestFindings::records()
{
    QFETCH(QList<CaaRecord>, records);
    QFETCH(QString, code);
    QFETCH(QString, severity);
    QFETCH(QStringList, warningsAndErrors);
    QFETCH(bool, directory);
    QFETCH(QDate, asOf);
    const QList<Finding> findings = analyse(climbWith(records), directory ? &bundledCaDirectory() : nullptr, asOf);
    const QStringList found = CaaTest::findingCodes(findings);
    QStringList raised;
    for (const Finding &f : findings)
        if (f.severity != Severity::Info)
            raised << f.code;
    raised.sort();
    QCOMPARE(raised, warningsAndErrors);

    QVERIFY2(found.contains(code), qPrintable(found.join(u' ')));
    const Finding &f = findings[found.indexOf(code)];
    QCOMPARE(severityName(f.severity), severity);
    QVERIFY(!f.message.isEmpty());
    QVERIFY(!f.reference.isEmpty());
}

void TestFindings::datedFindingsSayWhatChanges()
{
    const QList<Finding> before = analyse(climbWith({{0, "issue", "digicert.com; validationmethods=dns-01,ca-tbr-18"}}), &bundledCaDirectory(), QDate(2026, 12, 1));
    const QStringList codes = CaaTest::findingCodes(before);
    QVERIFY(codes.contains(QStringLiteral("parameters-not-yet-binding")));
    const Finding &f = before[codes.indexOf(QStringLiteral("parameters-not-yet-binding"))];
    QCOMPARE(f.message, QStringLiteral("DigiCert need not honour this record's parameters before 2027-03-15 and it is not known to process them yet: "
                                       "until then it may issue with any account and validation method. From 2027-03-15 it must issue only by "
                                       "dns-01 = ACME, DNS Change, BR §3.2.2.4.7; ca-tbr-18 = Agreed-Upon Change to Website v2, BR §3.2.2.4.18."));
    QCOMPARE(f.reference, QStringLiteral("BR 2.2.8 §4.2.2.1.2; RFC 8657"));
    const QList<Finding> le = analyse(climbWith({{0, "issue", "letsencrypt.org; validationmethods=ca-tbr-19"}}), &bundledCaDirectory(), QDate(2026, 12, 1));
    const QStringList leCodes = CaaTest::findingCodes(le);
    const Finding &notOffered = le[leCodes.indexOf(QStringLiteral("validation-method-not-offered"))];
    QVERIFY2(notOffered.message.contains(QStringLiteral("letsencrypt/boulder#8821")), qPrintable(notOffered.message));
    QVERIFY2(notOffered.fix.contains(QStringLiteral("validationmethods=ca-tbr-19,http-01")), qPrintable(notOffered.fix));
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

// Issue #18: a run remembers what it said about a relevant set (and a level's DNSSEC
// state) and says exactly the same, for every name under it, on every day asked for.
void TestFindings::aRunSharesTheFindingsOfASet()
{
    const CaDirectory &directory = bundledCaDirectory();
    const QList<QList<CaaRecord>> sets{
        {{0, "issue", "digicert.com; validationmethods=dns-01"}}, // says something else before 2027-03-15
        {{0, "issue", "ca.example; validationmethods=ca-tbr-17"}},
        {{0, "issue", "Let's Encrypt"}, {0, "issue", ";"}},
        {{0, "ISSUE", "LetsEncrypt.org"}, {128, "tbs", "x"}, {0, "iodef", "mailto:a@b.example"}},
        {{0, "issuewild", "ca.example"}},
        {},
    };
    const QStringList names{QStringLiteral("www.example.com"), QStringLiteral("mail.example.com"), QStringLiteral("example.com"),
                            QStringLiteral("*.shop.example.com")};
    FindingsMemo memo(&directory);
    for (const QDate &day : {QDate(2026, 12, 1), rfc8657MandatoryDate(), QDate(2026, 12, 1), QDate()}) {
        for (const QList<CaaRecord> &set : sets) {
            for (const QString &name : names) {
                for (const bool validated : {false, true}) {
                    CheckResult c = climbWith(set, name);
                    for (Dns::LookupResult &s : c.steps)
                        s.authenticated = validated && s.name != "com";
                    const QList<Finding> expected = analyse(c, &directory, day);
                    QCOMPARE(analyse(c, &directory, day, &memo), expected);
                    // A memo for another directory is not used.
                    FindingsMemo other(nullptr);
                    QCOMPARE(analyse(c, &directory, day, &other), expected);
                }
            }
        }
    }
    // The same records through an alias belong to another owner: other findings.
    CheckResult direct = climbWith({{0, "issue", "LetsEncrypt.org"}});
    CheckResult aliased = direct;
    for (Dns::CaaAnswer &a : aliased.steps[aliased.decidingIndex].caa)
        a.owner = "policy.example.net";
    QCOMPARE(analyse(direct, &directory, {}, &memo), analyse(direct, &directory));
    QCOMPARE(analyse(aliased, &directory, {}, &memo), analyse(aliased, &directory));
    QVERIFY(analyse(aliased, &directory) != analyse(direct, &directory));

    // Below the owner and through an alias: the alias is told before the inheritance, and
    // each name is its own, with the memo as without.
    for (const QString &name : {QStringLiteral("www.example.com"), QStringLiteral("mail.example.com")}) {
        CheckResult viaAlias = climbWith({{0, "issue", "LetsEncrypt.org"}}, name);
        viaAlias.steps[viaAlias.decidingIndex].aliases.append({"example.com", "policy.example.net", Dns::Type::CNAME, 300});
        const QList<Finding> expected = analyse(viaAlias, &directory);
        QCOMPARE(analyse(viaAlias, &directory, {}, &memo), expected);
        const QStringList codes = CaaTest::findingCodes(expected);
        QVERIFY(codes.indexOf(QStringLiteral("found-via-alias")) >= 0);
        QVERIFY(codes.indexOf(QStringLiteral("found-via-alias")) < codes.indexOf(QStringLiteral("inherited")));
        const auto inherited = std::find_if(expected.cbegin(), expected.cend(), [](const Finding &f) { return f.code == QStringLiteral("inherited"); });
        QCOMPARE(inherited->message, QStringLiteral("%1 has no CAA records of its own; the records at example.com apply to it.").arg(name));
    }

    // Two names under one zone share the set's sentences, not copies of them.
    FindingsMemo run(&directory);
    const QList<Finding> first = analyse(climbWith({{0, "issue", "LetsEncrypt.org"}}, QStringLiteral("a.example.com")), &directory, {}, &run);
    const QList<Finding> second = analyse(climbWith({{0, "issue", "LetsEncrypt.org"}}, QStringLiteral("b.example.com")), &directory, {}, &run);
    const QStringList codes = CaaTest::findingCodes(first);
    const qsizetype upper = codes.indexOf(QStringLiteral("issuer-uppercase"));
    QVERIFY(upper >= 0);
    QCOMPARE(CaaTest::findingCodes(second).indexOf(QStringLiteral("issuer-uppercase")), upper);
    QVERIFY(first[upper].message.isSharedWith(second[upper].message));
    // So do the DNSSEC sentences of the parent levels they both climb through; each name's
    // own level has its own.
    const auto dnssecAt = [](const QList<Finding> &findings, const QByteArray &owner) {
        const auto it = std::find_if(findings.cbegin(), findings.cend(),
                                     [&owner](const Finding &f) { return f.code == QStringLiteral("dnssec") && f.owner == owner; });
        return it == findings.cend() ? Finding() : *it;
    };
    const Finding firstParent = dnssecAt(first, "example.com");
    QVERIFY(firstParent.message.startsWith(QStringLiteral("example.com: ")));
    QVERIFY(firstParent.message.isSharedWith(dnssecAt(second, "example.com").message));
    QCOMPARE(dnssecAt(second, "b.example.com").message.left(15), QStringLiteral("b.example.com: "));
}

namespace {

QList<IssuanceRequest> everyCaAndKind(const std::function<void(IssuanceRequest &)> &adjust = {})
{
    QList<IssuanceRequest> requests;
    for (const CaEntry &ca : bundledCaDirectory().entries) {
        for (const CertificateKind kind : {CertificateKind::TlsSingle, CertificateKind::TlsWildcard, CertificateKind::Email, CertificateKind::Vmc}) {
            requests << requestFor(ca, kind);
            if (adjust)
                adjust(requests.last());
        }
    }
    return requests;
}

// The same decisions with and without the run's memo, one request at a time.
void compareDecisions(const CheckResult &c, const QList<IssuanceRequest> &requests, PreparedSetMemo &memo)
{
    CheckReport fresh;
    fresh.check = c;
    decideReport(fresh, requests);
    CheckReport remembered;
    remembered.check = c;
    decideReport(remembered, requests, &memo);
    QCOMPARE(remembered.decisions.size(), requests.size());
    for (qsizetype i = 0; i < requests.size(); ++i)
        QCOMPARE(remembered.decisions[i].decision, fresh.decisions[i].decision);
}

} // namespace

void TestFindings::aRunSharesThePreparedSets_data()
{
    QTest::addColumn<QList<IssuanceRequest>>("requests");
    QTest::newRow("every CA and kind, today") << everyCaAndKind();
    QTest::newRow("before the RFC 8657 date, with an account and a method") << everyCaAndKind([](IssuanceRequest &r) {
        r.asOf = QDate(2026, 12, 1);
        r.accountUri = "https://acme-v02.api.letsencrypt.org/acme/acct/1";
        r.method = "dns-01";
    });
    QTest::newRow("from the RFC 8657 date") << everyCaAndKind([](IssuanceRequest &r) { r.asOf = rfc8657MandatoryDate(); });
    // A CA name holding what marks the subject in the memo's sentences is decided
    // without the memo: filled in, the name would change too.
    QTest::newRow("a CA name holding the subject's marker") << everyCaAndKind([](IssuanceRequest &r) {
        r.caName += nameMarker();
    });
}

// Issue #18: the parsed records of a set, and the decisions over them, kept for a run
// decide exactly as fresh ones: every CA and kind, TTLs and owners included (the
// deciding records are shown), and each name's own subject in the sentences.
void TestFindings::aRunSharesThePreparedSets()
{
    QFETCH(const QList<IssuanceRequest>, requests);
    QVERIFY(requests.size() > 20);
    const QList<QList<CaaRecord>> sets{
        {{0, "issue", "letsencrypt.org"}, {0, "issuewild", ";"}},
        {{0, "issue", "digicert.com; validationmethods=dns-01"}, {128, "tbs", "x"}},
        {{0, "issue", "digicert.com; validationmethods=dns-01"}},
        {{0, "issuemail", "sectigo.com"}, {0, "issuevmc", "digicert.com"}},
        {{1, "issue", "letsencrypt.org; accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/1"}},
        {{0, "issue", "letsencrypt.org; accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/2"}, {0, "issue", "sectigo.com"}},
        {},
    };
    PreparedSetMemo memo;
    for (const bool aliased : {false, true}) {
        for (const QList<CaaRecord> &set : sets) {
            for (const QString &name : {QStringLiteral("www.example.com"), QStringLiteral("mail.example.com"), QStringLiteral("example.com"),
                                        QStringLiteral("*.shop.example.com"), QStringLiteral("user@example.com")}) {
                for (const quint32 ttl : {300u, 299u}) {
                    CheckResult c = climbWith(set, name);
                    for (Dns::LookupResult &s : c.steps) {
                        for (Dns::CaaAnswer &a : s.caa) {
                            a.ttl = ttl;
                            if (aliased) // the same records through an alias belong to another owner
                                a.owner = "policy.example.net";
                        }
                    }
                    compareDecisions(c, requests, memo);
                    if (QTest::currentTestFailed())
                        return;
                    CheckReport remembered;
                    remembered.check = c;
                    decideReport(remembered, requests, &memo);
                    for (const CaDecision &d : std::as_const(remembered.decisions))
                        for (const Dns::CaaAnswer &a : d.decision.deciding)
                            QCOMPARE(a.ttl, ttl); // never another name's (or another second's) TTL
                }
            }
        }
    }
}

// The memo knows a list of requests by its data: one changed in place between two names
// is decided afresh.
void TestFindings::aRunNoticesChangedRequests()
{
    QList<IssuanceRequest> requests = everyCaAndKind();
    PreparedSetMemo memo;
    const CheckResult c = climbWith({{0, "issue", "letsencrypt.org; accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/1"}});
    compareDecisions(c, requests, memo);
    for (IssuanceRequest &r : requests) {
        r.accountUri = "https://acme-v02.api.letsencrypt.org/acme/acct/2";
        r.asOf = rfc8657MandatoryDate();
    }
    compareDecisions(c, requests, memo);
    // The change shows: Let's Encrypt with another account is refused.
    CheckReport report;
    report.check = c;
    decideReport(report, requests, &memo);
    QVERIFY(std::any_of(report.decisions.cbegin(), report.decisions.cend(),
                        [](const CaDecision &d) { return d.decision.reason == ReasonCode::AccountMismatch; }));
}

void TestFindings::nameFilledIn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    const QString m = nameMarker();
    QTest::newRow("no marker") << QStringLiteral("plain text") << QStringLiteral("www.example.com");
    QTest::newRow("one marker") << QStringLiteral("for %1: ok").arg(m) << QStringLiteral("www.example.com");
    QTest::newRow("at both ends") << m + QStringLiteral(" and ") + m << QStringLiteral("a.example");
    QTest::newRow("side by side") << m + m << QStringLiteral("x");
    QTest::newRow("empty name") << QStringLiteral("[%1]").arg(m) << QString();
    QTest::newRow("a lone first noncharacter") << QStringLiteral("a") + m.front() + QStringLiteral("b") << QStringLiteral("x");
    QTest::newRow("a marker cut short, then one") << m.first(3) + m << QStringLiteral("x");
    QTest::newRow("a name holding the marker is not filled in again") << QStringLiteral("<%1>").arg(m) << m + QStringLiteral("!");
    QTest::newRow("non-ASCII around") << QStringLiteral("é %1 ü").arg(m) << QStringLiteral("bücher.example");
}

// withName() does what QString::replace() does, without building a matcher each time.
void TestFindings::nameFilledIn()
{
    QFETCH(const QString, text);
    QFETCH(const QString, name);
    const QString expected = QString(text).replace(nameMarker(), name);
    QCOMPARE(withName(text, name), expected);
    if (std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() < 0x100; }))
        QCOMPARE(withName(text, QLatin1String(name.toLatin1())), expected);
    if (!text.contains(nameMarker())) {
        const QString owned(text.constData(), text.size()); // not a literal: shared by reference count
        QVERIFY(withName(owned, name).isSharedWith(owned)); // nothing to fill in: no copy
    }
}

QTEST_APPLESS_MAIN(TestFindings)
#include "tst_findings.moc"
