#include "dns/lookupresult.h"

#include <QCoreApplication>
#include <QSet>

#include <cstring>

namespace Caa::Dns {

QString lookupStatusName(LookupStatus status)
{
    switch (status) {
    case LookupStatus::Answered: return QStringLiteral("answered");
    case LookupStatus::Timeout: return QStringLiteral("timeout");
    case LookupStatus::ConnectionRefused: return QStringLiteral("connection-refused");
    case LookupStatus::Truncated: return QStringLiteral("truncated");
    case LookupStatus::Malformed: return QStringLiteral("malformed");
    case LookupStatus::Mismatch: return QStringLiteral("mismatch");
    case LookupStatus::NoServers: return QStringLiteral("no-servers");
    case LookupStatus::BadQuery: return QStringLiteral("bad-query");
    case LookupStatus::Cancelled: return QStringLiteral("cancelled");
    case LookupStatus::NetworkError: return QStringLiteral("network-error");
    }
    return QString();
}

void appendRecordSetKey(QByteArray &key, const QList<CaaAnswer> &records, WithTtl ttl)
{
    // Lengths go before the bytes, so no two lists give the same key. Written straight
    // into the key, sized once: an append per field cost more than the rest of a name's
    // memo lookups (issue #18).
    const qsizetype numberSize = qsizetype(sizeof(quint32));
    qsizetype size = numberSize;
    for (const CaaAnswer &a : records)
        size += 3 * numberSize + (ttl == WithTtl::Yes ? numberSize : 0) + 1 + a.owner.size() + a.record.tag.size() + a.record.value.size();
    const qsizetype start = key.size();
    key.resize(start + size);
    char *p = key.data() + start;
    const auto appendNumber = [&p](quint32 n) {
        std::memcpy(p, &n, sizeof n);
        p += sizeof n;
    };
    const auto append = [&p, &appendNumber](const QByteArray &bytes) {
        appendNumber(quint32(bytes.size()));
        if (!bytes.isEmpty())
            std::memcpy(p, bytes.constData(), size_t(bytes.size()));
        p += bytes.size();
    };
    appendNumber(quint32(records.size()));
    for (const CaaAnswer &a : records) {
        append(a.owner);
        if (ttl == WithTtl::Yes)
            appendNumber(a.ttl);
        *p++ = char(a.record.flags);
        append(a.record.tag);
        append(a.record.value);
    }
    Q_ASSERT(p == key.constData() + key.size());
}

QByteArray levelRecordSetKey(const QByteArray &level, const QList<CaaAnswer> &records, WithTtl ttl)
{
    const quint32 length = quint32(level.size());
    QByteArray key(reinterpret_cast<const char *>(&length), sizeof length);
    key += level;
    appendRecordSetKey(key, records, ttl);
    return key;
}

QByteArray LookupResult::canonicalName() const
{
    for (auto it = aliases.crbegin(); it != aliases.crend(); ++it) {
        if (it->type == Type::CNAME)
            return it->target;
    }
    return name;
}

QString LookupResult::outcomeName() const
{
    return status == LookupStatus::Answered ? rcodeName(rcode) : lookupStatusName(status);
}

namespace {

// Resolvers stop far earlier (BIND: 16); this only bounds what one reply may ask us to follow.
constexpr int MaxAliasHops = 32;

LookupResult failed(LookupResult r, LookupStatus status, const QString &message)
{
    r.status = status;
    r.errorMessage = message;
    return r;
}

} // namespace

LookupResult interpretReply(const QByteArray &name, quint16 type, quint16 expectedId,
                            const QByteArray &reply)
{
    LookupResult r;
    r.name = name;
    r.type = type;
    r.rawReply = reply;

    const ParseResult parsed = parseMessage(reply);
    if (!parsed.ok())
        return failed(r, LookupStatus::Malformed,
                      QCoreApplication::translate("LookupResult", "Unreadable reply: ") + describeParseError(parsed.error, parsed.errorOffset));
    const Message &m = parsed.message;
    if (m.header.id != expectedId)
        return failed(r, LookupStatus::Mismatch,
                      QCoreApplication::translate("LookupResult", "The reply carries query ID %1, but we asked with ID %2.").arg(m.header.id).arg(expectedId));
    if (!m.header.qr || m.header.opcode != 0)
        return failed(r, LookupStatus::Mismatch, QCoreApplication::translate("LookupResult", "The packet is not a reply to a standard query."));
    // RFC 1035 §4.1.1/§7.3: a reply repeats the question, and that is how we know what it
    // answers. RFC 9619 (QDCOUNT is usually one) leaves room for a reply without it when
    // the server could not take the question in (FORMERR, RFC 6891 §7), and servers also
    // send SERVFAIL, NOTIMP and REFUSED that way. Those four say nothing about the name and
    // end as a lookup failure whatever the question, so they are accepted. NOERROR and
    // NXDOMAIN are statements about the question's name ("no records", "no such name")
    // that would let the climb go on and, in the end, permit: without the question there is
    // nothing to say which name they are about.
    const bool failureRcode = m.rcode == Rcode::FormErr || m.rcode == Rcode::ServFail || m.rcode == Rcode::NotImp
                              || m.rcode == Rcode::Refused;
    if (m.questions.isEmpty() && !failureRcode)
        return failed(r, LookupStatus::Mismatch,
                      QCoreApplication::translate("LookupResult", "The reply (RCODE %1) does not repeat the question, so it cannot say which name it is about.")
                          .arg(rcodeName(m.rcode)));
    if (m.questions.size() > 1)
        return failed(r, LookupStatus::Mismatch, QCoreApplication::translate("LookupResult", "The reply holds %1 questions; we asked one.").arg(m.questions.size()));
    if (!m.questions.isEmpty()) {
        const Question &q = m.questions.first();
        if (!namesEqual(q.name, name) || q.type != type || q.rrClass != ClassIN)
            return failed(r, LookupStatus::Mismatch,
                          QCoreApplication::translate("LookupResult", "The reply answers a different question (%1 %2) than we asked (%3 %4).")
                              .arg(QString::fromLatin1(q.name), typeName(q.type), QString::fromLatin1(name), typeName(type)));
    }

    r.authenticated = m.header.ad;
    r.authoritative = m.header.aa;
    r.rcode = m.rcode;
    r.negativeTtl = negativeAnswerTtl(m);
    r.extendedErrors = m.extendedErrors;
    if (m.header.tc)
        return failed(r, LookupStatus::Truncated,
                      QCoreApplication::translate("LookupResult", "The reply was truncated (TC=1) and no complete answer arrived over TCP; "
                                     "the missing records could include a critical one."));

    // Follow the alias chain from the query name. A DNAME never applies to its own owner
    // (RFC 6672 §2.3), only to names below it; the resolver also sends the synthesised CNAME.
    QList<QByteArray> chain{name};
    auto onChain = [&](const QByteArray &owner) {
        for (const QByteArray &n : std::as_const(chain))
            if (namesEqual(n, owner))
                return true;
        return false;
    };
    QByteArray current = name;
    for (int hop = 0; hop < m.answers.size(); ++hop) {
        bool advanced = false;
        for (const ResourceRecord &rr : m.answers) {
            if (rr.rrClass != ClassIN)
                continue;
            if (rr.type == Type::DNAME && !namesEqual(rr.owner, current) && isSubdomainOf(current, rr.owner)) {
                const AliasHop dname{rr.owner, rr.target, Type::DNAME, rr.ttl};
                if (!r.aliases.contains(dname))
                    r.aliases.append(dname);
            }
        }
        for (const ResourceRecord &rr : m.answers) {
            if (rr.rrClass == ClassIN && rr.type == Type::CNAME && type != Type::CNAME && namesEqual(rr.owner, current)) {
                r.aliases.append({rr.owner, rr.target, Type::CNAME, rr.ttl});
                current = rr.target;
                advanced = true;
                break;
            }
        }
        if (!advanced)
            break;
        if (onChain(current))
            return failed(r, LookupStatus::Malformed,
                          QCoreApplication::translate("LookupResult", "The answer's CNAME chain loops back to %1; a looping alias cannot be resolved.")
                              .arg(QString::fromLatin1(current)));
        if (chain.size() > MaxAliasHops)
            return failed(r, LookupStatus::Malformed,
                          QCoreApplication::translate("LookupResult", "The answer's alias chain is longer than %1 hops.").arg(MaxAliasHops));
        chain.append(current);
    }

    QSet<QByteArray> seen;
    r.records.reserve(m.answers.size());
    if (type == Type::CAA)
        r.caa.reserve(m.answers.size());
    for (const ResourceRecord &rr : m.answers) {
        if (rr.rrClass != ClassIN || rr.type != type || !onChain(rr.owner))
            continue;
        r.records.append(rr);
        if (type == Type::CAA) {
            const CaaRdataParse caa = parseCaaRdata(rr.rdata);
            if (!caa.ok())
                return failed(r, LookupStatus::Malformed,
                              QCoreApplication::translate("LookupResult", "%1 at %2. A record that cannot be read might be critical, so this counts as a lookup failure.")
                                  .arg(describeCaaRdataError(caa.error), QString::fromLatin1(rr.owner)));
            // Identical RRs are one record (RFC 2181 §5); a set keeps this linear for big RRsets.
            const QByteArray key = rr.owner.toLower() + '\0' + rr.rdata;
            if (!seen.contains(key)) {
                seen.insert(key);
                r.caa.append(CaaAnswer{rr.owner, rr.ttl, caa.record});
            }
        }
    }
    r.status = LookupStatus::Answered;
    return r;
}

} // namespace Caa::Dns
