#include "engine/namemarker.h"

namespace Caa {

const QString &nameMarker()
{
    static const QString marker = QStringLiteral("\uFDD0name\uFDD1"); // not translated: a marker
    return marker;
}

} // namespace Caa
