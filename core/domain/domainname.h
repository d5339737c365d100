#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Caa {

/// Why typed input is not a name CAA can be checked for.
enum class InputErrorCode {
    Empty,               ///< nothing but spaces or dots
    IpAddress,           ///< an IPv4/IPv6 literal: CAA applies to DNS names only (BR 2.2.8 §4.2.2.1)
    HasPort,             ///< "example.com:443"
    EmptyLabel,          ///< "a..b", ".example", "example.com.."
    MisplacedWildcard,   ///< '*' anywhere but a whole leftmost label
    LabelTooLong,        ///< a label over 63 octets (RFC 1035 §2.3.4)
    NameTooLong,         ///< over 253 characters in text form
    InvalidCharacter,    ///< a character no host name may contain
    InvisibleCharacter,  ///< control, zero-width or bidirectional formatting character
    MixedScripts,        ///< a label mixing Latin, Cyrillic or Greek letters (a look-alike)
    InvalidIdn,          ///< the name cannot be converted to A-labels, or bad punycode
    NumericTld,          ///< the last label is all digits
    OnionName,           ///< .onion names are excluded from CAA (BR 2.2.8 §4.2.2.1)
    BadEmailAddress,     ///< "local@domain" with an empty or unusable part
    NotAHostName,        ///< a pasted URL without a host, or another scheme's text
};

struct InputError
{
    InputErrorCode code = InputErrorCode::Empty;
    QString message; ///< names what is wrong and what to do

    friend bool operator==(const InputError &, const InputError &) = default;
};

/// Stable kebab-case name of an input error ("ip-address", …) for JSON and tests.
QString inputErrorCodeName(InputErrorCode code);

/// A name to check, normalised as RFC 8659 §3 / the spec §2 demand: trimmed,
/// host taken from a pasted URL, one trailing dot removed, `*.` turned into the
/// wildcard flag (the literal `*` label is never queried), U-labels converted to
/// A-labels, ASCII lower-cased, lengths checked.
struct DomainName
{
    QString input;      ///< what the person typed
    QByteArray ace;     ///< A-label form, lower case, no trailing dot, no "*."
    QString unicode;    ///< U-label form for display (equals ace for ASCII names)
    bool wildcard = false;
    QString localPart;  ///< set for an e-mail address "local@domain" (S/MIME, RFC 9495)

    bool isEmail() const { return !localPart.isEmpty(); }
    bool isIdn() const { return unicode != QString::fromLatin1(ace); }
    /// "*.example.com", "user@example.com" or "example.com" (A-labels).
    QString display() const;
    /// The names RFC 8659 §3 climbs: the name itself, then each parent, up to and
    /// including the TLD; never the root.
    QList<QByteArray> climbNames() const;

    friend bool operator==(const DomainName &, const DomainName &) = default;
};

struct DomainParse
{
    DomainName name;
    InputError error;
    bool valid = false;
    bool ok() const { return valid; }
};

/// Turns what a person typed or pasted into a DomainName, or says why it cannot.
/// Accepts "example.com", "example.com.", "*.example.com", "Bücher.example",
/// "https://www.example.com/path", "user@example.com", "mailto:user@example.com".
DomainParse parseDomainInput(const QString &text);

namespace detail {
/// parseDomainInput() without its shortcut for plain lower-risk ASCII host names; the
/// tests hold the two to the same answers.
DomainParse parseDomainInputFull(const QString &text);
} // namespace detail

} // namespace Caa
