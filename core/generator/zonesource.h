#pragma once

#include "engine/climb.h"
#include "generator/zonereader.h"

namespace Caa {

/// Answers a CAA query from zone data as an authoritative server for that zone would:
/// CNAME chains inside the zone (a loop or more than 16 hops gives SERVFAIL, as resolvers
/// do), DNAME synthesis below the DNAME owner (RFC 6672), DNS wildcards (RFC 4592),
/// NXDOMAIN for names that do not exist, NODATA for names that do. A name outside the
/// zone is answered as empty with outsideSource set.
Dns::LookupResult lookupInZone(const ZoneText &zone, const QByteArray &name);

/// The same over several zones (e.g. a parent and its children, or all zones a server
/// holds): each name is answered by the zone with the longest apex that contains it, and
/// aliases may lead from one zone into another.
Dns::LookupResult lookupInZones(const QList<ZoneText> &zones, const QByteArray &name);

/// The RFC 8659 §3 climb for `name` over zone data instead of the network: every level
/// is answered by lookupInZone(), so a zone can be checked before it is published.
CheckResult checkAgainstZone(const ZoneText &zone, const DomainName &name);
CheckResult checkAgainstZones(const QList<ZoneText> &zones, const DomainName &name);

} // namespace Caa
