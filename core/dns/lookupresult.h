#pragma once

#include <optional>

#include "caa/caarecord.h"
#include "dns/dnsmessage.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Caa::Dns {

/// How a lookup ended. Only `Answered` carries an RCODE; every other status is
/// a lookup failure in the sense of RFC 8659 §3 and must never be read as
/// "no records".
enum class LookupStatus {
    Answered,          ///< a well-formed reply to our question arrived (any RCODE)
    Timeout,           ///< no reply within the configured time, retries included
    ConnectionRefused, ///< the server refused UDP/TCP (nothing listening there)
    Truncated,         ///< the final reply still had TC=1 (no complete TCP answer)
    Malformed,         ///< the reply could not be read, or a CAA RDATA is malformed
    Mismatch,          ///< the reply does not answer our question (ID, QR or question)
    NoServers,         ///< no resolver is configured
    BadQuery,          ///< the name could not be put into a query
    Cancelled,         ///< stopped by the user
    NetworkError,      ///< any other transport failure
};

/// Stable lower-case name of a status ("timeout", "malformed", …) for JSON and tests.
QString lookupStatusName(LookupStatus status);

/// One hop of an alias chain in the answer section.
struct AliasHop
{
    QByteArray owner;
    QByteArray target;
    quint16 type = Type::CNAME; ///< Type::CNAME or Type::DNAME
    quint32 ttl = 0;

    friend bool operator==(const AliasHop &, const AliasHop &) = default;
};

/// A CAA record as found in an answer: where it was, its TTL, its RDATA.
struct CaaAnswer
{
    QByteArray owner;
    quint32 ttl = 0;
    CaaRecord record;

    friend bool operator==(const CaaAnswer &, const CaaAnswer &) = default;
};

enum class WithTtl { No, Yes };
/// Appends `records` to `key` so that two lists append the same bytes exactly when they
/// are equal (owners, flags, tags, values, and TTLs when asked): a hash key for what is
/// worked out once per record set (issue #18).
void appendRecordSetKey(QByteArray &key, const QList<CaaAnswer> &records, WithTtl ttl);
/// The key of the record set `records` found at `level` (the name asked, which differs
/// from the records' owner behind an alias): the level's name, length first, then
/// appendRecordSetKey().
QByteArray levelRecordSetKey(const QByteArray &level, const QList<CaaAnswer> &records, WithTtl ttl);

/// The outcome of one DNS query, as a plain value.
struct LookupResult
{
    QByteArray name; ///< the query name, absolute form without trailing dot
    quint16 type = Type::CAA;
    LookupStatus status = LookupStatus::NetworkError;
    QString errorMessage; ///< a sentence for people; empty when Answered without problems
    int rcode = -1;       ///< valid when status == Answered
    bool authenticated = false; ///< AD bit in the reply (meaningful from a validating resolver)
    bool authoritative = false; ///< AA bit
    /// Extended DNS Errors (RFC 8914) the server attached to its reply, e.g. "DNSSEC Bogus"
    /// with a SERVFAIL. Advisory: they explain an outcome, never change it.
    QList<ExtendedDnsError> extendedErrors;
    /// CNAME hops from the query name onward, plus DNAMEs that produced them.
    QList<AliasHop> aliases;
    /// CAA records owned by the query name or a name on its alias chain.
    QList<CaaAnswer> caa;
    /// Every answer-section record of the queried type at the query name or on its chain
    /// (for non-CAA queries such as NS or SOA).
    QList<ResourceRecord> records;
    qint64 elapsedMs = 0;
    /// The query ID that went on the wire, as c-ares reports it (it picks the ID itself
    /// from c-ares 1.22 on); 0 when no query was sent.
    quint16 queryId = 0;
    QString server; ///< "address:port" that answered, when known ("zone file" offline)
    /// Offline only: the name lies outside the loaded zone file, so it was taken to have
    /// no CAA records (nothing is known about it).
    bool outsideSource = false;
    /// Bulk runs: the answer came from the run's own cache (QueryScheduler), not from a
    /// new query; the TTLs above are then what remained of them at that moment.
    bool fromRunCache = false;
    /// From the reply's authority SOA, when it had one: min(TTL, MINIMUM), how long a
    /// negative answer may be kept (RFC 2308 §5). Read with the rest of the reply, so a
    /// bulk run's cache need not parse it again.
    std::optional<quint32> negativeTtl;
    QByteArray rawReply;

    bool isAnswered() const { return status == LookupStatus::Answered; }
    /// The end of the alias chain (the query name when there is no alias).
    QByteArray canonicalName() const;
    /// "NOERROR", "NXDOMAIN", … or the status name when there is no reply.
    QString outcomeName() const;
};

/// Turns a raw reply into a LookupResult for a question we asked: checks the ID,
/// QR, opcode and question (RFC 5452 §4.3 matching), reads RCODE, AD and TC, follows
/// CNAME/DNAME hops from `name`, keeps only records whose owner is on that chain, and
/// rejects malformed CAA RDATA, a CNAME loop and a chain of more than 32 hops (Malformed).
LookupResult interpretReply(const QByteArray &name, quint16 type, quint16 expectedId,
                            const QByteArray &reply);

} // namespace Caa::Dns

Q_DECLARE_METATYPE(Caa::Dns::LookupResult)
