#pragma once

#include "ca/cadirectory.h"

#include <QDate>
#include <QString>

namespace Caa {

/// One CA whose identifiers an import changes.
struct DirectoryChange
{
    QString ca;
    bool newCa = false;
    QList<QByteArray> added;
    QList<QByteArray> removed;

    friend bool operator==(const DirectoryChange &, const DirectoryChange &) = default;
};

struct CcadbImport
{
    CaDirectory directory;           ///< the directory after the import
    QList<DirectoryChange> changes;  ///< what differs from the directory before
    int rowsRead = 0;                ///< certificate rows used
    int rowsSkipped = 0;             ///< rows without an owner or any usable identifier
    QStringList ignoredValues;       ///< junk in "Recognized CAA Domains" ("None", sentences, e-mail addresses…)
    QString error;                   ///< set when the file cannot be used; the directory is then unchanged
    bool ok() const { return error.isEmpty(); }
};

/// Reads CCADB's AllCAAIdentifiersReportCSVV2: one row per intermediate certificate, with
/// columns "Subject" (a DN; the owner is its O=) and "Recognized CAA Domains" (free text).
/// Rows are grouped by owner, junk values are dropped, and each owner is matched to the
/// entry of `current` that shares most identifiers (else to one whose owner text names it,
/// else it becomes a new CA). The identifiers of matched entries are replaced by CCADB's;
/// entries the report does not cover are kept as they are. On any error `directory` is
/// `current` unchanged.
CcadbImport importCcadbV2(const QString &csv, const CaDirectory &current, const QDate &dataDate = QDate::currentDate());

/// One line per change, for people ("DigiCert: + digicert.eu, − symantec.com").
QStringList describeChanges(const QList<DirectoryChange> &changes);

/// True for a plausible CAA issuer domain name: LDH labels, at least one dot, no trailing dot.
bool isIssuerDomainSyntax(const QByteArray &text);

/// Adds a CA of the user's (e.g. a private ACME CA). Refuses a duplicate name, an empty
/// identifier list or an identifier that is not a domain name; returns the error or "".
QString addCustomCa(CaDirectory &directory, const CaEntry &entry);

/// The directory file format: a "# data-date: …" line, then the CSV the bundled
/// directory uses.
QString serializeCaDirectory(const CaDirectory &directory);

/// Writes atomically (QSaveFile): the old file stays whole until the new one is complete.
/// Returns an error message, or "" on success.
QString saveCaDirectory(const CaDirectory &directory, const QString &path);

/// Reads a file written by saveCaDirectory().
CaDirectoryParse loadCaDirectory(const QString &path);

/// Where the user's directory lives: $CAA_INSPECTOR_DATA_DIR/ca-directory.csv when that
/// variable is set, else caa-inspector/ in the user's data folder (~/.local/share), shared
/// by the GUI and the CLI.
QString userCaDirectoryPath();

/// The user's saved directory when there is a readable one, else the bundled one.
CaDirectory activeCaDirectory();

} // namespace Caa
