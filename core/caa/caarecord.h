#pragma once

#include <QByteArray>
#include <QString>

namespace Caa {

/// One CAA resource record's RDATA, kept as bytes (RFC 8659 §4.1):
/// flags octet, tag, and a value that may be empty, longer than 255 octets,
/// or hold any octet (NUL, non-UTF-8). Nothing is lost between wire and
/// display: encodeCaaRdata(parseCaaRdata(x).record) == x.
struct CaaRecord
{
    quint8 flags = 0;
    QByteArray tag;   ///< as published; compare case-insensitively (RFC 8659 §4.1)
    QByteArray value; ///< opaque octets; meaning depends on the tag

    /// Issuer Critical flag: bit 0 in RFC 1035 numbering, value 128 (RFC 8659 §4.1).
    bool isCritical() const { return flags & 0x80; }
    /// Tag lower-cased with ASCII rules, for comparisons ("ISSUE" → "issue").
    QByteArray normalizedTag() const { return tag.toLower(); }
    /// RFC 8659 §4.1: a tag MUST consist of ASCII letters and digits only.
    bool hasValidTagCharacters() const;

    friend bool operator==(const CaaRecord &, const CaaRecord &) = default;
};

enum class CaaRdataError {
    None,
    TooShort,      ///< fewer than 2 octets
    ZeroTagLength, ///< tag length 0 (RFC 8659 §4.1: tag length MUST be ≥ 1)
    TagPastEnd,    ///< tag length exceeds the RDATA
};

struct CaaRdataParse
{
    CaaRecord record;
    CaaRdataError error = CaaRdataError::None;
    bool ok() const { return error == CaaRdataError::None; }
};

/// Reads CAA RDATA (RFC 8659 §4.1). Any tag length 1–255 is accepted (RFC 8659
/// dropped RFC 6844's 15-octet SHOULD); tag characters are not checked here.
CaaRdataParse parseCaaRdata(const QByteArray &rdata);

/// Writes CAA RDATA: flags, tag length, tag, value.
QByteArray encodeCaaRdata(const CaaRecord &record);

/// A sentence saying what is wrong with a malformed RDATA.
QString describeCaaRdataError(CaaRdataError error);

/// The value in zone-file presentation form without surrounding quotes:
/// RFC 1035 §5.1 escapes — `"` → `\"`, `\` → `\\`, octets < 0x20, 0x7F and
/// ≥ 0x80 → `\DDD`. Safe to show in a terminal or a plain-text widget.
QByteArray escapeCharacterString(const QByteArray &bytes);

/// escapeCharacterString() as text, for messages that quote a value or an identifier.
QString displayText(const QByteArray &bytes);

/// `flags tag "value"` as in a zone file (RFC 8659 §4.1.1).
QByteArray caaPresentation(const CaaRecord &record);

} // namespace Caa
