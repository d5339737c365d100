// caa-inspector-cli: the command-line twin of CAA Inspector, on caacore only.
#include "ca/cadirectory.h"
#include "ca/directorystore.h"
#include "cert/certificatenames.h"
#include "dns/aresresolver.h"
#include "dns/queryscheduler.h"
#include "engine/bulkcheck.h"
#include "engine/diagnostics.h"
#include "engine/simulator.h"
#include "generator/draft.h"
#include "generator/writers.h"
#include "generator/zonereader.h"
#include "generator/zonesource.h"
#include "report/report.h"

#include <QCommandLineParser>
#include <QFile>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QElapsedTimer>
#include <QLocale>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <csignal>
#include <functional>
#include <memory>

#include <fcntl.h>
#include <unistd.h>

using namespace Caa;

namespace {

constexpr int ExitUsage = 3;
constexpr int ExitInterrupted = 130; // 128 + SIGINT, as shells report it

// Ctrl+C during a check: the handler only writes a byte; the event loop reads it and
// stops the run cleanly (self-pipe, the pattern Qt's Unix signals documentation shows).
int interruptPipe[2] = {-1, -1};

void onInterrupt(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(interruptPipe[1], &byte, 1);
    std::signal(SIGINT, SIG_DFL); // a second Ctrl+C ends the program at once
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int usageError(const QString &message)
{
    err() << "caa-inspector-cli: " << message << "\n"
          << "Run 'caa-inspector-cli --help' for usage." << Qt::endl;
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
            error = QStringLiteral("\"%1\" is neither a CA in the directory nor a CAA identifier (a domain such as letsencrypt.org). "
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

int runCas(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "List the CA directory (names, CAA identifiers, processing profiles), or change the user's copy:\n"
        "import a newer CCADB AllCAAIdentifiersReportCSVV2, add a CA of your own, or go back to the bundled data.\n"
        "The user's directory is kept in %1.").arg(userCaDirectoryPath()));
    p.addHelpOption();
    p.addOption({QStringLiteral("format"), QStringLiteral("Output format: text or json."), QStringLiteral("FORMAT"), QStringLiteral("text")});
    p.addOption({QStringLiteral("import"), QStringLiteral("Read a CCADB AllCAAIdentifiersReportCSVV2 file, show what changes and save it."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("dry-run"), QStringLiteral("With --import or --add: show the changes, save nothing.")});
    p.addOption({QStringLiteral("add"), QStringLiteral("Add a CA of your own (e.g. a private ACME CA) with this name."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("identifier"), QStringLiteral("With --add: a CAA identifier of the CA (repeatable)."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("profile"), QStringLiteral("With --add: processing profile, rfc (default) or letsencrypt."), QStringLiteral("PROFILE"), QStringLiteral("rfc")});
    p.addOption({QStringLiteral("reset"), QStringLiteral("Delete the user's directory and use the bundled one again.")});
    if (!p.parse(args))
        return usageError(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return 0;
    }
    const QString format = p.value(QStringLiteral("format"));
    if (format != QStringLiteral("text") && format != QStringLiteral("json"))
        return usageError(QStringLiteral("--format must be text or json, not \"%1\".").arg(format));
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    const QString path = userCaDirectoryPath();

    if (p.isSet(QStringLiteral("reset"))) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            err() << "caa-inspector-cli: cannot delete " << path << Qt::endl;
            return 2;
        }
        out() << "Using the bundled CA directory again." << Qt::endl;
        return 0;
    }
    CaDirectory directory = activeCaDirectory();
    if (p.isSet(QStringLiteral("import"))) {
        const QString file = p.value(QStringLiteral("import"));
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return usageError(QStringLiteral("cannot read %1: %2").arg(file, in.errorString()));
        if (in.size() > 64 * 1024 * 1024)
            return usageError(QStringLiteral("%1 is larger than 64 MiB; that is not a CCADB report.").arg(file));
        const CcadbImport imported = importCcadbV2(QString::fromUtf8(in.readAll()), directory);
        if (!imported.ok()) {
            err() << "caa-inspector-cli: " << file << ": " << imported.error << "\nThe directory is unchanged." << Qt::endl;
            return ExitUsage;
        }
        out() << "Read " << imported.rowsRead << " certificate rows (" << imported.rowsSkipped << " skipped).\n";
        if (!imported.ignoredValues.isEmpty())
            out() << "Ignored values that are not CAA identifiers: " << imported.ignoredValues.join(QStringLiteral(" | ")) << '\n';
        const QStringList changes = describeChanges(imported.changes);
        out() << (changes.isEmpty() ? QStringLiteral("No changes.") : QStringLiteral("Changes:\n  ") + changes.join(QStringLiteral("\n  "))) << '\n';
        if (dryRun || changes.isEmpty())
            return 0;
        const QString error = saveCaDirectory(imported.directory, path);
        if (!error.isEmpty()) {
            err() << "caa-inspector-cli: " << error << Qt::endl;
            return 2;
        }
        out() << "Saved to " << path << Qt::endl;
        return 0;
    }
    if (p.isSet(QStringLiteral("add"))) {
        CaEntry entry;
        entry.name = p.value(QStringLiteral("add"));
        for (const QString &id : p.values(QStringLiteral("identifier")))
            entry.identifiers << id.trimmed().toLower().toLatin1();
        entry.profileId = p.value(QStringLiteral("profile"));
        const QString problem = addCustomCa(directory, entry);
        if (!problem.isEmpty())
            return usageError(problem);
        out() << "Added " << entry.name << ".\n";
        if (dryRun)
            return 0;
        const QString error = saveCaDirectory(directory, path);
        if (!error.isEmpty()) {
            err() << "caa-inspector-cli: " << error << Qt::endl;
            return 2;
        }
        out() << "Saved to " << path << Qt::endl;
        return 0;
    }

    if (format == QStringLiteral("json")) {
        QJsonArray cas;
        for (const CaEntry &e : directory.entries) {
            QJsonArray ids;
            for (const QByteArray &id : e.identifiers)
                ids.append(QString::fromLatin1(id));
            cas.append(QJsonObject{{QStringLiteral("name"), e.name},
                                   {QStringLiteral("owner"), e.owner},
                                   {QStringLiteral("identifiers"), ids},
                                   {QStringLiteral("profile"), e.profileId},
                                   {QStringLiteral("acme_directory"), e.acmeDirectory}});
        }
        out() << QJsonDocument(QJsonObject{{QStringLiteral("data_date"), directory.dataDate}, {QStringLiteral("cas"), cas}}).toJson();
        return 0;
    }
    for (const CaEntry &e : directory.entries) {
        QStringList ids;
        for (const QByteArray &id : e.identifiers)
            ids << QString::fromLatin1(id);
        out() << e.name.leftJustified(28) << ' ' << ids.join(u' ') << (e.profileId != QStringLiteral("rfc") ? QStringLiteral("  [profile: %1]").arg(e.profileId) : QString()) << '\n';
    }
    out() << "\n" << directory.entries.size() << " CAs. Data: CCADB-derived (CDLA-Permissive-2.0), compiled " << directory.dataDate << ".\n";
    return 0;
}

int runGenerate(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Build a CAA policy from options and print it as zone-file lines or for a DNS tool.\n"
        "Records are written in the order the options are given."));
    p.addHelpOption();
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    p.addOption({QStringLiteral("domain"), QStringLiteral("Owner name of the records (IDN accepted)."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("ttl"), QStringLiteral("TTL in seconds (default 3600)."), QStringLiteral("N"), QStringLiteral("3600")});
    p.addOption({QStringLiteral("issue"), QStringLiteral("An issue property value, e.g. 'letsencrypt.org; validationmethods=dns-01'."), QStringLiteral("VALUE")});
    p.addOption({QStringLiteral("issuewild"), QStringLiteral("An issuewild property value, or none for ';'."), QStringLiteral("VALUE")});
    p.addOption({QStringLiteral("issuemail"), QStringLiteral("An issuemail property value (S/MIME)."), QStringLiteral("VALUE")});
    p.addOption({QStringLiteral("issuevmc"), QStringLiteral("An issuevmc property value (mark certificates)."), QStringLiteral("VALUE")});
    p.addOption({QStringLiteral("iodef"), QStringLiteral("Where CAs may report refused requests: mailto: or https: URL."), QStringLiteral("URL")});
    p.addOption({QStringLiteral("contactemail"), QStringLiteral("Contact e-mail address for domain validation."), QStringLiteral("ADDR")});
    p.addOption({QStringLiteral("contactphone"), QStringLiteral("Contact phone number, +country code first."), QStringLiteral("NUMBER")});
    p.addOption({QStringLiteral("record"), QStringLiteral("Any record as in a zone file: 'FLAGS TAG VALUE' (VALUE quoted with RFC 1035 escapes, or a bare token)."), QStringLiteral("RECORD")});
    p.addOption({QStringLiteral("critical"), QStringLiteral("Set flag 128 on every record built from the command line.")});
    p.addOption({QStringLiteral("from-json"), QStringLiteral("Read a saved policy (JSON) instead of building one."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("format"), QStringLiteral("bind, rfc3597, tinydns, dnsmasq, table, dnscontrol, octodns or json (default bind)."), QStringLiteral("FORMAT"), QStringLiteral("bind")});
    if (!p.parse(args))
        return usageError(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return 0;
    }
    if (!p.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument \"%1\"; give the owner with --domain.").arg(p.positionalArguments().first()));
    ZoneFormat format;
    if (!zoneFormatFromName(p.value(QStringLiteral("format")), format))
        return usageError(QStringLiteral("--format must be one of bind, rfc3597, tinydns, dnsmasq, table, dnscontrol, octodns, json; not \"%1\".")
                              .arg(p.value(QStringLiteral("format"))));

    CaaPolicy policy;
    if (p.isSet(QStringLiteral("from-json"))) {
        const PolicyParse loaded = loadPolicyFile(p.value(QStringLiteral("from-json")));
        if (!loaded.ok())
            return usageError(loaded.error);
        policy = loaded.policy;
    } else {
        if (!p.isSet(QStringLiteral("domain")))
            return usageError(QStringLiteral("--domain is required (the name the records are published at)."));
        const DomainParse owner = parseDomainInput(p.value(QStringLiteral("domain")));
        if (!owner.ok())
            return usageError(QStringLiteral("--domain: ") + owner.error.message);
        if (owner.name.wildcard || owner.name.isEmail())
            return usageError(QStringLiteral("--domain: CAA records are published at a domain name, not at \"%1\".").arg(owner.name.display()));
        policy.owner = owner.name.ace;
        bool ok = false;
        const qlonglong ttl = p.value(QStringLiteral("ttl")).toLongLong(&ok);
        if (!ok || ttl < 0 || ttl > 2147483647)
            return usageError(QStringLiteral("--ttl must be a number of seconds from 0 to 2147483647."));
        policy.ttl = quint32(ttl);
        const quint8 flags = p.isSet(QStringLiteral("critical")) ? 128 : 0;
        // Keep the order the options were given in: walk argv, not QCommandLineParser's groups.
        const QStringList tagOptions{QStringLiteral("issue"), QStringLiteral("issuewild"), QStringLiteral("issuemail"), QStringLiteral("issuevmc"),
                                     QStringLiteral("iodef"), QStringLiteral("contactemail"), QStringLiteral("contactphone"), QStringLiteral("record")};
        QHash<QString, int> used;
        for (int i = 1; i < args.size(); ++i) {
            QString name = args[i];
            if (!name.startsWith(QStringLiteral("--")))
                continue;
            name = name.mid(2);
            const qsizetype eq = name.indexOf(u'=');
            if (eq >= 0)
                name = name.left(eq);
            if (!tagOptions.contains(name))
                continue;
            const QString value = p.values(name).value(used[name]++);
            if (name == QStringLiteral("record")) {
                const RecordLineParse record = parseCaaRecordText(value);
                if (!record.ok())
                    return usageError(QStringLiteral("--record: ") + record.error);
                CaaRecord r = record.record;
                r.flags |= flags;
                policy.records << r;
                continue;
            }
            QByteArray bytes = value.toUtf8();
            if (name == QStringLiteral("issuewild") && value.trimmed().compare(QStringLiteral("none"), Qt::CaseInsensitive) == 0)
                bytes = ";";
            policy.records << CaaRecord{flags, name.toLatin1(), bytes};
        }
        if (policy.records.isEmpty())
            return usageError(QStringLiteral("no records: give --issue, --issuewild, --issuemail, --issuevmc, --iodef, --contactemail, --contactphone or --record."));
    }
    const WriterOutput written = writePolicy(policy, format);
    out() << written.text;
    out().flush();
    for (const QString &w : written.warnings)
        err() << "caa-inspector-cli: warning: " << w << Qt::endl;
    // What a CA would make of these records, as the window's generator shows it: a value
    // written exactly as given can still break the issue grammar.
    const CaDirectory directory = activeCaDirectory();
    for (const Finding &f : draftFindings(policy, DnsProvider::Generic, &directory))
        if (f.severity != Severity::Info)
            err() << "caa-inspector-cli: " << severityName(f.severity) << ": " << f.message << Qt::endl;
    return 0;
}

int runCheck(QCoreApplication &app, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Check which CAs may issue certificates for each NAME, following RFC 8659.\n"
        "NAME may be a domain, *.domain (wildcard), user@domain (S/MIME), or a pasted URL.\n"
        "Exit status: 0 every decision permit, 1 some deny, 2 some lookup failure, 3 input or usage error, 130 interrupted by Ctrl+C (the names that finished are still reported)."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("Names to check."), QStringLiteral("NAME..."));
    p.addOption({QStringLiteral("server"), QStringLiteral("Resolver to ask, HOST[:PORT] or [IPv6]:PORT (repeatable; default: the system's)."), QStringLiteral("HOST[:PORT]")});
    p.addOption({QStringLiteral("ca"), QStringLiteral("CA to decide for: a CAA identifier or a directory name (repeatable; default: every CA in the directory)."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("profile"), QStringLiteral("Processing profile for every CA: rfc or letsencrypt."), QStringLiteral("PROFILE")});
    p.addOption({QStringLiteral("account"), QStringLiteral("ACME account URI making the request (RFC 8657 accounturi)."), QStringLiteral("URI")});
    p.addOption({QStringLiteral("method"), QStringLiteral("Validation method used, e.g. dns-01 (RFC 8657 validationmethods)."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("kind"), QStringLiteral("Certificate kind: tls, email, vmc, or all for every kind (default tls; *.name means wildcard)."), QStringLiteral("KIND"), QStringLiteral("tls")});
    p.addOption({QStringLiteral("timeout-ms"), QStringLiteral("Time allowed for each DNS lookup, retries included (default 5000)."), QStringLiteral("N"), QStringLiteral("5000")});
    p.addOption({QStringLiteral("tries"), QStringLiteral("Attempts per server within that time, 1 to %1 (default 2).").arg(Dns::kMaxTries), QStringLiteral("N"),
                 QStringLiteral("2")});
    p.addOption({QStringLiteral("format"), QStringLiteral("Output: text, json, markdown or csv (default text)."), QStringLiteral("FORMAT"), QStringLiteral("text")});
    p.addOption({QStringLiteral("file"), QStringLiteral("Read names from FILE, one per line ('#' starts a comment); repeatable. A NAME of '-' reads standard input."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("cert"), QStringLiteral("Check the names of a certificate (PEM or DER): its subjectAlternativeName DNS names and "
                                                         "e-mail addresses; repeatable."), QStringLiteral("FILE.pem")});
    p.addOption({QStringLiteral("max-in-flight"), QStringLiteral("Most DNS queries outstanding at once in a run (default 64). Shared parent names "
                                                                  "are asked once per run and kept for their TTL."), QStringLiteral("N"), QStringLiteral("64")});
    p.addOption({QStringLiteral("progress"), QStringLiteral("Progress on standard error: auto (when it is a terminal), always or never."), QStringLiteral("WHEN"),
                 QStringLiteral("auto")});
    p.addOption({QStringLiteral("authoritative"), QStringLiteral("Diagnostics: find the zones on the climbed path, ask every nameserver address "
                                                                  "directly (RD=0) and compare their CAA answers and SOA serials.")});
    p.addOption({QStringLiteral("compare-resolvers"), QStringLiteral("Diagnostics: climb through these resolvers too and show where they disagree "
                                                                      "(comma-separated or repeatable; 'public' adds Cloudflare, Google and Quad9)."),
                 QStringLiteral("SERVER,...")});
    p.addOption({QStringLiteral("dnssec"), QStringLiteral("Diagnostics: DNSSEC state per level; a SERVFAIL is asked again with CD=1 to tell "
                                                           "a DNSSEC failure from failing nameservers (implied by --authoritative and --compare-resolvers).")});
    p.addOption({QStringLiteral("ns-port"), QStringLiteral("With --authoritative: port of the nameservers (default 53; for test beds)."), QStringLiteral("PORT"),
                 QStringLiteral("53")});
    p.addOption({QStringLiteral("zone-file"), QStringLiteral("Check against this zone file instead of the network (offline; names outside it are taken to have no CAA)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("origin"), QStringLiteral("With --zone-file: the origin for relative names, when the file has no $ORIGIN."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("draft"), QStringLiteral("What-if: a saved policy (JSON, see generate --format json) that replaces the records at its owner; "
                                                          "prints which verdicts it would change."), QStringLiteral("FILE")});
    if (!p.parse(args))
        return usageError(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return 0;
    }

    std::optional<ZoneText> zone;
    if (p.isSet(QStringLiteral("zone-file"))) {
        if (p.isSet(QStringLiteral("server")))
            return usageError(QStringLiteral("--zone-file and --server exclude each other: a check reads either the file or the network."));
        zone = loadZoneFile(p.value(QStringLiteral("zone-file")), p.value(QStringLiteral("origin")).toUtf8());
        if (!zone->ok())
            return usageError(QStringLiteral("--zone-file: ") + zone->error);
    } else if (p.isSet(QStringLiteral("origin"))) {
        return usageError(QStringLiteral("--origin goes with --zone-file."));
    }
    std::optional<CaaPolicy> draft;
    if (p.isSet(QStringLiteral("draft"))) {
        const PolicyParse loaded = loadPolicyFile(p.value(QStringLiteral("draft")));
        if (!loaded.ok())
            return usageError(QStringLiteral("--draft: ") + loaded.error);
        draft = loaded.policy;
    }

    const QString format = p.value(QStringLiteral("format"));
    if (format != QStringLiteral("text") && format != QStringLiteral("json") && format != QStringLiteral("markdown") && format != QStringLiteral("csv"))
        return usageError(QStringLiteral("--format must be text, json, markdown or csv, not \"%1\".").arg(format));
    const QString kindText = p.value(QStringLiteral("kind"));
    if (kindText != QStringLiteral("tls") && kindText != QStringLiteral("email") && kindText != QStringLiteral("vmc") && kindText != QStringLiteral("all"))
        return usageError(QStringLiteral("--kind must be tls, email, vmc or all, not \"%1\".").arg(kindText));
    bool ok = false;
    const int timeoutMs = p.value(QStringLiteral("timeout-ms")).toInt(&ok);
    if (!ok || timeoutMs < 1 || timeoutMs > 600000)
        return usageError(QStringLiteral("--timeout-ms must be a number of milliseconds from 1 to 600000."));
    std::optional<ProcessingProfile> profile;
    if (p.isSet(QStringLiteral("profile"))) {
        profile = profileById(p.value(QStringLiteral("profile")));
        if (!profile)
            return usageError(QStringLiteral("--profile must be one of %1.").arg(profileIds().join(QStringLiteral(", "))));
    }
    const Dns::TriesParse tries = Dns::parseTries(p.value(QStringLiteral("tries")));
    if (!tries.ok())
        return usageError(QStringLiteral("--tries: ") + tries.error + u'.');
    Dns::ResolverOptions options;
    options.timeoutMs = timeoutMs;
    options.tries = tries.tries;
    for (const QString &s : p.values(QStringLiteral("server"))) {
        const Dns::ServerParse server = Dns::parseServerAddress(s);
        if (!server.ok())
            return usageError(QStringLiteral("--server: ") + server.error);
        options.servers << server.server;
    }
    // Names from the command line, from --file and from standard input ("-"), in that order.
    QStringList names;
    auto readNames = [&](QIODevice &device, const QString &what) -> bool {
        const QByteArray bytes = device.read(16 * 1024 * 1024 + 1);
        if (bytes.size() > 16 * 1024 * 1024 || bytes.contains('\0')) {
            usageError(QStringLiteral("%1 is not a list of names (binary, or larger than 16 MiB).").arg(what));
            return false;
        }
        names << parseNameList(QString::fromUtf8(bytes));
        return true;
    };
    for (const QString &arg : p.positionalArguments()) {
        if (arg != QStringLiteral("-")) {
            names << arg;
            continue;
        }
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly) || !readNames(in, QStringLiteral("standard input")))
            return ExitUsage;
    }
    for (const QString &path : p.values(QStringLiteral("file"))) {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return usageError(QStringLiteral("--file: cannot read %1: %2").arg(path, in.errorString()));
        if (!readNames(in, path))
            return ExitUsage;
    }
    for (const QString &path : p.values(QStringLiteral("cert"))) {
        const CertificateNames fromCert = certificateNamesFromFile(path);
        if (!fromCert.ok())
            return usageError(QStringLiteral("--cert: ") + fromCert.error);
        for (const QString &skipped : fromCert.skipped)
            err() << "caa-inspector-cli: " << path << ": skipped " << skipped << Qt::endl;
        names << fromCert.names;
    }
    DiagnosticsOptions diagnosticsOptions;
    diagnosticsOptions.authoritative = p.isSet(QStringLiteral("authoritative"));
    for (const QString &list : p.values(QStringLiteral("compare-resolvers"))) {
        const Dns::ServerListParse servers = Dns::parseServerList(list, /*publicKeyword=*/true);
        if (!servers.ok())
            return usageError(QStringLiteral("--compare-resolvers: ") + servers.error);
        diagnosticsOptions.compareResolvers << servers.servers;
    }
    const int nsPort = p.value(QStringLiteral("ns-port")).toInt(&ok);
    if (!ok || nsPort < 1 || nsPort > 65535)
        return usageError(QStringLiteral("--ns-port must be a port number from 1 to 65535."));
    diagnosticsOptions.nameserverPort = quint16(nsPort);
    diagnosticsOptions.timeoutMs = qMin(timeoutMs, 5000);
    const bool runDiagnostics = diagnosticsOptions.authoritative || !diagnosticsOptions.compareResolvers.isEmpty() || p.isSet(QStringLiteral("dnssec"));
    if (runDiagnostics && zone)
        return usageError(QStringLiteral("--authoritative, --compare-resolvers and --dnssec ask the network; they do not go with --zone-file."));
    const int maxInFlight = p.value(QStringLiteral("max-in-flight")).toInt(&ok);
    if (!ok || maxInFlight < 1 || maxInFlight > 10000)
        return usageError(QStringLiteral("--max-in-flight must be a number from 1 to 10000."));
    const QString progressWhen = p.value(QStringLiteral("progress"));
    if (progressWhen != QStringLiteral("auto") && progressWhen != QStringLiteral("always") && progressWhen != QStringLiteral("never"))
        return usageError(QStringLiteral("--progress must be auto, always or never, not \"%1\".").arg(progressWhen));
    if (names.isEmpty())
        return usageError(QStringLiteral("name at least one domain to check."));
    const QByteArray account = p.value(QStringLiteral("account")).toUtf8();
    const QByteArray method = p.value(QStringLiteral("method")).toUtf8();
    if (p.isSet(QStringLiteral("account")) && account.isEmpty())
        return usageError(QStringLiteral("--account needs a URI."));
    if (p.isSet(QStringLiteral("method")) && method.isEmpty())
        return usageError(QStringLiteral("--method needs a method name such as dns-01."));

    // Everything the command line says is checked before anything is sent.
    const CaDirectory directory = activeCaDirectory();
    QList<IssuanceRequest> cas;
    if (p.isSet(QStringLiteral("ca"))) {
        QString error;
        if (!resolveCas(directory, p.values(QStringLiteral("ca")), cas, error))
            return usageError(error);
    } else {
        for (const CaEntry &e : directory.entries)
            cas << requestFor(e, CertificateKind::TlsSingle);
    }
    for (IssuanceRequest &req : cas) {
        if (profile)
            req.profile = *profile;
        req.accountUri = account;
        req.method = method;
    }

    QList<CheckReport> reports;
    for (const QString &n : names) {
        CheckReport r;
        r.input = n;
        const DomainParse parsed = parseDomainInput(n);
        r.inputOk = parsed.ok();
        if (parsed.ok())
            r.check = makeCheck(parsed.name);
        else
            r.inputError = parsed.error;
        reports << r;
    }

    QList<int> networkReports; // indexes into reports, in the order checked
    for (int i = 0; i < reports.size(); ++i)
        if (reports[i].inputOk)
            networkReports << i;
    bool interrupted = false;
    QStringList notChecked;
    if (!networkReports.isEmpty()) {
        // The lookups' source: the network, or the zone file (offline) as one more
        // lookup service; everything after this is the same for both.
        std::unique_ptr<Dns::LookupService> source;
        if (zone) {
            source = std::make_unique<ZoneLookupService>(QList<ZoneText>{*zone});
        } else {
            auto resolver = std::make_unique<Dns::AresResolver>(options);
            if (!resolver->isReady()) {
                err() << "caa-inspector-cli: " << resolver->setupError() << Qt::endl;
                return 2;
            }
            source = std::move(resolver);
        }
        Dns::QueryScheduler scheduler(source.get(), {.maxInFlight = maxInFlight});
        QList<DomainName> toCheck;
        for (const int i : std::as_const(networkReports))
            toCheck << reports[i].check.name;
        BulkCheck run(&scheduler, toCheck, maxInFlight);

        const bool showProgress = progressWhen == QStringLiteral("always")
                                  || (progressWhen == QStringLiteral("auto") && networkReports.size() > 1 && ::isatty(STDERR_FILENO));
        QElapsedTimer sinceProgress;
        sinceProgress.start();
        auto printProgress = [&](bool final) {
            if (!showProgress || (!final && sinceProgress.elapsed() < 100))
                return;
            sinceProgress.restart();
            err() << "\rchecked " << run.checkedCount() << " of " << run.total() << " names, " << scheduler.totalQueriesSent()
                  << " queries sent" << (final ? QStringLiteral("\n") : QString()) << Qt::flush;
        };
        QObject::connect(&run, &BulkCheck::progress, &app, [&] { printProgress(false); });
        QObject::connect(&run, &BulkCheck::finished, &app, [&] { QCoreApplication::quit(); });

        // Ctrl+C stops the climbs (or, later, the diagnostics) and reports what finished.
        std::vector<std::unique_ptr<DiagnosticsJob>> diagnosticJobs;
        size_t next = 0; // diagnostics jobs started so far
        std::unique_ptr<QSocketNotifier> interruptNotifier;
        if (::pipe2(interruptPipe, O_CLOEXEC | O_NONBLOCK) == 0) {
            interruptNotifier = std::make_unique<QSocketNotifier>(interruptPipe[0], QSocketNotifier::Read);
            QObject::connect(interruptNotifier.get(), &QSocketNotifier::activated, &app, [&] {
                char byte;
                while (::read(interruptPipe[0], &byte, 1) > 0) {
                }
                interrupted = true;
                run.cancel();
                for (size_t i = 0; i < next; ++i)
                    diagnosticJobs[i]->cancel(); // each started one reports what it gathered so far
                QCoreApplication::quit();
            });
            std::signal(SIGINT, onInterrupt);
        }
        run.start();
        if (!run.isFinished())
            QCoreApplication::exec();
        printProgress(true);
        // Only what finished is reported; names still being climbed are listed as not checked.
        QList<CheckReport> finishedReports;
        QSet<int> unchecked;
        for (int j = 0; j < networkReports.size(); ++j) {
            if (run.isChecked(j)) {
                reports[networkReports[j]].check = run.result(j);
            } else {
                unchecked.insert(networkReports[j]);
                notChecked << reports[networkReports[j]].input;
            }
        }
        for (int i = 0; i < reports.size(); ++i)
            if (!unchecked.contains(i))
                finishedReports << reports[i];
        reports = finishedReports;

        // Helpdesk diagnostics for every name that was checked.
        if (runDiagnostics && !interrupted) {
            // Each job opens a socket per nameserver address: a few at a time, not one per name.
            constexpr int DiagnosticsAtOnce = 8;
            for (CheckReport &r : reports) {
                if (!r.inputOk)
                    continue;
                auto job = std::make_unique<DiagnosticsJob>(options, r.check, diagnosticsOptions);
                QObject::connect(job.get(), &DiagnosticsJob::finished, &app, [&r](const Diagnostics &d) { r.diagnostics = d; });
                if (showProgress)
                    QObject::connect(job.get(), &DiagnosticsJob::progress, &app, [&r](const QString &step) {
                        err() << r.check.name.display() << ": " << step << '\n' << Qt::flush;
                    });
                diagnosticJobs.push_back(std::move(job));
            }
            if (showProgress)
                err() << "asking every nameserver and resolver…\n" << Qt::flush;
            int running = 0;
            std::function<void()> startMore = [&] {
                while (running < DiagnosticsAtOnce && next < diagnosticJobs.size()) {
                    DiagnosticsJob *job = diagnosticJobs[next++].get();
                    ++running;
                    QObject::connect(job, &DiagnosticsJob::finished, &app, [&] {
                        --running;
                        QTimer::singleShot(0, &app, startMore);
                    });
                    job->start();
                }
                if (running == 0 && next >= diagnosticJobs.size())
                    QCoreApplication::quit();
            };
            QTimer::singleShot(0, &app, startMore);
            if (!diagnosticJobs.empty())
                QCoreApplication::exec();
            // Interrupted: jobs that never started have nothing to report.
            for (size_t i = next; i < diagnosticJobs.size(); ++i)
                diagnosticJobs[i]->disconnect(&app);
        }
        std::signal(SIGINT, SIG_DFL);
        interruptNotifier.reset();
        if (interruptPipe[0] >= 0) {
            ::close(interruptPipe[0]);
            ::close(interruptPipe[1]);
            interruptPipe[0] = interruptPipe[1] = -1;
        }
    }

    for (CheckReport &r : reports) {
        if (!r.inputOk)
            continue;
        QList<CertificateKind> kinds{tlsKindFor(r.check.name)};
        if (r.check.name.isEmail() || kindText == QStringLiteral("email"))
            kinds = {CertificateKind::Email};
        else if (kindText == QStringLiteral("vmc"))
            kinds = {CertificateKind::Vmc};
        else if (kindText == QStringLiteral("all"))
            kinds = {CertificateKind::TlsSingle, CertificateKind::TlsWildcard, CertificateKind::Email, CertificateKind::Vmc};
        QList<IssuanceRequest> requests;
        for (const IssuanceRequest &ca : std::as_const(cas)) {
            for (const CertificateKind kind : std::as_const(kinds)) {
                IssuanceRequest req = ca;
                req.kind = kind;
                requests << req;
            }
        }
        completeReport(r, requests, &directory);
    }

    QByteArray json = reportsToJson(reports);
    QString whatIf;
    if (draft) {
        // What-if: every CA × kind with the draft published, against what is live now.
        QJsonDocument doc = QJsonDocument::fromJson(json);
        QJsonObject root = doc.object();
        QJsonArray results = root.value(QStringLiteral("results")).toArray();
        for (int i = 0; i < reports.size(); ++i) {
            if (!reports[i].inputOk)
                continue;
            bool onPath = false;
            const CheckResult after = applyDraft(reports[i].check, *draft, &onPath);
            // The CAs this command line is about (--ca, or the whole directory).
            CaDirectory selected;
            for (const IssuanceRequest &ca : std::as_const(cas)) {
                CaEntry e;
                e.name = ca.caName;
                e.identifiers = ca.identifiers;
                e.profileId = ca.profile.id;
                selected.entries << e;
            }
            const SimulationInputs inputs{account, method, {}};
            const QList<VerdictChange> changes = compareMatrices(simulate(reports[i].check, selected, inputs), simulate(after, selected, inputs));
            QJsonArray list;
            whatIf += QStringLiteral("With the draft for %1 published, %2:\n").arg(QString::fromLatin1(draft->owner), reports[i].check.name.display());
            if (!onPath)
                whatIf += QStringLiteral("  nothing changes: %1 is not on the path climbed for %2.\n").arg(QString::fromLatin1(draft->owner), reports[i].check.name.display());
            else if (changes.isEmpty())
                whatIf += QStringLiteral("  no verdict changes.\n");
            for (const VerdictChange &ch : changes) {
                whatIf += QStringLiteral("  %1 %2: %3 -> %4. %5\n").arg(ch.ca, certificateKindName(ch.kind), verdictName(ch.before.verdict).toUpper(),
                                                                      verdictName(ch.after.verdict).toUpper(), ch.after.explanation);
                list.append(QJsonObject{{QStringLiteral("ca"), ch.ca},
                                        {QStringLiteral("kind"), certificateKindName(ch.kind)},
                                        {QStringLiteral("before"), verdictName(ch.before.verdict)},
                                        {QStringLiteral("after"), verdictName(ch.after.verdict)},
                                        {QStringLiteral("reason_after"), reasonCodeName(ch.after.reason)},
                                        {QStringLiteral("explanation_after"), ch.after.explanation}});
            }
            QJsonObject r = results[i].toObject();
            r.insert(QStringLiteral("draft_on_path"), onPath);
            r.insert(QStringLiteral("draft_changes"), list);
            results[i] = r;
        }
        root.insert(QStringLiteral("results"), results);
        json = QJsonDocument(root).toJson(QJsonDocument::Indented);
    }
    if (format == QStringLiteral("json"))
        out() << QString::fromUtf8(json);
    else if (format == QStringLiteral("csv"))
        out() << reportsToCsv(reports);
    else if (format == QStringLiteral("markdown"))
        out() << reportsToMarkdown(reports) << (whatIf.isEmpty() ? QString() : QStringLiteral("**What if**\n\n```\n") + whatIf + QStringLiteral("```\n"));
    else
        out() << reportsToText(reports) << whatIf;
    out().flush();
    if (reports.size() > 1)
        err() << reportsSummary(reports) << Qt::endl; // stderr: keeps json/csv on stdout clean
    if (interrupted) {
        if (notChecked.isEmpty())
            err() << "caa-inspector-cli: interrupted during the diagnostics; they show what was gathered until then." << Qt::endl;
        else
            err() << "caa-inspector-cli: interrupted; " << notChecked.size() << " name(s) not checked: "
                  << (notChecked.size() > 20 ? notChecked.mid(0, 20).join(u' ') + QStringLiteral(" …") : notChecked.join(u' ')) << Qt::endl;
        return ExitInterrupted;
    }
    return exitStatusFor(reports);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("caa-inspector-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAA_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("caa-inspector"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    const QStringList args = app.arguments();
    const QString command = args.value(1);
    QStringList rest = args.mid(2);
    rest.prepend(args.first() + u' ' + command);

    if (command == QStringLiteral("check"))
        return runCheck(app, rest);
    if (command == QStringLiteral("cas"))
        return runCas(rest);
    if (command == QStringLiteral("generate"))
        return runGenerate(rest);
    if (command == QStringLiteral("--version") || command == QStringLiteral("-v")) {
        out() << "caa-inspector-cli " << CAA_VERSION << Qt::endl;
        return 0;
    }
    const QString usage = QStringLiteral(
        "Usage: caa-inspector-cli COMMAND [options]\n\n"
        "Commands:\n"
        "  check NAME...   which CAs may issue for each NAME, and why (RFC 8659)\n"
        "  generate        build CAA records from options, in zone-file and DNS-tool formats\n"
        "  cas             list or update the CA directory\n\n"
        "Options:\n"
        "  --help          this text; 'caa-inspector-cli COMMAND --help' for a command\n"
        "  --version       print the version\n");
    if (command == QStringLiteral("--help") || command == QStringLiteral("-h") || command == QStringLiteral("help")) {
        out() << usage;
        return 0;
    }
    err() << (command.isEmpty() ? QStringLiteral("caa-inspector-cli: no command given.\n")
                                : QStringLiteral("caa-inspector-cli: unknown command \"%1\".\n").arg(command))
          << usage;
    return ExitUsage;
}
