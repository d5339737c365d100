// caa-inspector-cli cas: list the CA directory or change the user's copy.
#include "command.h"

#include "ca/directorystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Caa;

namespace Caa::Cli {

int runCas(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("CasCommand",
        "List the CA directory (names, CAA identifiers, processing profiles), or change the user's copy:\n"
        "import a newer CCADB AllCAAIdentifiersReportCSVV2, add a CA of your own, or go back to the bundled data.\n"
        "The user's directory is kept in %1.").arg(userCaDirectoryPath()));
    p.addHelpOption();
    p.addOption({QStringLiteral("format"), QCoreApplication::translate("CasCommand", "Output format: text or json."), QStringLiteral("FORMAT"), QStringLiteral("text")});
    p.addOption({QStringLiteral("import"), QCoreApplication::translate("CasCommand", "Read a CCADB AllCAAIdentifiersReportCSVV2 file, show what changes and save it."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("dry-run"), QCoreApplication::translate("CasCommand", "With --import or --add: show the changes, save nothing.")});
    p.addOption({QStringLiteral("add"), QCoreApplication::translate("CasCommand", "Add a CA of your own (e.g. a private ACME CA) with this name."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("identifier"), QCoreApplication::translate("CasCommand", "With --add: a CAA identifier of the CA (repeatable)."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("profile"), QCoreApplication::translate("CasCommand", "With --add: processing profile, rfc (default) or letsencrypt."), QStringLiteral("PROFILE"), QStringLiteral("rfc")});
    p.addOption({QStringLiteral("reset"), QCoreApplication::translate("CasCommand", "Delete the user's directory and use the bundled one again.")});
    if (const std::optional<int> done = parseOrHelp(p, args))
        return *done;
    const QString format = p.value(QStringLiteral("format"));
    if (format != QStringLiteral("text") && format != QStringLiteral("json"))
        return usageError(QCoreApplication::translate("CasCommand", "--format must be text or json, not \"%1\".").arg(format));
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
            return usageError(QCoreApplication::translate("CasCommand", "cannot read %1: %2").arg(file, in.errorString()));
        if (in.size() > 64 * 1024 * 1024)
            return usageError(QCoreApplication::translate("CasCommand", "%1 is larger than 64 MiB; that is not a CCADB report.").arg(file));
        const CcadbImport imported = importCcadbV2(QString::fromUtf8(in.readAll()), directory);
        if (!imported.ok()) {
            err() << "caa-inspector-cli: " << file << ": " << imported.error << "\nThe directory is unchanged." << Qt::endl;
            return ExitUsage;
        }
        out() << "Read " << imported.rowsRead << " certificate rows (" << imported.rowsSkipped << " skipped).\n";
        if (!imported.ignoredValues.isEmpty())
            out() << "Ignored values that are not CAA identifiers: " << imported.ignoredValues.join(QStringLiteral(" | ")) << '\n';
        const QStringList changes = describeChanges(imported.changes);
        out() << (changes.isEmpty() ? QCoreApplication::translate("CasCommand", "No changes.") : QStringLiteral("Changes:\n  ") + changes.join(QStringLiteral("\n  "))) << '\n';
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
                                   {QStringLiteral("acme_directory"), e.acmeDirectory},
                                   // BR 2.2.8 §4.2.2.1.2: binding on every CA from 2027-03-15.
                                   {QStringLiteral("rfc8657"), parameterProcessingName(e.rfc8657)},
                                   {QStringLiteral("rfc8657_source"), e.rfc8657Source.isEmpty() ? QJsonValue() : QJsonValue(e.rfc8657Source)}});
        }
        out() << QJsonDocument(QJsonObject{{QStringLiteral("data_date"), directory.dataDate}, {QStringLiteral("cas"), cas}}).toJson();
        return 0;
    }
    for (const CaEntry &e : directory.entries) {
        QStringList ids;
        for (const QByteArray &id : e.identifiers)
            ids << QString::fromLatin1(id);
        out() << e.name.leftJustified(28) << ' ' << ids.join(u' ') << (e.profileId != QStringLiteral("rfc") ? QCoreApplication::translate("CasCommand", "  [profile: %1]").arg(e.profileId) : QString())
              << (e.rfc8657 == ParameterProcessing::Processes ? QCoreApplication::translate("CasCommand", "  [processes accounturi/validationmethods]") : QString()) << '\n';
    }
    out() << "\n" << QCoreApplication::translate("CasCommand", "CAs not marked may ignore accounturi and validationmethods until 2027-03-15 (BR 2.2.8 §4.2.2.1.2).");
    out() << "\n" << directory.entries.size() << " CAs. Data: CCADB-derived (CDLA-Permissive-2.0), compiled " << directory.dataDate << ".\n";
    return 0;
}

} // namespace Caa::Cli
