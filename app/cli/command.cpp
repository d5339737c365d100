#include "command.h"

#include "ca/directorystore.h"
#include "generator/zonereader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QFile>

#include <cstdio>

namespace Caa::Cli {

namespace {

// Standard output without Qt's own write buffer: stdio buffers it already (main.cpp), and
// a bulk run's reports went through both buffers, copied twice (issue #18).
QFile *unbufferedStdout()
{
    static QFile file;
    if (!file.isOpen())
        (void)file.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    return &file;
}

QTextStream &stream(FILE *file)
{
    static QTextStream standardOut(unbufferedStdout());
    static QTextStream standardErr(stderr);
    return file == stdout ? standardOut : standardErr;
}

} // namespace

QTextStream &out() { return stream(stdout); }
QTextStream &err() { return stream(stderr); }

void writeOut(QByteArrayView utf8)
{
    QTextStream &text = out();
    text.flush(); // text written before goes first; nothing is written when none is pending
    if (QIODevice *device = text.device())
        device->write(utf8.data(), utf8.size());
}

void flushOut()
{
    QTextStream &text = out();
    text.flush();
    if (auto *file = qobject_cast<QFileDevice *>(text.device()))
        file->flush();
}

void redirectOutput(QIODevice *outDevice, QIODevice *errDevice)
{
    out().flush();
    err().flush();
    static QFile standardErr;
    if (!standardErr.isOpen())
        (void)standardErr.open(stderr, QIODevice::WriteOnly);
    out().setDevice(outDevice ? outDevice : unbufferedStdout());
    err().setDevice(errDevice ? errDevice : &standardErr);
}

std::optional<int> parseOrHelp(QCommandLineParser &p, const QStringList &args)
{
    if (!p.parse(args))
        return usageError(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return 0;
    }
    return std::nullopt;
}

int usageError(const QString &message)
{
    err() << "caa-inspector-cli: " << message << "\n"
          << "Run 'caa-inspector-cli --help' for usage." << Qt::endl;
    return ExitUsage;
}

int moduleMissing(const QString &message)
{
    err() << "caa-inspector-cli: " << message << Qt::endl;
    return ExitUsage;
}

// --ca takes a directory name (case-insensitive) or a CAA identifier.
bool resolveCas(const CaDirectory &directory, const QStringList &values, QList<IssuanceRequest> &requests, QString &error)
{
    for (const QString &value : values) {
        if (const CaEntry *entry = directory.findByName(value)) {
            requests << requestFor(*entry, CertificateKind::TlsSingle);
            continue;
        }
        const QList<const CaEntry *> byId = directory.findByIdentifier(value.trimmed().toLatin1());
        if (!byId.isEmpty()) {
            for (const CaEntry *e : byId)
                requests << requestFor(*e, CertificateKind::TlsSingle);
            continue;
        }
        if (!isIssuerDomainSyntax(value.trimmed().toLower().toLatin1())) {
            error = QCoreApplication::translate("Command", "\"%1\" is neither a CA in the directory nor a CAA identifier (a domain such as letsencrypt.org). "
                                   "'caa-inspector-cli cas' lists the directory.").arg(value);
            return false;
        }
        IssuanceRequest custom;
        custom.caName = value.trimmed().toLower();
        custom.identifiers = {value.trimmed().toLower().toLatin1()};
        custom.profile = rfcProfile();
        requests << custom;
    }
    return true;
}

bool readAsOf(const QCommandLineParser &p, QDate &asOf, QString &error)
{
    if (!p.isSet(QStringLiteral("as-of")))
        return true;
    asOf = QDate::fromString(p.value(QStringLiteral("as-of")).trimmed(), Qt::ISODate);
    if (asOf.isValid())
        return true;
    error = QCoreApplication::translate("CheckCommand", "--as-of needs a date as YYYY-MM-DD, e.g. 2027-03-15, not \"%1\".").arg(p.value(QStringLiteral("as-of")));
    return false;
}

void addCtFetchOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("ct"), QCoreApplication::translate("CheckCommand", "Certificate Transparency: ask a CT search service for each name's certificates and put "
                                                       "their CAs against the CAA records (a CA they would refuse at renewal is a renewal-blocked "
                                                       "error, exit status 1). The service learns the names; nothing is asked without this option.")});
    p.addOption({QStringLiteral("ct-service"), QCoreApplication::translate("CheckCommand", "crtsh (default) or sslmate (its API key, if any, from the environment variable SSLMATE_API_KEY)."),
                 QStringLiteral("SERVICE"), QStringLiteral("crtsh")});
    p.addOption({QStringLiteral("ct-url"), QCoreApplication::translate("CheckCommand", "The service's base URL (default https://crt.sh/ or https://api.certspotter.com/), e.g. a mirror."),
                 QStringLiteral("URL")});
    p.addOption({QStringLiteral("ct-timeout-ms"), QCoreApplication::translate("CheckCommand", "Time allowed for each CT request (default 30000)."), QStringLiteral("N"),
                 QStringLiteral("30000")});
}

std::optional<CtFetchOptions> readCtFetchOptions(const QCommandLineParser &p, QString &error)
{
    CtFetchOptions options;
    const QString service = p.value(QStringLiteral("ct-service"));
    if (service == QStringLiteral("sslmate"))
        options.service = CtService::SslMate;
    else if (service != QStringLiteral("crtsh")) {
        error = QCoreApplication::translate("CheckCommand", "--ct-service must be crtsh or sslmate, not \"%1\".").arg(service);
        return std::nullopt;
    }
    if (p.isSet(QStringLiteral("ct-url"))) {
        options.baseUrl = QUrl(p.value(QStringLiteral("ct-url")), QUrl::StrictMode);
        if (!options.baseUrl.isValid() || (options.baseUrl.scheme() != QStringLiteral("https") && options.baseUrl.scheme() != QStringLiteral("http"))) {
            error = QCoreApplication::translate("CheckCommand", "--ct-url needs an http or https URL, not \"%1\".").arg(p.value(QStringLiteral("ct-url")));
            return std::nullopt;
        }
    }
    bool ok = false;
    options.timeoutMs = p.value(QStringLiteral("ct-timeout-ms")).toInt(&ok);
    if (!ok || options.timeoutMs < 100 || options.timeoutMs > 600000) {
        error = QCoreApplication::translate("CheckCommand", "--ct-timeout-ms must be a number of milliseconds from 100 to 600000.");
        return std::nullopt;
    }
    options.subdomains = p.isSet(QStringLiteral("ct-subdomains"));
    options.apiKey = qEnvironmentVariable("SSLMATE_API_KEY");
    return options;
}

// Where lookups go, for check and explain alike.
void addLookupOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("server"), QCoreApplication::translate("CheckCommand", "Resolver to ask, HOST[:PORT] or [IPv6]:PORT (repeatable; default: the system's)."), QStringLiteral("HOST[:PORT]")});
    p.addOption({QStringLiteral("timeout-ms"), QCoreApplication::translate("CheckCommand", "Time allowed for each DNS lookup, retries included (default 5000)."), QStringLiteral("N"), QStringLiteral("5000")});
    p.addOption({QStringLiteral("tries"), QCoreApplication::translate("CheckCommand", "Attempts per server within that time, 1 to %1 (default 2).").arg(Dns::kMaxTries), QStringLiteral("N"),
                 QStringLiteral("2")});
    p.addOption({QStringLiteral("ns-port"), QCoreApplication::translate("CheckCommand", "Port of the nameservers asked directly, by --authoritative and for a failed lookup's origin "
                                                            "(default 53; for test beds)."), QStringLiteral("PORT"),
                 QStringLiteral("53")});
    p.addOption({QStringLiteral("failure-origin-compare"), QCoreApplication::translate("CheckCommand", "When a lookup fails, also ask these resolvers (comma-separated or repeatable; "
                                                                           "'public' adds Cloudflare, Google and Quad9). Off by default: they learn which names you check."),
                 QStringLiteral("SERVER,...")});
    p.addOption({QStringLiteral("no-failure-origin"), QCoreApplication::translate("CheckCommand", "When a lookup fails through the resolver, do not ask the zone's own servers "
                                                                      "whether the resolver or the domain is to blame.")});
    p.addOption({QStringLiteral("zone-file"), QCoreApplication::translate("CheckCommand", "Check against this zone file instead of the network (offline; names outside it are taken to have no CAA)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("origin"), QCoreApplication::translate("CheckCommand", "With --zone-file: the origin for relative names, when the file has no $ORIGIN."), QStringLiteral("NAME")});
}

bool readLookupOptions(const QCommandLineParser &p, LookupSource &source, QString &error)
{
    bool ok = false;
    source.timeoutMs = p.value(QStringLiteral("timeout-ms")).toInt(&ok);
    if (!ok || source.timeoutMs < 1 || source.timeoutMs > 600000) {
        error = QCoreApplication::translate("CheckCommand", "--timeout-ms must be a number of milliseconds from 1 to 600000.");
        return false;
    }
    const Dns::TriesParse tries = Dns::parseTries(p.value(QStringLiteral("tries")));
    if (!tries.ok()) {
        error = QStringLiteral("--tries: ") + tries.error + u'.';
        return false;
    }
    source.tries = tries.tries;
    // The system's resolvers, --server, or the zone file (offline).
    if (p.isSet(QStringLiteral("zone-file"))) {
        if (p.isSet(QStringLiteral("server"))) {
            error = QCoreApplication::translate("CheckCommand", "--zone-file and --server exclude each other: a check reads either the file or the network.");
            return false;
        }
        const ZoneText zone = loadZoneFile(p.value(QStringLiteral("zone-file")), p.value(QStringLiteral("origin")).toUtf8());
        if (!zone.ok()) {
            error = QStringLiteral("--zone-file: ") + zone.error;
            return false;
        }
        source.kind = LookupSource::Kind::ZoneFiles;
        source.zones = {zone};
    } else if (p.isSet(QStringLiteral("origin"))) {
        error = QCoreApplication::translate("CheckCommand", "--origin goes with --zone-file.");
        return false;
    }
    for (const QString &s : p.values(QStringLiteral("server"))) {
        const Dns::ServerParse server = Dns::parseServerAddress(s);
        if (!server.ok()) {
            error = QStringLiteral("--server: ") + server.error;
            return false;
        }
        source.kind = LookupSource::Kind::Servers;
        source.servers << server.server;
    }
    const int nsPort = p.value(QStringLiteral("ns-port")).toInt(&ok);
    if (!ok || nsPort < 1 || nsPort > 65535) {
        error = QCoreApplication::translate("CheckCommand", "--ns-port must be a port number from 1 to 65535.");
        return false;
    }
    source.nameserverPort = quint16(nsPort);
    source.findFailureOrigin = !p.isSet(QStringLiteral("no-failure-origin"));
    for (const QString &list : p.values(QStringLiteral("failure-origin-compare"))) {
        const Dns::ServerListParse servers = Dns::parseServerList(list, /*publicKeyword=*/true);
        if (!servers.ok()) {
            error = QStringLiteral("--failure-origin-compare: ") + servers.error;
            return false;
        }
        source.originCompareResolvers << servers.servers;
    }
    return true;
}

} // namespace Caa::Cli
