#pragma once

#include "dns/aresresolver.h"
#include "engine/climb.h"
#include "engine/findings.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <memory>
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

/// The comparison of every server of a zone for one climbed name.
/// How the authoritative servers of a zone compare for one name.
enum class Agreement {
    Consistent, ///< every server asked answered, all the same
    Differ,     ///< servers that answered disagree
    Incomplete, ///< those that answered agree, but some did not answer: not all compared
    NoAnswer,   ///< no server answered: nothing could be compared
};
/// "consistent", "differ", "incomplete", "no-answer".
QString agreementName(Agreement agreement);

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

/// Helpdesk diagnostics for a finished check:
/// - DNSSEC per climbed level; a SERVFAIL is asked again with CD=1 to tell a DNSSEC
///   validation failure (Bogus) from failing nameservers;
/// - the zone cut(s) on the climbed path (SOA through the resolver), each zone's NS and
///   their A/AAAA, then CAA at every climbed name of that zone and the zone's SOA asked of
///   every address directly (RD=0), compared server by server (discovery uses CD=1, so
///   the servers of a zone with broken signatures are still found and asked);
/// - the same climb through other resolvers, compared level by level.
/// Lookups run in parallel within each step; nothing blocks.
class DiagnosticsJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsJob)

public:
    /// `resolverOptions` is what the check used (its servers are the first resolver).
    DiagnosticsJob(const Dns::ResolverOptions &resolverOptions, const CheckResult &check, const DiagnosticsOptions &options,
                   QObject *parent = nullptr);
    ~DiagnosticsJob() override;

    void start();
    void cancel();
    bool isFinished() const;
    const Diagnostics &result() const;

Q_SIGNALS:
    void progress(const QString &step);
    void finished(const Caa::Diagnostics &result);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// Compares the servers of a zone name by name (fills `comparisons`); exposed for tests.
void compareServers(ZoneDiagnosis &zone);
/// Compares resolver climbs level by level; returns one sentence per disagreement.
QStringList compareResolverViews(const QList<ResolverView> &views);
/// The findings for a finished diagnosis (mismatches, unreachable and lame servers,
/// Bogus levels, resolver disagreements), each with the rule behind it.
QList<Finding> diagnosticsFindings(const Diagnostics &diagnostics);

/// Text, Markdown and JSON sections for reports and the CLI.
QString diagnosticsToText(const Diagnostics &diagnostics);
QString diagnosticsToMarkdown(const Diagnostics &diagnostics);
QJsonObject diagnosticsToJson(const Diagnostics &diagnostics);

/// An RRset as `flags tag "value"` records (caaPresentation), sorted and comma-separated:
/// the same text for the same set, whatever order the server sent it in.
QString caaAnswersText(const QList<Dns::CaaAnswer> &answers);

/// The Baseline Requirements rule on DNSSEC and CAA, in one sentence.
QString dnssecRuleText();

} // namespace Caa

Q_DECLARE_METATYPE(Caa::Diagnostics)
