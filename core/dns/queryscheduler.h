#pragma once

#include "dns/bytekey.h"
#include "dns/lookupservice.h"
#include "util/postedcall.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>

#include <deque>
#include <memory>
#include <vector>

namespace Caa::Dns {

/// Settings of a QueryScheduler.
struct SchedulerOptions
{
    /// At most this many queries are outstanding at the upstream service at once; more
    /// lookups wait in a queue, in the order they were asked for. At least 1.
    int maxInFlight = 64;
    /// Keep answers for the rest of the run (for as long as their TTL allows), so the
    /// ancestors shared by many names are asked once.
    bool cache = true;
    /// At most this many answers are kept. When full, the oldest answer goes, unless it
    /// was used since it came (then it gets another round): ancestors shared by many
    /// names stay, each name's own answer goes. Bounds a run's memory however many names.
    /// A few thousand hold the parents that matter (an ancestor used less often than once
    /// in that many names is merely asked again); 50,000 made a run of distinct names
    /// keep 40 MB of answers never asked for again, and cost it a sixth of its CPU in
    /// cache misses (issue #18).
    int maxCacheEntries = 4096;
    /// Count the queries sent per question (queriesSent()); a run over millions of
    /// distinct names leaves it off, as the count grows with every name.
    bool countPerQuestion = true;
    /// Keep an answer only when its question was asked more than once: by a second lookup
    /// while it was queued or in flight, or again after an answer to it had been given
    /// (remembered by hash in a table of 2 × maxCacheEntries slots, so a question asked
    /// long ago may count as new). A run of distinct names then keeps the ancestors they
    /// share and not each name's own answer, which is never asked for again: storing and
    /// later evicting those took a tenth of a bulk run's time (issue #18). The price: a
    /// question asked a second time after its first answer is sent a second time.
    bool keepOnlyRepeated = false;
};

/// Sits between check jobs and a resolver for bulk runs (many names in one run).
///
/// - Bounds the queries in flight (SchedulerOptions::maxInFlight).
/// - Coalesces: a question already queued or in flight is not sent again; every ticket
///   asking it gets the same answer.
/// - Caches answers for the run, keyed by (lower-cased name, type), for as long as their
///   TTL allows: positive answers for the smallest TTL in the answer, NODATA and
///   NXDOMAIN for the SOA's negative TTL, min(SOA TTL, SOA MINIMUM) (RFC 2308 §5); a
///   negative answer without SOA is not cached (RFC 2308 §5), nor is a TTL of 0.
///   Answers served from the cache carry the TTL that remains and fromRunCache = true.
///   Failures (SERVFAIL, REFUSED, timeouts, malformed replies) are shared by the lookups
///   waiting for them but never cached: a later lookup asks again.
/// The cache lives as long as the scheduler: one run, nothing is kept across runs.
class QueryScheduler final : public LookupService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryScheduler)

public:
    /// `upstream` does the sending and must outlive the scheduler; it may be shared,
    /// results for tickets the scheduler did not ask for are ignored.
    explicit QueryScheduler(LookupService *upstream, const SchedulerOptions &options = {}, QObject *parent = nullptr);
    ~QueryScheduler() override;

    quint64 lookup(const QByteArray &name, quint16 type = Type::CAA) override;
    /// Every lookup not answered yet ends as Cancelled; queued questions are never sent.
    /// Queries already sent are left to finish at the upstream and their answers dropped.
    void cancelAll() override;

    const SchedulerOptions &options() const;

    /// Questions sent to the upstream service so far for `name` and `type` (0 when
    /// SchedulerOptions::countPerQuestion is off).
    int queriesSent(const QByteArray &name, quint16 type = Type::CAA) const;
    /// Questions sent to the upstream service so far, in all.
    int totalQueriesSent() const;
    /// Lookups answered from the cache, and lookups that joined a question already queued
    /// or in flight.
    int cacheHits() const;
    int coalesced() const;
    /// The most questions that were outstanding at the upstream at one time.
    int peakInFlight() const;
    int inFlight() const;
    int queued() const;
    /// Answers kept now (at most SchedulerOptions::maxCacheEntries).
    int cacheSize() const;

private:
    /// A question: the name (lower case) and the type.
    struct Key
    {
        Key() = default;
        Key(const QByteArray &n, quint16 t) : name(n), type(t) {}
        QByteArray name;
        quint16 type = 0;
        friend bool operator==(const Key &a, const Key &b) noexcept { return a.type == b.type && a.name == b.name; }
        friend size_t qHash(const Key &key, size_t seed = 0) noexcept { return murmurHash64(key.name.constData(), key.name.size(), seed ^ key.type); }
    };
    struct Cached
    {
        LookupResult result;
        // `result` as the hits get it (its TTLs less `agedBy` seconds, fromRunCache set),
        // made on the first hit of each second of age. Held apart: most answers (a run's
        // names) are never hit, and a second LookupResult in every entry was 12 MB more
        // in a million-name run.
        std::shared_ptr<const LookupResult> aged;
        quint32 agedBy = 0;
        qint64 storedAtMs = 0; // on m_clock
        quint32 ttl = 0;
        bool usedSinceStored = false; // a second chance when the cache is full
    };
    void store(const Key &key, const LookupResult &result, quint32 ttl);
    /// Notes that `key` is being asked; true when it was asked before (keepOnlyRepeated).
    bool askedBefore(const Key &key);

    void pump();
    void onUpstreamFinished(quint64 upstreamTicket, const LookupResult &result);

    LookupService *m_upstream;
    SchedulerOptions m_options;
    quint64 m_nextTicket = 1;
    std::deque<Key> m_queue;
    struct Waiting
    {
        QList<quint64> tickets;
        bool keep = true; // the answer may be kept (see SchedulerOptions::keepOnlyRepeated)
    };
    QHash<Key, Waiting> m_waiters;          // questions queued or in flight → our tickets
    std::vector<size_t> m_asked;            // keepOnlyRepeated: hashes of questions asked, by hash
    QHash<quint64, Key> m_sent;             // upstream ticket → question
    QHash<Key, Cached> m_cache;
    std::deque<Key> m_cacheOrder; // oldest first; may name keys already gone
    QElapsedTimer m_clock;
    QHash<Key, int> m_sentCount;
    int m_totalSent = 0;
    int m_cacheHits = 0;
    int m_coalesced = 0;
    int m_peakInFlight = 0;
    PostedCall m_pumpLater{this, [this] { pump(); }}; // one pump serves every lookup() and answer until it runs
};

/// How long a reply may be kept (seconds), by the rules described at QueryScheduler;
/// 0 when it must not be kept.
quint32 cacheableSeconds(const LookupResult &result);

} // namespace Caa::Dns
