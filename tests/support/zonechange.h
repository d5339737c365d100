#pragma once

// Changes a zone that the test bed's knotd serves, the way a domain owner would: a new
// zone file with a higher serial, then a reload. Returns once knotd serves the new serial.
#include "testbed.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

namespace CaaTest {

/// A small zone for such changes: one CAA record at the apex, TTL 3600 (long enough that
/// any cache between us and knotd would still hold the old answer).
inline QByteArray changeZone(const QByteArray &apex, quint32 serial, const QByteArray &issuer)
{
    return "$ORIGIN " + apex + ".\n$TTL 3600\n"
           "@ SOA ns hostmaster " + QByteArray::number(serial) + " 3600 900 604800 60\n"
           "@ NS ns\nns A 127.0.0.1\n"
           "@ CAA 0 issue \"" + issuer + "\"\n";
}

/// Publishes `0 issue "issuer"` as the only CAA record of zone `apex` (without trailing
/// dot): a new zone file with a higher serial (from the clock, so a test can run again
/// against the same test bed), knotc zone-reload, then waits until knotd serves it.
/// Returns an error message, or "" on success.
inline QString publishIssuer(const QString &apex, const QByteArray &issuer)
{
    static quint32 lastSerial = 0;
    const quint32 serial = qMax(lastSerial + 1, quint32(QDateTime::currentSecsSinceEpoch()));
    lastSerial = serial;
    const QByteArray zoneText = changeZone(apex.toLatin1(), serial, issuer);
    const QString dir = testbedValue(QStringLiteral("KNOT_DIR"));
    const QString port = testbedValue(QStringLiteral("NAMESERVER_PORT"));
    if (dir.isEmpty() || port.isEmpty())
        return QStringLiteral("testbed.env has no KNOT_DIR/NAMESERVER_PORT");
    QFile file(dir + QStringLiteral("/zones/") + apex + QStringLiteral(".zone"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(zoneText) != zoneText.size())
        return QStringLiteral("cannot write %1").arg(file.fileName());
    file.close();

    QProcess knotc;
    knotc.start(QStandardPaths::findExecutable(QStringLiteral("knotc")),
                {QStringLiteral("-s"), dir + QStringLiteral("/knot.sock"), QStringLiteral("zone-reload"), apex + u'.'});
    if (!knotc.waitForFinished(15000) || knotc.exitCode() != 0)
        return QStringLiteral("knotc zone-reload failed: %1").arg(QString::fromUtf8(knotc.readAllStandardError() + knotc.readAllStandardOutput()));

    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        QProcess kdig;
        kdig.start(QStandardPaths::findExecutable(QStringLiteral("kdig")),
                   {QStringLiteral("@127.0.0.1"), QStringLiteral("-p"), port, QStringLiteral("+short"), QStringLiteral("SOA"), apex + u'.'});
        kdig.waitForFinished(5000);
        const QList<QByteArray> fields = kdig.readAllStandardOutput().simplified().split(' ');
        if (fields.size() >= 3 && fields.at(2).toUInt() == serial)
            return QString();
        QThread::msleep(50);
    }
    return QStringLiteral("knotd did not start serving serial %1 of %2").arg(serial).arg(apex);
}

} // namespace CaaTest
