#pragma once

#include "generator/policy.h"

#include <QString>
#include <QStringList>

namespace Caa {

/// Output formats of the generator.
enum class ZoneFormat {
    Bind,       ///< standard zone file: `owner. TTL IN CAA flags tag "value"`
    Rfc3597,    ///< generic syntax for old servers: `owner. TTL IN TYPE257 \# len hex`
    Tinydns,    ///< djbdns data line: `:owner:257:\ooo…:ttl`
    Dnsmasq,    ///< dnsmasq config line: `dns-rr=owner,257,HEX`
    Table,      ///< Name / Type / TTL / Value, what hosted-DNS dashboards ask for
    Dnscontrol, ///< dnsconfig.js: CAA_BUILDER when it can express the policy, else CAA()
    Octodns,    ///< octoDNS YAML
    Json,       ///< the policy as JSON (also the draft file format)
};

/// "bind", "rfc3597", "tinydns", "dnsmasq", "table", "dnscontrol", "octodns", "json".
QString zoneFormatName(ZoneFormat format);
/// Parses a format name; false for an unknown one.
bool zoneFormatFromName(const QString &name, ZoneFormat &format);
/// Every format, in menu order.
QList<ZoneFormat> allZoneFormats();

/// What a writer produced: the text, and what it could not express faithfully.
struct WriterOutput
{
    QString text;
    QStringList warnings;
};

/// Writes the policy in `format`. Pure: the same policy always gives the same text.
/// Zone formats (bind, rfc3597, tinydns, dnsmasq) express every record exactly; the
/// others warn about (and comment out) what their syntax cannot carry — nothing is
/// dropped silently.
WriterOutput writePolicy(const CaaPolicy &policy, ZoneFormat format);

} // namespace Caa
