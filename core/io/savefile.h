#pragma once

#include <QByteArray>
#include <QString>

namespace Caa {

/// Writes `bytes` to `path` atomically (QSaveFile): the previous file stays whole until
/// the new one is complete, so a full disk or a crash never leaves half a file.
/// Returns an error message naming the file and saying the old one is unchanged, or "".
QString saveFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace Caa
