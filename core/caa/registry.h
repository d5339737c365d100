#pragma once

#include <QByteArray>
#include <QList>

/// The registered names CAA records and their parameters use, defined once.
namespace Caa {

/// The CAA property tags in the IANA "Certification Authority Restriction Properties"
/// registry (RFC 8659 §7.2, RFC 8657 does not add any, RFC 9495 issuemail, the Mark
/// Certificate Requirements issuevmc, RFC 8659/CABF contactemail and contactphone), lower
/// case: issue, issuewild, iodef, issuemail, issuevmc, contactemail, contactphone.
const QList<QByteArray> &registeredCaaTags();

/// The tags whose value names an issuer (RFC 8659 §4.2 grammar): issue, issuewild,
/// issuemail, issuevmc.
const QList<QByteArray> &issuerPropertyTags();
/// Whether `tag` (lower case, as stored) is one of issuerPropertyTags().
bool isIssuerPropertyTag(const QByteArray &tag);

/// ACME validation method labels for RFC 8657 validationmethods: the IANA "ACME
/// Validation Methods" registry (http-01, dns-01, tls-alpn-01, email-reply-00, tkauth-01)
/// and the drafts in use (dns-account-01, dns-persist-01; boulder accepts both).
const QList<QByteArray> &acmeValidationMethods();

} // namespace Caa
