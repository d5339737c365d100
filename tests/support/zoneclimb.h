#pragma once

// A climb answered from a small zone written in the test: "$ORIGIN v.test." with an SOA
// and NS, then `records` (relative or absolute names). The same climb as online.
#include "generator/zonereader.h"
#include "generator/zonesource.h"

#include <QtGlobal>

namespace CaaTest {

inline Caa::CheckResult climbOfZone(const QByteArray &records, const QString &input)
{
    const Caa::ZoneText zone = Caa::parseZoneText("$ORIGIN v.test.\n$TTL 300\n@ SOA ns hostmaster 1 3600 600 86400 300\n@ NS ns\n" + records, "v.test");
    if (!zone.ok())
        qFatal("zone: %s", qPrintable(zone.error));
    const Caa::DomainParse name = Caa::parseDomainInput(input);
    if (!name.ok())
        qFatal("name: %s", qPrintable(input));
    return Caa::checkAgainstZone(zone, name.name);
}

} // namespace CaaTest
