#pragma once

// Reading what a CA said (issue #20): a helpdesk ticket starts with an error message
// pasted from certbot, lego, acme.sh, win-acme, cert-manager, a CA portal… This reads the
// text and pulls out, for each problem it reports, the CA, the names, where the CA says
// the records were, what kind of problem it is and whether a secondary perspective or a
// re-check at finalize reported it. Nothing is looked up here.

#include "ca/cadirectory.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Caa {

/// What kind of CAA problem a CA reported.
enum class CaProblemKind {
    CaaForbids,         ///< the relevant set does not authorise this CA
    CriticalUnknownTag, ///< a critical property the CA does not know
    LookupFailure,      ///< the CAA lookup failed (see CaProblem::cause)
    MultiPerspective,   ///< network perspectives disagreed or failed (BR 3.2.2.9)
    Unknown,            ///< CAA is mentioned, but the text says no more
};
/// "caa-forbids", "critical-unknown-tag", "lookup-failure", "multi-perspective", "unknown".
QString caProblemKindName(CaProblemKind kind);

/// An RFC 8914 Extended DNS Error as a CA quoted it.
struct QuotedEde
{
    int code = -1;    ///< INFO-CODE, -1 when only the name was given
    QString name;     ///< "DNSSEC Bogus", "Network Error", …
    QString text;     ///< EXTRA-TEXT, when quoted

    friend bool operator==(const QuotedEde &, const QuotedEde &) = default;
};

/// One problem found in the text.
struct CaProblem
{
    /// The CA as the directory names it ("Let's Encrypt"); empty when the text does not say.
    QString ca;
    QStringList names;   ///< the names asked for, as written (wildcards included)
    QString foundAt;     ///< where the CA says the deciding records were; empty when not said
    CaProblemKind kind = CaProblemKind::Unknown;
    /// LookupFailure: "servfail", "timeout", "nxdomain", "refused", "network", "truncated",
    /// "dnssec-bogus", or an EDE name in kebab case; empty otherwise.
    QString cause;
    bool secondary = false; ///< reported by a secondary network perspective
    bool recheck = false;   ///< a re-check at finalize (boulder "Rechecking CAA")
    std::optional<QuotedEde> ede;
    QString sourceText;     ///< the excerpt it was read from (unescaped)

    friend bool operator==(const CaProblem &, const CaProblem &) = default;
};

/// Undoes the escapes client logs wrap messages in: JSON `\"`, `\n` and `\\`, URL `%0A`
/// and `%22`, syslog `#011` and `#012`.
QString unescapeClientText(const QString &text);

/// Every CAA problem the pasted `text` reports, in the order they appear. With a
/// `directory`, the CA is given by its directory name (from the ACME directory URL,
/// the wording, or an identifier in the text). Empty when nothing is recognised. Only
/// the first megabyte of `text` is read.
QList<CaProblem> readCaErrors(const QString &text, const CaDirectory *directory = nullptr);

} // namespace Caa

Q_DECLARE_METATYPE(Caa::CaProblem)
