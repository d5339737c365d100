#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Caa {

/// One `tag=value` parameter of an issue-family property (RFC 8659 §4.2, RFC 8657).
struct IssueParameter
{
    QByteArray tag;
    QByteArray value;

    friend bool operator==(const IssueParameter &, const IssueParameter &) = default;
};

/// A parsed `issue` / `issuewild` / `issuemail` / `issuevmc` value.
///
/// A value that does not match the grammar is *malformed*: RFC 8659 §4.2 says it
/// must be treated as if its issuer were empty — it still restricts issuance and
/// still triggers `issuewild` precedence, but authorises nobody.
struct IssueValue
{
    bool wellFormed = false;
    QByteArray issuer;                  ///< empty for "", ";" and malformed values
    QList<IssueParameter> parameters;   ///< in the order written
    QString error;                      ///< for a malformed value: what is wrong and where
    int errorOffset = -1;               ///< octet offset of the problem in the value

    /// Values of every parameter whose tag equals `tag` (exact bytes, or ASCII
    /// case-insensitively when `caseSensitive` is false).
    QList<QByteArray> parameterValues(const QByteArray &tag, bool caseSensitive = true) const;

    friend bool operator==(const IssueValue &, const IssueValue &) = default;
};

/// RFC 8657 §4: a validation method label, 1*(ALPHA / DIGIT / "-").
bool isValidationMethodLabel(const QByteArray &label);

/// RFC 8659 §4.2 grammar, exactly:
///
///     issue-value = *WSP [issuer-domain-name *WSP] [";" *WSP [parameters *WSP]]
///     issuer-domain-name = label *("." label)
///     label = (ALPHA / DIGIT) *( *("-") (ALPHA / DIGIT))
///     parameters = (parameter *WSP ";" *WSP parameters) / parameter
///     parameter = tag *WSP "=" *WSP value
///     tag = (ALPHA / DIGIT) *( *("-") (ALPHA / DIGIT))
///     value = *(%x21-3A / %x3C-7E)
IssueValue parseIssueValue(const QByteArray &value);

/// What Let's Encrypt's boulder does (va/caa.go parseCAARecord): split on every ';',
/// the first part trimmed of space/tab is the issuer (not syntax-checked); unless the
/// only further part is blank, each part must contain '=', its tag must be ASCII
/// letters/digits only (no hyphen) and its value %x21-3A / %x3C-7E.
IssueValue parseIssueValueBoulder(const QByteArray &value);

} // namespace Caa
