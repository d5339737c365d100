#include "dns/caresparsecheck.h"

#include "dns/dnsmessage.h"

namespace Caa::Dns {

namespace {

// Record types c-ares 1.34 parses into fields (ares_dns_rec_type_isvalid(), not a
// query): every other type is kept as raw bytes and always reads.
bool caresHasFieldsFor(quint16 type)
{
    switch (type) {
    case 1: case 2: case 5: case 6: case 12: case 13: case 15: case 16: case 24: case 28:
    case 33: case 35: case 41: case 52: case 64: case 65: case 255: case 256: case 257:
        return true;
    default:
        return false;
    }
}

struct Walk
{
    const uchar *p;
    qsizetype size;
    qsizetype pos = 0;

    bool has(qsizetype n) const { return n <= size - pos; }
    quint16 u16()
    {
        const quint16 v = quint16(p[pos] << 8 | p[pos + 1]);
        pos += 2;
        return v;
    }

    // ares_dns_name_parse() without the host-name check: a pointer must point before
    // the lowest place this name has been read from, so no loop is possible. Since
    // c-ares 1.34.7 also: at most 128 pointers, and at most 255 octets of labels and the
    // dots between them (MAX_INDIRS, MAX_NAME_PRESENTATION_LEN; up to 1.34.6 there was no limit).
    bool name()
    {
        qsizetype at = pos;
        qsizetype lowest = pos;
        qsizetype resume = -1;
        int pointers = 0;
        qsizetype presentationLength = 0;
        for (;;) {
            lowest = qMin(lowest, at);
            if (at >= size)
                return false;
            const uchar c = p[at++];
            if ((c & 0xC0) == 0xC0) {
                if (at >= size)
                    return false;
                const qsizetype offset = qsizetype(c & 0x3F) << 8 | p[at++];
                if (offset >= lowest || ++pointers > 128)
                    return false;
                if (resume < 0)
                    resume = at;
                at = offset;
                continue;
            }
            if (c & 0xC0)
                return false; // label types 01 and 10 are reserved
            if (c == 0)
                break;
            presentationLength += (presentationLength ? 1 : 0) + c;
            if (presentationLength > 255 || c > size - at)
                return false;
            at += c;
        }
        pos = resume < 0 ? at : resume;
        return true;
    }

    // ares_dns_parse_rr(): the type's own parser reads from the message, not from the
    // RDATA alone, and c-ares refuses the record if it read past RDLENGTH.
    bool record()
    {
        if (!name() || !has(10))
            return false;
        const quint16 type = u16();
        const quint16 rrClass = u16();
        pos += 4; // TTL
        const qsizetype rdlength = u16();
        if (!has(rdlength))
            return false;
        const qsizetype start = pos;
        const qsizetype end = start + rdlength;
        switch (type) {
        case Type::CAA: {
            // ares_dns_parse_rr_caa(): flags; the tag as a printable, non-empty string
            // within the RDATA (ares_buf_parse_dns_str()); a value of at least one octet.
            if (rrClass != ClassIN || rdlength < 3)
                return false;
            const qsizetype tagLength = p[start + 1];
            if (tagLength == 0 || tagLength > rdlength - 2 || rdlength - 2 - tagLength == 0)
                return false;
            for (qsizetype i = start + 2; i < start + 2 + tagLength; ++i)
                if (p[i] < 0x20 || p[i] > 0x7E)
                    return false;
            break;
        }
        case Type::CNAME:
            if (rrClass != ClassIN || !name() || pos > end)
                return false;
            break;
        case Type::SOA:
            if (rrClass != ClassIN || !name() || !name() || !has(20))
                return false;
            pos += 20;
            if (pos > end)
                return false;
            break;
        case Type::OPT: {
            // ares_dns_parse_rr_opt() reads option after option while any RDATA is left.
            qsizetype at = start;
            while (at < end) {
                if (end - at < 4)
                    return false;
                const qsizetype length = qsizetype(p[at + 2] << 8 | p[at + 3]);
                at += 4;
                if (length > end - at)
                    return false;
                at += length;
            }
            break;
        }
        default:
            if (caresHasFieldsFor(type))
                return false; // parsed by rules not followed here: let c-ares say
            break;
        }
        pos = end;
        return true;
    }
};

} // namespace

bool caresCertainlyParses(const uchar *data, qsizetype size)
{
    // ares_dns_parse_buf() and ares_dns_parse_header().
    if (!data || size < 12 || size > 0xFFFF)
        return false;
    Walk w{data, size};
    w.pos = 2;
    const int opcode = (w.u16() >> 11) & 0x0F;
    if (opcode == 3 || opcode > 5)
        return false; // ares_dns_opcode_isvalid()
    const quint16 qdcount = w.u16();
    const int records = w.u16() + w.u16() + w.u16();
    if (qdcount != 1 || !w.name() || !w.has(4))
        return false;
    w.pos += 2; // any QTYPE is a valid question for c-ares
    if (w.u16() != ClassIN)
        return false;
    for (int i = 0; i < records; ++i)
        if (!w.record())
            return false;
    return w.pos == size;
}

} // namespace Caa::Dns
