#include "caa/caarecord.h"

#include <QCoreApplication>

#include <charconv>

namespace Caa {

bool CaaRecord::hasValidTagCharacters() const
{
    if (tag.isEmpty())
        return false;
    for (const char c : tag) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum)
            return false;
    }
    return true;
}

CaaRdataParse parseCaaRdata(const QByteArray &rdata)
{
    CaaRdataParse result;
    if (rdata.size() < 2) {
        result.error = CaaRdataError::TooShort;
        return result;
    }
    const int tagLength = quint8(rdata[1]);
    if (tagLength == 0) {
        result.error = CaaRdataError::ZeroTagLength;
        return result;
    }
    if (tagLength > rdata.size() - 2) {
        result.error = CaaRdataError::TagPastEnd;
        return result;
    }
    result.record.flags = quint8(rdata[0]);
    result.record.tag = rdata.mid(2, tagLength);
    result.record.value = rdata.mid(2 + tagLength);
    return result;
}

QByteArray encodeCaaRdata(const CaaRecord &record)
{
    QByteArray out;
    out.reserve(2 + record.tag.size() + record.value.size());
    out += char(record.flags);
    out += char(quint8(record.tag.size()));
    out += record.tag;
    out += record.value;
    return out;
}

QString describeCaaRdataError(CaaRdataError error)
{
    switch (error) {
    case CaaRdataError::None: return QString();
    case CaaRdataError::TooShort: return QCoreApplication::translate("CaaRecord", "CAA record data is shorter than 2 octets");
    case CaaRdataError::ZeroTagLength: return QCoreApplication::translate("CaaRecord", "CAA record has a tag of length 0 (RFC 8659 §4.1)");
    case CaaRdataError::TagPastEnd: return QCoreApplication::translate("CaaRecord", "CAA record's tag length runs past the end of its data");
    }
    return QString();
}

QByteArray escapeCharacterString(const QByteArray &bytes)
{
    // Most values need no escape: hand back the (implicitly shared) input.
    bool clean = true;
    for (const char ch : bytes) {
        const uchar c = uchar(ch);
        if (c == '"' || c == '\\' || c < 0x20 || c >= 0x7F) {
            clean = false;
            break;
        }
    }
    if (clean)
        return bytes;
    QByteArray out;
    out.reserve(bytes.size());
    for (const char ch : bytes) {
        const uchar c = uchar(ch);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += ch;
        } else if (c < 0x20 || c >= 0x7F) {
            out += '\\';
            out += QByteArray::number(c).rightJustified(3, '0');
        } else {
            out += ch;
        }
    }
    return out;
}

QString displayText(const QByteArray &bytes)
{
    return QString::fromLatin1(escapeCharacterString(bytes));
}

QByteArray caaPresentation(const CaaRecord &record)
{
    // One allocation: a chain of + made a temporary for every part, and findings with a
    // record print this for every name of a bulk run (issue #18).
    char flags[4];
    const auto [end, ec] = std::to_chars(flags, flags + sizeof flags, unsigned(record.flags));
    Q_ASSERT(ec == std::errc());
    const QByteArray tag = escapeCharacterString(record.tag);
    const QByteArray value = escapeCharacterString(record.value);
    QByteArray out;
    out.reserve(qsizetype(end - flags) + tag.size() + value.size() + 4);
    out.append(flags, qsizetype(end - flags));
    out.append(' ');
    out.append(tag);
    out.append(" \"", 2);
    out.append(value);
    out.append('"');
    return out;
}

} // namespace Caa
