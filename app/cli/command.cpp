#include "command.h"

#include "ca/directorystore.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace Caa::Cli {

namespace {

QTextStream &stream(FILE *file)
{
    static QTextStream standardOut(stdout);
    static QTextStream standardErr(stderr);
    return file == stdout ? standardOut : standardErr;
}

} // namespace

QTextStream &out() { return stream(stdout); }
QTextStream &err() { return stream(stderr); }

void redirectOutput(QIODevice *outDevice, QIODevice *errDevice)
{
    out().flush();
    err().flush();
    static QFile standardOut, standardErr;
    if (!standardOut.isOpen())
        (void)standardOut.open(stdout, QIODevice::WriteOnly);
    if (!standardErr.isOpen())
        (void)standardErr.open(stderr, QIODevice::WriteOnly);
    out().setDevice(outDevice ? outDevice : &standardOut);
    err().setDevice(errDevice ? errDevice : &standardErr);
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

} // namespace Caa::Cli
