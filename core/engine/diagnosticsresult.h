#pragma once

// What the helpdesk diagnostics found, as plain values, and the rules that compare and
// judge them. The job that gathers them (network) is engine/diagnostics.h; the writers
// (text, Markdown, JSON) are report/diagnosticsreport.h.

#include "dns/dnsserver.h"
#include "dns/lookupresult.h"
#include "engine/climb.h"
#include "engine/findings.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace Caa {


/// DNSSEC state of one climbed level, as a validating resolver reports it.
enum class DnssecState {
    Secure,        ///< the answer carried AD (validated)
    Insecure,      ///< a plain answer without AD (unsigned, or the resolver does not validate)
    Bogus,         ///< SERVFAIL, but the same query with CD=1 (checking disabled) succeeds
    ServerFailure, ///< SERVFAIL with and without CD=1: the nameservers fail, not DNSSEC
    Unknown,       ///< no answer to judge (timeout, refused, …)
};
/// "secure", "insecure", "bogus", "server-failure", "unknown".
QString dnssecStateName(DnssecState state);

struct DnssecLevel
{
    QByteArray name;
    DnssecState state = DnssecState::Unknown;
    QString explanation;
};

/// How one authoritative server answered one CAA question asked directly (RD=0).
enum class ServerOutcome {
    Records, ///< CAA records
    NoData,  ///< the name exists, no CAA
    NxDomain,
    Refused,  ///< REFUSED: the server does not serve the zone
    Lame,     ///< an answer without AA, or SERVFAIL: the server is not (working as) authoritative
    Timeout,  ///< no answer at all
    Failure,  ///< anything else (unreachable, malformed, other RCODEs)
};
QString serverOutcomeName(ServerOutcome outcome);
ServerOutcome classifyAuthoritative(const Dns::LookupResult &result);

/// One address of one nameserver of a zone, and what it answered.
struct ServerView
{
    QByteArray host;      ///< the NS target, e.g. ns2.example.net
    QString address;      ///< its IPv4 or IPv6 address
    Dns::LookupResult soa;
    std::optional<quint32> serial; ///< from its SOA answer, when it gave one
    QHash<QByteArray, Dns::LookupResult> caa; ///< climbed name → answer

    /// "ns2.example.net (192.0.2.2)".
    QString label() const;
};

/// How the authoritative servers of a zone compare for one name.
enum class Agreement {
    Consistent, ///< every server asked answered, all the same
    Differ,     ///< servers that answered disagree
    Incomplete, ///< those that answered agree, but some did not answer: not all compared
    NoAnswer,   ///< no server answered: nothing could be compared
};
/// "consistent", "differ", "incomplete", "no-answer".
QString agreementName(Agreement agreement);

/// The comparison of every server of a zone for one climbed name.
struct NameComparison
{
    QByteArray name;
    /// True only for Agreement::Consistent: a level where some server was not compared
    /// never counts as consistent.
    bool consistent = true;
    Agreement agreement = Agreement::Consistent;
    QString verdict; ///< one sentence: "consistent: …" or which server differs and how
};

/// One zone cut on the climbed path, its nameservers and their answers.
struct ZoneDiagnosis
{
    QByteArray zone;
    QList<QByteArray> names;       ///< climbed names that belong to this zone, from the name upward
    QList<QByteArray> nameservers; ///< NS targets
    QList<ServerView> servers;     ///< one per address
    QList<NameComparison> comparisons;
    QString problem; ///< why the zone's servers could not be asked (empty when they were)
};

/// One resolver's climb of the same name.
struct ResolverView
{
    QString label;
    CheckResult check;
};

/// Everything the helpdesk diagnostics found for one name.
struct Diagnostics
{
    DomainName name;
    bool authoritativeAsked = false;
    QList<ZoneDiagnosis> zones;
    QList<DnssecLevel> dnssec;
    QList<ResolverView> resolvers; ///< empty unless resolvers were compared
    QStringList resolverDisagreements;
    QList<Finding> findings;
};

/// What the diagnostics job does besides the DNSSEC classification (always done).
struct DiagnosticsOptions
{
    bool authoritative = true;
    /// Resolvers to compare with the one the check used (which comes first).
    QList<Dns::ServerAddress> compareResolvers;
    /// Port for direct queries to nameserver addresses (53 on the Internet; test beds differ).
    quint16 nameserverPort = 53;
    int timeoutMs = 3000;
};

/// Compares the servers of a zone name by name (fills `comparisons`); exposed for tests.
void compareServers(ZoneDiagnosis &zone);
/// Compares resolver climbs level by level; returns one sentence per disagreement.
QStringList compareResolverViews(const QList<ResolverView> &views);
/// The findings for a finished diagnosis (mismatches, unreachable and lame servers,
/// Bogus levels, resolver disagreements), each with the rule behind it.
QList<Finding> diagnosticsFindings(const Diagnostics &diagnostics);


/// The TTL a zone's own servers give the relevant CAA set of `check`, and which server
/// said so: a resolver only reports what is left of it in its cache.
struct AuthoritativeTtl
{
    quint32 ttl = 0;
    QString server; ///< ServerView::label()
};
/// From the diagnostics of `check` (the first server that answered the relevant set's
/// owner with records); nullopt when no server did.
std::optional<AuthoritativeTtl> authoritativeCaaTtl(const Diagnostics &diagnostics, const CheckResult &check);

/// An RRset as `flags tag "value"` records (caaPresentation), sorted and comma-separated:
/// the same text for the same set, whatever order the server sent it in.
QString caaAnswersText(const QList<Dns::CaaAnswer> &answers);

/// The Baseline Requirements rule on DNSSEC and CAA, in one sentence.
QString dnssecRuleText();

/// What an answer says, independent of TTLs and of who said it: the same text for the
/// same answer (records sorted, or NODATA / NXDOMAIN / the failure).
QString answerSignature(const Dns::LookupResult &result);

/// "serial 2026112601", or "no SOA serial".
QString serialText(const ServerView &server);

/// The serial of an SOA answer, when it holds one.
std::optional<quint32> soaSerial(const Dns::LookupResult &result);

} // namespace Caa

Q_DECLARE_METATYPE(Caa::Diagnostics)
