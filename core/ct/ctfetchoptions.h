#pragma once

// What to ask a Certificate Transparency search service, and where (issue #19). Plain
// values in caacore: the CLI reads them from its options without linking Qt Network;
// the fetch itself is in net/ctfetch.h.

#include <QString>
#include <QUrl>

namespace Caa {

enum class CtService { CrtSh, SslMate };

struct CtFetchOptions
{
    CtService service = CtService::CrtSh;
    /// The service's base URL; empty: https://crt.sh/ or https://api.certspotter.com/. A
    /// company's mirror, or a test server, goes here.
    QUrl baseUrl;
    bool subdomains = false; ///< also the certificates of the names below the domain
    QString apiKey;          ///< SSLMate: sent as "Authorization: Bearer KEY" when set
    int timeoutMs = 30000;   ///< for the whole transfer
    qint64 maxBytes = 32 * 1024 * 1024;
    int maxRedirects = 3;
};

/// The URL asked for `domain` (A-label form).
QUrl ctQueryUrl(const CtFetchOptions &options, const QString &domain);
/// "crt.sh" or "SSLMate"; for messages.
QString ctServiceName(CtService service);

} // namespace Caa
