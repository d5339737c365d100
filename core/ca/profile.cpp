#include "ca/profile.h"

#include "caa/registry.h"

#include <QCoreApplication>

namespace Caa {

ProcessingProfile rfcProfile()
{
    // Built once: requests copy it often, and the copies share its lists.
    static const ProcessingProfile profile = [] {
        ProcessingProfile p;
        p.id = QStringLiteral("rfc");
        p.description = QCoreApplication::translate("Profile", "RFC 8659/8657 as written (critical bit 128 only, case-insensitive issuer)");
        p.criticalMask = 0x80;
        p.recognisedTags = registeredCaaTags();
        p.equivalentMethodLabels = true;
        return p;
    }();
    return profile;
}

ProcessingProfile letsEncryptProfile()
{
    static const ProcessingProfile profile = [] {
        ProcessingProfile p;
        p.id = QStringLiteral("letsencrypt");
        p.description =
            QCoreApplication::translate("Profile", "Let's Encrypt (boulder): flag 1 also critical, exact issuer bytes, contact tags unknown");
        p.criticalMask = 0x81;
        p.recognisedTags = {"issue", "issuewild", "iodef", "issuemail", "issuevmc"};
        p.issuerCaseSensitive = true;
        p.boulderValueGrammar = true;
        p.parameterNamesCaseSensitive = true;
        p.methodLabelsCaseSensitive = true;
        p.boulderMethodList = true;
        p.knownMethods = {"http-01", "dns-01", "tls-alpn-01", "dns-account-01", "dns-persist-01"};
        p.accountUriPrefixForms = true;
        return p;
    }();
    return profile;
}

std::optional<ProcessingProfile> profileById(const QString &id)
{
    const QString key = id.trimmed().toLower();
    if (key == QStringLiteral("rfc"))
        return rfcProfile();
    if (key == QStringLiteral("letsencrypt"))
        return letsEncryptProfile();
    return std::nullopt;
}

QStringList profileIds()
{
    return {QStringLiteral("rfc"), QStringLiteral("letsencrypt")};
}

} // namespace Caa
