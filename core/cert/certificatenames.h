#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Caa {

/// The names a certificate is for, read from its subjectAlternativeName extension.
struct CertificateNames
{
    /// DNS names (wildcards included, e.g. "*.example.com"), then e-mail addresses
    /// (rfc822Name, for S/MIME), without duplicates.
    QStringList names;
    /// Entries that were left out, with why (e.g. IP addresses: CAA covers names only).
    QStringList skipped;
    /// Empty when names could be read; otherwise what is wrong and what to do.
    QString error;

    bool ok() const { return error.isEmpty(); }
};

/// Reads the first certificate (the leaf) of PEM or DER data with QSslCertificate.
/// A certificate without subjectAlternativeName DNS or e-mail entries is an error:
/// CAs issue for SAN entries only (Baseline Requirements §7.1.2.7.12).
CertificateNames certificateNamesFromData(const QByteArray &data, const QString &what);

/// The same for a file (PEM or DER, up to 1 MiB).
CertificateNames certificateNamesFromFile(const QString &path);

} // namespace Caa
