#pragma once

// A streamed bulk run spread over several threads (caa-inspector-cli check --threads).
// One thread deciding and writing a name costs 10–13 µs of CPU, so a run on one thread
// stops at about 80,000 names a second however fast the resolver is (issue #18).

#include "engine/checksession.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace Caa::Cli {

/// What a thread hands back for one name it checked.
struct ParallelResult
{
    qint64 position = 0;   ///< as given to ParallelCheck::add()
    bool timedOut = false; ///< a level of the climb timed out
    /// The renderer's output lives in a chunk of memory shared by the results written
    /// after each other, so that a name costs no allocation of its own (nor a free in
    /// another thread). A chunk is written only where no result handed over lies.
    std::shared_ptr<const char[]> chunk;
    qsizetype offset = 0;
    qsizetype length = 0;

    QByteArrayView output() const { return QByteArrayView(chunk.get() + offset, length); }
};

/// Turns a finished climb into output, in the thread that climbed it (deciding for the
/// CAs, writing the JSON or CSV, counting it for a summary): `position` and `input` are
/// those given to ParallelCheck::add(). What it returns may be its own buffer, valid
/// until the next call.
using ResultRenderer = std::function<QByteArrayView(qint64 position, const QString &input, const CheckResult &check)>;
/// Makes the renderer of thread `thread` (0 to threads − 1), once, in that thread: it
/// keeps its own memos and counts, nothing shared with the other threads.
using RendererFactory = std::function<ResultRenderer(int thread)>;

/// Runs a streamed bulk check on `threads` workers, each with its own CheckSession (its
/// own c-ares channel, QueryScheduler and ancestor cache) and its share of
/// `maxInFlight`, so that the queries outstanding at once stay at most `maxInFlight` in
/// all. Worker 0 runs in the owner's thread, the others in threads of their own. The
/// owner hands out names (add(), as room() allows) and gets each result back through the
/// handler (then resultsReady()), in the order the workers finished them; putting them
/// in input order is the owner's. Names go to the worker with the most room, so a busier
/// one gets fewer.
///
/// Lives in the owner's thread; every signal comes there. The destructor cancels what is
/// still running and waits for the threads.
class ParallelCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParallelCheck)

public:
    /// `source` must be a network source (a zone index would be built once per thread).
    /// `threads` is lowered to `maxInFlight` when that is smaller.
    ParallelCheck(const LookupSource &source, int threads, int maxInFlight, RendererFactory renderers, QObject *parent = nullptr);
    ~ParallelCheck() override;

    /// How many more names add() takes now: each thread holds at most about twice its
    /// share of names in flight, started or waiting.
    int room() const;
    /// Hands a parsed name to the thread with the most room. Only when room() > 0 and
    /// before endInput().
    void add(qint64 position, const QString &input, const DomainName &name);
    /// No more names: each thread finishes what it has, then finished() comes.
    void endInput();
    /// Stops every thread: names not finished stay unchecked (no result); what finished
    /// before is still handed back. finished() follows.
    void cancel();

    /// Receives each result in the owner's thread, in the order the threads finished them.
    /// Set before the first name is added.
    void setResultHandler(std::function<void(const ParallelResult &)> handler);
    /// Every thread has ended (after endInput() or cancel()) and every result was handled.
    bool isFinished() const;
    /// Queries sent to the network so far by all threads.
    int queriesSent() const;
    /// Why a thread could not start its lookups (c-ares could not be set up); empty
    /// otherwise. The run ends at once then.
    QString setupError() const;

Q_SIGNALS:
    /// A batch of results went to the handler.
    void resultsReady();
    /// Every thread has ended; comes once.
    void finished();

private:
    struct Worker;
    class Runner;
    static void runWorker(Worker *worker, const LookupSource &source, const RendererFactory &renderers, ParallelCheck *owner);
    void collect();
    void postWake(Worker *worker);

    std::vector<std::unique_ptr<Worker>> m_workers;
    std::unique_ptr<Runner> m_local; ///< worker 0's, in this thread
    std::function<void(const ParallelResult &)> m_handler;
    bool m_finished = false;
    bool m_finishedSignalled = false;
    QString m_setupError;
};

} // namespace Caa::Cli
