#pragma once

// Certificate Transparency beside a CAA policy (issue #19): the certificates a CT search
// service lists for a domain (crt.sh's JSON, SSLMate's /v1/issuances), their issuers
// mapped to the CAs of the directory by the issuer's organisation (O=), and the CAs that
// issue for a name put against what its CAA records allow. Nothing here fetches: the
// bytes come from a file the user saved or from a caller that asked the service.

#include "ca/cadirectory.h"
#include "engine/climb.h"
#include "engine/decision.h"
#include "engine/findings.h"
#include "generator/draft.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Caa {

/// One certificate as the CT search service lists it.
struct CtCertificate
{
    QString id;           ///< the service's id (crt.sh: the certificate id)
    QString issuerName;   ///< the issuer DN as served ("C=US, O=Let's Encrypt, CN=R3")
    QString serial;       ///< lower-case hex; empty when not served
    QStringList names;    ///< DNS names, lower case, "*." kept, each once
    QDateTime notBefore;  ///< UTC
    QDateTime notAfter;   ///< UTC

    friend bool operator==(const CtCertificate &, const CtCertificate &) = default;
};

enum class CtFormat { CrtSh, SslMate };

/// What a CT response held.
struct CtParse
{
    QList<CtCertificate> certificates; ///< precertificate duplicates removed
    CtFormat format = CtFormat::CrtSh;
    int entries = 0;    ///< entries served, duplicates included
    int duplicates = 0; ///< entries left out as the same certificate (issuer and serial) again
    /// crt.sh serves at most 10,000 rows: when that many came, more may exist.
    bool truncated = false;
    QString error;      ///< a sentence naming what is wrong; empty when read
    bool ok() const { return error.isEmpty(); }
};

/// crt.sh's row limit (its JSON output stops there without saying so).
constexpr int kCrtShRowLimit = 10000;

/// Reads a crt.sh `output=json` array or an SSLMate `/v1/issuances` array (told apart by
/// their fields). An entry without dates or names is skipped and counted as served.
CtParse parseCtJson(const QByteArray &json);

/// The organisation (O=) of an issuer DN as crt.sh and SSLMate write it ("C=US, O=Let's
/// Encrypt, CN=R3" → "Let's Encrypt"; quoted values and "\," kept); empty without O=.
QString issuerOrganization(const QString &issuerDn);

/// Issuer organisation → directory CA name (resources/data/ca-issuer-organizations.csv,
/// derived from CCADB). An organisation not listed maps to nothing: never guessed.
struct CtIssuerMap
{
    QHash<QString, QString> caByOrganization; ///< byte-exact O= value → CA name
    QString caFor(const QString &issuerDn) const;
};

/// Reads `organization,ca,source` rows; `error` names the first bad row.
CtIssuerMap parseIssuerMapCsv(const QString &text, QString *error = nullptr);
/// The map shipped with the directory.
const CtIssuerMap &bundledIssuerMap();

/// One issuing CA (or unmapped issuer) for the names looked at.
struct CtIssuer
{
    QString ca;          ///< directory name; empty when the issuer is not mapped
    QString issuerName;  ///< the DN of its latest certificate, as served
    int certificates = 0;
    QDateTime latestNotBefore;
    QDateTime latestNotAfter;
    QStringList names;   ///< the names its certificates cover, sorted, each once
    bool wildcard = false; ///< one of them is "*.…"
    QStringList certificateIds; ///< the service's ids, latest first (at most 20)
    /// Set by ctRenewalCheck(): the current (or draft) policy would deny this CA for a
    /// name it issued for.
    bool deniedByPolicy = false;
    QString deniedExplanation; ///< the decision that denies it, when deniedByPolicy
    /// The what-if: the draft would deny it (set by ctRenewalCheck() with `draft`).
    bool deniedByDraft = false;

    friend bool operator==(const CtIssuer &, const CtIssuer &) = default;
};

/// The months back a certificate counts when it has expired (issue #19: 15 months).
constexpr int kCtLookbackMonths = 15;

/// Whether `certificateName` concerns `name`: the name itself, the wildcard "*.name" (a
/// wildcard certificate for the level below it counts for the name's own policy too
/// only when it is "*.name"), and with `subdomains` every name below `name`.
bool ctNameConcerns(const QString &certificateName, const QString &name, bool subdomains);

/// The issuers of the certificates for `name` (see ctNameConcerns()) that are unexpired
/// at `now` or began within kCtLookbackMonths before it, one per directory CA (unmapped
/// issuers one per DN), the latest expiry first.
QList<CtIssuer> summarizeCtIssuers(const QList<CtCertificate> &certificates, const QString &name, bool subdomains,
                                   const CtIssuerMap &map, const QDateTime &now);

/// CT beside a checked name: where the data came from and the issuers.
struct CtReport
{
    QString source;      ///< the URL asked, or the file read
    QDateTime fetchedAt; ///< UTC: when fetched, or the file's modification time
    bool truncated = false;
    int entries = 0;     ///< as served, before grouping
    bool subdomains = false;
    bool draftChecked = false; ///< a draft was put against the issuers too (deniedByDraft)
    QList<CtIssuer> issuers;
};

/// The CT report for `name` from a parsed response: the issuers of its certificates (and,
/// with `subdomains`, of the names below it), as of `now`.
CtReport ctReportFor(const CtParse &data, const QString &source, const QDateTime &fetchedAt, const QString &name, bool subdomains,
                     const QDateTime &now = QDateTime::currentDateTimeUtc());

/// Reads a saved crt.sh or SSLMate response (at most 64 MiB); `error` names what is wrong.
CtParse loadCtFile(const QString &path, QDateTime *modified = nullptr);

/// Puts the issuers against the policy of `check`: each mapped CA is decided for every
/// name it issued for (a "*." name as a wildcard request) and marked deniedByPolicy when
/// one would be denied at renewal. Returns the findings: `renewal-blocked` (error) per
/// denied CA, naming the certificates and their expiry, and `ct-unused-permission` (info)
/// when the relevant set allows CAs that never issued here. `check` must be decided (not
/// a lookup failure) for any of this to be said.
/// With `draft`, `check` is the climb with the generator's draft in place
/// (applyDraft()): the issuers are marked deniedByDraft instead, the findings say "with
/// the draft", and no note about unused permissions is made.
QList<Finding> ctRenewalCheck(CtReport &report, const CheckResult &check, const CaDirectory &directory,
                              const std::function<void(IssuanceRequest &)> &adjust = {}, bool draft = false);


/// "Start from the CAs that issue for you": a draft for `owner` that grants `issue` to
/// exactly the mapped CAs that issued for a name there, and `issuewild` to those that
/// issued wildcard certificates (no `issuewild` at all when none did, so that wildcards
/// follow `issue`). Each CA is written with its first CAA identifier. Unmapped issuers
/// cannot be written: they are left out (the caller lists them).
PolicyDraft draftFromCt(const QByteArray &owner, const QList<CtIssuer> &issuers, const CaDirectory &directory);

/// The "ct" object of a result (the CLI contract, see README).
QJsonObject ctReportToJson(const CtReport &report);
/// The CT section of a text report.
QString ctReportToText(const CtReport &report);

} // namespace Caa
