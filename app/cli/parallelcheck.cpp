#include "parallelcheck.h"

#include "engine/bulkcheck.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QMetaObject>
#include <mutex>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <deque>

namespace Caa::Cli {

namespace {

constexpr qsizetype ChunkBytes = 32 * 1024;

// Chunks of ChunkBytes go back to their worker's pool when the last result in them is
// written (in the owner's thread) and are used again: a fresh 32 KB allocation made glibc
// consolidate its free lists every time (1% of a run's CPU). Shared by the chunks, so it
// outlives whichever of them goes last.
class ChunkPool : public std::enable_shared_from_this<ChunkPool>
{
public:
    ~ChunkPool()
    {
        for (char *chunk : m_free)
            delete[] chunk;
    }
    /// A chunk of at least `size` bytes.
    std::shared_ptr<char[]> take(qsizetype size)
    {
        if (size > ChunkBytes)
            return std::shared_ptr<char[]>(new char[size_t(size)]); // rare: not kept
        char *chunk = nullptr;
        {
            std::lock_guard lock(m_mutex);
            if (!m_free.empty()) {
                chunk = m_free.back();
                m_free.pop_back();
            }
        }
        if (!chunk)
            chunk = new char[size_t(ChunkBytes)];
        return std::shared_ptr<char[]>(chunk, [pool = shared_from_this()](char *done) { pool->give(done); });
    }

private:
    void give(char *chunk)
    {
        {
            std::lock_guard lock(m_mutex);
            if (m_free.size() < 64) { // 2 MB at most, however long results waited
                m_free.push_back(chunk);
                return;
            }
        }
        delete[] chunk;
    }

    std::mutex m_mutex;
    std::vector<char *> m_free;
};

} // namespace

struct ParallelCheck::Worker
{
    struct Name
    {
        qint64 position;
        QString input;
        DomainName name;
    };

    int index = 0;
    int maxInFlight = 1;
    int capacity = 1;            ///< names held at most, started or waiting
    QThread *thread = nullptr;
    QObject *context = nullptr;  ///< lives in `thread`: what the owner posts to runs there
    int assigned = 0;            ///< owner's thread only: handed and not yet handed back

    std::mutex mutex; // guards what follows
    std::deque<Name> inbox;
    bool inputEnded = false;
    bool cancelled = false;
    /// The worker's run is paused for want of names; the owner posts a wake-up with the next.
    bool waiting = true;
    std::vector<ParallelResult> outbox;
    bool notified = false; ///< a collect() is posted and has not run yet
    std::vector<ParallelResult> collected; ///< the owner's thread only: the last outbox, emptied
    bool done = false;
    QString setupError;

    std::atomic<int> queriesSent{0};
    // The worker's thread only.
    BulkCheck *run = nullptr;
    CheckSession *session = nullptr;
};

// A worker's own part, in its thread: its session and run, and the batch of results not
// handed over yet.
class ParallelCheck::Runner
{
public:
    Runner(Worker *w, const LookupSource &source, const RendererFactory &renderers, ParallelCheck *owner, std::function<void()> onEnded)
        : m_w(w), m_owner(owner), m_render(renderers(w->index)), m_onEnded(std::move(onEnded))
    {
        m_session.setSource(source);
    }
    ~Runner()
    {
        m_w->run = nullptr;
        m_w->session = nullptr;
    }

    /// Starts the run; false (and the worker done, with its setup error) when lookups
    /// cannot be sent.
    bool start()
    {
        QString error;
        BulkCheck *run = m_session.startBulk([this] { return nextName(); }, m_w->maxInFlight, &error);
        if (!run) {
            {
                std::lock_guard lock(m_w->mutex);
                m_w->setupError = error.isEmpty() ? QCoreApplication::translate("CheckCommand", "The lookups could not be set up.") : error;
                m_w->done = true;
            }
            QMetaObject::invokeMethod(m_owner, &ParallelCheck::collect, Qt::QueuedConnection);
            return false;
        }
        m_w->run = run;
        m_w->session = &m_session;
        QObject::connect(run, &BulkCheck::nameChecked, run, [this](int index, const CheckResult &result) { onChecked(index, result); });
        QObject::connect(run, &BulkCheck::finished, run, [this] {
            m_ended = true;
            handOver(/*last=*/true);
            m_onEnded();
        });
        run->setPaused(true);
        run->start();
        // Names may have come before the run was there to take them.
        bool go = false;
        {
            std::lock_guard lock(m_w->mutex);
            go = !m_w->inbox.empty() || m_w->inputEnded || m_w->cancelled;
            m_w->waiting = !go;
        }
        if (go)
            run->setPaused(false);
        return true;
    }
    bool hasEnded() const { return m_ended; }

private:
    std::optional<DomainName> nextName()
    {
        std::optional<Worker::Name> next;
        bool pause = false;
        {
            std::lock_guard lock(m_w->mutex);
            // Asked only while not paused, which is only while there are names or the
            // input has ended (see postWake()).
            if (m_w->cancelled || m_w->inbox.empty())
                return std::nullopt;
            next = std::move(m_w->inbox.front());
            m_w->inbox.pop_front();
            if (m_w->inbox.empty() && !m_w->inputEnded) {
                m_w->waiting = true;
                pause = true;
            }
        }
        if (pause)
            m_w->run->setPaused(true); // the run asks for no more until the owner's wake-up
        m_started.insert(m_nextIndex++, {next->position, next->input});
        return std::move(next->name);
    }

    void onChecked(int index, const CheckResult &result)
    {
        const auto [position, input] = m_started.take(index);
        ParallelResult r;
        r.position = position;
        r.timedOut = result.anyLevelTimedOut();
        const QByteArrayView output = m_render(position, input, result);
        // A chunk that has no room left is left to its results (freed when the last of
        // them is written): a result waiting for its turn keeps at most this much alive.
        if (!m_chunk || m_chunkUsed + output.size() > m_chunkSize) {
            m_chunkSize = qMax(ChunkBytes, output.size());
            m_chunk = m_pool->take(m_chunkSize);
            m_chunkUsed = 0;
        }
        std::memcpy(m_chunk.get() + m_chunkUsed, output.data(), size_t(output.size()));
        r.chunk = m_chunk;
        r.offset = m_chunkUsed;
        r.length = output.size();
        m_chunkUsed += output.size();
        m_batch.push_back(std::move(r));
        if (!m_handOverPosted) {
            m_handOverPosted = true;
            QMetaObject::invokeMethod(m_w->context, [this] { handOver(false); }, Qt::QueuedConnection);
        }
    }

    // Results go to the owner a batch at a time: every answer the socket held is decided
    // first, then one hand-over for all. The owner's thread is woken once for whatever
    // gathers until it comes to collect.
    void handOver(bool last)
    {
        if (m_handedOverLast)
            return;
        m_handedOverLast = last;
        m_handOverPosted = false;
        bool notify = false;
        {
            std::lock_guard lock(m_w->mutex);
            std::move(m_batch.begin(), m_batch.end(), std::back_inserter(m_w->outbox));
            if (last)
                m_w->done = true;
            notify = last || (!m_w->notified && !m_w->outbox.empty());
            if (notify)
                m_w->notified = true;
        }
        m_batch.clear();
        m_w->queriesSent.store(qMax(0, m_session.bulkQueriesSent()), std::memory_order_relaxed);
        if (notify)
            QMetaObject::invokeMethod(m_owner, &ParallelCheck::collect, Qt::QueuedConnection);
    }

    Worker *m_w;
    ParallelCheck *m_owner;
    CheckSession m_session;
    ResultRenderer m_render;
    std::function<void()> m_onEnded;
    QHash<int, std::pair<qint64, QString>> m_started; // run index → position, input
    int m_nextIndex = 0;
    std::vector<ParallelResult> m_batch;
    std::shared_ptr<ChunkPool> m_pool = std::make_shared<ChunkPool>();
    // Where the output goes: results handed over lie before m_chunkUsed, and only what
    // follows is written (the owner's thread reads the results after the hand-over's lock).
    std::shared_ptr<char[]> m_chunk;
    qsizetype m_chunkSize = 0;
    qsizetype m_chunkUsed = 0;
    bool m_handOverPosted = false;
    bool m_handedOverLast = false;
    bool m_ended = false;
};

ParallelCheck::ParallelCheck(const LookupSource &source, int threads, int maxInFlight, RendererFactory renderers, QObject *parent)
    : QObject(parent)
{
    maxInFlight = qMax(1, maxInFlight);
    threads = qBound(1, threads, maxInFlight);
    for (int i = 0; i < threads; ++i) {
        auto w = std::make_unique<Worker>();
        w->index = i;
        // The shares add up to maxInFlight: it stays the bound on queries at the resolver.
        w->maxInFlight = maxInFlight / threads + (i < maxInFlight % threads ? 1 : 0);
        // Twice the names in flight: a thread has the next ones at hand while the owner's
        // thread is busy writing.
        w->capacity = 2 * w->maxInFlight + 16;
        m_workers.push_back(std::move(w));
    }
    // Worker 0 runs in this thread, beside the reading and writing: a thread of its own
    // would be one more to share the CPUs with (with the resolver too, when it is on this
    // machine). Names go to the worker with the most room, so this busier one gets fewer.
    for (size_t i = 1; i < m_workers.size(); ++i) {
        Worker *worker = m_workers[i].get();
        worker->thread = QThread::create([worker, source, renderers, this] { runWorker(worker, source, renderers, this); });
        worker->thread->setObjectName(QStringLiteral("check %1").arg(worker->index));
        worker->context = new QObject;
        worker->context->moveToThread(worker->thread);
        worker->thread->start();
    }
    Worker *local = m_workers.front().get();
    local->context = new QObject(this);
    m_local = std::make_unique<Runner>(local, source, renderers, this, [] {});
    m_local->start();
}

ParallelCheck::~ParallelCheck()
{
    cancel();
    for (size_t i = 1; i < m_workers.size(); ++i) {
        const std::unique_ptr<Worker> &w = m_workers[i];
        w->thread->wait();
        delete w->context; // its thread has ended: no event can reach it any more
        delete w->thread;
    }
    m_local.reset();
}

int ParallelCheck::room() const
{
    int room = 0;
    for (const std::unique_ptr<Worker> &w : m_workers)
        room += qMax(0, w->capacity - w->assigned);
    return room;
}

void ParallelCheck::add(qint64 position, const QString &input, const DomainName &name)
{
    Worker *w = std::max_element(m_workers.begin(), m_workers.end(), [](const auto &a, const auto &b) {
                    return a->capacity - a->assigned < b->capacity - b->assigned;
                })->get();
    ++w->assigned;
    bool wake = false;
    {
        std::lock_guard lock(w->mutex);
        w->inbox.push_back({position, input, name});
        wake = w->waiting;
        w->waiting = false;
    }
    if (wake)
        postWake(w);
}

void ParallelCheck::endInput()
{
    for (const std::unique_ptr<Worker> &w : m_workers) {
        bool wake = false;
        {
            std::lock_guard lock(w->mutex);
            w->inputEnded = true;
            wake = w->waiting;
            w->waiting = false;
        }
        if (wake)
            postWake(w.get());
    }
}

void ParallelCheck::cancel()
{
    for (const std::unique_ptr<Worker> &w : m_workers) {
        {
            std::lock_guard lock(w->mutex);
            if (w->cancelled || w->done)
                continue;
            w->cancelled = true;
            w->waiting = false;
        }
        postWake(w.get());
    }
}

void ParallelCheck::postWake(Worker *w)
{
    // Runs in the worker's thread: go on when there are names (or the end, or a cancel).
    QMetaObject::invokeMethod(w->context, [w] {
        bool go = false;
        bool cancelled = false;
        {
            std::lock_guard lock(w->mutex);
            cancelled = w->cancelled;
            go = !w->inbox.empty() || w->inputEnded || cancelled;
            if (!go)
                w->waiting = true;
        }
        if (!w->run)
            return; // set up failed, or the run has ended
        if (cancelled) {
            w->run->cancel();
            if (w->session)
                w->session->cancelAll();
        } else if (go) {
            w->run->setPaused(false);
        }
    }, Qt::QueuedConnection);
}

void ParallelCheck::runWorker(Worker *w, const LookupSource &source, const RendererFactory &renderers, ParallelCheck *owner)
{
    QEventLoop loop;
    Runner runner(w, source, renderers, owner, [&loop] { loop.quit(); });
    if (runner.start() && !runner.hasEnded())
        loop.exec();
}

void ParallelCheck::collect()
{
    bool allDone = true;
    bool any = false;
    for (const std::unique_ptr<Worker> &w : m_workers) {
        {
            std::lock_guard lock(w->mutex);
            // The outbox and the owner's vector change places: both keep their capacity,
            // so a hand-over allocates nothing once the run is under way.
            w->outbox.swap(w->collected);
            w->notified = false;
            allDone = allDone && w->done;
            if (m_setupError.isEmpty() && !w->setupError.isEmpty())
                m_setupError = w->setupError;
        }
        w->assigned -= int(w->collected.size());
        any = any || !w->collected.empty();
        for (const ParallelResult &r : w->collected)
            m_handler(r);
        w->collected.clear();
    }
    if (!m_setupError.isEmpty())
        cancel(); // the other threads stop too: the run cannot be whole
    m_finished = allDone;
    if (any)
        Q_EMIT resultsReady();
    if (m_finished && !m_finishedSignalled) {
        m_finishedSignalled = true;
        Q_EMIT finished();
    }
}

void ParallelCheck::setResultHandler(std::function<void(const ParallelResult &)> handler)
{
    m_handler = std::move(handler);
}

bool ParallelCheck::isFinished() const { return m_finished; }

int ParallelCheck::queriesSent() const
{
    int sent = 0;
    for (const std::unique_ptr<Worker> &w : m_workers)
        sent += w->queriesSent.load(std::memory_order_relaxed);
    return sent;
}

QString ParallelCheck::setupError() const { return m_setupError; }

} // namespace Caa::Cli
