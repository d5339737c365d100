#include "ca/directorystore.h"

#include "ca/csv.h"
#include "io/savefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

namespace Caa {

bool isIssuerDomainSyntax(const QByteArray &text)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$"));
    return text.size() <= 253 && re.match(QString::fromLatin1(text)).hasMatch();
}

namespace {

int column(const QStringList &header, const QString &name)
{
    for (int i = 0; i < header.size(); ++i)
        if (header[i].trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

// "CN=Foo CA; O=Foo, Inc.; C=US" or "CN=Foo CA, O=Foo, Inc., C=US" → "Foo, Inc."; falls back to CN.
// A value ends where the next "KEY=" attribute starts, so commas inside O= survive.
QString ownerFromSubject(const QString &subject)
{
    static const QRegularExpression attribute(
        QStringLiteral("(?:^|[;,/])\\s*([A-Za-z]+)\\s*=\\s*(.*?)\\s*(?=[;,/]\\s*[A-Za-z]+\\s*=|$)"));
    QString cn;
    auto it = attribute.globalMatch(subject);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString key = m.captured(1).toUpper();
        if (key == QStringLiteral("O"))
            return m.captured(2).trimmed();
        if (key == QStringLiteral("CN") && cn.isEmpty())
            cn = m.captured(2).trimmed();
    }
    return cn;
}

QList<QByteArray> sortedUnique(QList<QByteArray> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace

CcadbImport importCcadbV2(const QString &text, const CaDirectory &current, const QDate &dataDate)
{
    CcadbImport out;
    out.directory = current;
    auto fail = [&](const QString &why) {
        out.error = why;
        out.directory = current;
        out.changes.clear();
        return out;
    };
    const CsvParse csv = parseCsv(text);
    if (!csv.ok())
        return fail(QCoreApplication::translate("DirectoryStore", "The file is not valid CSV (%1).").arg(csv.error));
    if (csv.rows.isEmpty())
        return fail(QCoreApplication::translate("DirectoryStore", "The file is empty."));
    const QStringList header = csv.rows.first();
    const int subjectCol = column(header, QStringLiteral("Subject"));
    const int domainsCol = column(header, QStringLiteral("Recognized CAA Domains"));
    if (subjectCol < 0 || domainsCol < 0)
        return fail(QCoreApplication::translate("DirectoryStore", "This is not CCADB's AllCAAIdentifiersReportCSVV2: the columns \"Subject\" and "
                                   "\"Recognized CAA Domains\" are missing. Download the V2 CSV from ccadb.org."));

    // Owner (case-folded) → its display spelling and identifiers, in file order.
    QStringList ownerOrder;
    QHash<QString, QString> ownerSpelling;
    QHash<QString, QList<QByteArray>> idsByOwner;
    for (int r = 1; r < csv.rows.size(); ++r) {
        const QStringList &row = csv.rows[r];
        if (row.size() == 1 && row.first().trimmed().isEmpty())
            continue;
        if (row.size() <= qMax(subjectCol, domainsCol)) {
            ++out.rowsSkipped;
            continue;
        }
        const QString owner = ownerFromSubject(row[subjectCol]);
        QList<QByteArray> ids;
        for (const QString &raw : row[domainsCol].split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
            QByteArray id = raw.trimmed().toLower().toLatin1();
            if (id.endsWith('.'))
                id.chop(1);
            if (isIssuerDomainSyntax(id) && !raw.contains(u'@'))
                ids << id;
            else if (!out.ignoredValues.contains(raw.trimmed()))
                out.ignoredValues << raw.trimmed();
        }
        if (owner.isEmpty() || ids.isEmpty()) {
            ++out.rowsSkipped;
            continue;
        }
        ++out.rowsRead;
        const QString key = owner.toCaseFolded();
        if (!idsByOwner.contains(key)) {
            ownerOrder << key;
            ownerSpelling.insert(key, owner);
        }
        idsByOwner[key] += ids;
    }
    if (out.rowsRead == 0)
        return fail(QCoreApplication::translate("DirectoryStore", "No row of the file names a CA owner with a usable CAA identifier; the directory is unchanged."));

    // Match each owner to an entry; several owner spellings may land on one entry.
    QHash<int, QList<QByteArray>> newIdsByEntry;
    QList<CaEntry> added;
    for (const QString &key : std::as_const(ownerOrder)) {
        const QList<QByteArray> ids = sortedUnique(idsByOwner.value(key));
        int best = -1;
        int bestOverlap = 0;
        for (int e = 0; e < current.entries.size(); ++e) {
            int overlap = 0;
            for (const QByteArray &id : ids)
                overlap += current.entries[e].identifiers.contains(id) ? 1 : 0;
            if (overlap > bestOverlap) {
                best = e;
                bestOverlap = overlap;
            }
        }
        if (best < 0) {
            const QString spelled = ownerSpelling.value(key);
            for (int e = 0; e < current.entries.size() && best < 0; ++e) {
                const CaEntry &entry = current.entries[e];
                if (entry.owner.contains(spelled, Qt::CaseInsensitive) || spelled.contains(entry.name, Qt::CaseInsensitive))
                    best = e;
            }
        }
        if (best >= 0) {
            newIdsByEntry[best] += ids;
            continue;
        }
        CaEntry fresh;
        fresh.name = ownerSpelling.value(key);
        fresh.owner = fresh.name;
        fresh.identifiers = ids;
        added << fresh;
    }

    for (auto it = newIdsByEntry.cbegin(); it != newIdsByEntry.cend(); ++it) {
        CaEntry &entry = out.directory.entries[it.key()];
        const QList<QByteArray> before = sortedUnique(entry.identifiers);
        const QList<QByteArray> after = sortedUnique(it.value());
        DirectoryChange change;
        change.ca = entry.name;
        for (const QByteArray &id : after)
            if (!before.contains(id))
                change.added << id;
        for (const QByteArray &id : before)
            if (!after.contains(id))
                change.removed << id;
        if (!change.added.isEmpty() || !change.removed.isEmpty()) {
            // Keep the known order, then the new ones.
            QList<QByteArray> ordered;
            for (const QByteArray &id : std::as_const(entry.identifiers))
                if (after.contains(id))
                    ordered << id;
            ordered += change.added;
            entry.identifiers = ordered;
            out.changes << change;
        }
    }
    for (const CaEntry &fresh : std::as_const(added)) {
        out.directory.entries << fresh;
        out.changes << DirectoryChange{fresh.name, true, fresh.identifiers, {}};
    }
    std::sort(out.changes.begin(), out.changes.end(), [](const DirectoryChange &a, const DirectoryChange &b) {
        return a.ca.compare(b.ca, Qt::CaseInsensitive) < 0;
    });
    out.directory.dataDate = dataDate.toString(Qt::ISODate);
    return out;
}

QStringList describeChanges(const QList<DirectoryChange> &changes)
{
    QStringList lines;
    for (const DirectoryChange &c : changes) {
        QStringList parts;
        for (const QByteArray &id : c.added)
            parts << QStringLiteral("+ ") + QString::fromLatin1(id);
        for (const QByteArray &id : c.removed)
            parts << QStringLiteral("- ") + QString::fromLatin1(id);
        lines << QStringLiteral("%1%2: %3").arg(c.ca, c.newCa ? QCoreApplication::translate("DirectoryStore", " (new)") : QString(), parts.join(QStringLiteral(", ")));
    }
    return lines;
}

QString addCustomCa(CaDirectory &directory, const CaEntry &entry)
{
    if (entry.name.trimmed().isEmpty())
        return QCoreApplication::translate("DirectoryStore", "Give the CA a name.");
    if (directory.findByName(entry.name))
        return QCoreApplication::translate("DirectoryStore", "A CA named \"%1\" is already in the directory.").arg(entry.name);
    if (entry.identifiers.isEmpty())
        return QCoreApplication::translate("DirectoryStore", "Give at least one CAA identifier (the domain the CA asks you to put in issue records).");
    for (const QByteArray &id : entry.identifiers)
        if (!isIssuerDomainSyntax(id))
            return QCoreApplication::translate("DirectoryStore", "\"%1\" is not a CAA identifier: use a lower-case domain name such as ca.example.com.").arg(QString::fromLatin1(id));
    if (!profileById(entry.profileId))
        return QCoreApplication::translate("DirectoryStore", "Unknown processing profile \"%1\".").arg(entry.profileId);
    CaEntry e = entry;
    e.name = e.name.trimmed();
    if (e.owner.isEmpty())
        e.owner = e.name;
    directory.entries << e;
    return QString();
}

QString serializeCaDirectory(const CaDirectory &directory)
{
    // Opened in spreadsheets too: every cell through csvField() (read back by
    // parseCaDirectoryCsv() with csvFieldValue()).
    const auto field = csvField;
    auto join = [](const QList<QByteArray> &list) {
        QStringList out;
        for (const QByteArray &b : list)
            out << QString::fromLatin1(b);
        return out.join(u' ');
    };
    QString out = QStringLiteral("# data-date: %1\n").arg(directory.dataDate);
    out += QStringLiteral("name,owner,identifiers,profile,acme_directory,accounturi_prefixes,validation_methods,rfc8657,rfc8657_source\n");
    for (const CaEntry &e : directory.entries)
        out += QStringList{field(e.name), field(e.owner), field(join(e.identifiers)), field(e.profileId), field(e.acmeDirectory),
                           field(e.accountUriPrefixes.join(u' ')), field(join(e.validationMethods)),
                           field(parameterProcessingName(e.rfc8657)), field(e.rfc8657Source)}.join(u',') + u'\n';
    return out;
}

QString saveCaDirectory(const CaDirectory &directory, const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    return saveFileAtomically(path, serializeCaDirectory(directory).toUtf8());
}

CaDirectoryParse loadCaDirectory(const QString &path)
{
    CaDirectoryParse out;
    QFile file(path);
    if (file.size() > 16 * 1024 * 1024) {
        out.error = QCoreApplication::translate("DirectoryStore", "%1 is larger than 16 MiB; it is not a CA directory.").arg(path);
        return out;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = QCoreApplication::translate("DirectoryStore", "Cannot read %1: %2").arg(path, file.errorString());
        return out;
    }
    QString text = QString::fromUtf8(file.readAll());
    QString date;
    while (text.startsWith(u'#')) {
        const qsizetype nl = text.indexOf(u'\n');
        const QString line = text.left(nl < 0 ? text.size() : nl);
        if (line.startsWith(QStringLiteral("# data-date:")))
            date = line.mid(12).trimmed();
        text = nl < 0 ? QString() : text.mid(nl + 1);
    }
    out = parseCaDirectoryCsv(text);
    if (out.ok()) {
        // Saved before the rfc8657 columns existed: what the bundled directory knows of
        // the same CAs still holds.
        if (!text.left(text.indexOf(u'\n')).contains(QStringLiteral("rfc8657"))) {
            for (CaEntry &e : out.directory.entries) {
                if (const CaEntry *known = bundledCaDirectory().findByName(e.name)) {
                    e.rfc8657 = known->rfc8657;
                    e.rfc8657Source = known->rfc8657Source;
                }
            }
        }
        out.directory.dataDate = date;
        out.directory.attribution = bundledCaDirectory().attribution;
    } else {
        out.error = QStringLiteral("%1: %2").arg(path, out.error);
    }
    return out;
}

QString userCaDirectoryPath()
{
    const QString overrideDir = qEnvironmentVariable("CAA_INSPECTOR_DATA_DIR");
    // One place for the GUI and the CLI alike, whatever their application names.
    const QString dir = overrideDir.isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/caa-inspector")
                            : overrideDir;
    return dir + QStringLiteral("/ca-directory.csv");
}

CaDirectory activeCaDirectory()
{
    const QString path = userCaDirectoryPath();
    if (QFile::exists(path)) {
        const CaDirectoryParse parsed = loadCaDirectory(path);
        if (parsed.ok() && !parsed.directory.entries.isEmpty())
            return parsed.directory;
    }
    return bundledCaDirectory();
}

} // namespace Caa
