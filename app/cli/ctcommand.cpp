// caa-inspector-cli ct: the certificates a CT search lists for a name, and the CA of the
// directory each issuer maps to (issue #19).
#include "command.h"

#include "ct/ctlog.h"
#include "plugin/networkmodule.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Caa::Cli {

int runCt(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("CtCommand",
        "List the certificates a Certificate Transparency search found for NAME and the CA of the directory each issuer "
        "maps to (by the issuer's organisation, O=; an issuer not listed is shown as such, never guessed). "
        "Asks crt.sh (or SSLMate, --ct-service) for them — the service learns NAME — or reads a saved response (--ct-file)."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("NAME"), QCoreApplication::translate("CtCommand", "The domain the certificates are for."));
    p.addOption({QStringLiteral("ct-file"), QCoreApplication::translate("CtCommand", "The saved CT search response (JSON)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("ct-subdomains"), QCoreApplication::translate("CtCommand", "Also the certificates of names below NAME.")});
    addCtFetchOptions(p);
    p.addOption({QStringLiteral("format"), QCoreApplication::translate("CtCommand", "Output: text or json (default text)."), QStringLiteral("FORMAT"),
                 QStringLiteral("text")});
    if (const std::optional<int> done = parseOrHelp(p, args))
        return *done;
    const QString format = p.value(QStringLiteral("format"));
    if (format != QStringLiteral("text") && format != QStringLiteral("json"))
        return usageError(QCoreApplication::translate("CtCommand", "--format must be text or json, not \"%1\".").arg(format));
    if (p.positionalArguments().size() != 1)
        return usageError(QCoreApplication::translate("CtCommand", "name one domain."));
    const DomainParse name = parseDomainInput(p.positionalArguments().first());
    if (!name.ok())
        return usageError(name.error.message);
    QDateTime fetchedAt;
    QString source;
    CtParse data;
    if (p.isSet(QStringLiteral("ct-file"))) {
        source = p.value(QStringLiteral("ct-file"));
        data = loadCtFile(source, &fetchedAt);
        if (!data.ok())
            return usageError(QStringLiteral("--ct-file: ") + data.error);
    } else {
        QString error;
        const std::optional<CtFetchOptions> options = readCtFetchOptions(p, error);
        if (!options)
            return usageError(error);
        const NetworkModule *fetcher = networkModule(&error);
        if (!fetcher)
            return moduleMissing(error);
        const CtFetched fetch = fetcher->fetchCt(*options, QString::fromLatin1(name.name.ace));
        if (!fetch.result.ok()) {
            err() << "caa-inspector-cli: " << fetch.result.error << Qt::endl;
            return 2;
        }
        data = fetch.result;
        source = fetch.url.toString();
        fetchedAt = fetch.fetchedAt;
    }
    const bool subdomains = p.isSet(QStringLiteral("ct-subdomains"));
    const QString domain = QString::fromLatin1(name.name.ace);
    const CtReport report = ctReportFor(data, source, fetchedAt, domain, subdomains);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    QList<const CtCertificate *> shown;
    for (const CtCertificate &c : data.certificates)
        for (const QString &n : c.names)
            if (ctNameConcerns(n, domain, subdomains)) {
                shown << &c;
                break;
            }
    std::stable_sort(shown.begin(), shown.end(), [](const CtCertificate *a, const CtCertificate *b) { return a->notBefore > b->notBefore; });

    if (format == QStringLiteral("json")) {
        QJsonArray certificates;
        for (const CtCertificate *c : std::as_const(shown)) {
            const QString ca = bundledIssuerMap().caFor(c->issuerName);
            certificates.append(QJsonObject{{QStringLiteral("id"), c->id},
                                            {QStringLiteral("issuer_name"), c->issuerName},
                                            {QStringLiteral("ca"), ca.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(ca)},
                                            {QStringLiteral("not_before"), c->notBefore.toString(Qt::ISODate)},
                                            {QStringLiteral("not_after"), c->notAfter.toString(Qt::ISODate)},
                                            {QStringLiteral("expired"), c->notAfter < now},
                                            {QStringLiteral("names"), QJsonArray::fromStringList(c->names)}});
        }
        QJsonObject doc = ctReportToJson(report);
        doc.insert(QStringLiteral("name"), domain);
        doc.insert(QStringLiteral("duplicates"), data.duplicates);
        doc.insert(QStringLiteral("certificates"), certificates);
        out() << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
        out().flush();
        return 0;
    }
    out() << ctReportToText(report) << '\n';
    out() << QCoreApplication::translate("CtCommand", "Certificates for %1 (%2 shown; %3 precertificate duplicates left out):")
                 .arg(domain)
                 .arg(shown.size())
                 .arg(data.duplicates)
          << '\n';
    for (const CtCertificate *c : std::as_const(shown)) {
        const QString ca = bundledIssuerMap().caFor(c->issuerName);
        out() << "  " << c->notBefore.date().toString(Qt::ISODate) << " → " << c->notAfter.date().toString(Qt::ISODate)
              << (c->notAfter < now ? QCoreApplication::translate("CtCommand", " (expired)") : QString()) << "  "
              << (ca.isEmpty() ? QCoreApplication::translate("CtCommand", "[not in the directory]") : ca) << "  " << c->issuerName << "  #" << c->id
              << "\n      " << c->names.join(QStringLiteral(", ")) << '\n';
    }
    out().flush();
    return 0;
}

} // namespace Caa::Cli
