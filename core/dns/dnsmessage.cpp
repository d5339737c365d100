#include "dns/dnsmessage.h"

#include <QCoreApplication>
#include <QStringList>

#include <iterator>

namespace Caa::Dns {

namespace {

constexpr int HeaderSize = 12;
constexpr int MaxWireNameLength = 255;

struct Reader
{
    const QByteArray &packet;
    int pos = 0;
    ParseError error = ParseError::None;
    int errorOffset = -1;

    const uchar *data() const { return reinterpret_cast<const uchar *>(packet.constData()); }
    int size() const { return int(packet.size()); }

    bool fail(ParseError e, int offset)
    {
        if (error == ParseError::None) {
            error = e;
            errorOffset = offset;
        }
        return false;
    }

    bool need(int n) { return pos + n <= size() ? true : fail(ParseError::Truncated, pos); }

    // GCC 12 with -fsanitize (the ASan build) follows constData()'s fallback for a null
    // QByteArray, a one-byte static, into these reads and warns of reading past it. It
    // cannot happen: every read is behind need() or parseMessage()'s header-size check.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Warray-bounds"
#endif
    quint8 u8() { return data()[pos++]; }
    quint16 u16()
    {
        const quint16 v = quint16(data()[pos] << 8 | data()[pos + 1]);
        pos += 2;
        return v;
    }
    quint32 u32()
    {
        const quint32 v = quint32(data()[pos]) << 24 | quint32(data()[pos + 1]) << 16
                          | quint32(data()[pos + 2]) << 8 | quint32(data()[pos + 3]);
        pos += 4;
        return v;
    }
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

    // Reads a possibly compressed name starting at `at`. Returns the offset just past the
    // name as it appears at `at` (i.e. after the first pointer, if any).
    bool readName(int at, QByteArray &out, int &next)
    {
        out.clear();
        int cursor = at;
        int wireLength = 0;
        int jumps = 0;
        bool jumped = false;
        // Every pointer must point strictly backwards, which alone rules out loops; the
        // jump cap is a second guard against pathological chains.
        int lowestPointerTarget = at;
        while (true) {
            if (cursor >= size())
                return fail(ParseError::Truncated, cursor);
            const quint8 len = data()[cursor];
            if ((len & 0xC0) == 0xC0) {
                if (cursor + 1 >= size())
                    return fail(ParseError::Truncated, cursor);
                const int target = ((len & 0x3F) << 8) | data()[cursor + 1];
                if (target >= size())
                    return fail(ParseError::PointerOutOfRange, cursor);
                if (target >= lowestPointerTarget || ++jumps > 127)
                    return fail(ParseError::PointerLoop, cursor);
                lowestPointerTarget = target;
                if (!jumped) {
                    next = cursor + 2;
                    jumped = true;
                }
                cursor = target;
                continue;
            }
            if (len & 0xC0)
                return fail(ParseError::BadLabel, cursor);
            wireLength += len + 1;
            if (wireLength > MaxWireNameLength)
                return fail(ParseError::NameTooLong, cursor);
            if (len == 0) {
                if (!jumped)
                    next = cursor + 1;
                if (out.isEmpty())
                    out = ".";
                return true;
            }
            if (cursor + 1 + len > size())
                return fail(ParseError::Truncated, cursor);
            if (!out.isEmpty())
                out += '.';
            appendLabelPresentation(out, data() + cursor + 1, len);
            cursor += 1 + len;
        }
    }

    bool readName(QByteArray &out)
    {
        int next = pos;
        if (!readName(pos, out, next))
            return false;
        pos = next;
        return true;
    }

    bool readRecord(ResourceRecord &rr)
    {
        if (!readName(rr.owner))
            return false;
        if (!need(10))
            return false;
        rr.type = u16();
        rr.rrClass = u16();
        rr.ttl = u32();
        const int rdlength = u16();
        const int rdataStart = pos;
        if (!need(rdlength))
            return false;
        rr.rdata = packet.mid(rdataStart, rdlength);
        if (rr.type == Type::CNAME || rr.type == Type::DNAME || rr.type == Type::NS) {
            int next = rdataStart;
            if (!readName(rdataStart, rr.target, next))
                return false;
            if (next != rdataStart + rdlength)
                return fail(ParseError::BadRdata, rdataStart);
        }
        pos = rdataStart + rdlength;
        return true;
    }
};

int labelCount(const QByteArray &name)
{
    if (name.isEmpty() || name == ".")
        return 0;
    int count = 1;
    for (int i = 0; i < name.size(); ++i) {
        if (name[i] == '\\') {
            ++i;
            continue;
        }
        if (name[i] == '.')
            ++count;
    }
    return count;
}

} // namespace

QString rcodeName(int rcode)
{
    switch (rcode) {
    case 0: return QStringLiteral("NOERROR");
    case 1: return QStringLiteral("FORMERR");
    case 2: return QStringLiteral("SERVFAIL");
    case 3: return QStringLiteral("NXDOMAIN");
    case 4: return QStringLiteral("NOTIMP");
    case 5: return QStringLiteral("REFUSED");
    case 6: return QStringLiteral("YXDOMAIN");
    case 7: return QStringLiteral("YXRRSET");
    case 8: return QStringLiteral("NXRRSET");
    case 9: return QStringLiteral("NOTAUTH");
    case 10: return QStringLiteral("NOTZONE");
    case 16: return QStringLiteral("BADVERS");
    default: return QStringLiteral("RCODE%1").arg(rcode);
    }
}

std::optional<SoaCounters> soaCounters(const ResourceRecord &record)
{
    // Two names of at least one octet each, then 20 octets of counters.
    if (record.type != Type::SOA || record.rdata.size() < 22)
        return std::nullopt;
    auto u32 = [&](qsizetype at) {
        return (quint32(quint8(record.rdata[at])) << 24) | (quint32(quint8(record.rdata[at + 1])) << 16)
               | (quint32(quint8(record.rdata[at + 2])) << 8) | quint32(quint8(record.rdata[at + 3]));
    };
    const qsizetype at = record.rdata.size() - 20;
    return SoaCounters{u32(at), u32(at + 4), u32(at + 8), u32(at + 12), u32(at + 16)};
}

std::optional<quint32> negativeAnswerTtl(const Message &message)
{
    for (const ResourceRecord &rr : message.authorities)
        if (const std::optional<SoaCounters> soa = soaCounters(rr))
            return qMin(rr.ttl, soa->minimum);
    return std::nullopt;
}

namespace {

constexpr quint16 OptionEde = 15; // RFC 8914 §2
constexpr int MaxEdeTextChars = 512;

// The OPT RDATA is a list of {OPTION-CODE, OPTION-LENGTH, data} (RFC 6891 §6.1.2).
// A bad option ends the reading of options only: the answer itself was read already.
void readEdnsOptions(const QByteArray &rdata, Message &message)
{
    const auto u16 = [&](qsizetype at) { return quint16((quint8(rdata[at]) << 8) | quint8(rdata[at + 1])); };
    qsizetype pos = 0;
    while (pos < rdata.size()) {
        if (rdata.size() - pos < 4) {
            message.ednsOptionsMalformed = true;
            return;
        }
        const quint16 code = u16(pos);
        const quint16 length = u16(pos + 2);
        pos += 4;
        if (length > rdata.size() - pos) {
            message.ednsOptionsMalformed = true;
            return;
        }
        if (code == OptionEde) {
            if (length < 2) {
                message.ednsOptionsMalformed = true;
            } else {
                ExtendedDnsError e;
                e.code = u16(pos);
                QByteArray text = rdata.mid(pos + 2, length - 2);
                // Some servers NUL-terminate EXTRA-TEXT although §2 says not to.
                while (text.endsWith('\0'))
                    text.chop(1);
                e.text = QString::fromUtf8(text).left(MaxEdeTextChars);
                for (QChar &c : e.text)
                    if (c.category() == QChar::Other_Control)
                        c = QChar::ReplacementCharacter;
                message.extendedErrors.append(e);
            }
        }
        pos += length;
    }
}

} // namespace

QString extendedErrorName(int code)
{
    // IANA "Extended DNS Error Codes" (RFC 8914 §5.2 and later registrations).
    static const char *const names[] = {
        "Other Error", "Unsupported DNSKEY Algorithm", "Unsupported DS Digest Type", "Stale Answer",
        "Forged Answer", "DNSSEC Indeterminate", "DNSSEC Bogus", "Signature Expired",
        "Signature Not Yet Valid", "DNSKEY Missing", "RRSIGs Missing", "No Zone Key Bit Set",
        "NSEC Missing", "Cached Error", "Not Ready", "Blocked", "Censored", "Filtered", "Prohibited",
        "Stale NXDomain Answer", "Not Authoritative", "Not Supported", "No Reachable Authority",
        "Network Error", "Invalid Data", "Signature Expired before Valid", "Too Early",
        "Unsupported NSEC3 Iterations Value", "Unable to conform to policy", "Synthesized",
        "Invalid Query Type",
    };
    if (code >= 0 && code < int(std::size(names)))
        return QString::fromLatin1(names[code]);
    if (code >= 49152 && code <= 65535)
        return QStringLiteral("Private Use"); // not translated: IANA registry wording
    return QStringLiteral("Unassigned");
}

int extendedErrorCode(const QString &name)
{
    for (int code = 0; code <= 30; ++code)
        if (extendedErrorName(code).compare(name, Qt::CaseInsensitive) == 0)
            return code;
    return -1;
}

QString extendedErrorText(const ExtendedDnsError &error)
{
    QString text = QStringLiteral("%1 (%2)").arg(extendedErrorName(error.code)).arg(error.code);
    if (!error.text.isEmpty())
        text += QStringLiteral(": ") + error.text;
    return text;
}

QString extendedErrorsText(const QList<ExtendedDnsError> &errors)
{
    QStringList parts;
    for (const ExtendedDnsError &e : errors)
        parts << extendedErrorText(e);
    return parts.join(QStringLiteral("; "));
}

QString typeName(quint16 type)
{
    switch (type) {
    case Type::A: return QStringLiteral("A");
    case Type::NS: return QStringLiteral("NS");
    case Type::CNAME: return QStringLiteral("CNAME");
    case Type::SOA: return QStringLiteral("SOA");
    case Type::AAAA: return QStringLiteral("AAAA");
    case Type::DNAME: return QStringLiteral("DNAME");
    case Type::OPT: return QStringLiteral("OPT");
    case Type::RRSIG: return QStringLiteral("RRSIG");
    case Type::CAA: return QStringLiteral("CAA");
    default: return QStringLiteral("TYPE%1").arg(type);
    }
}

void appendLabelPresentation(QByteArray &out, const uchar *label, int length)
{
    // Plain bytes are copied in runs: appending them one by one grew the name a dozen
    // times per reply (issue #18).
    const auto *text = reinterpret_cast<const char *>(label);
    int plainFrom = 0;
    for (int i = 0; i < length; ++i) {
        const uchar c = label[i];
        const bool special = c == '.' || c == '\\' || c == '"' || c == ';' || c == '(' || c == ')' || c == '@' || c == '$';
        if (!special && c > 0x20 && c < 0x7F)
            continue;
        out.append(text + plainFrom, i - plainFrom);
        plainFrom = i + 1;
        if (special) {
            const char escaped[2] = {'\\', char(c)};
            out.append(escaped, 2);
        } else {
            const char escaped[4] = {'\\', char('0' + c / 100), char('0' + c / 10 % 10), char('0' + c % 10)};
            out.append(escaped, 4);
        }
    }
    out.append(text + plainFrom, length - plainFrom);
}

bool namesEqual(const QByteArray &a, const QByteArray &b)
{
    auto strip = [](const QByteArray &n) {
        return (n.size() > 1 && n.endsWith('.') && !n.endsWith("\\.")) ? n.chopped(1) : n;
    };
    return strip(a).compare(strip(b), Qt::CaseInsensitive) == 0;
}

bool isSubdomainOf(const QByteArray &name, const QByteArray &ancestor)
{
    if (ancestor == ".")
        return true;
    if (namesEqual(name, ancestor))
        return true;
    const int nameLabels = labelCount(name);
    const int ancestorLabels = labelCount(ancestor);
    if (nameLabels <= ancestorLabels)
        return false;
    // Drop the leftmost (nameLabels - ancestorLabels) labels, honouring escapes.
    int dropped = 0;
    int i = 0;
    for (; i < name.size() && dropped < nameLabels - ancestorLabels; ++i) {
        if (name[i] == '\\') {
            ++i;
            continue;
        }
        if (name[i] == '.')
            ++dropped;
    }
    return namesEqual(name.mid(i), ancestor);
}

namespace {

// The caller has checked that the packet holds a header.
Header readHeader(Reader &r)
{
    Header h;
    h.id = r.u16();
    const quint16 flags = r.u16();
    h.qr = flags & 0x8000;
    h.opcode = (flags >> 11) & 0x0F;
    h.aa = flags & 0x0400;
    h.tc = flags & 0x0200;
    h.rd = flags & 0x0100;
    h.ra = flags & 0x0080;
    h.ad = flags & 0x0020;
    h.cd = flags & 0x0010;
    h.rcode = flags & 0x000F;
    h.qdcount = r.u16();
    h.ancount = r.u16();
    h.nscount = r.u16();
    h.arcount = r.u16();
    return h;
}

} // namespace

ParseResult parseMessage(const QByteArray &packet)
{
    ParseResult result;
    Reader r{packet};
    if (packet.size() < HeaderSize) {
        result.error = ParseError::TooShort;
        result.errorOffset = int(packet.size());
        return result;
    }
    Header &h = result.message.header;
    h = readHeader(r);

    auto finish = [&]() {
        result.error = r.error;
        result.errorOffset = r.errorOffset;
        return result;
    };

    for (int i = 0; i < h.qdcount; ++i) {
        Question q;
        if (!r.readName(q.name) || !r.need(4))
            return finish();
        q.type = r.u16();
        q.rrClass = r.u16();
        result.message.questions.append(q);
    }
    const struct {
        int count;
        QList<ResourceRecord> *into;
    } sections[] = {{h.ancount, &result.message.answers},
                    {h.nscount, &result.message.authorities},
                    {h.arcount, &result.message.additionals}};
    for (const auto &section : sections) {
        // A record takes at least 11 octets, so a forged count cannot reserve much.
        section.into->reserve(qMin(section.count, int(packet.size() - r.pos) / 11));
        for (int i = 0; i < section.count; ++i) {
            ResourceRecord rr;
            if (!r.readRecord(rr))
                return finish();
            section.into->append(rr);
        }
    }
    if (r.pos != packet.size()) {
        r.fail(ParseError::TrailingData, r.pos);
        return finish();
    }
    result.message.rcode = h.rcode;
    for (const ResourceRecord &rr : std::as_const(result.message.additionals)) {
        if (rr.type == Type::OPT) {
            result.message.hasEdns = true;
            result.message.ednsUdpSize = rr.rrClass;
            result.message.ednsDo = rr.ttl & 0x8000;
            result.message.rcode = int((rr.ttl >> 24) << 4) | h.rcode;
            readEdnsOptions(rr.rdata, result.message);
        }
    }
    return finish();
}

std::optional<QuestionPeek> peekQuestion(const QByteArray &packet)
{
    if (packet.size() < HeaderSize)
        return std::nullopt;
    Reader r{packet};
    QuestionPeek peek;
    peek.header = readHeader(r);
    if (peek.header.qdcount == 0 || !r.readName(peek.question.name) || !r.need(4))
        return std::nullopt;
    peek.question.type = r.u16();
    peek.question.rrClass = r.u16();
    return peek;
}

QString describeParseError(ParseError error, int offset)
{
    const QString at = QCoreApplication::translate("DnsMessage", " (at octet %1)").arg(offset);
    switch (error) {
    case ParseError::None: return QString();
    case ParseError::TooShort:
        return QCoreApplication::translate("DnsMessage", "The reply is shorter than a DNS header (%1 octets).").arg(offset);
    case ParseError::Truncated:
        return QCoreApplication::translate("DnsMessage", "The reply ends in the middle of a record") + at + u'.';
    case ParseError::BadLabel:
        return QCoreApplication::translate("DnsMessage", "The reply uses a reserved label type") + at + u'.';
    case ParseError::PointerLoop:
        return QCoreApplication::translate("DnsMessage", "The reply contains a name-compression loop") + at + u'.';
    case ParseError::PointerOutOfRange:
        return QCoreApplication::translate("DnsMessage", "A name-compression pointer points past the end of the reply") + at + u'.';
    case ParseError::NameTooLong:
        return QCoreApplication::translate("DnsMessage", "A name in the reply is longer than 255 octets") + at + u'.';
    case ParseError::BadRdata:
        return QCoreApplication::translate("DnsMessage", "A record's data does not match its length") + at + u'.';
    case ParseError::TrailingData:
        return QCoreApplication::translate("DnsMessage", "The reply has extra octets after its last record") + at + u'.';
    }
    return QString();
}

} // namespace Caa::Dns
