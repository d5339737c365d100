#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Caa {

/// How one CA processes CAA. CAs differ where the RFCs are silent or where an
/// implementation deviates (spec §0, §15); a profile captures those choices so the
/// engine can answer both "what the RFC says" and "what this CA really does".
struct ProcessingProfile
{
    QString id;          ///< "rfc" or "letsencrypt"
    QString description; ///< one line for people
    /// Flag bits that make an unrecognised property critical: 0x80 per RFC 8659 §4.1;
    /// boulder also treats 0x01 as critical (0x81).
    quint8 criticalMask = 0x80;
    /// Property tags (lower case) the CA recognises; a critical tag outside this list
    /// forbids issuance of every kind (RFC 8659 §4.5).
    QList<QByteArray> recognisedTags;
    bool issuerCaseSensitive = false;        ///< boulder: exact bytes
    bool boulderValueGrammar = false;        ///< parse values as boulder's parseCAARecord does
    bool parameterNamesCaseSensitive = false; ///< boulder: "AccountURI" is an unknown parameter
    bool methodLabelsCaseSensitive = false;  ///< boulder: "HTTP-01" never matches
    /// boulder's caaValidationMethodMatches: returns at the first malformed label, skips
    /// labels it does not know, so the answer for a malformed list depends on order.
    bool boulderMethodList = false;
    /// Validation methods the CA knows (lower case); empty means any well-formed label.
    QList<QByteArray> knownMethods;
    /// boulder's caaAccountURIMatches: an accounturi names the requesting account when it
    /// is any of the CA's configured account-URL prefixes followed by the account's ID
    /// (CaEntry::accountUriPrefixes; Let's Encrypt: ACMEv2 …/acme/acct/ and ACMEv1
    /// …/acme/reg/). Off: the URI must equal the request's exactly (RFC 8657 §3).
    bool accountUriPrefixForms = false;
    /// BR 2.2.8 §4.2.2.1.2: a mechanism with several labels (http-01 and ca-tbr-19) is
    /// matched by any of them (equivalentMethodLabels()). boulder does not do this yet
    /// (letsencrypt/boulder#8821).
    bool equivalentMethodLabels = false;

    friend bool operator==(const ProcessingProfile &, const ProcessingProfile &) = default;
};

/// RFC-strict processing: critical mask 0x80, all seven registered tags recognised
/// (issue, issuewild, iodef, issuemail, issuevmc, contactemail, contactphone),
/// case-insensitive issuer and parameter-name matching, RFC 8659 §4.2 / RFC 8657
/// grammar (a malformed validationmethods list is unsatisfiable), and the BR 2.2.8
/// §4.2.2.1.2 label equivalences (dns-01 ↔ ca-tbr-7, http-01 ↔ ca-tbr-19, …).
ProcessingProfile rfcProfile();

/// Let's Encrypt as boulder does it today (va/caa.go, spec §13): mask 0x81,
/// contactemail/contactphone not recognised, exact issuer bytes, alphanumeric-only
/// parameter tags, case-sensitive parameter names and method labels, order-dependent
/// method lists over http-01, dns-01, tls-alpn-01, dns-account-01, dns-persist-01 (no
/// ca-tbr- labels, boulder#8821), and an account named in any of the CA's account-URL forms.
ProcessingProfile letsEncryptProfile();

/// "rfc" or "letsencrypt" (case-insensitive); nullopt for anything else.
std::optional<ProcessingProfile> profileById(const QString &id);

/// The ids of all profiles, for help texts.
QStringList profileIds();

} // namespace Caa
