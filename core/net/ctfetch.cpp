#include "net/ctfetch.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

namespace Caa {

QNetworkRequest ctRequest(const CtFetchOptions &options, const QString &domain)
{
    QNetworkRequest request(ctQueryUrl(options, domain));
    request.setTransferTimeout(options.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(options.maxRedirects);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("caa-inspector/" CAA_VERSION));
    request.setRawHeader("Accept", "application/json");
    if (options.service == CtService::SslMate && !options.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + options.apiKey.toUtf8());
    return request;
}

struct CtFetch::Private
{
    CtFetchOptions options;
    QNetworkAccessManager network;
    QPointer<QNetworkReply> reply;
    QByteArray body;
    CtParse result;
    QUrl url;
    QDateTime fetchedAt;
    int status = 0;
    bool finished = false;
    bool tooLarge = false;
    bool cancelled = false;
};

CtFetch::CtFetch(const CtFetchOptions &options, QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    d->options = options;
}

CtFetch::~CtFetch()
{
    // Gone before its answer: nobody is told (the owner may be going too).
    if (d->reply) {
        d->reply->disconnect(this);
        d->reply->abort();
    }
}

void CtFetch::start(const QString &domain)
{
    d->url = ctQueryUrl(d->options, domain);
    const QNetworkRequest request = ctRequest(d->options, domain);
    d->reply = d->network.get(request);
    connect(d->reply, &QNetworkReply::readyRead, this, [this] {
        if (d->tooLarge)
            return;
        d->body += d->reply->readAll();
        if (d->body.size() > d->options.maxBytes) {
            d->tooLarge = true;
            d->reply->abort();
        }
    });
    connect(d->reply, &QNetworkReply::finished, this, [this] {
        QNetworkReply *reply = d->reply;
        d->status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        d->fetchedAt = QDateTime::currentDateTimeUtc();
        if (!d->tooLarge && reply->isOpen())
            d->body += reply->readAll();
        const QString service = ctServiceName(d->options.service);
        const auto failed = [this](const QString &message) {
            d->result = CtParse{};
            d->result.error = message;
        };
        if (d->cancelled) {
            failed(QCoreApplication::translate("CtFetch", "The request to %1 was cancelled.").arg(service));
        } else if (d->tooLarge) {
            failed(QCoreApplication::translate("CtFetch", "%1 sent more than %2 MiB; the answer was not read. Look at fewer names (without subdomains).")
                       .arg(service)
                       .arg(d->options.maxBytes / (1024 * 1024)));
        } else if (d->status == 429) {
            const QByteArray retry = reply->rawHeader("Retry-After");
            failed(retry.isEmpty() ? QCoreApplication::translate("CtFetch", "%1 asks to slow down (HTTP 429). Try again in a while.").arg(service)
                                   : QCoreApplication::translate("CtFetch", "%1 asks to slow down (HTTP 429). Try again after %2 seconds.")
                                         .arg(service, QString::fromLatin1(retry)));
        } else if (d->status >= 500) {
            failed(QCoreApplication::translate("CtFetch", "%1 failed (HTTP %2). It is often overloaded; try again later, or use a saved response (--ct-file).")
                       .arg(service)
                       .arg(d->status));
        } else if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError) {
            // The transfer timeout aborts the reply (OperationCanceledError in Qt 6.4;
            // a later Qt may say TimeoutError): either way it is the timeout.
            failed(QCoreApplication::translate("CtFetch", "%1 did not answer within %2 s.").arg(service).arg(d->options.timeoutMs / 1000.0));
        } else if (reply->error() == QNetworkReply::TooManyRedirectsError) {
            failed(QCoreApplication::translate("CtFetch", "%1 redirected more than %2 times; nothing was read.").arg(service).arg(d->options.maxRedirects));
        } else if (reply->error() == QNetworkReply::InsecureRedirectError) {
            failed(QCoreApplication::translate("CtFetch", "%1 redirected from HTTPS to plain HTTP; refused.").arg(service));
        } else if (reply->error() != QNetworkReply::NoError) {
            failed(QCoreApplication::translate("CtFetch", "%1 could not be asked: %2").arg(service, reply->errorString()));
        } else {
            d->result = parseCtJson(d->body);
            if (!d->result.ok())
                d->result.error = QCoreApplication::translate("CtFetch", "%1's answer could not be read: %2").arg(service, d->result.error);
        }
        d->body.clear();
        d->finished = true;
        reply->deleteLater();
        Q_EMIT finished();
    });
}

void CtFetch::cancel()
{
    if (d->reply && !d->finished) {
        d->cancelled = true;
        d->reply->abort();
    }
}

bool CtFetch::isFinished() const { return d->finished; }
const CtParse &CtFetch::result() const { return d->result; }
QUrl CtFetch::url() const { return d->url; }
QDateTime CtFetch::fetchedAt() const { return d->fetchedAt; }
int CtFetch::httpStatus() const { return d->status; }

} // namespace Caa
