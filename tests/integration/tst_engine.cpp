// The CAA engine against the real test bed (Knot + Unbound serving tests/zones): one row
// per rule. Every row asserts the final verdict, the owner name of the relevant RRset
// (or failing level), the reason code and the conditions of a permit.
#include "dns/aresresolver.h"
#include "engine/checkjob.h"
#include "engine/decision.h"
#include "generator/zonesource.h"
#include "climb.h"
#include "loopback.h"
#include "testbed.h"
#include "zonechange.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Caa;

class TestEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zoneChangeSeenByNextCheck();
    void initTestCase();
    void rules_data();
    void rules();
    void rulesOffline_data() { rules_data(); }
    void rulesOffline();
    void everyLevelIsQueriedOnceInParallel();
    void timeoutIsALookupFailure();

private:
    CheckResult climb(const DomainName &name, Dns::AresResolver *resolver = nullptr);
    void checkRule(bool offline);
    QList<ZoneText> m_zones;
    std::unique_ptr<Dns::AresResolver> m_resolver;
};

namespace {

void row(const char *name, const char *input, const char *kind, const char *ids, const char *profile,
         const char *account, const char *method, const char *verdict, const char *foundAt, const char *reason,
         const char *conditions = "")
{
    QTest::newRow(name) << QString::fromUtf8(input) << QString::fromLatin1(kind)
                        << QString::fromLatin1(ids).split(u' ', Qt::SkipEmptyParts) << QString::fromLatin1(profile)
                        << QByteArray(account) << QByteArray(method) << QString::fromLatin1(verdict)
                        << QByteArray(foundAt) << QString::fromLatin1(reason) << QString::fromLatin1(conditions);
}

const char *const A1 = "https://acme.example/acct/1";
const char *const LeV2 = "https://acme-v02.api.letsencrypt.org/acme/acct/1234";
const char *const LeV1 = "https://acme-v01.api.letsencrypt.org/acme/reg/1234";
const char *const A2 = "https://acme.example/acct/2";

} // namespace

void TestEngine::initTestCase()
{
    qRegisterMetaType<Dns::LookupResult>();
    qRegisterMetaType<CheckResult>();
    CAA_REQUIRE_TESTBED(server);
    m_resolver = std::make_unique<Dns::AresResolver>(Dns::ResolverOptions{.servers = {server}, .timeoutMs = 5000});
    QVERIFY(m_resolver->isReady());
    const QStringList files = QDir(QStringLiteral(CAA_SOURCE_DIR "/tests/zones")).entryList({QStringLiteral("*.zone")});
    for (const QString &file : files) {
        const QString stem = file.chopped(5);
        m_zones << loadZoneFile(QStringLiteral(CAA_SOURCE_DIR "/tests/zones/") + file, stem == QStringLiteral("root") ? "." : stem.toLatin1());
        QVERIFY2(m_zones.last().ok(), qPrintable(m_zones.last().error));
    }
}

CheckResult TestEngine::climb(const DomainName &name, Dns::AresResolver *resolver)
{
    return CaaTest::climbAndWait(resolver ? resolver : m_resolver.get(), name, 15000);
}

void TestEngine::rules_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("identifiers");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QByteArray>("account");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QByteArray>("foundAt");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("conditions");

    // --- climb (RFC 8659 §3) ---
    row("§3 no CAA from the name to the TLD: permit", "www.nocaa.test", "tls", "ca.example", "rfc", "", "", "permit", "", "no-caa");
    row("§3 set at the zone apex", "r.test", "tls", "ca.example", "rfc", "", "", "permit", "r.test", "authorised");
    row("§3 NXDOMAIN name inherits the parent's set", "missing.r.test", "tls", "ca.example", "rfc", "", "", "permit", "r.test", "authorised");
    row("§3 deep NXDOMAIN climbs every label", "a.b.c.d.r.test", "tls", "other.example", "rfc", "", "", "deny", "r.test", "issuer-not-listed");
    row("§3 NODATA inherits the parent's set", "nodata.r.test", "tls", "ca.example", "rfc", "", "", "permit", "r.test", "authorised");
    row("§3 a child's own set overrides the parent (deny)", "own.r.test", "tls", "ca.example", "rfc", "", "", "deny", "own.r.test", "issuer-not-listed");
    row("§3 a child's own set overrides the parent (permit)", "own.r.test", "tls", "other.example", "rfc", "", "", "permit", "own.r.test", "authorised");
    row("§3 iodef-only set stops the climb, restricts nothing (A09)", "iodefonly.r.test", "tls", "other.example", "rfc", "", "", "permit", "iodefonly.r.test", "no-restricting-property");
    row("§3 unknown-tag-only set stops the climb", "unknownonly.r.test", "tls", "other.example", "rfc", "", "", "permit", "unknownonly.r.test", "no-restricting-property");
    row("§4.3 issuewild-only set does not restrict single names", "wildonly.r.test", "tls", "other.example", "rfc", "", "", "permit", "wildonly.r.test", "no-restricting-property");
    row("§4.3 issuewild-only set restricts wildcards", "*.wildonly.r.test", "tls", "other.example", "rfc", "", "", "deny", "wildonly.r.test", "issuer-not-listed");
    row("§4.3 issuewild-only set authorises its CA for wildcards", "*.wildonly.r.test", "tls", "ca.example", "rfc", "", "", "permit", "wildonly.r.test", "authorised");
    row("§3 SERVFAIL at the name: lookup failure", "x.lame.caa.test", "tls", "ca.example", "rfc", "", "", "lookup-failure", "x.lame.caa.test", "lookup-failure");
    row("§3 failure below a non-empty parent is a failure (G01)", "y.z.lame.caa.test", "tls", "ca.example", "rfc", "", "", "lookup-failure", "y.z.lame.caa.test", "lookup-failure");
    row("§3 failure above the relevant set is irrelevant (G02)", "ok.lame.caa.test", "tls", "ok.example", "rfc", "", "", "permit", "ok.lame.caa.test", "authorised");
    row("§3 failure above, relevant set reached via NXDOMAIN", "www.ok.lame.caa.test", "tls", "ok.example", "rfc", "", "", "permit", "ok.lame.caa.test", "authorised");
    row("§3 NXDOMAIN at the TLD is a failure (boulder 6c92c3041)", "x.nosuchtld", "tls", "ca.example", "rfc", "", "", "lookup-failure", "nosuchtld", "lookup-failure");
    row("§3 lookup failure also for S/MIME (RFC 9495 §4)", "user@x.lame.caa.test", "email", "ca.example", "rfc", "", "", "lookup-failure", "x.lame.caa.test", "lookup-failure");
    row("§16 malformed CAA RDATA fails the lookup", "badrdata.test", "tls", "ca.example", "rfc", "", "", "lookup-failure", "badrdata.test", "lookup-failure");
    row("§16 malformed RDATA above an NXDOMAIN name", "www.badrdata.test", "tls", "ca.example", "le", "", "", "lookup-failure", "badrdata.test", "lookup-failure");
    row("§5.1 signed zone answers like any other", "signed.test", "tls", "signed.example", "rfc", "", "", "permit", "signed.test", "authorised");
    row("§16 RRset of 120 records over TCP: one authorises", "big.test", "tls", "ca-077.example", "rfc", "", "", "permit", "big.test", "authorised", "only account https://acme.example/acct/077");
    row("§16 RRset of 120 records over TCP: none names the CA", "big.test", "tls", "notlisted.example", "rfc", "", "", "deny", "big.test", "issuer-not-listed");

    // --- aliases (RFC 8659 §3, errata 5065/5097) ---
    row("§3 CNAME chain into another zone: records at its end", "alias.caa.test", "tls", "chain.example", "rfc", "", "", "permit", "alias.caa.test", "authorised");
    row("§3 CNAME chain's records decide, the parent's do not", "alias.caa.test", "tls", "ca.example", "rfc", "", "", "deny", "alias.caa.test", "issuer-not-listed");
    row("§3 CNAME to an empty name: climb the original name's parents", "cnameempty.r.test", "tls", "ca.example", "rfc", "", "", "permit", "r.test", "authorised");
    row("§3 CNAME to an empty name: never the target's parents", "cnameempty.r.test", "tls", "other-apex.example", "rfc", "", "", "deny", "r.test", "issuer-not-listed");
    row("§3 CNAME to NXDOMAIN: climb the original name", "cnamenx.r.test", "tls", "ca.example", "rfc", "", "", "permit", "r.test", "authorised");
    row("§3 CNAME at a parent level", "x.cnameparent.r.test", "tls", "chain.example", "rfc", "", "", "permit", "cnameparent.r.test", "authorised");
    row("§3 true CNAME loop is a lookup failure (F13)", "loop1.r.test", "tls", "ca.example", "rfc", "", "", "lookup-failure", "loop1.r.test", "lookup-failure");
    row("§3 CNAME to its own child is no loop (F12)", "cl.r.test", "tls", "child.example", "rfc", "", "", "permit", "cl.r.test", "authorised");
    row("§3 DNAME never applies to its own owner (F04)", "dname.caa.test", "tls", "ca.example", "rfc", "", "", "permit", "caa.test", "authorised");
    row("§3 DNAME owner does not take the target's set", "dname.caa.test", "tls", "dname-owner-target.example", "rfc", "", "", "deny", "caa.test", "issuer-not-listed");
    row("§3 name below a DNAME follows the synthesised CNAME (F08)", "x.dname.caa.test", "tls", "dname.example", "rfc", "", "", "permit", "x.dname.caa.test", "authorised");
    row("§3 below a DNAME, empty target: climb the original name", "y.dname.caa.test", "tls", "ca.example", "rfc", "", "", "permit", "caa.test", "authorised");
    row("§3 below a DNAME, empty target: not the target's parent", "y.dname.caa.test", "tls", "dname-owner-target.example", "rfc", "", "", "deny", "caa.test", "issuer-not-listed");
    row("RFC 4592 DNS wildcard RR answers a name below it (D13)", "foo.wild.r.test", "tls", "wildrr.example", "rfc", "", "", "permit", "foo.wild.r.test", "authorised");
    row("§3 wildcard request never queries the literal *.name (D14)", "*.wild.r.test", "tls", "wildrr.example", "rfc", "", "", "deny", "r.test", "issuer-not-listed");
    row("§3 wildcard request climbs from the base name", "*.wild.r.test", "tls", "ca.example", "rfc", "", "", "permit", "r.test", "authorised");
    row("RFC 4592 wildcard request below a DNS wildcard RR", "*.foo.wild.r.test", "tls", "wildrr.example", "rfc", "", "", "permit", "foo.wild.r.test", "authorised");

    // --- critical flag and tags (RFC 8659 §4.1, §4.5) ---
    row("§4.5 critical unknown tag denies TLS", "crit.r.test", "tls", "ca.example", "rfc", "", "", "deny", "crit.r.test", "critical-unknown-tag");
    row("§4.5 critical unknown tag denies wildcards", "*.crit.r.test", "tls", "ca.example", "rfc", "", "", "deny", "crit.r.test", "critical-unknown-tag");
    row("§4.5 critical unknown tag denies S/MIME", "crit.r.test", "email", "ca.example", "rfc", "", "", "deny", "crit.r.test", "critical-unknown-tag");
    row("§4.5 critical unknown tag denies VMC", "crit.r.test", "vmc", "ca.example", "rfc", "", "", "deny", "crit.r.test", "critical-unknown-tag");
    row("§4.1 flag 1 is not critical under the RFC", "crit1.r.test", "tls", "ca.example", "rfc", "", "", "permit", "crit1.r.test", "authorised");
    row("profile letsencrypt: flag 1 is critical (mask 0x81)", "crit1.r.test", "tls", "ca.example", "le", "", "", "deny", "crit1.r.test", "critical-unknown-tag");
    row("§4.1 flags 130 are critical (rfc)", "crit130.r.test", "tls", "ca.example", "rfc", "", "", "deny", "crit130.r.test", "critical-unknown-tag");
    row("§4.1 flags 130 are critical (letsencrypt)", "crit130.r.test", "tls", "ca.example", "le", "", "", "deny", "crit130.r.test", "critical-unknown-tag");
    row("§4.1 reserved bit 2 alone is ignored (rfc)", "crit2.r.test", "tls", "ca.example", "rfc", "", "", "permit", "crit2.r.test", "authorised");
    row("§4.1 reserved bit 2 alone is ignored (letsencrypt)", "crit2.r.test", "tls", "ca.example", "le", "", "", "permit", "crit2.r.test", "authorised");
    row("§4.4 critical iodef is recognised (rfc)", "critiodef.r.test", "tls", "ca.example", "rfc", "", "", "permit", "critiodef.r.test", "authorised");
    row("§4.4 critical iodef is recognised (boulder 2c9925797)", "critiodef.r.test", "tls", "ca.example", "le", "", "", "permit", "critiodef.r.test", "authorised");
    row("RFC 9495 critical issuemail is recognised for TLS (boulder 3ac699660)", "critmail.r.test", "tls", "ca.example", "le", "", "", "permit", "critmail.r.test", "authorised");
    row("critical issuevmc is recognised for TLS (boulder 58f02cd65)", "critvmc.r.test", "tls", "ca.example", "le", "", "", "permit", "critvmc.r.test", "authorised");
    row("BR App. A critical contactemail: an RFC/BR CA permits", "critcontact.r.test", "tls", "ca.example", "rfc", "", "", "permit", "critcontact.r.test", "authorised");
    row("BR App. A critical contactemail blocks Let's Encrypt (B11)", "critcontact.r.test", "tls", "ca.example", "le", "", "", "deny", "critcontact.r.test", "critical-unknown-tag");
    row("BR App. A critical contactphone: an RFC/BR CA permits", "critphone.r.test", "tls", "ca.example", "rfc", "", "", "permit", "critphone.r.test", "authorised");
    row("BR App. A critical contactphone blocks Let's Encrypt", "critphone.r.test", "tls", "ca.example", "le", "", "", "deny", "critphone.r.test", "critical-unknown-tag");
    row("§4.1 tags compare case-insensitively: ISSUE authorises (B01)", "upper.r.test", "tls", "ca.example", "rfc", "", "", "permit", "upper.r.test", "authorised");
    row("§4.1 tags compare case-insensitively: ISSUE restricts (B01)", "upper.r.test", "tls", "other.example", "le", "", "", "deny", "upper.r.test", "issuer-not-listed");
    row("§4.1 mixed-case IsSuE restricts (B02)", "mixed.r.test", "tls", "other.example", "rfc", "", "", "deny", "mixed.r.test", "issuer-not-listed");
    row("§4.5 critical flag on a known tag has no extra effect", "critupper.r.test", "tls", "ca.example", "rfc", "", "", "permit", "critupper.r.test", "authorised");
    row("§4.1 tag over 15 octets accepted, non-critical ignored", "longtag.r.test", "tls", "ca.example", "rfc", "", "", "permit", "longtag.r.test", "authorised");
    row("§4.1 tag over 15 octets, critical: deny", "critlongtag.r.test", "tls", "ca.example", "rfc", "", "", "deny", "critlongtag.r.test", "critical-unknown-tag");
    row("§4.1 tag with '-' is unrecognised; critical denies (rfc)", "badtag.r.test", "tls", "ca.example", "rfc", "", "", "deny", "badtag.r.test", "critical-unknown-tag");
    row("§4.1 tag with '-' is unrecognised; critical denies (letsencrypt)", "badtag.r.test", "tls", "ca.example", "le", "", "", "deny", "badtag.r.test", "critical-unknown-tag");

    // --- issue values (RFC 8659 §4.2) ---
    row("§4.2 empty value forbids issuance", "empty.caa.test", "tls", "ca.example", "rfc", "", "", "deny", "empty.caa.test", "issuance-forbidden");
    row("§4.2 ';' forbids issuance", "semi.r.test", "tls", "ca.example", "rfc", "", "", "deny", "semi.r.test", "issuance-forbidden");
    row("§4.2 ';' forbids wildcards too (no issuewild)", "*.semi.r.test", "tls", "ca.example", "le", "", "", "deny", "semi.r.test", "issuance-forbidden");
    row("§4.2 ';' next to an authorising record: additive", "semiplus.r.test", "tls", "ca.example", "rfc", "", "", "permit", "semiplus.r.test", "authorised");
    row("§4.2 ';' next to another CA: still not listed", "semiplus.r.test", "tls", "other.example", "rfc", "", "", "deny", "semiplus.r.test", "issuer-not-listed");
    row("§4.2 malformed value counts as empty issuer (rfc)", "malformed.r.test", "tls", "ca.example", "rfc", "", "", "deny", "malformed.r.test", "malformed-property");
    row("§4.2 malformed value never matches (letsencrypt)", "malformed.r.test", "tls", "ca.example", "le", "", "", "deny", "malformed.r.test", "issuer-not-listed");
    row("§4.2 malformed next to valid: the valid one authorises (C03)", "malformedplus.r.test", "tls", "ca.example", "rfc", "", "", "permit", "malformedplus.r.test", "authorised");
    row("§4.2 issuer with trailing dot is malformed (C12, rfc)", "trailingdot.r.test", "tls", "ca.example", "rfc", "", "", "deny", "trailingdot.r.test", "malformed-property");
    row("§4.2 issuer with trailing dot never matches (C12, letsencrypt)", "trailingdot.r.test", "tls", "ca.example", "le", "", "", "deny", "trailingdot.r.test", "issuer-not-listed");
    row("spec §6.4 issuer case-insensitive under rfc (C11)", "upperissuer.r.test", "tls", "ca.example", "rfc", "", "", "permit", "upperissuer.r.test", "authorised");
    row("spec §6.4 issuer exact under letsencrypt (C11)", "upperissuer.r.test", "tls", "ca.example", "le", "", "", "deny", "upperissuer.r.test", "issuer-not-listed");
    row("§4.2 spaces around the issuer are allowed (rfc)", "ws.r.test", "tls", "ca.example", "rfc", "", "", "permit", "ws.r.test", "authorised");
    row("§4.2 spaces around the issuer are allowed (letsencrypt)", "ws.r.test", "tls", "ca.example", "le", "", "", "permit", "ws.r.test", "authorised");
    row("§4.2 tab is white space (rfc)", "tab.r.test", "tls", "ca.example", "rfc", "", "", "permit", "tab.r.test", "authorised", "only account https://acme.example/acct/1");
    row("§4.2 tab is white space (letsencrypt)", "tab.r.test", "tls", "ca.example", "le", "", "", "permit", "tab.r.test", "authorised", "only account https://acme.example/acct/1");
    row("§4.2 ';' without parameters (rfc)", "semiend.r.test", "tls", "ca.example", "rfc", "", "", "permit", "semiend.r.test", "authorised");
    row("§4.2 ';' without parameters (letsencrypt)", "semiend.r.test", "tls", "ca.example", "le", "", "", "permit", "semiend.r.test", "authorised");
    row("§4.2 ';' after the last parameter is malformed (rfc)", "paramsemiend.r.test", "tls", "ca.example", "rfc", "", "", "deny", "paramsemiend.r.test", "malformed-property");
    row("§4.2 ';' after the last parameter is malformed (letsencrypt)", "paramsemiend.r.test", "tls", "ca.example", "le", "", "", "deny", "paramsemiend.r.test", "malformed-property");
    row("§4.2 unknown parameters are ignored (rfc)", "unknownparam.r.test", "tls", "ca.example", "rfc", "", "", "permit", "unknownparam.r.test", "authorised");
    row("§4.2 unknown parameters are ignored (letsencrypt)", "unknownparam.r.test", "tls", "ca.example", "le", "", "", "permit", "unknownparam.r.test", "authorised");
    row("§4.2 hyphen in a parameter tag is allowed (rfc)", "hyphenparam.r.test", "tls", "ca.example", "rfc", "", "", "permit", "hyphenparam.r.test", "authorised");
    row("profile letsencrypt: hyphenated parameter tag is malformed (C08)", "hyphenparam.r.test", "tls", "ca.example", "le", "", "", "deny", "hyphenparam.r.test", "malformed-property");
    row("§4.2 '=' inside a parameter value", "parameq.r.test", "tls", "ca.example", "rfc", "", "", "permit", "parameq.r.test", "authorised");
    row("§4.2 empty parameter value", "paramempty.r.test", "tls", "ca.example", "le", "", "", "permit", "paramempty.r.test", "authorised");
    row("§4.2 space inside the issuer is malformed (rfc)", "spaceissuer.r.test", "tls", "ca.example", "rfc", "", "", "deny", "spaceissuer.r.test", "malformed-property");
    row("§4.2 CA name instead of identifier (rfc)", "caname.r.test", "tls", "letsencrypt.org", "rfc", "", "", "deny", "caname.r.test", "malformed-property");
    row("§4.2 CA name instead of identifier (letsencrypt)", "caname.r.test", "tls", "letsencrypt.org", "le", "", "", "deny", "caname.r.test", "issuer-not-listed");
    row("spec §6.4 no substring or suffix matching (C13)", "substring.r.test", "tls", "ca.example", "rfc", "", "", "deny", "substring.r.test", "issuer-not-listed");
    row("§4.2 markup is just a malformed value (C14)", "xss.r.test", "tls", "ca.example", "rfc", "", "", "deny", "xss.r.test", "malformed-property");
    row("§4.2 underscore in the issuer is malformed", "underscore.r.test", "tls", "ca.example", "rfc", "", "", "deny", "underscore.r.test", "malformed-property");
    row("§4.2 non-ASCII issuer is malformed", "nonascii.r.test", "tls", "ca.example", "rfc", "", "", "deny", "nonascii.r.test", "malformed-property");

    // --- issuewild precedence (RFC 8659 §4.3) ---
    row("§4.3 issuewild is ignored for single names (permit)", "prec.r.test", "tls", "ca.example", "rfc", "", "", "permit", "prec.r.test", "authorised");
    row("§4.3 issuewild is ignored for single names (deny)", "prec.r.test", "tls", "other.example", "rfc", "", "", "deny", "prec.r.test", "issuer-not-listed");
    row("§4.3 issuewild replaces issue for wildcards (permit)", "*.prec.r.test", "tls", "other.example", "rfc", "", "", "permit", "prec.r.test", "authorised");
    row("§4.3 issuewild replaces issue for wildcards (deny)", "*.prec.r.test", "tls", "ca.example", "le", "", "", "deny", "prec.r.test", "issuer-not-listed");
    row("§4.3 issuewild ';' forbids wildcards", "*.wildsemi.r.test", "tls", "ca.example", "rfc", "", "", "deny", "wildsemi.r.test", "issuance-forbidden");
    row("§4.3 issuewild ';' leaves single names to issue", "wildsemi.r.test", "tls", "ca.example", "rfc", "", "", "permit", "wildsemi.r.test", "authorised");
    row("§4.3 malformed issuewild still takes precedence (D11)", "*.wildmalformed.r.test", "tls", "ca.example", "rfc", "", "", "deny", "wildmalformed.r.test", "malformed-property");
    row("§4.3 no issuewild: wildcards follow issue (permit)", "*.r.test", "tls", "ca.example", "rfc", "", "", "permit", "r.test", "authorised");
    row("§4.3 no issuewild: wildcards follow issue (deny)", "*.r.test", "tls", "other.example", "rfc", "", "", "deny", "r.test", "issuer-not-listed");
    row("§4.3 wildcard, neither issue nor issuewild: permit (boulder #8033)", "*.iodefonly.r.test", "tls", "other.example", "le", "", "", "permit", "iodefonly.r.test", "no-restricting-property");

    // --- RFC 8657 parameters ---
    row("8657 §3 accounturi: no account given, permit with condition", "acct.r.test", "tls", "ca.example", "rfc", "", "", "permit", "acct.r.test", "authorised", "only account https://acme.example/acct/1");
    row("8657 §3 accounturi: the named account", "acct.r.test", "tls", "ca.example", "rfc", A1, "", "permit", "acct.r.test", "authorised");
    row("8657 §3 accounturi: another account", "acct.r.test", "tls", "ca.example", "rfc", A2, "", "deny", "acct.r.test", "account-mismatch");
    row("8657 §3 accounturi: the named account (letsencrypt)", "acct.r.test", "tls", "ca.example", "le", A1, "", "permit", "acct.r.test", "authorised");
    // Let's Encrypt's account URL forms (CA directory accounturi_prefixes). boulder
    // va/caa.go caaAccountURIMatches: any configured prefix followed by the account ID.
    row("LE forms: ACMEv1 form in the record, ACMEv2 account asks (letsencrypt)", "leacctv1.r.test", "tls", "letsencrypt.org", "le", LeV2, "", "permit", "leacctv1.r.test", "authorised");
    row("LE forms: ACMEv2 form in the record, ACMEv1 account asks (letsencrypt)", "leacct.r.test", "tls", "letsencrypt.org", "le", LeV1, "", "permit", "leacct.r.test", "authorised");
    row("LE forms: the same form (letsencrypt)", "leacct.r.test", "tls", "letsencrypt.org", "le", LeV2, "", "permit", "leacct.r.test", "authorised");
    row("LE forms: another account ID (letsencrypt)", "leacctv1.r.test", "tls", "letsencrypt.org", "le", "https://acme-v02.api.letsencrypt.org/acme/acct/999", "", "deny", "leacctv1.r.test", "account-mismatch");
    row("LE forms: a staging account is no configured form (letsencrypt)", "leacctv1.r.test", "tls", "letsencrypt.org", "le", "https://acme-staging-v02.api.letsencrypt.org/acme/acct/1234", "", "deny", "leacctv1.r.test", "account-mismatch");
    row("LE forms: a record URI in no form matches nothing (letsencrypt)", "leacctother.r.test", "tls", "letsencrypt.org", "le", LeV2, "", "deny", "leacctother.r.test", "account-mismatch");
    row("LE forms: rfc profile compares exactly (RFC 8657 §3)", "leacctv1.r.test", "tls", "letsencrypt.org", "rfc", LeV2, "", "deny", "leacctv1.r.test", "account-mismatch");
    row("LE forms: no account given, the record's form is the condition", "leacctv1.r.test", "tls", "letsencrypt.org", "le", "", "", "permit", "leacctv1.r.test", "authorised",
        "only account https://acme-v01.api.letsencrypt.org/acme/reg/1234");
    row("8657 §3 one record per account: the second account", "acct2.r.test", "tls", "ca.example", "rfc", A2, "", "permit", "acct2.r.test", "authorised");
    row("8657 §3 one record per account: a third account", "acct2.r.test", "tls", "ca.example", "rfc", "https://acme.example/acct/3", "", "deny", "acct2.r.test", "account-mismatch");
    row("8657 §3 one record per account: alternatives as conditions", "acct2.r.test", "tls", "ca.example", "rfc", "", "", "permit", "acct2.r.test", "authorised",
        "only account https://acme.example/acct/1 | only account https://acme.example/acct/2");
    row("8657 §3 two accounturi in one record: unsatisfiable (E07, rfc)", "dupacct.r.test", "tls", "ca.example", "rfc", A1, "", "deny", "dupacct.r.test", "parameters-unsatisfiable");
    row("8657 §3 two accounturi in one record: unsatisfiable (boulder #7565)", "dupacct.r.test", "tls", "ca.example", "le", A1, "", "deny", "dupacct.r.test", "parameters-unsatisfiable");
    row("8657 §4 validationmethods: a listed method", "methods.r.test", "tls", "ca.example", "rfc", "", "dns-01", "permit", "methods.r.test", "authorised");
    row("8657 §4 validationmethods: an unlisted method", "methods.r.test", "tls", "ca.example", "rfc", "", "tls-alpn-01", "deny", "methods.r.test", "method-mismatch");
    row("8657 §4 validationmethods: no method given, condition (rfc)", "methods.r.test", "tls", "ca.example", "rfc", "", "", "permit", "methods.r.test", "authorised", "only validation methods dns-01, http-01");
    row("8657 §4 validationmethods: no method given, condition (letsencrypt)", "methods.r.test", "tls", "ca.example", "le", "", "", "permit", "methods.r.test", "authorised", "only validation methods http-01, dns-01");
    row("8657 §4 two validationmethods in one record: unsatisfiable", "dupmethods.r.test", "tls", "ca.example", "rfc", "", "dns-01", "deny", "dupmethods.r.test", "parameters-unsatisfiable");
    row("8657 §4 method label case: rfc profile matches DNS-01", "methodcase.r.test", "tls", "ca.example", "rfc", "", "dns-01", "permit", "methodcase.r.test", "authorised");
    row("8657 §4 method label case: letsencrypt does not match DNS-01", "methodcase.r.test", "tls", "ca.example", "le", "", "dns-01", "deny", "methodcase.r.test", "method-mismatch");
    row("spec §7.3 AccountURI spelling: letsencrypt ignores it (E16)", "acctcase.r.test", "tls", "ca.example", "le", A2, "", "permit", "acctcase.r.test", "authorised");
    row("spec §7.3 AccountURI spelling: rfc profile binds it", "acctcase.r.test", "tls", "ca.example", "rfc", A2, "", "deny", "acctcase.r.test", "account-mismatch");
    row("spec §7.3 'http-01,,dns-01' lets boulder match http-01 (E19)", "badlist.r.test", "tls", "ca.example", "le", "", "http-01", "permit", "badlist.r.test", "authorised");
    row("spec §7.3 'http-01,,dns-01' stops boulder before dns-01 (E20)", "badlist.r.test", "tls", "ca.example", "le", "", "dns-01", "deny", "badlist.r.test", "method-mismatch");
    row("8657 §4 malformed method list is unsatisfiable (rfc)", "badlist.r.test", "tls", "ca.example", "rfc", "", "http-01", "deny", "badlist.r.test", "parameters-unsatisfiable");
    row("8657 §4 empty method list matches nothing (rfc)", "emptymethods.r.test", "tls", "ca.example", "rfc", "", "dns-01", "deny", "emptymethods.r.test", "parameters-unsatisfiable");
    row("8657 §4 empty method list matches nothing (letsencrypt)", "emptymethods.r.test", "tls", "ca.example", "le", "", "dns-01", "deny", "emptymethods.r.test", "method-mismatch");
    row("8657 §4 retired tls-sni-01 never matches (letsencrypt)", "unknownmethod.r.test", "tls", "ca.example", "le", "", "http-01", "deny", "unknownmethod.r.test", "method-mismatch");
    row("8657 §4 retired tls-sni-01 never matches (rfc)", "unknownmethod.r.test", "tls", "ca.example", "rfc", "", "http-01", "deny", "unknownmethod.r.test", "method-mismatch");
    row("8657 §4 CA-specific ca- label (SC-098 ca-tbr-7)", "camethod.r.test", "tls", "ca.example", "rfc", "", "ca-tbr-7", "permit", "camethod.r.test", "authorised");
    row("8657 §4 a label Let's Encrypt does not use: unsatisfiable", "camethod.r.test", "tls", "ca.example", "le", "", "", "deny", "camethod.r.test", "parameters-unsatisfiable");
    // --- BR 2.2.8 §4.2.2.1.2 (SC-098): ca-tbr-N labels and their ACME equivalents ---
    row("BR 2.2.8 ca-tbr-19 in the record, http-01 asked: same method (rfc)", "tbr19.r.test", "tls", "ca.example", "rfc", "", "http-01", "permit", "tbr19.r.test", "authorised");
    row("BR 2.2.8 ca-tbr-19 in the record, dns-01 asked: another method", "tbr19.r.test", "tls", "ca.example", "rfc", "", "dns-01", "deny", "tbr19.r.test", "method-mismatch");
    row("BR 2.2.8 dns-01 in the record, ca-tbr-7 asked: same method (rfc)", "methods.r.test", "tls", "ca.example", "rfc", "", "ca-tbr-7", "permit", "methods.r.test", "authorised");
    row("BR 2.2.8 ca-tbr-19 for Let's Encrypt: not accepted (boulder#8821)", "tbr19.r.test", "tls", "ca.example", "le", "", "http-01", "deny", "tbr19.r.test", "method-mismatch");
    row("BR 2.2.8 ca-tbr-7 asked of Let's Encrypt: not its label", "methods.r.test", "tls", "ca.example", "le", "", "ca-tbr-7", "deny", "methods.r.test", "method-mismatch");
    row("BR 2.2.8 ca-tbr-19 and http-01 are one method, not dns-01's", "tbr19.r.test", "tls", "ca.example", "rfc", "", "", "permit", "tbr19.r.test", "authorised",
        "only validation method ca-tbr-19 (Agreed-Upon Change to Website - ACME)");
    // --- BR 2.2.8 §4.2.2.1.2: parameters bind every CA from 2027-03-15 ("rfc-unknown:DAY":
    // an RFC CA not known to process them, deciding as of DAY) ---
    row("before 2027-03-15 a method mismatch does not yet bind", "methods.r.test", "tls", "ca.example", "rfc-unknown:2026-12-01", "", "tls-alpn-01", "permit",
        "methods.r.test", "parameters-not-yet-binding");
    row("2027-03-14 is the last such day", "acctmethod.r.test", "tls", "ca.example", "rfc-unknown:2027-03-14", A2, "dns-01", "permit", "acctmethod.r.test",
        "parameters-not-yet-binding");
    row("from 2027-03-15 the method binds", "methods.r.test", "tls", "ca.example", "rfc-unknown:2027-03-15", "", "tls-alpn-01", "deny", "methods.r.test", "method-mismatch");
    row("from 2027-03-15 the account binds", "acctmethod.r.test", "tls", "ca.example", "rfc-unknown:2027-03-15", A2, "dns-01", "deny", "acctmethod.r.test", "account-mismatch");
    row("before 2027-03-15 an issuer not named stays denied", "own.r.test", "tls", "ca.example", "rfc-unknown:2026-12-01", "", "", "deny", "own.r.test", "issuer-not-listed");
    row("before 2027-03-15 a matching method needs no leniency", "methods.r.test", "tls", "ca.example", "rfc-unknown:2026-12-01", "", "dns-01", "permit", "methods.r.test", "authorised");
    row("8657 account and method both match", "acctmethod.r.test", "tls", "ca.example", "rfc", A1, "dns-01", "permit", "acctmethod.r.test", "authorised");
    row("8657 account matches, method does not", "acctmethod.r.test", "tls", "ca.example", "rfc", A1, "http-01", "deny", "acctmethod.r.test", "method-mismatch");
    row("8657 method matches, account does not", "acctmethod.r.test", "tls", "ca.example", "le", A2, "dns-01", "deny", "acctmethod.r.test", "account-mismatch");
    row("8657 account and method open: both become conditions", "acctmethod.r.test", "tls", "ca.example", "rfc", "", "", "permit", "acctmethod.r.test", "authorised",
        "only account https://acme.example/acct/1, only validation method dns-01");
    row("8657 §3 accounturi that is not a URI: unsatisfiable", "invalidacct.r.test", "tls", "ca.example", "rfc", "", "", "deny", "invalidacct.r.test", "parameters-unsatisfiable");

    // --- kinds: S/MIME (RFC 9495) and VMC ---
    row("9495 §4 issuemail authorises its CA for S/MIME", "mail.r.test", "email", "other.example", "rfc", "", "", "permit", "mail.r.test", "authorised");
    row("9495 §4 issuemail restricts other CAs for S/MIME", "mail.r.test", "email", "ca.example", "rfc", "", "", "deny", "mail.r.test", "issuer-not-listed");
    row("9495 §4 issuemail does not affect TLS", "mail.r.test", "tls", "ca.example", "le", "", "", "permit", "mail.r.test", "authorised");
    row("9495 §4 issue never restricts S/MIME", "r.test", "email", "other.example", "rfc", "", "", "permit", "r.test", "no-restricting-property");
    row("9495 §4 an e-mail address is an S/MIME request on its domain", "user@mail.r.test", "tls", "other.example", "rfc", "", "", "permit", "mail.r.test", "authorised");
    row("9495 §4 issuemail ';' forbids S/MIME", "mailsemi.r.test", "email", "ca.example", "rfc", "", "", "deny", "mailsemi.r.test", "issuance-forbidden");
    row("MCR issuevmc authorises its CA", "vmc.r.test", "vmc", "other.example", "rfc", "", "", "permit", "vmc.r.test", "authorised");
    row("MCR issuevmc restricts other CAs", "vmc.r.test", "vmc", "ca.example", "rfc", "", "", "deny", "vmc.r.test", "issuer-not-listed");
    // Mark Certificate Requirements (SSL.com CP/CPS §3.2.2.8, Starfield MC CP/CPS §3.2.2.5):
    // issue and issuewild do not restrict mark certificates; no fallback (spec §10).
    row("spec §10 MCR: issue does not restrict VMC, CA named by issue", "r.test", "vmc", "ca.example", "rfc", "", "", "permit", "r.test", "no-restricting-property");
    row("spec §10 MCR: issue does not restrict VMC, CA not named by issue", "r.test", "vmc", "other.example", "rfc", "", "", "permit", "r.test", "no-restricting-property");
    row("spec §10 MCR: issuewild does not restrict VMC either", "prec.r.test", "vmc", "other.example", "le", "", "", "permit", "prec.r.test", "no-restricting-property");
    row("spec §10 VMC with no issue property at all", "iodefonly.r.test", "vmc", "ca.example", "rfc", "", "", "permit", "iodefonly.r.test", "no-restricting-property");

    // --- input (spec §2) ---
    row("§2 pasted URL: the host is checked", "https://www.r.test/some/path?q=1", "tls", "ca.example", "rfc", "", "", "permit", "r.test", "authorised");
    row("§2 upper case and one trailing dot", "WWW.R.TEST.", "tls", "ca.example", "rfc", "", "", "permit", "r.test", "authorised");
    row("§2 IDN converted to A-labels", "Bücher.r.test", "tls", "ca.example", "rfc", "", "", "permit", "r.test", "authorised");
    row("§2 wildcard with upper case (boulder #8643)", "*.PREC.R.TEST", "tls", "other.example", "rfc", "", "", "permit", "prec.r.test", "authorised");
    row("§2 IPv4 literal refused before any query", "192.0.2.1", "tls", "ca.example", "rfc", "", "", "input-error", "", "ip-address");
    row("§2 IPv6 literal refused before any query", "[2001:db8::1]", "tls", "ca.example", "rfc", "", "", "input-error", "", "ip-address");
    row("§2 '*' inside a label refused", "*x.r.test", "tls", "ca.example", "rfc", "", "", "input-error", "", "misplaced-wildcard");
    row("§2 empty label refused", "a..r.test", "tls", "ca.example", "rfc", "", "", "input-error", "", "empty-label");
    row("§2 two trailing dots refused", "r.test..", "tls", "ca.example", "rfc", "", "", "input-error", "", "empty-label");
    row("§2 port refused", "r.test:443", "tls", "ca.example", "rfc", "", "", "input-error", "", "has-port");
    row("§2 label over 63 octets refused", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.r.test", "tls", "ca.example", "rfc", "", "", "input-error", "", "label-too-long");
    row("BR §3.2.2.8 .onion refused", "abc.onion", "tls", "ca.example", "rfc", "", "", "input-error", "", "onion-name");
}

void TestEngine::rules()
{
    checkRule(false);
}

// The same rules over the zone files themselves, without any server: the offline source
// must reach the verdicts Knot + Unbound reach. Rows that depend on a server's failure
// (the lame delegation) are the only ones that cannot apply.
void TestEngine::rulesOffline()
{
    QFETCH(QString, input);
    if (input.contains(QStringLiteral("x.lame.caa.test")) || input.contains(QStringLiteral("y.z.lame.caa.test")))
        QSKIP("a lame delegation exists only in the servers' configuration, not in zone data");
    checkRule(true);
}

void TestEngine::checkRule(bool offline)
{
    QFETCH(QString, input);
    QFETCH(QString, kind);
    QFETCH(QStringList, identifiers);
    QFETCH(QString, profile);
    QFETCH(QByteArray, account);
    QFETCH(QByteArray, method);
    QFETCH(QString, verdict);
    QFETCH(QByteArray, foundAt);
    QFETCH(QString, reason);
    QFETCH(QString, conditions);

    const DomainParse parsed = parseDomainInput(input);
    if (verdict == QStringLiteral("input-error")) {
        QVERIFY2(!parsed.ok(), "input must be refused before any query");
        QCOMPARE(inputErrorCodeName(parsed.error.code), reason);
        QVERIFY(!parsed.error.message.isEmpty());
        return;
    }
    QVERIFY2(parsed.ok(), qPrintable(parsed.error.message));

    IssuanceRequest request;
    for (const QString &id : std::as_const(identifiers)) {
        request.identifiers << id.toLatin1();
        // The CA's account URL forms come from the bundled directory, as in the product.
        for (const CaEntry *e : bundledCaDirectory().findByIdentifier(id.toLatin1()))
            request.accountUriPrefixes += e->accountUriPrefixes;
    }
    request.profile = profile == QStringLiteral("le") ? letsEncryptProfile() : rfcProfile();
    if (profile.startsWith(QStringLiteral("rfc-unknown:"))) {
        request.parameterProcessing = ParameterProcessing::Unknown;
        request.asOf = QDate::fromString(profile.section(u':', 1), Qt::ISODate);
        QVERIFY(request.asOf.isValid());
    }
    request.kind = kind == QStringLiteral("email") || parsed.name.isEmail() ? CertificateKind::Email
                   : kind == QStringLiteral("vmc")                           ? CertificateKind::Vmc
                                                                             : tlsKindFor(parsed.name);
    request.accountUri = account;
    request.method = method;

    const CheckResult check = offline ? checkAgainstZones(m_zones, parsed.name) : climb(parsed.name);
    QVERIFY2(check.verdict != ClimbVerdict::Incomplete, "the climb did not finish");
    const Decision d = decide(check, request);
    QStringList conditionTexts;
    for (const PermitCondition &c : d.conditions)
        conditionTexts << c.describe();

    QCOMPARE(verdictName(d.verdict), verdict);
    QCOMPARE(reasonCodeName(d.reason), reason);
    QCOMPARE(d.foundAt, foundAt);
    QCOMPARE(conditionTexts.join(QStringLiteral(" | ")), conditions);
    QVERIFY(!d.explanation.isEmpty());
    QVERIFY(!d.reference.isEmpty());
    if (d.verdict == Verdict::Deny && d.reason != ReasonCode::CriticalUnknownTag)
        QVERIFY2(!d.deciding.isEmpty(), "a deny names the records that restrict");
    if (d.reason == ReasonCode::Authorised)
        QVERIFY2(!d.deciding.isEmpty(), "a permit names the authorising record");
}

void TestEngine::everyLevelIsQueriedOnceInParallel()
{
    CAA_REQUIRE_TESTBED(server);
    Dns::AresResolver resolver({.servers = {server}});
    QSignalSpy lookups(&resolver, &Dns::AresResolver::finished);
    const DomainParse parsed = parseDomainInput(QStringLiteral("a.b.c.r.test"));
    CheckJob job(&resolver, parsed.name);
    job.start();
    // All five levels are in flight before the first answer arrives.
    QCOMPARE(resolver.pendingCount(), 5);
    QSignalSpy done(&job, &CheckJob::finished);
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(lookups.size(), 5);
    QList<QByteArray> asked;
    for (const auto &args : std::as_const(lookups))
        asked << args.at(1).value<Dns::LookupResult>().name;
    std::sort(asked.begin(), asked.end());
    QCOMPARE(asked, (QList<QByteArray>{"a.b.c.r.test", "b.c.r.test", "c.r.test", "r.test", "test"}));
    QCOMPARE(job.result().relevantName(), QByteArray("r.test"));
}

void TestEngine::timeoutIsALookupFailure()
{
    // A UDP socket that never answers stands in for an unreachable resolver.
    CaaTest::SilentServer server;
    Dns::AresResolver silent({.servers = {server.address()}, .timeoutMs = 600});
    const CheckResult check = climb(parseDomainInput(QStringLiteral("www.r.test")).name, &silent);
    QCOMPARE(check.verdict, ClimbVerdict::Failure);
    QCOMPARE(check.decidingIndex, 0);
    QCOMPARE(check.steps[0].status, Dns::LookupStatus::Timeout);
    IssuanceRequest request;
    request.identifiers = {"ca.example"};
    const Decision d = decide(check, request);
    QCOMPARE(d.verdict, Verdict::LookupFailure);
    QVERIFY2(d.explanation.contains(QStringLiteral("timeout")), qPrintable(d.explanation));
}

// The window keeps one resolver for all its checks. A domain owner who fixes a record and
// presses Check again must see the fix: asked directly, knotd has the new record at once,
// so any answer still naming the old one came from a cache inside our process (c-ares
// 1.31+ keeps one by default for up to an hour).
void TestEngine::zoneChangeSeenByNextCheck()
{
    const auto authoritative = CaaTest::testbedAuthoritative();
    QVERIFY(authoritative);
    Dns::AresResolver resolver({.servers = {*authoritative}, .timeoutMs = 5000});
    const DomainName name = parseDomainInput(QStringLiteral("change1.test")).name;
    auto issuer = [&] {
        const QList<Dns::CaaAnswer> records = CaaTest::climbAndWait(&resolver, name, 15000).relevantRecords();
        return records.size() == 1 ? records.first().record.value : QByteArray("(no single record)");
    };
    QString error = CaaTest::publishIssuer(QStringLiteral("change1.test"), "before.example");
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(issuer(), QByteArray("before.example"));
    error = CaaTest::publishIssuer(QStringLiteral("change1.test"), "after.example");
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(issuer(), QByteArray("after.example"));
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
