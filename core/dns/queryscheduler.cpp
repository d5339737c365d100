#include "dns/queryscheduler.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <bit>

namespace Caa::Dns {

namespace {

// RFC 2308 §5, for a result that was not read by interpretReply (it has the raw reply
// but no negativeTtl of its own).
std::optional<quint32> negativeTtl(const QByteArray &rawReply)
{
    const ParseResult parsed = parseMessage(rawReply);
    return parsed.ok() ? negativeAnswerTtl(parsed.message) : std::nullopt;
}

void age(LookupResult &r, quint32 seconds)
{
    auto less = [seconds](quint32 ttl) { return ttl > seconds ? ttl - seconds : 0u; };
    for (CaaAnswer &a : r.caa)
        a.ttl = less(a.ttl);
    for (AliasHop &h : r.aliases)
        h.ttl = less(h.ttl);
    for (ResourceRecord &rr : r.records)
        rr.ttl = less(rr.ttl);
}

} // namespace

quint32 cacheableSeconds(const LookupResult &result)
{
    if (!result.isAnswered() || (result.rcode != 0 && result.rcode != 3))
        return 0;
    std::optional<quint32> ttl;
    auto take = [&ttl](quint32 t) { ttl = ttl ? qMin(*ttl, t) : t; };
    for (const CaaAnswer &a : result.caa)
        take(a.ttl);
    for (const AliasHop &h : result.aliases)
        take(h.ttl);
    for (const ResourceRecord &rr : result.records)
        take(rr.ttl);
    // An alias chain that ends without records is a negative answer for its target;
    // the SOA bounds it as well.
    if (result.rcode == 3 || (result.caa.isEmpty() && result.records.isEmpty())) {
        const std::optional<quint32> negative = result.negativeTtl ? result.negativeTtl : negativeTtl(result.rawReply);
        if (!negative)
            return 0;
        take(*negative);
    }
    return ttl.value_or(0);
}

QueryScheduler::QueryScheduler(LookupService *upstream, const SchedulerOptions &options, QObject *parent)
    : LookupService(parent), m_upstream(upstream), m_options(options)
{
    m_options.maxInFlight = qMax(1, m_options.maxInFlight);
    if (m_options.keepOnlyRepeated)
        m_asked.assign(std::bit_ceil(size_t(qMax(1, 2 * m_options.maxCacheEntries))), 0);
    m_clock.start();
    connect(m_upstream, &LookupService::finished, this, &QueryScheduler::onUpstreamFinished);
}

QueryScheduler::~QueryScheduler() = default;

const SchedulerOptions &QueryScheduler::options() const { return m_options; }
int QueryScheduler::queriesSent(const QByteArray &name, quint16 type) const
{
    QByteArray key = name.toLower();
    if (key.endsWith('.') && key.size() > 1)
        key.chop(1);
    return m_sentCount.value(Key(key, type));
}
int QueryScheduler::totalQueriesSent() const { return m_totalSent; }
int QueryScheduler::cacheHits() const { return m_cacheHits; }
int QueryScheduler::coalesced() const { return m_coalesced; }
int QueryScheduler::peakInFlight() const { return m_peakInFlight; }
int QueryScheduler::inFlight() const { return int(m_sent.size()); }
int QueryScheduler::queued() const { return int(m_queue.size()); }

quint64 QueryScheduler::lookup(const QByteArray &name, quint16 type)
{
    const quint64 ticket = m_nextTicket++;
    QByteArray lower = name.toLower();
    if (lower.endsWith('.') && lower.size() > 1)
        lower.chop(1);
    const Key key(lower, type);

    if (m_options.cache) {
        const auto it = m_cache.find(key);
        if (it != m_cache.end()) {
            const qint64 ageMs = m_clock.elapsed() - it->storedAtMs;
            if (ageMs < qint64(it->ttl) * 1000) {
                it->usedSinceStored = true;
                // Aged once per second of age, and that one copy is what the hits in
                // that second get: ageing a copy for every hit copied its record lists
                // (issue #18).
                const quint32 seconds = quint32(ageMs / 1000);
                if (!it->aged || seconds != it->agedBy) {
                    auto aged = std::make_shared<LookupResult>(it->result);
                    if (seconds > 0)
                        age(*aged, seconds); // (ageing detaches the record lists)
                    aged->fromRunCache = true;
                    aged->elapsedMs = 0;
                    it->aged = std::move(aged);
                    it->agedBy = seconds;
                }
                ++m_cacheHits;
                finishLater(ticket, it->aged); // never inside lookup()
                return ticket;
            }
            m_cache.erase(it);
        }
    }
    auto waiting = m_waiters.find(key);
    if (waiting != m_waiters.end()) {
        waiting->tickets.append(ticket);
        waiting->keep = true; // asked twice: worth keeping whatever the first asker was
        ++m_coalesced;
        return ticket;
    }
    m_waiters.insert(key, {{ticket}, !m_options.keepOnlyRepeated || askedBefore(key)});
    m_queue.push_back(key);
    // Sending waits for the event loop so that a burst of lookup() calls is queued in
    // order before the first query leaves, and lookup() itself never re-enters.
    m_pumpLater.post();
    return ticket;
}

void QueryScheduler::pump()
{
    while (!m_queue.empty() && int(m_sent.size()) < m_options.maxInFlight) {
        const Key key = m_queue.front();
        m_queue.pop_front();
        if (!m_waiters.contains(key))
            continue; // cancelled while queued
        const quint64 upstreamTicket = m_upstream->lookup(key.name, key.type);
        m_sent.insert(upstreamTicket, key);
        if (m_options.countPerQuestion)
            ++m_sentCount[key];
        ++m_totalSent;
        m_peakInFlight = qMax(m_peakInFlight, int(m_sent.size()));
    }
}

void QueryScheduler::onUpstreamFinished(quint64 upstreamTicket, const LookupResult &result)
{
    const auto it = m_sent.constFind(upstreamTicket);
    if (it == m_sent.constEnd())
        return;
    const Key key = it.value();
    m_sent.erase(it);
    const Waiting waiting = m_waiters.take(key);
    if (m_options.cache && waiting.keep) {
        if (const quint32 ttl = cacheableSeconds(result))
            store(key, result, ttl);
    }
    for (const quint64 t : waiting.tickets)
        Q_EMIT finished(t, result);
    // Not pump(): answers come in batches (every datagram the socket held), and the
    // questions they free room for leave together after the batch. Sent one per answer,
    // each query found the resolver asleep again and its sendto() woke it: on loopback
    // that wake-up was a seventh of a bulk run's CPU (perf, issue #18).
    m_pumpLater.post();
}

void QueryScheduler::store(const Key &key, const LookupResult &result, quint32 ttl)
{
    if (m_options.maxCacheEntries < 1)
        return;
    // Second chance ("clock"): the oldest entry goes unless it was used since it was
    // stored; then it goes to the back, unmarked. Keys whose entry is already gone
    // (expired and erased, or replaced) are skipped.
    while (m_cache.size() >= m_options.maxCacheEntries && !m_cacheOrder.empty()) {
        const Key oldest = m_cacheOrder.front();
        m_cacheOrder.pop_front();
        const auto it = m_cache.find(oldest);
        if (it == m_cache.end())
            continue;
        if (it->usedSinceStored) {
            it->usedSinceStored = false;
            m_cacheOrder.push_back(oldest);
            continue;
        }
        m_cache.erase(it);
    }
    if (!m_cache.contains(key))
        m_cacheOrder.push_back(key);
    m_cache.insert(key, Cached{result, nullptr, 0, m_clock.elapsed(), ttl, false});
    // The order list may hold keys erased on expiry: keep it from outgrowing the cache.
    if (m_cacheOrder.size() > size_t(2 * m_options.maxCacheEntries)) {
        std::deque<Key> live;
        for (const Key &k : m_cacheOrder)
            if (m_cache.contains(k))
                live.push_back(k);
        m_cacheOrder.swap(live);
    }
}

bool QueryScheduler::askedBefore(const Key &key)
{
    // One slot per hash, the newest question in it: a collision only makes a question
    // look new, which costs a second query for it, never a wrong answer.
    const size_t hash = qHash(key);
    const size_t mark = hash | 1; // 0 is an empty slot
    size_t &slot = m_asked[hash & (m_asked.size() - 1)];
    const bool before = slot == mark;
    slot = mark;
    return before;
}

int QueryScheduler::cacheSize() const
{
    return int(m_cache.size());
}

void QueryScheduler::cancelAll()
{
    LookupResult cancelled;
    cancelled.status = LookupStatus::Cancelled;
    cancelled.errorMessage = QCoreApplication::translate("QueryScheduler", "The run was cancelled before this name was asked.");
    for (auto it = m_waiters.cbegin(); it != m_waiters.cend(); ++it) {
        cancelled.name = it.key().name;
        cancelled.type = it.key().type;
        for (const quint64 t : it.value().tickets)
            finishLater(t, cancelled);
    }
    m_waiters.clear();
    m_queue.clear();
    m_sent.clear();
}

} // namespace Caa::Dns
