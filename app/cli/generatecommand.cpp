// caa-inspector-cli generate: CAA records from options, in zone-file and DNS-tool formats.
#include "command.h"

#include "ca/directorystore.h"
#include "ct/ctlog.h"
#include "generator/draft.h"
#include "generator/writers.h"
#include "generator/zonereader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>

using namespace Caa;

namespace Caa::Cli {

int runGenerate(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("GenerateCommand",
        "Build a CAA policy from options and print it as zone-file lines or for a DNS tool.\n"
        "Records are written in the order the options are given."));
    p.addHelpOption();
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    p.addOption({QStringLiteral("domain"), QCoreApplication::translate("GenerateCommand", "Owner name of the records (IDN accepted)."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("ttl"), QCoreApplication::translate("GenerateCommand", "TTL in seconds (default 3600)."), QStringLiteral("N"), QStringLiteral("3600")});
    p.addOption({QStringLiteral("issue"), QCoreApplication::translate("GenerateCommand", "An issue property value, e.g. 'letsencrypt.org; validationmethods=dns-01'."), QStringLiteral("VALUE")});
    p.addOption({QStringLiteral("issuewild"), QCoreApplication::translate("GenerateCommand", "An issuewild property value, or none for ';'."), QStringLiteral("VALUE")});
    p.addOption({QStringLiteral("issuemail"), QCoreApplication::translate("GenerateCommand", "An issuemail property value (S/MIME)."), QStringLiteral("VALUE")});
    p.addOption({QStringLiteral("issuevmc"), QCoreApplication::translate("GenerateCommand", "An issuevmc property value (mark certificates)."), QStringLiteral("VALUE")});
    p.addOption({QStringLiteral("iodef"), QCoreApplication::translate("GenerateCommand", "Where CAs may report refused requests: mailto: or https: URL."), QStringLiteral("URL")});
    p.addOption({QStringLiteral("contactemail"), QCoreApplication::translate("GenerateCommand", "Contact e-mail address for domain validation."), QStringLiteral("ADDR")});
    p.addOption({QStringLiteral("contactphone"), QCoreApplication::translate("GenerateCommand", "Contact phone number, +country code first."), QStringLiteral("NUMBER")});
    p.addOption({QStringLiteral("record"), QCoreApplication::translate("GenerateCommand", "Any record as in a zone file: 'FLAGS TAG VALUE' (VALUE quoted with RFC 1035 escapes, or a bare token)."), QStringLiteral("RECORD")});
    p.addOption({QStringLiteral("critical"), QCoreApplication::translate("GenerateCommand", "Set flag 128 on every record built from the command line.")});
    p.addOption({QStringLiteral("from-json"), QCoreApplication::translate("GenerateCommand", "Read a saved policy (JSON) instead of building one."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("from-ct"), QCoreApplication::translate("GenerateCommand", "Start from the CAs that issue for you: issue (and issuewild where there are wildcard "
                                                            "certificates) for exactly the CAs a saved crt.sh or SSLMate response shows for --domain, "
                                                            "then the records of the other options."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("format"), QCoreApplication::translate("GenerateCommand", "bind, rfc3597, tinydns, dnsmasq, table, dnscontrol, octodns or json (default bind)."), QStringLiteral("FORMAT"), QStringLiteral("bind")});
    if (const std::optional<int> done = parseOrHelp(p, args))
        return *done;
    if (!p.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("GenerateCommand", "unexpected argument \"%1\"; give the owner with --domain.").arg(p.positionalArguments().first()));
    ZoneFormat format;
    if (!zoneFormatFromName(p.value(QStringLiteral("format")), format))
        return usageError(QCoreApplication::translate("GenerateCommand", "--format must be one of bind, rfc3597, tinydns, dnsmasq, table, dnscontrol, octodns, json; not \"%1\".")
                              .arg(p.value(QStringLiteral("format"))));

    CaaPolicy policy;
    if (p.isSet(QStringLiteral("from-json"))) {
        const PolicyParse loaded = loadPolicyFile(p.value(QStringLiteral("from-json")));
        if (!loaded.ok())
            return usageError(loaded.error);
        policy = loaded.policy;
    } else {
        if (!p.isSet(QStringLiteral("domain")))
            return usageError(QCoreApplication::translate("GenerateCommand", "--domain is required (the name the records are published at)."));
        const DomainParse owner = parseDomainInput(p.value(QStringLiteral("domain")));
        if (!owner.ok())
            return usageError(QStringLiteral("--domain: ") + owner.error.message);
        if (owner.name.wildcard || owner.name.isEmail())
            return usageError(QCoreApplication::translate("GenerateCommand", "--domain: CAA records are published at a domain name, not at \"%1\".").arg(owner.name.display()));
        policy.owner = owner.name.ace;
        bool ok = false;
        const qlonglong ttl = p.value(QStringLiteral("ttl")).toLongLong(&ok);
        if (!ok || ttl < 0 || ttl > 2147483647)
            return usageError(QCoreApplication::translate("GenerateCommand", "--ttl must be a number of seconds from 0 to 2147483647."));
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
        if (p.isSet(QStringLiteral("from-ct"))) {
            // The CAs that issue here first, then what the user added (each record once).
            QDateTime fetched;
            const CtParse ct = loadCtFile(p.value(QStringLiteral("from-ct")), &fetched);
            if (!ct.ok())
                return usageError(QStringLiteral("--from-ct: ") + ct.error);
            const QList<CtIssuer> issuers = ctReportFor(ct, p.value(QStringLiteral("from-ct")), fetched, QString::fromLatin1(policy.owner), false).issuers;
            const CaDirectory directory = activeCaDirectory();
            CaaPolicy fromCt = buildPolicy(draftFromCt(policy.owner, issuers, directory));
            for (const CtIssuer &i : issuers)
                if (i.ca.isEmpty() || !directory.findByName(i.ca))
                    err() << QCoreApplication::translate("GenerateCommand", "caa-inspector-cli: %1 issued here but is not in the CA directory; "
                                                                            "add its CAA identifier yourself with --issue.").arg(i.issuerName)
                          << Qt::endl;
            if (issuers.isEmpty())
                err() << QCoreApplication::translate("GenerateCommand", "caa-inspector-cli: the CT data shows no current certificate for %1.")
                             .arg(QString::fromLatin1(policy.owner))
                      << Qt::endl;
            for (const CaaRecord &r : std::as_const(policy.records))
                if (!fromCt.records.contains(r))
                    fromCt.records << r;
            policy.records = fromCt.records;
        }
        if (policy.records.isEmpty())
            return usageError(QCoreApplication::translate("GenerateCommand", "no records: give --issue, --issuewild, --issuemail, --issuevmc, --iodef, --contactemail, --contactphone or --record."));
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

} // namespace Caa::Cli
