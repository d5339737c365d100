#pragma once

// Asking a Certificate Transparency search service (issue #19): crt.sh's JSON output or
// SSLMate's /v1/issuances, only when the user asks — the query tells the service which
// domain is being looked at. TLS is verified (Qt's defaults), redirects are bounded, the
// body is capped, and every failure (timeout, HTTP 429 with Retry-After, 5xx, a body
// too large or not JSON) is a sentence; nothing is cached on disk.

#include "ct/ctfetchoptions.h"
#include "ct/ctlog.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace Caa {

/// The request sent for `domain`: TLS peer verification as Qt does it by default (never
/// switched off), redirects only to equally safe URLs and at most maxRedirects, the
/// transfer timeout, Accept: application/json, the SSLMate key as a bearer token.
QNetworkRequest ctRequest(const CtFetchOptions &options, const QString &domain);

/// One request to the service. finished() follows start(), always once.
class CtFetch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CtFetch)

public:
    explicit CtFetch(const CtFetchOptions &options, QObject *parent = nullptr);
    ~CtFetch() override;

    void start(const QString &domain);
    void cancel();
    bool isFinished() const;
    /// The response read (CtParse::error says what went wrong, the service's failure
    /// included). Meaningful once finished.
    const CtParse &result() const;
    QUrl url() const;
    QDateTime fetchedAt() const;
    /// The HTTP status, 0 when none arrived.
    int httpStatus() const;

Q_SIGNALS:
    void finished();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Caa
