#pragma once

// Whose failure is a failed CAA lookup: the domain's servers, or the resolver we asked?
// (issue #21). A home router, a company forwarder or a VPN resolver often mishandles
// type 257 (SERVFAIL, FORMERR, no answer) while the domain's own servers answer well; a
// CA asks from its own resolvers and would see those answers. When a level fails through
// the chosen resolver, the level is asked again directly at the zone's authoritative
// servers (RD=0) and the failure is classified.

#include "dns/aresresolver.h"
#include "engine/climb.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace Caa {

/// Whose failure a failed lookup is.
enum class FailureOrigin {
    Resolver,     ///< the zone's own servers answer, consistently: the resolver asked failed
    Domain,       ///< the zone's servers fail too, disagree, or the zone's DNSSEC is broken
    Undetermined, ///< the zone's servers could not be found or reached from here
};
/// "resolver", "domain", "undetermined" (JSON, CSV, tests).
QString failureOriginName(FailureOrigin origin);
/// A few words for people: "the resolver's failure: the domain's servers answer", …
QString failureOriginWords(FailureOrigin origin);

/// One authoritative server address asked directly (RD=0) for a failed level.
struct OriginAnswer
{
    QByteArray host;  ///< the NS target, e.g. ns1.example.net
    QString address;  ///< its IPv4 or IPv6 address
    Dns::LookupResult answer;

    /// "ns1.example.net (192.0.2.1)".
    QString label() const;
};

/// A resolver the user chose to compare with (OriginProbeOptions::compareResolvers), and
/// what it answered for a failed level.
struct ComparedResolver
{
    QString resolver; ///< "1.1.1.1:53"
    Dns::LookupResult answer;
};

/// One failed climb level, asked again at its zone's servers.
struct LevelOrigin
{
    int index = -1;       ///< the level (0 = the checked name)
    QByteArray name;
    FailureOrigin origin = FailureOrigin::Undetermined;
    QByteArray zone;      ///< the zone whose servers were asked (empty when none was found)
    QList<OriginAnswer> servers;
    /// Only when the user enabled the comparison: the other resolvers' answers. When the
    /// zone's servers cannot be reached from here but these answer alike, the level is
    /// the resolver's failure and their answer stands in for the servers'.
    QList<ComparedResolver> compared;
    /// The answer every server that answered gave (origin == Resolver only).
    std::optional<Dns::LookupResult> authoritative;
    /// What was asked and what came back, in one sentence.
    QString explanation;
    /// Domain only: the resolver fails because the zone's DNSSEC does not validate (the
    /// same question with checking disabled, CD=1, is answered).
    bool dnssecBogus = false;
};

/// The origin of a check's lookup failure.
struct FailureOriginReport
{
    /// The origin of the failure the authoritative climb still ends in, or Resolver when
    /// the zone's servers answer every level the resolver failed for.
    FailureOrigin origin = FailureOrigin::Undetermined;
    int failedIndex = -1; ///< where the climb through the resolver failed (CheckResult::decidingIndex)
    QString resolver;     ///< the resolver asked ("127.0.0.1:53", "system resolver")
    QList<LevelOrigin> levels; ///< every failed level at or above failedIndex
    /// The climb with each failed level replaced by its zone's consistent authoritative
    /// answer: what a CA's own resolver would most likely see. Its verdict is Failure
    /// where a level still has no such answer.
    CheckResult likelyClimb;

    /// The level `index`, or nullptr when it was not asked again.
    const LevelOrigin *level(int index) const;
};

/// True when `check` failed in a way its resolver may be to blame for (SERVFAIL, REFUSED,
/// FORMERR, NOTIMP, timeout, truncation, refused connection): those are asked again at
/// the authoritative servers. NXDOMAIN at a TLD and malformed replies are the domain's.
bool originCanBeProbed(const CheckResult &check);

/// Classifies one level from its servers' direct answers (and whether any were found):
/// none reached → Undetermined; any failing (REFUSED, SERVFAIL, no AA, other RCODE) or
/// two that differ → Domain; otherwise Resolver. Servers that could not be reached are
/// ignored when others answered (a CA's resolver tries the next server).
FailureOrigin classifyLevelOrigin(const QList<OriginAnswer> &servers);

/// A sentence a helpdesk can paste: whose failure it is and what to do, naming the
/// resolver or the failing servers.
QString failureOriginAdvice(const FailureOriginReport &report);

/// The settings of a FailureOriginProbe.
struct OriginProbeOptions
{
    /// The resolver the checks used (zone cuts, NS and addresses are found through it,
    /// with checking disabled, CD=1).
    Dns::ResolverOptions resolver;
    /// Port for direct queries to nameserver addresses (53 on the Internet; test beds differ).
    quint16 nameserverPort = 53;
    /// Per direct query, retries included.
    int timeoutMs = 2000;
    /// The whole determination of one check; what has not answered by then is Undetermined.
    int deadlineMs = 10000;
    /// Other resolvers to ask each failed level too (RD=1). Empty by default: asking a
    /// public resolver tells a third party which name is being checked, so only the
    /// user's explicit choice fills this.
    QList<Dns::ServerAddress> compareResolvers;
};

/// Finds the origin of failed checks. One probe serves many checks (a bulk run): every
/// question (to the resolver or to one server address) is asked once while the probe
/// lives, and later askers share the answer, so a run never asks the same authoritative
/// server the same question twice (the kept answers are bounded: past 50,000 they are
/// forgotten and asked again when needed). Lookups run in parallel; nothing blocks.
class FailureOriginProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailureOriginProbe)

public:
    using Done = std::function<void(std::shared_ptr<const FailureOriginReport>)>;

    explicit FailureOriginProbe(const OriginProbeOptions &options, QObject *parent = nullptr);
    ~FailureOriginProbe() override;

    /// Starts determining the origin of `check`'s failure (originCanBeProbed() must hold);
    /// `done` is called once from the event loop, unless cancel(id) came first.
    quint64 determine(const CheckResult &check, Done done);
    void cancel(quint64 id);
    /// Forgets the answers kept so far (a new single check must see today's DNS).
    void clearCache();

    /// Queries sent so far: to the resolver, and directly to servers.
    int resolverQueries() const;
    int directQueries() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Caa
