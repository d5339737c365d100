#pragma once

#include "generator/policy.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Caa {

/// One record read from zone-file text.
struct ZoneRecord
{
    QByteArray owner;  ///< absolute, without trailing dot, as written (case kept)
    quint16 type = 0;
    quint32 ttl = 0;
    QByteArray rdata;  ///< wire-format RDATA
    QByteArray target; ///< for CNAME, DNAME, NS: the target name

    friend bool operator==(const ZoneRecord &, const ZoneRecord &) = default;
};

/// Zone-file text parsed by Knot DNS's libzscanner.
struct ZoneText
{
    QByteArray origin; ///< the origin relative names were completed with ("" = root)
    QList<ZoneRecord> records;
    QString error;     ///< the first error with its line; records are then incomplete
    int errorLine = 0;
    bool ok() const { return error.isEmpty(); }
    /// The SOA owner, or the origin when there is no SOA.
    QByteArray apex() const;
};

/// Parses zone-file text (RFC 1035 §5 master format, $ORIGIN, $TTL, RFC 3597 generic
/// records). `$INCLUDE` is refused with a clear message: a pasted or opened file must not
/// make the program read other files. `origin` completes relative names ("" or "." =
/// the root); `defaultTtl` applies until a $TTL.
ZoneText parseZoneText(const QByteArray &text, const QByteArray &origin = {}, quint32 defaultTtl = 3600);

/// Reads a zone file from disk (at most 64 MiB, must be text) and parses it.
ZoneText loadZoneFile(const QString &path, const QByteArray &origin = {});

struct RecordLineParse
{
    CaaRecord record;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/// Reads one CAA record written as in a zone file, "FLAGS TAG VALUE", with VALUE a quoted
/// string with RFC 1035 escapes or a bare token (as for caa-inspector-cli --record).
RecordLineParse parseCaaRecordText(const QString &text);

/// The CAA records at `owner` in `zone`, as a policy (TTL from the first one). Nothing is
/// dropped: flags, tag case, spacing inside values and parameters survive byte for byte.
CaaPolicy policyFromZone(const ZoneText &zone, const QByteArray &owner);

/// Parses pasted zone text and returns the CAA RRset at `owner` (or, when `owner` is
/// empty, at the only owner that has CAA records).
PolicyParse importPolicyFromZoneText(const QByteArray &text, const QByteArray &owner = {});

} // namespace Caa
