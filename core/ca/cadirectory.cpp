#include "ca/cadirectory.h"

#include "ca/csv.h"

#include <QCoreApplication>
#include <QFile>

namespace Caa {

const CaEntry *CaDirectory::findByName(const QString &name) const
{
    const QString key = name.trimmed();
    for (const CaEntry &e : entries)
        if (e.name.compare(key, Qt::CaseInsensitive) == 0)
            return &e;
    for (const CaEntry &e : entries)
        if (e.owner.compare(key, Qt::CaseInsensitive) == 0)
            return &e;
    return nullptr;
}

QList<const CaEntry *> CaDirectory::findByIdentifier(const QByteArray &identifier) const
{
    QList<const CaEntry *> found;
    for (const CaEntry &e : entries)
        for (const QByteArray &id : e.identifiers)
            // Lengths first: most identifiers differ in length, and a case-insensitive
            // comparison costs a call each (a bulk run asks this for every record).
            if (id.size() == identifier.size() && id.compare(identifier, Qt::CaseInsensitive) == 0) {
                found.append(&e);
                break;
            }
    return found;
}

CaDirectoryParse parseCaDirectoryCsv(const QString &text)
{
    CaDirectoryParse out;
    const CsvParse csv = parseCsv(text);
    if (!csv.ok()) {
        out.error = csv.error;
        return out;
    }
    const QStringList expected{QStringLiteral("name"), QStringLiteral("owner"), QStringLiteral("identifiers"),
                               QStringLiteral("profile"), QStringLiteral("acme_directory"),
                               QStringLiteral("accounturi_prefixes"), QStringLiteral("validation_methods")};
    const QStringList withParameters = expected + QStringList{QStringLiteral("rfc8657"), QStringLiteral("rfc8657_source")};
    const bool hasParameterColumns = !csv.rows.isEmpty() && csv.rows.first() == withParameters;
    if (csv.rows.isEmpty() || (csv.rows.first() != expected && !hasParameterColumns)) {
        out.error = QCoreApplication::translate("CaDirectory", "the first line must be the header %1").arg(withParameters.join(u','));
        return out;
    }
    for (int i = 1; i < csv.rows.size(); ++i) {
        QStringList r = csv.rows[i];
        for (QString &field : r)
            field = csvFieldValue(field);
        if (r.size() == 1 && r.first().trimmed().isEmpty())
            continue;
        const qsizetype columns = hasParameterColumns ? withParameters.size() : expected.size();
        if (r.size() != columns) {
            out.error = QCoreApplication::translate("CaDirectory", "row %1 has %2 fields, expected %3").arg(i + 1).arg(r.size()).arg(columns);
            return out;
        }
        CaEntry e;
        e.name = r[0].trimmed();
        e.owner = r[1].trimmed();
        for (const QString &id : r[2].split(u' ', Qt::SkipEmptyParts))
            e.identifiers << id.toLatin1();
        e.profileId = r[3].trimmed().isEmpty() ? QStringLiteral("rfc") : r[3].trimmed();
        if (!profileById(e.profileId)) {
            out.error = QCoreApplication::translate("CaDirectory", "row %1: unknown profile \"%2\"").arg(i + 1).arg(e.profileId);
            return out;
        }
        e.acmeDirectory = r[4].trimmed();
        e.accountUriPrefixes = r[5].split(u' ', Qt::SkipEmptyParts);
        for (const QString &m : r[6].split(u' ', Qt::SkipEmptyParts))
            e.validationMethods << m.toLatin1();
        if (hasParameterColumns) {
            const std::optional<ParameterProcessing> processing = parameterProcessingFromName(r[7]);
            if (!processing) {
                out.error = QCoreApplication::translate("CaDirectory", "row %1: rfc8657 must be yes, no or unknown, not \"%2\"").arg(i + 1).arg(r[7]);
                return out;
            }
            e.rfc8657 = *processing;
            e.rfc8657Source = r[8].trimmed();
        }
        if (e.name.isEmpty() || e.identifiers.isEmpty()) {
            out.error = QCoreApplication::translate("CaDirectory", "row %1: a CA needs a name and at least one identifier").arg(i + 1);
            return out;
        }
        out.directory.entries << e;
    }
    return out;
}

const CaDirectory &bundledCaDirectory()
{
    static const CaDirectory directory = [] {
        QFile csv(QStringLiteral(":/caa/data/ca-directory.csv"));
        QFile attribution(QStringLiteral(":/caa/data/CCADB-ATTRIBUTION.txt"));
        CaDirectory d;
        if (csv.open(QIODevice::ReadOnly)) {
            CaDirectoryParse p = parseCaDirectoryCsv(QString::fromUtf8(csv.readAll()));
            if (p.ok())
                d = p.directory;
        }
        if (attribution.open(QIODevice::ReadOnly))
            d.attribution = QString::fromUtf8(attribution.readAll());
        d.dataDate = QStringLiteral("2026-11");
        return d;
    }();
    return directory;
}

} // namespace Caa
