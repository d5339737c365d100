#pragma once

#include "ca/cadirectory.h"
#include "dns/bytekey.h"
#include "engine/climb.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Caa {

enum class Severity { Info, Warning, Error };
/// "info", "warning", "error".
QString severityName(Severity severity);

/// One observation about a checked name: a mistake, a risk, or a plain fact worth knowing.
struct Finding
{
    Severity severity = Severity::Info;
    QString code;      ///< stable kebab-case identifier ("issuer-uppercase", …)
    QString message;   ///< what is wrong, in a sentence
    QString fix;       ///< what to do about it (may be empty for facts)
    QString reference; ///< the rule ("RFC 8659 §4.2")
    QByteArray owner;  ///< the name the record or level belongs to
    bool hasRecord = false;
    CaaRecord record;  ///< the record concerned, when hasRecord

    friend bool operator==(const Finding &, const Finding &) = default;
};

/// A Finding without a record; `reference` is UTF-8 ("RFC 8659 §4.2").
Finding makeFinding(Severity severity, const char *code, const QString &message, const QString &fix, const char *reference,
                    const QByteArray &owner = {});

/// Everything worth telling about a finished climb: record syntax and values,
/// parameters, iodef and contacts, the shape of the RRset, lookup failures, aliases
/// and the DNSSEC state of each level. Ordered errors first. With a `directory`, issuers
/// are also checked against the known CAs: an identifier no CA uses, one shared by several
/// owners, a CA's name written where its identifier belongs, a CA that need not honour the
/// record's RFC 8657 parameters yet. Rules that start on a date are applied as of `asOf`
/// (invalid: today, UTC).
QList<Finding> analyse(const CheckResult &check, const CaDirectory *directory = nullptr, const QDate &asOf = {});

/// The findings about relevant record sets (and each level's DNSSEC state), remembered
/// across the names of one run. What analyse() says about a set's records and its shape
/// depends only on the set, its owner, the directory and the day, and every name under a
/// zone shares the zone's set: a run of many names works each set out once (issue #18).
/// Made for one directory, which must outlive it, in the language of its run; it forgets
/// everything when the day the rules are applied for changes, and when it holds too many
/// sets.
class FindingsMemo
{
public:
    explicit FindingsMemo(const CaDirectory *directory) : m_directory(directory) {}

private:
    friend QList<Finding> analyse(const CheckResult &, const CaDirectory *, const QDate &, FindingsMemo *);
    const CaDirectory *m_directory = nullptr;
    QDate m_day;
    struct SetFindings
    {
        QList<Finding> findings;
        Finding inherited; ///< for a name below the set's owner, with nameMarker() for the name
    };
    QHash<ByteKey, SetFindings> m_sets;
    std::optional<Finding> m_dnssec[2]; ///< a level's DNSSEC finding with nameMarker(), by AD bit
    /// The same filled in for a parent level's name, by AD bit: the parents every name
    /// climbs through say theirs once, not once per name (issue #18). At most 4,096.
    QHash<ByteKey, Finding> m_levelDnssec[2];
};

/// analyse(), taking the findings about the relevant set from `memo` when it has them
/// (only when `directory` is the memo's). The result is the same as without a memo.
QList<Finding> analyse(const CheckResult &check, const CaDirectory *directory, const QDate &asOf, FindingsMemo *memo);

} // namespace Caa
