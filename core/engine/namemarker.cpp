#include "engine/namemarker.h"

namespace Caa {

const QString &nameMarker()
{
    static const QString marker = QStringLiteral("\uFDD0name\uFDD1"); // not translated: a marker
    return marker;
}

namespace {

template <typename Name>
QString fill(const QString &text, Name name)
{
    const QString &marker = nameMarker();
    const QStringView all(text);
    QString filled;
    qsizetype copied = 0;
    for (qsizetype at = text.indexOf(marker.front()); at >= 0; at = text.indexOf(marker.front(), at)) {
        if (all.sliced(at).startsWith(marker)) {
            if (filled.isNull())
                filled.reserve(text.size() - marker.size() + name.size());
            filled.append(all.sliced(copied, at - copied));
            filled.append(name);
            at += marker.size();
            copied = at;
        } else {
            ++at;
        }
    }
    if (copied == 0)
        return text;
    filled.append(all.sliced(copied));
    return filled;
}

} // namespace

QString withName(const QString &text, QStringView name)
{
    return fill(text, name);
}

QString withName(const QString &text, QLatin1String name)
{
    return fill(text, name);
}

} // namespace Caa
