#include "caa/registry.h"

namespace Caa {

const QList<QByteArray> &registeredCaaTags()
{
    static const QList<QByteArray> tags{"issue", "issuewild", "iodef", "issuemail", "issuevmc", "contactemail", "contactphone"};
    return tags;
}

const QList<QByteArray> &issuerPropertyTags()
{
    static const QList<QByteArray> tags{"issue", "issuewild", "issuemail", "issuevmc"};
    return tags;
}

bool isIssuerPropertyTag(const QByteArray &tag) { return issuerPropertyTags().contains(tag); }

const QList<QByteArray> &acmeValidationMethods()
{
    static const QList<QByteArray> methods{"http-01", "dns-01", "tls-alpn-01", "email-reply-00", "tkauth-01", "dns-account-01", "dns-persist-01"};
    return methods;
}

} // namespace Caa
