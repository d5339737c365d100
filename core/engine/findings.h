#pragma once

#include "ca/cadirectory.h"
#include "engine/climb.h"

#include <QDate>
#include <QList>
#include <QString>

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

} // namespace Caa
