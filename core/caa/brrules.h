#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

/// The CA/Browser Forum TLS Baseline Requirements as far as CAA depends on them, in the
/// version the product follows: BR 2.2.8 (ballot SC-098, effective 2026-06-16), which moved
/// CAA processing to §4.2.2.1 (§3.2.2.8 is a pointer now) and made RFC 8657 parameters
/// binding from 2027-03-15 (§4.2.2.1.2).
namespace Caa {

/// "BR 2.2.8": the version every BR reference in findings, decisions and reports cites.
inline constexpr char kBrVersion[] = "BR 2.2.8";

/// 2027-03-15: from this day every CA MUST process accounturi and validationmethods
/// (BR 2.2.8 §4.2.2.1.2); before it a CA SHOULD, and many do not.
QDate rfc8657MandatoryDate();

/// Whether a CA processes RFC 8657 parameters (accounturi, validationmethods) already.
enum class ParameterProcessing {
    Processes, ///< it enforces them (Let's Encrypt since 2022-12)
    Unknown,   ///< nobody has said; it may ignore them until rfc8657MandatoryDate()
    Ignores,   ///< it says it does not yet
};
/// "yes", "unknown", "no" (the directory's rfc8657 column).
QString parameterProcessingName(ParameterProcessing p);
/// The inverse of parameterProcessingName(); an empty text is Unknown; nullopt otherwise.
std::optional<ParameterProcessing> parameterProcessingFromName(const QString &name);

/// Whether a CA that processes parameters as `p` is bound by them on `day`.
bool parametersBinding(ParameterProcessing p, const QDate &day);

/// One domain validation method of BR §3.2.2.4, as BR 2.2.8 has it.
struct BrValidationMethod
{
    enum class Status {
        Allowed,  ///< may be relied on
        Retired,  ///< "This method has been retired and MUST NOT be used"
        Ending,   ///< allowed until `until`, then MUST NOT be relied on
    };
    int subsection = 0;   ///< N of §3.2.2.4.N
    const char *title = ""; ///< the section title (English, as in the BR)
    Status status = Status::Allowed;
    QDate until;          ///< Retired: since when (when the BR dates it); Ending: from when
    QByteArray acmeLabel; ///< the ACME method the section describes, if one ("http-01")
};

/// §3.2.2.4.1 to §3.2.2.4.22.
const QList<BrValidationMethod> &brValidationMethods();
/// "ca-tbr-N" for every method that is not retired, in order, with the method (the lists
/// offered for validationmethods; an Ending one is still allowed until its date).
QList<QPair<QByteArray, const BrValidationMethod *>> allowedCaTbrLabels();
/// The method of §3.2.2.4.N, or nullptr.
const BrValidationMethod *brValidationMethod(int subsection);

/// N when `label` is "ca-tbr-N" with N a decimal number without leading zeros
/// (BR 2.2.8 §4.2.2.1.2; the canonical form is lower case); 0 otherwise.
int caTbrSubsection(const QByteArray &label);

/// The other labels for the same mechanism (BR 2.2.8 §4.2.2.1.2: a CA SHOULD accept any
/// of them): dns-01 ↔ ca-tbr-7, http-01 ↔ ca-tbr-19, tls-alpn-01 ↔ ca-tbr-20,
/// dns-account-01 ↔ ca-tbr-21, dns-persist-01 ↔ ca-tbr-22. Lower-case labels only.
QList<QByteArray> equivalentMethodLabels(const QByteArray &label);

/// A method label in words: "ca-tbr-7 = DNS Change, BR §3.2.2.4.7",
/// "dns-01 = ACME DNS challenge, BR §3.2.2.4.7"; empty for a label we do not know.
QString describeMethodLabel(const QByteArray &label);

} // namespace Caa
