#include "cert/certificatenames.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>

#include <algorithm>

namespace Caa {

CertificateNames certificateNamesFromData(const QByteArray &data, const QString &what)
{
    CertificateNames result;
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(data, QSsl::Der);
    if (certificates.isEmpty() || certificates.first().isNull()) {
        result.error = QCoreApplication::translate("CertificateNames", "%1 holds no certificate in PEM or DER form. Give the certificate file itself "
                          "(\"-----BEGIN CERTIFICATE-----\"), not a key or a request.").arg(what);
        return result;
    }
    // The leaf comes first in a chain file; CA certificates further on have no SAN to check.
    // QSslCertificate hands the entries over grouped by type (a QMultiMap), not in
    // certificate order: list the DNS names first, then the e-mail addresses.
    const auto entries = certificates.first().subjectAlternativeNames();
    for (const QSsl::AlternativeNameEntryType type : {QSsl::DnsEntry, QSsl::EmailEntry}) {
        // values() gives the most recently inserted first: reverse to certificate order.
        QStringList ofType = entries.values(type);
        std::reverse(ofType.begin(), ofType.end());
        for (const QString &raw : std::as_const(ofType)) {
            const QString value = raw.trimmed();
            if (!value.isEmpty() && !result.names.contains(value, Qt::CaseInsensitive))
                result.names << value;
        }
    }
    for (const QString &ip : entries.values(QSsl::IpAddressEntry))
        result.skipped << QCoreApplication::translate("CertificateNames", "%1: an IP address; CAA applies to domain names only.").arg(ip);
    if (result.names.isEmpty()) {
        const QStringList cn = certificates.first().subjectInfo(QSslCertificate::CommonName);
        result.error = QCoreApplication::translate("CertificateNames", "%1 has no DNS names or e-mail addresses in subjectAlternativeName%2. "
                          "CAs issue for those entries only, so there is nothing to check.")
                           .arg(what, cn.isEmpty() ? QString() : QCoreApplication::translate("CertificateNames", " (its common name is %1)").arg(cn.join(QStringLiteral(", "))));
    }
    return result;
}

CertificateNames certificateNamesFromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CertificateNames result;
        result.error = QCoreApplication::translate("CertificateNames", "Cannot read %1: %2.").arg(path, file.errorString());
        return result;
    }
    const QByteArray data = file.read(1024 * 1024 + 1);
    if (data.size() > 1024 * 1024) {
        CertificateNames result;
        result.error = QCoreApplication::translate("CertificateNames", "%1 is larger than 1 MiB; that is not a certificate.").arg(path);
        return result;
    }
    return certificateNamesFromData(data, path);
}

} // namespace Caa
