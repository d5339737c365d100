#include "ct/ctfetchoptions.h"

#include <QUrlQuery>

namespace Caa {

QString ctServiceName(CtService service)
{
    return service == CtService::CrtSh ? QStringLiteral("crt.sh") : QStringLiteral("SSLMate");
}

QUrl ctQueryUrl(const CtFetchOptions &options, const QString &domain)
{
    QUrl url = options.baseUrl;
    if (url.isEmpty())
        url = QUrl(options.service == CtService::CrtSh ? QStringLiteral("https://crt.sh/") : QStringLiteral("https://api.certspotter.com/"));
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    QUrlQuery query;
    if (options.service == CtService::CrtSh) {
        url.setPath(path);
        query.addQueryItem(QStringLiteral("q"), options.subdomains ? QStringLiteral("%.") + domain : domain);
        query.addQueryItem(QStringLiteral("output"), QStringLiteral("json"));
    } else {
        url.setPath(path + QStringLiteral("v1/issuances"));
        query.addQueryItem(QStringLiteral("domain"), domain);
        if (options.subdomains)
            query.addQueryItem(QStringLiteral("include_subdomains"), QStringLiteral("true"));
        query.addQueryItem(QStringLiteral("expand"), QStringLiteral("dns_names"));
        query.addQueryItem(QStringLiteral("expand"), QStringLiteral("issuer"));
    }
    url.setQuery(query);
    return url;
}

} // namespace Caa
