// The generator's core without servers: the point-and-click draft, its round trip,
// provider findings, what-if, zone-text reading, CLI-style record lines, golden files.
#include "generator/draft.h"
#include "generator/writers.h"
#include "generator/zonereader.h"
#include "generator/zonesource.h"

#include <QFile>
#include <QTest>

#include "loopback.h"

using namespace Caa;

namespace {

QString golden(const char *name)
{
    QFile f(QStringLiteral(CAA_SOURCE_DIR "/tests/data/golden/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

CaGrant grant(const char *id, bool single, bool wildcard, bool email = false, bool vmc = false)
{
    CaGrant g;
    g.identifier = id;
    g.caName = QString::fromLatin1(id);
    g.single = single;
    g.wildcard = wildcard;
    g.email = email;
    g.vmc = vmc;
    return g;
}

QStringList shown(const CaaPolicy &p)
{
    QStringList out;
    for (const CaaRecord &r : p.records)
        out << QString::fromLatin1(caaPresentation(r));
    return out;
}

} // namespace

class TestDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void build_data();
    void build();
    void draftRoundTrip_data();
    void draftRoundTrip();
    void providerFindings_data();
    void providerFindings();
    void draftFindingsUseTheEngine();
    void spaceFree_data();
    void spaceFree();
    void whatIf();
    void uncoveredKindsAgreeWithTheSimulator_data();
    void uncoveredKindsAgreeWithTheSimulator();
    void recordLine_data();
    void recordLine();
    void includeIsRefused();
    void importKeepsEverything();
    void goldenFiles();
    void jsonErrors_data();
    void jsonErrors();
    void offlineLookup_data();
    void offlineLookup();
};

void TestDraft::build_data()
{
    QTest::addColumn<PolicyDraft>("draft");
    QTest::addColumn<QStringList>("records");

    PolicyDraft one;
    one.owner = "example.com";
    one.grants = {grant("letsencrypt.org", true, true)};
    QTest::newRow("one CA, wildcards follow issue (no redundant issuewild)") << one << QStringList{QStringLiteral("0 issue \"letsencrypt.org\"")};

    PolicyDraft noWild = one;
    noWild.grants[0].wildcard = false;
    QTest::newRow("one CA, no wildcards: issuewild ';'") << noWild
                                                          << QStringList{QStringLiteral("0 issue \"letsencrypt.org\""), QStringLiteral("0 issuewild \";\"")};

    PolicyDraft nobody;
    nobody.owner = "example.com";
    QTest::newRow("no CA at all: issue ';' covers wildcards") << nobody << QStringList{QStringLiteral("0 issue \";\"")};

    PolicyDraft anyNames;
    anyNames.owner = "example.com";
    anyNames.singleUncovered = UncoveredKind::Anyone;
    anyNames.wildcardUncovered = UncoveredKind::Nobody;
    QTest::newRow("any CA for names, nobody for wildcards") << anyNames << QStringList{QStringLiteral("0 issuewild \";\"")};

    PolicyDraft params = one;
    params.grants[0].accountUri = "https://acme-v02.api.letsencrypt.org/acme/acct/123";
    params.grants[0].methods = {"dns-01", "http-01"};
    QTest::newRow("accounturi and validationmethods") << params
        << QStringList{QStringLiteral("0 issue \"letsencrypt.org; accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/123; validationmethods=dns-01,http-01\"")};
    PolicyDraft compact = params;
    compact.compactParameters = true;
    QTest::newRow("parameters without spaces") << compact
        << QStringList{QStringLiteral("0 issue \"letsencrypt.org;accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/123;validationmethods=dns-01,http-01\"")};

    PolicyDraft kinds;
    kinds.owner = "example.com";
    kinds.grants = {grant("letsencrypt.org", true, false), grant("digicert.com", true, true, true, true)};
    kinds.emailUncovered = UncoveredKind::Nobody;
    kinds.iodef = {"mailto:security@example.com", "https://example.com/caa"};
    kinds.contactEmails = {"hostmaster@example.com"};
    kinds.contactPhones = {"+1 555 0100"};
    kinds.criticalTags = {"iodef"};
    kinds.extraRecords = {{0, "tbs", "custom"}};
    QTest::newRow("every kind, contacts, critical iodef, extra record") << kinds
        << QStringList{QStringLiteral("0 issue \"letsencrypt.org\""), QStringLiteral("0 issue \"digicert.com\""), QStringLiteral("0 issuewild \"digicert.com\""),
                       QStringLiteral("0 issuemail \"digicert.com\""), QStringLiteral("0 issuevmc \"digicert.com\""),
                       QStringLiteral("128 iodef \"mailto:security@example.com\""), QStringLiteral("128 iodef \"https://example.com/caa\""),
                       QStringLiteral("0 contactemail \"hostmaster@example.com\""), QStringLiteral("0 contactphone \"+1 555 0100\""), QStringLiteral("0 tbs \"custom\"")};

    PolicyDraft perCa = one;
    perCa.grants << grant("digicert.com", true, true);
    perCa.grants[1].critical = true;
    QTest::newRow("critical flag for one CA's records") << perCa
        << QStringList{QStringLiteral("0 issue \"letsencrypt.org\""), QStringLiteral("128 issue \"digicert.com\"")};

    PolicyDraft mailOnlyNobody;
    mailOnlyNobody.owner = "example.com";
    mailOnlyNobody.singleUncovered = UncoveredKind::Anyone;
    mailOnlyNobody.wildcardUncovered = UncoveredKind::Anyone;
    mailOnlyNobody.emailUncovered = UncoveredKind::Nobody;
    QTest::newRow("nobody for S/MIME only") << mailOnlyNobody << QStringList{QStringLiteral("0 issuemail \";\"")};
}

void TestDraft::build()
{
    QFETCH(PolicyDraft, draft);
    QFETCH(QStringList, records);
    QCOMPARE(shown(buildPolicy(draft)), records);
}

void TestDraft::draftRoundTrip_data()
{
    QTest::addColumn<QList<CaaRecord>>("records");
    QTest::addColumn<bool>("formable"); // false: everything lands in extraRecords

    QTest::newRow("simple") << QList<CaaRecord>{{0, "issue", "letsencrypt.org"}} << true;
    QTest::newRow("no wildcards") << QList<CaaRecord>{{0, "issue", "letsencrypt.org"}, {0, "issuewild", ";"}} << true;
    QTest::newRow("different wildcard CA") << QList<CaaRecord>{{0, "issue", "a.example"}, {0, "issuewild", "b.example"}} << true;
    QTest::newRow("parameters") << QList<CaaRecord>{{0, "issue", "a.example; accounturi=https://a/1; validationmethods=dns-01"}} << true;
    QTest::newRow("any CA for names, nobody for wildcards") << QList<CaaRecord>{{0, "issuewild", ";"}} << true;
    QTest::newRow("critical iodef and contacts")
        << QList<CaaRecord>{{0, "issue", "a.example"}, {128, "iodef", "mailto:x@example.com"}, {0, "contactemail", "h@example.com"}} << true;
    QTest::newRow("flag 1 goes to extra records") << QList<CaaRecord>{{1, "issue", "a.example"}, {0, "issue", "b.example"}} << true;
    QTest::newRow("unknown tag and upper case tag") << QList<CaaRecord>{{0, "tbs", "x"}, {0, "ISSUE", "a.example"}, {0, "issue", "b.example"}} << true;
    QTest::newRow("malformed value and odd parameter (raw)") << QList<CaaRecord>{{0, "issue", "%%%"}, {0, "issue", "a.example; foo=bar"}} << false;
    QTest::newRow("odd spacing (raw)") << QList<CaaRecord>{{0, "issue", "  a.example;  accounturi=x  "}} << false;
    QTest::newRow("critical for one CA only (per record)") << QList<CaaRecord>{{0, "issue", "a.example"}, {128, "issue", "b.example"}} << true;
    QTest::newRow("same CA critical for wildcards only") << QList<CaaRecord>{{0, "issue", "a.example"}, {128, "issuewild", "a.example"}} << true;
    QTest::newRow("issuewild equal to issue (kept as written)") << QList<CaaRecord>{{0, "issue", "a.example"}, {0, "issuewild", "a.example"}} << false;
}

void TestDraft::draftRoundTrip()
{
    QFETCH(QList<CaaRecord>, records);
    QFETCH(bool, formable);
    const CaaPolicy policy{"example.com", 600, records};
    const PolicyDraft draft = draftFromPolicy(policy, &bundledCaDirectory());
    const CaaPolicy rebuilt = buildPolicy(draft);
    QList<QByteArray> a, b;
    for (const CaaRecord &r : policy.records)
        a << encodeCaaRdata(r);
    for (const CaaRecord &r : rebuilt.records)
        b << encodeCaaRdata(r);
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    QCOMPARE(b, a); // nothing lost, nothing added
    QCOMPARE(rebuilt.ttl, 600u);
    if (formable)
        QVERIFY2(draft.extraRecords.size() < records.size(), "the form expresses at least part of this policy");
    else
        QCOMPARE(draft.extraRecords.size(), records.size());
}

void TestDraft::providerFindings_data()
{
    QTest::addColumn<int>("provider");
    QTest::addColumn<CaaRecord>("record");
    QTest::addColumn<QString>("code"); // "" = no provider finding

    const CaaRecord spaced{0, "issue", "letsencrypt.org; validationmethods=dns-01"};
    for (const DnsProvider p : {DnsProvider::DigitalOcean, DnsProvider::Exoscale, DnsProvider::Hetzner, DnsProvider::Linode,
                                DnsProvider::Loopia, DnsProvider::Porkbun, DnsProvider::Vultr})
        QTest::newRow(qPrintable(dnsProviderName(p) + QStringLiteral(": spaces in the value"))) << int(p) << spaced << "provider-rejects-spaces";
    QTest::newRow("Generic: spaces are fine") << int(DnsProvider::Generic) << spaced << "";
    QTest::newRow("Cloudflare: spaces are fine") << int(DnsProvider::Cloudflare) << spaced << "";
    QTest::newRow("Linode drops flags") << int(DnsProvider::Linode) << CaaRecord{128, "issue", "a.example"} << "provider-drops-flags";
    QTest::newRow("Cloudflare dashboard drops flags") << int(DnsProvider::Cloudflare) << CaaRecord{128, "iodef", "mailto:a@b.example"} << "provider-drops-flags";
    QTest::newRow("Netcup refuses parameters") << int(DnsProvider::Netcup) << CaaRecord{0, "issue", "a.example;accounturi=https://a/1"} << "provider-refuses-parameters";
    QTest::newRow("Netcup accepts ';' alone") << int(DnsProvider::Netcup) << CaaRecord{0, "issue", ";"} << "";
}

void TestDraft::providerFindings()
{
    QFETCH(int, provider);
    QFETCH(CaaRecord, record);
    QFETCH(QString, code);
    const QList<Finding> findings = draftFindings({"example.com", 3600, {record}}, DnsProvider(provider));
    const QStringList found = CaaTest::findingCodes(findings);
    const bool anyProvider = std::any_of(found.begin(), found.end(), [](const QString &c) { return c.startsWith(QStringLiteral("provider-")); });
    if (code.isEmpty()) {
        QVERIFY2(!anyProvider, qPrintable(found.join(u' ')));
    } else {
        QVERIFY2(found.contains(code), qPrintable(found.join(u' ')));
        if (code == QStringLiteral("provider-rejects-spaces"))
            QVERIFY(findings[found.indexOf(code)].fix.contains(QStringLiteral("letsencrypt.org;validationmethods=dns-01")));
    }
}

void TestDraft::draftFindingsUseTheEngine()
{
    const CaaPolicy policy{"example.com", 3600,
                           {{0, "issue", "LetsEncrypt.org"}, {1, "issue", "a.example"},
                            {0, "issue", "letsencrypt.org; accounturi=https://acme-staging-v02.api.letsencrypt.org/acme/acct/1"},
                            {0, "issue", "Let's Encrypt"}}};
    const QStringList found = CaaTest::findingCodes(draftFindings(policy, DnsProvider::Generic, &bundledCaDirectory()));
    for (const char *expected : {"issuer-uppercase", "flag-bit-1", "staging-account-uri", "ca-name-as-issuer"})
        QVERIFY2(found.contains(QLatin1String(expected)), qPrintable(found.join(u' ')));
}

void TestDraft::spaceFree_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QByteArray>("out");
    QTest::newRow("around ';'") << QByteArray("a.example; accounturi=x") << QByteArray("a.example;accounturi=x");
    QTest::newRow("around '=' and ends") << QByteArray("  a.example ;  b = c ") << QByteArray("a.example;b=c");
    QTest::newRow("tabs") << QByteArray("a.example;\tb=c") << QByteArray("a.example;b=c");
    QTest::newRow("inner space kept (not next to ; or =)") << QByteArray("+1 555 0100") << QByteArray("+1 555 0100");
}

void TestDraft::spaceFree()
{
    QFETCH(QByteArray, in);
    QFETCH(QByteArray, out);
    QCOMPARE(spaceFreeValue(in), out);
}

// The generator's "when no CA above is ticked" choices mean what the simulator then says
// (spec §10, §14): "not restricted" writes nothing and every CA may issue that kind;
// "no CA may issue" writes ";" and none may. For VMC the default is "not restricted", and
// issue does not restrict mark certificates (Mark Certificate Requirements).
void TestDraft::uncoveredKindsAgreeWithTheSimulator_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("uncovered");
    QTest::addColumn<QString>("reason"); // for every CA other than Let's Encrypt
    QTest::newRow("VMC, default: not restricted") << int(CertificateKind::Vmc) << -1 << "no-restricting-property";
    QTest::newRow("VMC: no CA may issue") << int(CertificateKind::Vmc) << int(UncoveredKind::Nobody) << "issuance-forbidden";
    QTest::newRow("S/MIME, default: not restricted") << int(CertificateKind::Email) << -1 << "no-restricting-property";
    QTest::newRow("S/MIME: no CA may issue") << int(CertificateKind::Email) << int(UncoveredKind::Nobody) << "issuance-forbidden";
}

void TestDraft::uncoveredKindsAgreeWithTheSimulator()
{
    QFETCH(int, kind);
    QFETCH(int, uncovered);
    QFETCH(QString, reason);
    const ZoneText zone = parseZoneText("$ORIGIN example.com.\n@ SOA ns hostmaster 1 3600 600 86400 300\n@ NS ns\n", "example.com");
    const CheckResult live = checkAgainstZone(zone, parseDomainInput(QStringLiteral("example.com")).name);
    PolicyDraft draft;
    draft.owner = "example.com";
    CaGrant le; // single names and wildcards
    le.caName = QStringLiteral("Let's Encrypt");
    le.identifier = "letsencrypt.org";
    draft.grants << le;
    if (uncovered >= 0) {
        (CertificateKind(kind) == CertificateKind::Vmc ? draft.vmcUncovered : draft.emailUncovered) = UncoveredKind(uncovered);
    }
    const CheckResult withDraft = applyDraft(live, buildPolicy(draft));
    QCOMPARE(withDraft.relevantName(), QByteArray("example.com"));
    const SimulationMatrix m = simulate(withDraft, bundledCaDirectory(), {});
    const qsizetype column = m.kinds.indexOf(CertificateKind(kind));
    QVERIFY(column >= 0);
    QVERIFY(m.rows.size() > 3);
    for (const MatrixRow &row : m.rows) {
        const Decision &d = row.cells[column];
        QVERIFY2(reasonCodeName(d.reason) == reason, qPrintable(row.request.caName + QStringLiteral(": ") + d.explanation));
        QCOMPARE(d.verdict, reason == QStringLiteral("issuance-forbidden") ? Verdict::Deny : Verdict::Permit);
    }
}

void TestDraft::whatIf()
{
    // Live: www.example.com inherits "issue digicert.com" from example.com.
    const QByteArray zoneText = "$ORIGIN example.com.\n@ SOA ns hostmaster 1 3600 600 86400 300\n@ NS ns\nns A 127.0.0.1\n"
                                "@ CAA 0 issue \"digicert.com\"\nwww A 127.0.0.1\n";
    const ZoneText zone = parseZoneText(zoneText, "example.com");
    QVERIFY2(zone.ok(), qPrintable(zone.error));
    const CheckResult live = checkAgainstZone(zone, parseDomainInput(QStringLiteral("www.example.com")).name);
    QCOMPARE(live.relevantName(), QByteArray("example.com"));

    bool onPath = false;
    const CaaPolicy draft{"example.com", 3600, {{0, "issue", "letsencrypt.org"}}};
    const CheckResult withDraft = applyDraft(live, draft, &onPath);
    QVERIFY(onPath);
    QCOMPARE(withDraft.relevantRecords().first().record.value, QByteArray("letsencrypt.org"));

    const CaDirectory &d = bundledCaDirectory();
    const QList<VerdictChange> changes = compareMatrices(simulate(live, d, {}), simulate(withDraft, d, {}));
    auto find = [&](const QString &ca, CertificateKind k) -> const VerdictChange * {
        for (const VerdictChange &c : changes)
            if (c.ca == ca && c.kind == k)
                return &c;
        return nullptr;
    };
    const VerdictChange *le = find(QStringLiteral("Let's Encrypt"), CertificateKind::TlsSingle);
    QVERIFY(le);
    QCOMPARE(le->before.verdict, Verdict::Deny);
    QCOMPARE(le->after.verdict, Verdict::Permit);
    const VerdictChange *digicert = find(QStringLiteral("DigiCert"), CertificateKind::TlsWildcard);
    QVERIFY(digicert);
    QCOMPARE(digicert->after.verdict, Verdict::Deny);
    QVERIFY2(!find(QStringLiteral("DigiCert"), CertificateKind::Email), "S/MIME was not restricted before or after");

    // A draft for a name off the climbed path changes nothing and says so.
    const CheckResult unchanged = applyDraft(live, {"other.example", 3600, {{0, "issue", ";"}}}, &onPath);
    QVERIFY(!onPath);
    QCOMPARE(unchanged.relevantName(), live.relevantName());

    // An empty draft removes the set: the climb goes on upward.
    const CheckResult removed = applyDraft(live, {"example.com", 3600, {}});
    QCOMPARE(removed.verdict, ClimbVerdict::NoRecords);
}

void TestDraft::recordLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<CaaRecord>("record");

    QTest::newRow("quoted value") << "0 issue \"letsencrypt.org\"" << true << CaaRecord{0, "issue", "letsencrypt.org"};
    QTest::newRow("bare token") << "128 issue letsencrypt.org" << true << CaaRecord{128, "issue", "letsencrypt.org"};
    QTest::newRow("escapes") << "0 tbs \"a\\\"b\\\\c\\009\\255\"" << true << CaaRecord{0, "tbs", QByteArray("a\"b\\c\t\xff")};
    QTest::newRow("empty quoted value") << "0 issue \"\"" << true << CaaRecord{0, "issue", ""};
    QTest::newRow("unquoted ';' starts a comment (spec §14, C16)") << "0 issue letsencrypt.org;validationmethods=dns-01" << true
                                                                  << CaaRecord{0, "issue", "letsencrypt.org"};
    QTest::newRow("quoted ';' is kept") << "0 issue \"letsencrypt.org;validationmethods=dns-01\"" << true
                                        << CaaRecord{0, "issue", "letsencrypt.org;validationmethods=dns-01"};
    // Any octet in a quoted string, as BIND and ldns read it (libzscanner alone refuses
    // raw octets above 0x7E): UTF-8 is kept as its bytes.
    QTest::newRow("UTF-8 in a quoted value: kept as bytes") << QStringLiteral("0 issue \"ca.example; accounturi=https://ca.example/\u03BA/1\"") << true
                                                          << CaaRecord{0, "issue", QByteArray("ca.example; accounturi=https://ca.example/\xce\xba/1")};
    QTest::newRow("UTF-8 in a bare token") << QStringLiteral("0 tbs B\u00FCcher") << true << CaaRecord{0, "tbs", QByteArray("B\xc3\xbc" "cher")};
    QTest::newRow("backslash before a UTF-8 character") << QStringLiteral("0 tbs \"a\\\u00FCb\"") << true << CaaRecord{0, "tbs", QByteArray("a\xc3\xbc" "b")};
    QTest::newRow("\\DDD escapes still mean their octet") << QStringLiteral("0 tbs \"\\206\\186\"") << true << CaaRecord{0, "tbs", QByteArray("\xce\xba")};
    QTest::newRow("flags over 255") << "256 issue \"x\"" << false << CaaRecord{};
    QTest::newRow("missing value") << "0 issue" << false << CaaRecord{};
    QTest::newRow("unclosed quote") << "0 issue \"x" << false << CaaRecord{};
    QTest::newRow("not a number") << "critical issue \"x\"" << false << CaaRecord{};
}

void TestDraft::recordLine()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(CaaRecord, record);
    const RecordLineParse parsed = parseCaaRecordText(text);
    QCOMPARE(parsed.ok(), ok);
    if (ok)
        QCOMPARE(parsed.record, record);
    else
        QVERIFY(parsed.error.contains(QStringLiteral("zone-file form")));
}

void TestDraft::includeIsRefused()
{
    const ZoneText zone = parseZoneText("$ORIGIN example.com.\n@ CAA 0 issue \"a\"\n  $include /etc/passwd\n", "example.com");
    QVERIFY(!zone.ok());
    QCOMPARE(zone.errorLine, 3);
    QVERIFY(zone.error.contains(QStringLiteral("$INCLUDE is not allowed")));
    const ZoneText binary = parseZoneText(QByteArray("a\0b", 3));
    QVERIFY(!binary.ok());
    const ZoneText broken = parseZoneText("example.com. 3600 IN CAA 0 issue \"x\n", {});
    QVERIFY(!broken.ok());
    QVERIFY(broken.error.startsWith(QStringLiteral("line ")));
}

void TestDraft::importKeepsEverything()
{
    // Odd spacing, odd flags, unknown tags, upper case and parameters survive an import.
    const QByteArray text = "example.com.  300 IN CAA 1 ISSUE \"  LetsEncrypt.org ;  accounturi=https://a/1 \"\n"
                            "example.com.  300 IN CAA 255 tbs \"\\000\\255\"\n"
                            "example.com.  300 IN CAA \\# 6 000361616178\n"
                            "www.example.com. 300 IN CAA 0 issue \"other\"\n";
    const PolicyParse p = importPolicyFromZoneText(text, "example.com");
    QVERIFY2(p.ok(), qPrintable(p.error));
    QCOMPARE(p.policy.ttl, 300u);
    QCOMPARE(p.policy.records, (QList<CaaRecord>{{1, "ISSUE", "  LetsEncrypt.org ;  accounturi=https://a/1 "},
                                                 {255, "tbs", QByteArray("\x00\xff", 2)},
                                                 {0, "aaa", "x"}}));
    const PolicyParse ambiguous = importPolicyFromZoneText(text);
    QVERIFY(!ambiguous.ok());
    QVERIFY(ambiguous.error.contains(QStringLiteral("several names")));
}

void TestDraft::goldenFiles()
{
    // Reviewed by hand against dnscontrol's CAA/CAA_BUILDER and octoDNS's CAA value docs.
    const CaaPolicy builder{"example.com", 300,
                            {{0, "iodef", "mailto:security@example.com"}, {0, "issue", "letsencrypt.org"},
                             {0, "issue", "sectigo.com; validationmethods=dns-01"}, {0, "issuewild", ";"}, {0, "issuemail", "digicert.com"}}};
    QCOMPARE(writePolicy(builder, ZoneFormat::Dnscontrol).text, golden("builder.dnscontrol.js"));
    const CaaPolicy fallback{"example.com", 3600,
                             {{1, "issue", "letsencrypt.org"}, {0, "tbs", "x"}, {0, "iodef", "mailto:a@example.com"},
                              {0, "iodef", "https://example.com/r"}, {128, "issue", "ca.example"}, {0, "issue", "a\"quote\\\\back\ttab"}}};
    const WriterOutput f = writePolicy(fallback, ZoneFormat::Dnscontrol);
    QCOMPARE(f.text, golden("fallback.dnscontrol.js"));
    QCOMPARE(f.warnings.size(), 2);
    const CaaPolicy yaml{"example.com", 3600,
                         {{0, "issue", "letsencrypt.org"}, {0, "issuewild", ";"}, {128, "iodef", "mailto:a@example.com"},
                          {0, "tbs", "a\"q\\\\b\tt B\xc3\xbc" "cher"}, {0, "tbs", "\xff"}}};
    const WriterOutput y = writePolicy(yaml, ZoneFormat::Octodns);
    QCOMPARE(y.text, golden("policy.octodns.yaml"));
    QCOMPARE(y.warnings.size(), 1);
}

void TestDraft::jsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not JSON") << QByteArray("{") << "not valid JSON";
    QTest::newRow("array") << QByteArray("[]") << "must be an object";
    QTest::newRow("bad owner") << QByteArray(R"({"owner":"1.2.3.4","records":[]})") << "owner";
    QTest::newRow("negative TTL") << QByteArray(R"({"owner":"example.com","ttl":-1,"records":[]})") << "ttl";
    QTest::newRow("flags 256") << QByteArray(R"({"owner":"example.com","records":[{"flags":256,"tag":"issue","value":""}]})") << "flags";
    QTest::newRow("empty tag") << QByteArray(R"({"owner":"example.com","records":[{"flags":0,"tag":"","value":""}]})") << "tag";
    QTest::newRow("bad escape") << QByteArray(R"({"owner":"example.com","records":[{"flags":0,"tag":"issue","value":"\\999"}]})") << "escape";
    QTest::newRow("records missing") << QByteArray(R"({"owner":"example.com"})") << "records";
}

void TestDraft::jsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const PolicyParse p = policyFromJsonBytes(json);
    QVERIFY(!p.ok());
    QVERIFY2(p.error.contains(mentions), qPrintable(p.error));
}

void TestDraft::offlineLookup_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<int>("records");
    QTest::addColumn<int>("aliases");
    QTest::newRow("records at the apex") << QByteArray("example.com") << "NOERROR" << 1 << 0;
    QTest::newRow("NODATA") << QByteArray("www.example.com") << "NOERROR" << 0 << 0;
    QTest::newRow("empty non-terminal is NODATA") << QByteArray("b.example.com") << "NOERROR" << 0 << 0;
    QTest::newRow("NXDOMAIN") << QByteArray("nope.example.com") << "NXDOMAIN" << 0 << 0;
    QTest::newRow("CNAME to records") << QByteArray("alias.example.com") << "NOERROR" << 1 << 1;
    QTest::newRow("CNAME loop: SERVFAIL") << QByteArray("loop.example.com") << "SERVFAIL" << 0 << 2;
    QTest::newRow("DNAME owner itself") << QByteArray("d.example.com") << "NOERROR" << 0 << 0;
    QTest::newRow("below a DNAME") << QByteArray("x.d.example.com") << "NOERROR" << 1 << 2;
    QTest::newRow("wildcard synthesis") << QByteArray("any.w.example.com") << "NOERROR" << 1 << 0;
    QTest::newRow("outside the zone") << QByteArray("com") << "NOERROR" << 0 << 0;
}

void TestDraft::offlineLookup()
{
    QFETCH(QByteArray, name);
    QFETCH(QString, outcome);
    QFETCH(int, records);
    QFETCH(int, aliases);
    const ZoneText zone = parseZoneText("$ORIGIN example.com.\n@ SOA ns hostmaster 1 3600 600 86400 300\n@ NS ns\nns A 127.0.0.1\n"
                                        "@ CAA 0 issue \"apex.example\"\nwww A 127.0.0.1\na.b A 127.0.0.1\nalias CNAME target\n"
                                        "target CAA 0 issue \"target.example\"\nloop CNAME loop2\nloop2 CNAME loop\nd DNAME dt\n"
                                        "x.dt CAA 0 issue \"dname.example\"\n*.w CAA 0 issue \"wild.example\"\n",
                                        "example.com");
    QVERIFY2(zone.ok(), qPrintable(zone.error));
    const Dns::LookupResult r = lookupInZone(zone, name);
    QCOMPARE(r.outcomeName(), outcome);
    QCOMPARE(r.caa.size(), records);
    QCOMPARE(r.aliases.size(), aliases);
    QCOMPARE(r.outsideSource, name == "com");
}

QTEST_APPLESS_MAIN(TestDraft)
#include "tst_draft.moc"
