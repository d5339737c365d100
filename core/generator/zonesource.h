#pragma once

#include "dns/lookupservice.h"
#include "engine/climb.h"
#include "generator/zonereader.h"

#include <memory>

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

/// Zone data as one more Dns::LookupService, so that CheckJob, BulkCheck and the window
/// work offline exactly as online. CAA questions are answered as lookupInZones() answers
/// them, from an index built once; answers come through the event loop, a slice per turn,
/// so thousands of names never hold it. Other types get LookupStatus::NoServers: a zone
/// file answers CAA questions only.
class ZoneLookupService final : public Dns::LookupService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZoneLookupService)

public:
    explicit ZoneLookupService(const QList<ZoneText> &zones, QObject *parent = nullptr);
    ~ZoneLookupService() override;

    quint64 lookup(const QByteArray &name, quint16 type = Dns::Type::CAA) override;
    void cancelAll() override;

private:
    void answerSome();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Caa
