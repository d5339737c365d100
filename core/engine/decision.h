#pragma once

#include "ca/cadirectory.h"
#include "caa/issuevalue.h"
#include "dns/bytekey.h"
#include "engine/climb.h"
#include "ca/profile.h"
#include "caa/brrules.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Caa {

/// What certificate is asked for. A TLS request for "*.name" is TlsWildcard.
enum class CertificateKind {
    TlsSingle,   ///< one FQDN: `issue` (RFC 8659 §4.2)
    TlsWildcard, ///< "*.name": `issuewild` when present, else `issue` (RFC 8659 §4.3)
    Email,       ///< S/MIME for local@domain: `issuemail` only (RFC 9495 §4)
    Vmc,         ///< mark certificate: `issuevmc` (spec §10)
};

/// "tls", "tls-wildcard", "email", "vmc".
QString certificateKindName(CertificateKind kind);

/// A CA asking whether it may issue.
struct IssuanceRequest
{
    QString caName;                ///< for sentences ("Let's Encrypt")
    QList<QByteArray> identifiers; ///< CAA issuer domain names of this CA; any may match
    ProcessingProfile profile = rfcProfile();
    CertificateKind kind = CertificateKind::TlsSingle;
    QByteArray accountUri; ///< empty: not given (a permit may then carry conditions)
    QByteArray method;     ///< validation method label, empty: not given
    /// The CA's account-URL forms, current one first (CaEntry::accountUriPrefixes); used
    /// when the profile has accountUriPrefixForms.
    QStringList accountUriPrefixes;
    /// Whether the CA enforces RFC 8657 parameters already (CaEntry::rfc8657). A request
    /// built by hand is taken to follow the RFC.
    ParameterProcessing parameterProcessing = ParameterProcessing::Processes;
    /// The day to decide for (UTC); invalid means today. Before 2027-03-15 a CA that does
    /// not process parameters may ignore them (BR 2.2.8 §4.2.2.1.2).
    QDate asOf;
};

/// The request a directory entry makes for `kind`: its name, identifiers, profile,
/// account-URL forms and parameter processing; no account or method yet, for today.
IssuanceRequest requestFor(const CaEntry &ca, CertificateKind kind);

/// The account ID in `uri` when it is one of `prefixes` followed by a non-empty ID, and
/// which prefix that was; nullopt otherwise.
struct AccountUriForm
{
    QString prefix;
    QByteArray accountId;
};
std::optional<AccountUriForm> accountUriForm(const QByteArray &uri, const QStringList &prefixes);

enum class Verdict { Permit, Deny, LookupFailure };
/// "permit", "deny", "lookup-failure".
QString verdictName(Verdict verdict);

/// Why, as a stable code for scripts and tests.
enum class ReasonCode {
    NoCaa,                 ///< no CAA RRset from the name up to the TLD (RFC 8659 §3)
    LookupFailure,         ///< a level below the relevant set failed (RFC 8659 §3, BR 2.2.8 §4.2.2.1)
    CriticalUnknownTag,    ///< a critical property the CA does not recognise (RFC 8659 §4.5)
    NoRestrictingProperty, ///< the relevant set has no property for this kind
    Authorised,            ///< a property names the CA and its parameters allow the request
    IssuerNotListed,       ///< restricting properties exist, none names this CA
    IssuanceForbidden,     ///< the properties name no issuer at all (";" or "")
    MalformedProperty,     ///< every restricting property is malformed (empty issuer, RFC 8659 §4.2)
    AccountMismatch,       ///< the CA is named, but only for another account (RFC 8657 §3)
    MethodMismatch,        ///< the CA is named, but not for this validation method (RFC 8657 §4)
    ParametersUnsatisfiable, ///< the CA is named, but its parameters can never be met
    /// A permit that holds only because the CA need not process the record's RFC 8657
    /// parameters before 2027-03-15 and is not known to (BR 2.2.8 §4.2.2.1.2);
    /// Decision::fromMandatoryDate says what the verdict becomes then.
    ParametersNotYetBinding,
};
/// "no-caa", "lookup-failure", "critical-unknown-tag", … (kebab case).
QString reasonCodeName(ReasonCode code);

/// One alternative under which a permit holds; an empty field is no constraint.
struct PermitCondition
{
    QByteArray accountUri;
    QList<QByteArray> methods;

    bool isUnconditional() const { return accountUri.isEmpty() && methods.isEmpty(); }
    /// "only account https://… with http-01 or dns-01".
    QString describe() const;
    friend bool operator==(const PermitCondition &, const PermitCondition &) = default;
};

/// The verdict a CA gives once RFC 8657 parameters bind it (rfc8657MandatoryDate()).
struct LaterDecision
{
    QDate from;
    Verdict verdict = Verdict::Deny;
    ReasonCode reason = ReasonCode::IssuerNotListed;
    QString explanation;
    QList<PermitCondition> conditions;

    friend bool operator==(const LaterDecision &, const LaterDecision &) = default;
};

struct Decision
{
    Verdict verdict = Verdict::LookupFailure;
    ReasonCode reason = ReasonCode::LookupFailure;
    QString explanation;    ///< one sentence a helpdesk can paste
    QString reference;      ///< the rule ("RFC 8659 §4.3")
    QByteArray foundAt;     ///< owner name of the relevant RRset (or of the failing level)
    QList<Dns::CaaAnswer> deciding; ///< the record(s) that decided
    /// For a permit: alternatives, any one of which suffices; empty when unconditional.
    QList<PermitCondition> conditions;
    /// For ParametersNotYetBinding: the verdict from 2027-03-15 on, when the CA must
    /// process the parameters. Empty otherwise.
    std::optional<LaterDecision> fromMandatoryDate;

    friend bool operator==(const Decision &, const Decision &) = default;
};

/// The relevant RRset read once: tags normalised and issue-family values parsed with both
/// grammars, so that many verdicts over one climb (the simulator's matrix) share the work.
struct PreparedRecord
{
    Dns::CaaAnswer answer;
    QByteArray tag;        ///< lower case; empty when the tag has invalid characters
    IssueValue rfcValue;   ///< RFC 8659 §4.2 grammar
    IssueValue boulderValue; ///< boulder's parser
};
using PreparedSet = QList<PreparedRecord>;
PreparedSet prepareSet(const QList<Dns::CaaAnswer> &records);

/// The prepared sets of one run, by content (owners, TTLs and records): every name under
/// a zone has the zone's set, and a run of many names prepares it once (issue #18).
class PreparedSetMemo
{
public:
    /// prepareSet(records), made once for equal records. The reference holds until the
    /// next call. Keeps at most 4,096 sets.
    const PreparedSet &prepared(const QList<Dns::CaaAnswer> &records);

    /// decide(check, r, …) for each of `requests`, in order; equal to deciding each one
    /// without a memo. When the climb found records, the verdicts and sentences are
    /// worked out once per relevant set (with its level and TTLs), list of requests and
    /// day, and only the checked name is filled in for each name: every name under a zone
    /// decides the same way (issue #18). Keeps at most 4,096 such sets.
    QList<Decision> decideAll(const CheckResult &check, const QList<IssuanceRequest> &requests);

private:
    struct Decided
    {
        QList<IssuanceRequest> requests; ///< shares the caller's list: see decideAll()
        QList<Decision> decisions;       ///< with nameMarker() for the subject
    };
    QHash<ByteKey, PreparedSet> m_sets;
    QHash<ByteKey, Decided> m_decided;
    QDate m_decidedDay;
};

/// The verdict for one CA and one kind over a finished climb (spec §5).
/// `prepared`, when given, must come from prepareSet(check.relevantRecords()).
Decision decide(const CheckResult &check, const IssuanceRequest &request, const PreparedSet *prepared = nullptr);

/// The kind a TLS request for this name is: TlsWildcard for "*.name".
CertificateKind tlsKindFor(const DomainName &name);

} // namespace Caa
