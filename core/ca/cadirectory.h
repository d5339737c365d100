#pragma once

#include "ca/profile.h"
#include "caa/brrules.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Caa {

/// One certificate authority as the directory knows it.
struct CaEntry
{
    QString name;                  ///< short display name ("Let's Encrypt")
    QString owner;                 ///< CCADB owner text
    QList<QByteArray> identifiers; ///< CAA issuer domain names, all of them
    QString profileId = QStringLiteral("rfc");
    QString acmeDirectory;         ///< empty when not known
    QStringList accountUriPrefixes; ///< account URL prefixes, when known
    QList<QByteArray> validationMethods; ///< methods the CA recognises, when known
    /// Whether the CA enforces RFC 8657 accounturi/validationmethods already; before
    /// 2027-03-15 (BR 2.2.8 §4.2.2.1.2) one that does not may ignore them.
    ParameterProcessing rfc8657 = ParameterProcessing::Unknown;
    QString rfc8657Source; ///< where that fact comes from (a URL), empty when unknown

    friend bool operator==(const CaEntry &, const CaEntry &) = default;
};

/// The CAs the simulator knows, with their CAA identifiers (CCADB-derived data).
struct CaDirectory
{
    QList<CaEntry> entries;
    QString dataDate;     ///< when the data was compiled
    QString attribution;  ///< licence and attribution text to show

    /// Case-insensitive match on the display name or the owner text.
    const CaEntry *findByName(const QString &name) const;
    /// Every CA listing `identifier` (ASCII case-insensitive).
    QList<const CaEntry *> findByIdentifier(const QByteArray &identifier) const;
};

struct CaDirectoryParse
{
    CaDirectory directory;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/// Reads the bundled directory format: CSV with columns name, owner, identifiers
/// (space-separated), profile, acme_directory, accounturi_prefixes, validation_methods,
/// rfc8657 (yes, no or unknown), rfc8657_source. Files saved before the last two columns
/// existed are read too (every CA then "unknown").
CaDirectoryParse parseCaDirectoryCsv(const QString &csv);

/// The directory shipped inside the program (resources/data/ca-directory.csv).
const CaDirectory &bundledCaDirectory();

} // namespace Caa
