#include "io/savefile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace Caa {

QString saveFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("SaveFile", "Cannot write %1: %2").arg(path, file.errorString());
    // QSaveFile remembers a failed write and then refuses to commit, so one check suffices.
    file.write(bytes);
    if (!file.commit())
        return QCoreApplication::translate("SaveFile", "Cannot save %1: %2. The previous file is unchanged.").arg(path, file.errorString());
    return QString();
}

} // namespace Caa
