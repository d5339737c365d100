#pragma once

#include "ca/cadirectory.h"
#include "engine/findings.h"
#include "engine/simulator.h"
#include "generator/policy.h"

#include <QList>
#include <QSet>

namespace Caa {

/// One CA the owner allows, and for what.
struct CaGrant
{
    QString caName;            ///< for display ("Let's Encrypt")
    QByteArray identifier;     ///< the issuer domain written into the records
    bool single = true;        ///< `issue`
    bool wildcard = true;      ///< `issuewild` (when it differs from `issue`)
    bool email = false;        ///< `issuemail` (S/MIME, RFC 9495)
    bool vmc = false;          ///< `issuevmc` (mark certificates)
    QByteArray accountUri;     ///< optional RFC 8657 accounturi
    QList<QByteArray> methods; ///< optional RFC 8657 validationmethods
    bool critical = false;     ///< flag 128 on this CA's records

    friend bool operator==(const CaGrant &, const CaGrant &) = default;
};

/// What happens to a certificate kind that no grant covers.
enum class UncoveredKind {
    Nobody, ///< publish ";" so that no CA may issue it
    Anyone, ///< publish nothing for it, so CAA does not restrict it
};

/// The point-and-click form of a policy. buildPolicy() turns it into records following
/// the generator rules of the spec (§14): lower-case tags, flags 0 unless asked, no
/// `issuewild` that merely repeats `issue`, one record per alternative.
struct PolicyDraft
{
    QByteArray owner;
    quint32 ttl = 3600;
    QList<CaGrant> grants;
    UncoveredKind singleUncovered = UncoveredKind::Nobody;
    UncoveredKind wildcardUncovered = UncoveredKind::Nobody; ///< when wildcard grants differ from single ones
    UncoveredKind emailUncovered = UncoveredKind::Anyone;
    UncoveredKind vmcUncovered = UncoveredKind::Anyone;
    QList<QByteArray> iodef;          ///< mailto: / https: URLs
    QList<QByteArray> contactEmails;
    QList<QByteArray> contactPhones;
    QSet<QByteArray> criticalTags;    ///< tags whose records all get flag 128 (per CA: CaGrant::critical)
    bool compactParameters = false;   ///< "ca;accounturi=…" without spaces (providers that split on spaces)
    QList<CaaRecord> extraRecords;    ///< anything else, written as given

    friend bool operator==(const PolicyDraft &, const PolicyDraft &) = default;
};

/// A policy holding records found by a lookup (for "start from the live records").
CaaPolicy policyFromAnswers(const QByteArray &owner, const QList<Dns::CaaAnswer> &answers);

/// The records a draft stands for.
CaaPolicy buildPolicy(const PolicyDraft &draft);

/// A draft that builds exactly `policy`'s records (as a set). What the form cannot express
/// (odd flags, unknown tags, malformed values, other parameters…) goes to extraRecords, and
/// if the result would still differ, every record does: nothing is ever dropped.
PolicyDraft draftFromPolicy(const CaaPolicy &policy, const CaDirectory *directory = nullptr);

/// DNS providers with known CAA quirks (field survey §1.4, §2.5).
enum class DnsProvider { Generic, Cloudflare, DigitalOcean, Exoscale, Hetzner, Linode, Loopia, Netcup, Porkbun, Vultr };
QString dnsProviderName(DnsProvider provider);
QList<DnsProvider> allDnsProviders();

/// The value with the white space around ';' and '=' removed, for providers that split
/// values on spaces ("letsencrypt.org; validationmethods=dns-01" → "letsencrypt.org;validationmethods=dns-01").
QByteArray spaceFreeValue(const QByteArray &value);

/// Findings about a draft before it is published: what the engine would say about these
/// records at their owner (issuer case, trailing dot, flag 1, staging accounts…) plus what
/// will not survive `provider`. Rules that start on a date (RFC 8657 parameters binding on
/// 2027-03-15) apply as of `asOf` (invalid: today).
QList<Finding> draftFindings(const CaaPolicy &policy, DnsProvider provider, const CaDirectory *directory = nullptr, const QDate &asOf = {});

/// The live climb with the draft published: the draft's records replace the RRset at the
/// draft's owner (an empty draft makes that level empty). `onPath` is false when the
/// owner is not one of the climbed names, and then the climb is returned unchanged.
CheckResult applyDraft(const CheckResult &live, const CaaPolicy &draft, bool *onPath = nullptr);

/// One verdict that a draft changes.
struct VerdictChange
{
    QString ca;
    CertificateKind kind = CertificateKind::TlsSingle;
    Decision before;
    Decision after;
};

/// Every cell whose verdict (or, for a permit, its conditions) differs between two
/// matrices of the same CAs, today or from 2027-03-15 (Decision::fromMandatoryDate). A
/// deny that stays a deny for another reason is no change.
QList<VerdictChange> compareMatrices(const SimulationMatrix &before, const SimulationMatrix &after);

/// What-if for one checked name: what publishing a draft would change for some CAs.
struct DraftEffect
{
    QByteArray draftOwner;
    bool onPath = false; ///< the draft's owner is one of the climbed names
    QList<VerdictChange> changes;
};

/// Publishes `draft` on `live` (applyDraft) and compares every CA × kind of `cas`.
DraftEffect draftEffect(const CheckResult &live, const CaaPolicy &draft, const CaDirectory &cas, const SimulationInputs &inputs);

} // namespace Caa

Q_DECLARE_METATYPE(Caa::PolicyDraft)
