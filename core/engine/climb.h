#pragma once

#include "domain/domainname.h"
#include "dns/lookupresult.h"

#include <QList>
#include <QMetaType>

#include <memory>

namespace Caa {

struct FailureOriginReport;

/// What one level of the climb contributes (RFC 8659 §3, spec §4).
enum class LevelOutcome {
    Pending,  ///< no answer yet
    Records,  ///< at least one CAA RR: this set stops the climb
    Empty,    ///< NODATA, or NXDOMAIN below the TLD: continue upward
    Failure,  ///< SERVFAIL, REFUSED, other RCODEs, timeout, truncation, malformed, NXDOMAIN at a TLD
};

/// Classifies one lookup. `isTld` makes NXDOMAIN a failure (a removed TLD must not look
/// CAA-free; boulder 6c92c3041).
LevelOutcome classifyLevel(const Dns::LookupResult &result, bool isTld);

/// Stable name of a level outcome ("records", "empty", "failure", "pending").
QString levelOutcomeName(LevelOutcome outcome);

/// How the whole climb ended.
enum class ClimbVerdict {
    Incomplete, ///< a level that could decide has not answered yet
    NoRecords,  ///< every level up to the TLD was empty
    Found,      ///< `index` holds the relevant RRset
    Failure,    ///< `index` failed before any non-empty level: the CA must refuse
};

/// The climb for one name: one lookup per level, ordered from the name to the TLD.
struct CheckResult
{
    DomainName name;
    QList<Dns::LookupResult> steps; ///< steps[i] answers name.climbNames()[i]
    QList<bool> answered;           ///< answered[i]: steps[i] holds a finished lookup
    ClimbVerdict verdict = ClimbVerdict::Incomplete;
    int decidingIndex = -1;         ///< the relevant level (Found) or the failing one (Failure)
    /// Whose failure a Failure is, when the zone's own servers were asked again
    /// (engine/failureorigin.h); null otherwise.
    std::shared_ptr<const FailureOriginReport> origin;

    /// The relevant RRset (empty unless verdict == Found).
    QList<Dns::CaaAnswer> relevantRecords() const;
    /// A level's lookup timed out (a resolver that drops queries under load looks so).
    bool anyLevelTimedOut() const;
    /// Query name of the relevant level ("" unless Found).
    QByteArray relevantName() const;
    LevelOutcome levelOutcome(int index) const;
};

/// Applies RFC 8659 §3 to the answers gathered so far: walking from the name upward,
/// the first level that failed or holds records decides; a failure above a non-empty
/// level is irrelevant; pending levels below the decision leave the climb Incomplete.
/// Sets verdict and decidingIndex.
void selectRelevant(CheckResult &check);

/// A CheckResult for `name` with no answers yet (one slot per climb level).
CheckResult makeCheck(const DomainName &name);

} // namespace Caa
Q_DECLARE_METATYPE(Caa::CheckResult)
