// caa-inspector-cli check: which CAs may issue for each name, and why.
#include "command.h"
#include "parallelcheck.h"

#include "ca/cadirectory.h"
#include "ca/directorystore.h"
#include "engine/bulkcheck.h"
#include "engine/checksession.h"
#include "engine/diagnostics.h"
#include "generator/draft.h"
#include "generator/zonereader.h"
#include "plugin/networkmodule.h"
#include "report/jsonwriter.h"
#include "report/report.h"

#include <QCommandLineParser>
#include <QFile>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSocketNotifier>
#include <QThread>
#include <QTimer>

#include <QHash>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <climits>
#include <cstring>
#include <csignal>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>

#include <fcntl.h>
#include <unistd.h>

using namespace Caa;

namespace Caa::Cli {

namespace {

// Ctrl+C during a check: the handler only writes a byte; the event loop reads it and
// stops the run cleanly (self-pipe, the pattern Qt's Unix signals documentation shows).
int interruptPipe[2] = {-1, -1};

void onInterrupt(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(interruptPipe[1], &byte, 1);
    std::signal(SIGINT, SIG_DFL); // a second Ctrl+C ends the program at once
}

// The names a command line gives, read as the run needs them: the NAME arguments (with
// '-' reading standard input in its place), then each --file, then each --cert. Files are
// opened before anything is sent and read a line at a time, so a list of a million names
// is never in memory.
class NameInput
{
public:
    void addName(const QString &name) { m_sources.push_back({name, nullptr, {}}); }
    bool addFile(const QString &path, QString *error)
    {
        auto file = std::make_shared<QFile>(path);
        if (!file->open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("CheckCommand", "--file: cannot read %1: %2").arg(path, file->errorString());
            return false;
        }
        m_sources.push_back({{}, file, path});
        return true;
    }
    void addStandardInput()
    {
        auto in = std::make_shared<QFile>();
        if (in->open(stdin, QIODevice::ReadOnly))
            m_sources.push_back({{}, in, QCoreApplication::translate("CheckCommand", "standard input")});
    }
    bool isEmpty() const { return m_sources.empty(); }

    /// The next name as written (comments and blank lines skipped); nullopt at the end,
    /// or when a source is no list of names (problem() says which).
    std::optional<QString> next()
    {
        while (!m_sources.empty() && m_problem.isEmpty()) {
            Source &source = m_sources.front();
            if (!source.file) {
                const QString name = source.name;
                m_sources.pop_front();
                return name;
            }
            // A name is at most 253 octets; a longer line (or one with NUL) is no list.
            // Read into one buffer kept for the whole run: readLine() returning a new
            // QByteArray maps and unmaps 128 KiB per line, which cost more than the check.
            constexpr qint64 MaxLine = 64 * 1024;
            if (m_line.size() != MaxLine)
                m_line.resize(MaxLine);
            const qint64 length = source.file->readLine(m_line.data(), MaxLine);
            if (length <= 0) {
                m_sources.pop_front();
                continue;
            }
            const QByteArrayView line(m_line.constData(), length);
            if (line.contains('\0') || (length >= MaxLine - 1 && !line.endsWith('\n'))) {
                m_problem = QCoreApplication::translate("CheckCommand", "%1 is not a list of names (binary, or a line longer than 64 KiB).").arg(source.what);
                break;
            }
            // One line (readLine() stops at its '\n'), so at most one name: cut in place what
            // is around it, rather than split into a list and copy the name out of it.
            QString text = QString::fromUtf8(line);
            const QStringView name = nameOnListLine(text);
            if (!name.isEmpty()) {
                const qsizetype start = name.data() - text.constData();
                text.truncate(start + name.size());
                text.remove(0, start);
                return text;
            }
        }
        return std::nullopt;
    }
    QString problem() const { return m_problem; }

private:
    struct Source
    {
        QString name;                 ///< a NAME argument, when there is no file
        std::shared_ptr<QFile> file;  ///< a --file or standard input
        QString what;                 ///< the file's name for messages
    };
    std::deque<Source> m_sources;
    QString m_problem;
    QByteArray m_line;
};

// Output written as each name is decided: a header, one piece per report, a footer.
// render() makes a report's bytes and may run in any thread, each thread with a writer of
// its own (--threads); put() writes them, in order, in the thread that owns the output.
struct StreamWriter
{
    std::function<void()> begin = [] {};
    /// A report as UTF-8; backed by the writer's own buffer until the next call.
    std::function<QByteArrayView(const CheckReport &)> render;
    /// Writes what render() made (json separates the elements here).
    std::function<void(QByteArrayView)> put = [](QByteArrayView bytes) { writeOut(bytes); };
    /// `summary`: the run's, when --summary asked for it (json puts it in the document).
    std::function<void(const RunSummary *summary)> end = [](const RunSummary *) {};
};

// Where --summary goes: into the json document, after the results of text and markdown,
// and to standard error beside csv and jsonl (whose standard output stays pure data).
void writeSummary(const QString &format, const RunSummary &summary)
{
    if (format == QStringLiteral("json"))
        return; // in the document
    if (format == QStringLiteral("csv") || format == QStringLiteral("jsonl"))
        err() << summary.toText() << Qt::flush;
    else
        out() << (format == QStringLiteral("markdown") ? QStringLiteral("**Summary**\n\n```\n") + summary.toText() + QStringLiteral("```\n")
                                                         : QStringLiteral("\n") + summary.toText());
}

StreamWriter streamWriter(const QString &format, bool withIndex)
{
    StreamWriter w;
    if (format == QStringLiteral("jsonl")) {
        auto line = std::make_shared<JsonWriter>();
        // The parents' steps, written once and copied for the names under them.
        auto memo = std::make_shared<ReportJsonMemo>();
        w.render = [line, memo](const CheckReport &r) {
            line->clear();
            writeReportJson(*line, r, memo.get());
            line->endLine();
            return line->view();
        };
        return w;
    }
    auto buffer = std::make_shared<QByteArray>();
    if (format == QStringLiteral("json")) {
        // The same document as before ({"results": [...]}), written an element at a time.
        auto first = std::make_shared<bool>(true);
        w.begin = [] { out() << "{\n    \"results\": [\n"; };
        w.render = [buffer](const CheckReport &r) {
            // Indented as the whole document was (jsonl is the compact form).
            *buffer = QJsonDocument(reportToJson(r)).toJson(QJsonDocument::Indented);
            buffer->chop(1); // its final newline
            buffer->replace("\n", "\n        ");
            return QByteArrayView(*buffer);
        };
        w.put = [first](QByteArrayView element) {
            writeOut(*first ? "        " : ",\n        ");
            writeOut(element);
            *first = false;
        };
        w.end = [first](const RunSummary *summary) {
            out() << (*first ? "" : "\n") << "    ]";
            if (summary) {
                QByteArray text = QJsonDocument(summary->toJson()).toJson(QJsonDocument::Indented);
                text.chop(1);
                text.replace("\n", "\n    ");
                out() << ",\n    \"summary\": " << QString::fromUtf8(text);
            }
            out() << "\n}\n";
        };
    } else if (format == QStringLiteral("csv")) {
        w.begin = [withIndex] { out() << csvHeader(withIndex); };
        w.render = [buffer](const CheckReport &r) { return QByteArrayView(*buffer = reportCsvRows(r).toUtf8()); };
    } else if (format == QStringLiteral("markdown")) {
        w.render = [buffer](const CheckReport &r) { return QByteArrayView(*buffer = reportsToMarkdown({r}).toUtf8()); };
    } else {
        w.render = [buffer](const CheckReport &r) { return QByteArrayView(*buffer = reportsToText({r}).toUtf8()); };
    }
    return w;
}

void installInterruptPipe(QCoreApplication &app, std::unique_ptr<QSocketNotifier> &notifier, const std::function<void()> &onInterrupted)
{
    if (::pipe2(interruptPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    notifier = std::make_unique<QSocketNotifier>(interruptPipe[0], QSocketNotifier::Read);
    QObject::connect(notifier.get(), &QSocketNotifier::activated, &app, [onInterrupted] {
        char byte;
        while (::read(interruptPipe[0], &byte, 1) > 0) {
        }
        onInterrupted();
    });
    std::signal(SIGINT, onInterrupt);
}

void removeInterruptPipe(std::unique_ptr<QSocketNotifier> &notifier)
{
    std::signal(SIGINT, SIG_DFL);
    notifier.reset();
    if (interruptPipe[0] >= 0) {
        ::close(interruptPipe[0]);
        ::close(interruptPipe[1]);
        interruptPipe[0] = interruptPipe[1] = -1;
    }
}

// Where a run stands, for the progress line.
struct ProgressCounts
{
    qint64 checked = 0;
    std::optional<qint64> total; ///< once every name was read
    int queriesSent = 0;
};

ProgressCounts progressOf(const BulkCheck *run, const CheckSession &session)
{
    return {run->checkedCount(), run->isTotalKnown() ? std::optional<qint64>(run->total()) : std::nullopt, session.bulkQueriesSent()};
}

// "checked N of M names, Q queries sent" on standard error, at most ten times a second
// and once at the end (`final`); nothing when not `shown`.
std::function<void(bool final)> progressPrinter(bool shown, std::function<ProgressCounts()> counts)
{
    auto since = std::make_shared<QElapsedTimer>();
    since->start();
    return [shown, counts = std::move(counts), since](bool final) {
        if (!shown || (!final && since->elapsed() < 100))
            return;
        since->restart();
        const ProgressCounts now = counts();
        err() << "\rchecked " << now.checked << (now.total ? QStringLiteral(" of %1 names, ").arg(*now.total) : QStringLiteral(" names, "))
              << now.queriesSent << " queries sent" << (final ? QStringLiteral("\n") : QString()) << Qt::flush;
    };
}

// Counts a report for the closing line and exit status, and for --summary when asked:
// without it the rest of the summary costs a set or two per name for nothing.
void countReport(RunSummary &summary, const CheckReport &r, bool wantSummary)
{
    if (wantSummary)
        summary.add(r);
    else
        summary.tally.add(r);
}

// What a streamed run is asked to do.
struct StreamOptions
{
    int maxInFlight = 64;
    int threads = 1;
    QString progressWhen;
    QString format;
    bool completionOrder = false;
    bool wantSummary = false;
};

// Makes what decides a report for the CAs asked (and adds CT from a file): one per thread,
// each with memos of its own.
using DeciderFactory = std::function<std::function<void(CheckReport &)>()>;

// The output side of a streamed run: each report's bytes are written as soon as it and
// every report before it are decided (or at once, with --order completion), then
// forgotten; what finished early waits in a bounded reorder window. What was written
// reaches the pipe at most a tenth of a second later (and all of it at the end), also when
// results stop coming while a slow name is still being asked; a write per name would cost
// a system call each.
class StreamOutput
{
public:
    StreamOutput(QCoreApplication &app, const StreamOptions &options)
        : m_writer(streamWriter(options.format, options.completionOrder)), m_completionOrder(options.completionOrder),
          m_window(qMax(1024, 4 * options.maxInFlight))
    {
        m_sinceFlush.start();
        m_flushLater.setSingleShot(true);
        m_flushLater.setInterval(100);
        QObject::connect(&m_flushLater, &QTimer::timeout, &app, [this] {
            flushOut();
            m_sinceFlush.restart();
        });
    }

    /// The reorder window is full: take no more names until the earliest one is written.
    bool isWindowFull() const { return qsizetype(m_ready.size()) >= m_window; }
    /// The report at input `position`, decided: rendered here and written in its turn.
    /// `summary` counts it.
    void deliver(qint64 position, CheckReport &r, RunSummary &summary, bool wantSummary)
    {
        if (m_completionOrder)
            r.index = position;
        countReport(summary, r, wantSummary);
        const QByteArrayView bytes = m_writer.render(r);
        if (m_completionOrder || position == m_nextOut)
            write(position, bytes); // no copy for what can go at once
        else
            m_ready.emplace(position, waitingCopy(bytes));
        flush();
    }
    /// A name that is no domain name: its report says why.
    void deliverInputError(qint64 position, const QString &input, const InputError &error, RunSummary &summary, bool wantSummary)
    {
        CheckReport r;
        r.input = input;
        r.inputError = error;
        deliver(position, r, summary, wantSummary);
    }
    /// The same for a report rendered elsewhere (in another thread): its bytes, kept
    /// alive by `owner` for as long as they wait.
    void deliver(qint64 position, QByteArrayView bytes, std::shared_ptr<const char[]> owner)
    {
        if (m_completionOrder || position == m_nextOut)
            write(position, bytes);
        else
            m_ready.emplace(position, Waiting{std::move(owner), bytes});
        flush();
    }
    /// After an interrupt: what finished after a name still in flight is written too, in
    /// order; then the footer.
    void end(const RunSummary *summary)
    {
        for (auto &[position, waiting] : m_ready)
            put(waiting.bytes);
        m_ready.clear();
        if (m_began)
            m_writer.end(summary);
    }
    bool hasBegun() const { return m_began; }

private:
    void put(QByteArrayView bytes)
    {
        if (!m_began) {
            m_writer.begin();
            m_began = true;
        }
        m_writer.put(bytes);
    }
    void write(qint64 position, QByteArrayView bytes)
    {
        put(bytes);
        if (!m_completionOrder && position == m_nextOut)
            ++m_nextOut;
    }
    void flush()
    {
        for (auto it = m_ready.begin(); it != m_ready.end() && it->first == m_nextOut; it = m_ready.erase(it), ++m_nextOut)
            put(it->second.bytes);
        if (m_sinceFlush.elapsed() >= 100) {
            flushOut();
            m_sinceFlush.restart();
            m_flushLater.stop();
        } else if (m_began && !m_flushLater.isActive()) {
            m_flushLater.start();
        }
    }

    // Output that finished before its turn.
    struct Waiting
    {
        std::shared_ptr<const char[]> owner;
        QByteArrayView bytes; // in *owner
    };
    static Waiting waitingCopy(QByteArrayView bytes)
    {
        std::shared_ptr<char[]> copy = std::make_shared_for_overwrite<char[]>(size_t(bytes.size()));
        std::memcpy(copy.get(), bytes.data(), size_t(bytes.size()));
        return {copy, QByteArrayView(copy.get(), bytes.size())};
    }

    StreamWriter m_writer;
    bool m_completionOrder;
    qsizetype m_window;
    std::map<qint64, Waiting> m_ready; // by input position
    qint64 m_nextOut = 0;
    bool m_began = false;
    QElapsedTimer m_sinceFlush;
    QTimer m_flushLater;
};

// The end of a streamed run, on one thread or several: the footer and summary, the hints
// about timeouts and an interrupt, the exit status.
int endStream(NameInput &input, StreamOutput &output, const StreamOptions &options, const RunSummary &summary, qint64 timedOutNames,
              bool interrupted, const std::map<qint64, QString> &unfinished)
{
    const ReportTally &tally = summary.tally;
    output.end(options.wantSummary ? &summary : nullptr);
    if (options.wantSummary && output.hasBegun())
        writeSummary(options.format, summary);
    else if (tally.names > 1)
        err() << tally.summary() << Qt::endl; // stderr: keeps json/csv on stdout clean
    flushOut();
    // Names with a level that timed out. A resolver sent more queries at once than its
    // socket buffer holds drops the rest (UDP has no back-pressure), and those names look
    // like names that do not answer: the run says so at the end (issue #18).
    if (timedOutNames > 0 && tally.names > 1) {
        const int count = timedOutNames > INT_MAX ? INT_MAX : int(timedOutNames);
        err() << "caa-inspector-cli: "
              << QCoreApplication::translate("CheckCommand",
                                             "%n name(s) had a lookup time out, with up to %1 queries in flight. A resolver sent more queries "
                                             "at once than it can take drops some without a word; if these names answer when checked again, "
                                             "run with a lower --max-in-flight (the default is 64) or a longer --timeout-ms.",
                                             nullptr, count)
                     .arg(options.maxInFlight)
              << (options.completionOrder ? QString()
                                          : u' '
                                                + QCoreApplication::translate("CheckCommand", "In input order each of them also held back the names after it; "
                                                                                              "--order completion writes every name as soon as it is decided."))
              << Qt::endl;
    }
    if (interrupted) {
        QStringList notChecked; // in input order
        for (const auto &[position, text] : unfinished)
            notChecked << text;
        err() << "caa-inspector-cli: interrupted; " << notChecked.size() << " name(s) being checked were not: "
              << (notChecked.size() > 20 ? notChecked.mid(0, 20).join(u' ') + QStringLiteral(" …") : notChecked.join(u' '))
              << "; names after them were not read." << Qt::endl;
        return ExitInterrupted;
    }
    if (!input.problem().isEmpty())
        return usageError(input.problem());
    if (tally.names == 0)
        return usageError(QCoreApplication::translate("CheckCommand", "name at least one domain to check."));
    return tally.exitStatus;
}

// One thread per CPU, at most four: a thread decides and writes 80,000 names a second,
// which is more than most resolvers answer; each thread has its own parent names to ask.
int defaultThreads()
{
    return qBound(1, QThread::idealThreadCount(), 4);
}

bool progressShown(const QString &progressWhen)
{
    return progressWhen == QStringLiteral("always") || (progressWhen == QStringLiteral("auto") && ::isatty(STDERR_FILENO));
}

// A streamed run on this thread.
int streamCheckHere(QCoreApplication &app, NameInput &input, const LookupSource &source, const StreamOptions &options,
                    const std::function<void(CheckReport &)> &decide)
{
    CheckSession session;
    session.setSource(source);
    StreamOutput output(app, options);
    RunSummary summary;
    QHash<int, std::pair<qint64, QString>> inFlight; // run index → input position, text
    qint64 nextInput = 0;
    int started = 0;
    BulkCheck *run = nullptr;
    NameSource names = [&]() -> std::optional<DomainName> {
        for (;;) {
            // Input errors wait in the window too, behind a name still being asked: a
            // full window stops the reading, however many of them come in a row. The run
            // asks again when a result has made room (nameChecked below).
            if (output.isWindowFull()) {
                run->setPaused(true);
                return std::nullopt;
            }
            const std::optional<QString> text = input.next();
            if (!text)
                return std::nullopt;
            const qint64 position = nextInput++;
            const DomainParse parsed = parseDomainInput(*text);
            if (!parsed.ok()) {
                output.deliverInputError(position, *text, parsed.error, summary, options.wantSummary);
                continue;
            }
            inFlight.insert(started++, {position, *text});
            return parsed.name;
        }
    };
    QString setupError;
    run = session.startBulk(names, options.maxInFlight, &setupError);
    if (!run) {
        err() << "caa-inspector-cli: " << setupError << Qt::endl;
        return 2;
    }
    qint64 timedOutNames = 0;
    QObject::connect(run, &BulkCheck::nameChecked, &app, [&](int index, const CheckResult &result) {
        if (result.anyLevelTimedOut())
            ++timedOutNames;
        const auto [position, text] = inFlight.take(index);
        CheckReport r;
        r.input = text;
        r.inputOk = true;
        r.check = result;
        decide(r);
        output.deliver(position, r, summary, options.wantSummary);
        run->setPaused(output.isWindowFull());
    });
    const auto printProgress = progressPrinter(progressShown(options.progressWhen), [run, &session] { return progressOf(run, session); });
    QObject::connect(run, &BulkCheck::progress, &app, [&] { printProgress(false); });
    QObject::connect(run, &BulkCheck::finished, &app, [] { QCoreApplication::quit(); });
    bool interrupted = false;
    std::unique_ptr<QSocketNotifier> interruptNotifier;
    installInterruptPipe(app, interruptNotifier, [&] {
        interrupted = true;
        session.cancelAll();
        QCoreApplication::quit();
    });
    run->start();
    if (!run->isFinished())
        QCoreApplication::exec();
    removeInterruptPipe(interruptNotifier);
    printProgress(true);
    std::map<qint64, QString> unfinished;
    for (const auto &[position, text] : std::as_const(inFlight))
        unfinished.emplace(position, text);
    return endStream(input, output, options, summary, timedOutNames, interrupted, unfinished);
}

// A streamed run on several threads (ParallelCheck): this thread reads the names, hands
// them out and writes what comes back in order; the threads climb, decide and render.
int streamCheckThreaded(QCoreApplication &app, NameInput &input, const LookupSource &source, const StreamOptions &options,
                        const DeciderFactory &makeDecider)
{
    StreamOutput output(app, options);
    RunSummary summary; // this thread's reports: input errors
    // Each thread's, read once the threads ended (ParallelCheck may use fewer threads).
    std::vector<RunSummary> summaries(size_t(options.threads));
    const bool wantSummary = options.wantSummary;
    const bool completionOrder = options.completionOrder;
    const QString format = options.format;
    ParallelCheck run(source, options.threads, options.maxInFlight, [&summaries, &makeDecider, wantSummary, completionOrder, format](int thread) -> ResultRenderer {
        // Made in the thread that uses it: its decider, writer and summary are its own.
        auto decide = makeDecider();
        auto writer = std::make_shared<StreamWriter>(streamWriter(format, completionOrder));
        RunSummary *counted = &summaries[size_t(thread)];
        return [decide, writer, counted, wantSummary, completionOrder](qint64 position, const QString &input, const CheckResult &check) {
            CheckReport r;
            r.input = input;
            r.inputOk = true;
            r.check = check;
            if (completionOrder)
                r.index = position;
            decide(r);
            countReport(*counted, r, wantSummary);
            return writer->render(r);
        };
    });
    QHash<qint64, QString> inFlight; // input position → text, for the names handed out
    qint64 nextInput = 0;
    qint64 handedOut = 0;
    qint64 checked = 0;
    qint64 timedOutNames = 0;
    bool inputDone = false;
    bool interrupted = false;
    // Names are read as the threads have room and the reorder window allows.
    auto feed = [&] {
        while (!inputDone && !interrupted && run.room() > 0 && !output.isWindowFull()) {
            const std::optional<QString> text = input.next();
            if (!text) {
                inputDone = true;
                run.endInput();
                break;
            }
            const qint64 position = nextInput++;
            const DomainParse parsed = parseDomainInput(*text);
            if (!parsed.ok()) {
                output.deliverInputError(position, *text, parsed.error, summary, wantSummary);
                continue;
            }
            inFlight.insert(position, *text);
            ++handedOut;
            run.add(position, *text, parsed.name);
        }
    };
    const auto printProgress = progressPrinter(progressShown(options.progressWhen), [&] {
        return ProgressCounts{checked, inputDone ? std::optional<qint64>(handedOut) : std::nullopt, run.queriesSent()};
    });
    run.setResultHandler([&](const ParallelResult &r) {
        inFlight.remove(r.position);
        ++checked;
        timedOutNames += r.timedOut ? 1 : 0;
        output.deliver(r.position, r.output(), r.chunk);
    });
    QObject::connect(&run, &ParallelCheck::resultsReady, &app, [&] {
        printProgress(false);
        feed();
    });
    QObject::connect(&run, &ParallelCheck::finished, &app, [] { QCoreApplication::quit(); });
    std::unique_ptr<QSocketNotifier> interruptNotifier;
    installInterruptPipe(app, interruptNotifier, [&] {
        interrupted = true;
        run.cancel(); // finished() follows once every thread has stopped
    });
    feed();
    if (!run.isFinished())
        QCoreApplication::exec();
    removeInterruptPipe(interruptNotifier);
    if (!run.setupError().isEmpty()) {
        err() << "caa-inspector-cli: " << run.setupError() << Qt::endl;
        return 2;
    }
    printProgress(true);
    for (const RunSummary &s : summaries)
        summary.merge(s);
    std::map<qint64, QString> unfinished;
    for (auto it = inFlight.cbegin(); it != inFlight.cend(); ++it)
        unfinished.emplace(it.key(), it.value());
    return endStream(input, output, options, summary, timedOutNames, interrupted, unfinished);
}

// A check of every name from `input`, each written as soon as it and every name before
// it are decided, then forgotten: memory stays bounded by the names in flight and the
// reorder window, not by how many names there are.
int streamCheck(QCoreApplication &app, NameInput &input, const LookupSource &source, const StreamOptions &options, const DeciderFactory &makeDecider)
{
    // Offline every thread would index the zone files anew; one thread answers them fast.
    if (options.threads > 1 && options.maxInFlight > 1 && !source.isOffline())
        return streamCheckThreaded(app, input, source, options, makeDecider);
    return streamCheckHere(app, input, source, options, makeDecider());
}

} // namespace

int runCheck(QCoreApplication &app, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("CheckCommand",
        "Check which CAs may issue certificates for each NAME, following RFC 8659.\n"
        "NAME may be a domain, *.domain (wildcard), user@domain (S/MIME), or a pasted URL.\n"
        "Exit status: 0 every decision permit, 1 some deny, 2 some lookup failure, 3 input or usage error, 130 interrupted by Ctrl+C (the names that finished are still reported)."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("NAME"), QCoreApplication::translate("CheckCommand", "Names to check."), QStringLiteral("NAME..."));
    addLookupOptions(p);
    p.addOption({QStringLiteral("ca"), QCoreApplication::translate("CheckCommand", "CA to decide for: a CAA identifier or a directory name (repeatable; default: every CA in the directory)."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("profile"), QCoreApplication::translate("CheckCommand", "Processing profile for every CA: rfc or letsencrypt."), QStringLiteral("PROFILE")});
    p.addOption({QStringLiteral("account"), QCoreApplication::translate("CheckCommand", "ACME account URI making the request (RFC 8657 accounturi)."), QStringLiteral("URI")});
    p.addOption({QStringLiteral("method"), QCoreApplication::translate("CheckCommand", "Validation method used, e.g. dns-01 (RFC 8657 validationmethods)."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("as-of"), QCoreApplication::translate("CheckCommand", "Decide as of this day (YYYY-MM-DD; default today, UTC). Before 2027-03-15 a CA not known to "
                                                                                     "process accounturi and validationmethods may ignore them (BR 2.2.8 §4.2.2.1.2)."), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("kind"), QCoreApplication::translate("CheckCommand", "Certificate kind: tls, email, vmc, or all for every kind (default tls; *.name means wildcard)."), QStringLiteral("KIND"), QStringLiteral("tls")});
    p.addOption({QStringLiteral("format"), QCoreApplication::translate("CheckCommand", "Output: text, json, jsonl (one JSON object a line), markdown or csv (default text). Each name is written as soon as it and those before it are decided, in input order."), QStringLiteral("FORMAT"), QStringLiteral("text")});
    p.addOption({QStringLiteral("file"), QCoreApplication::translate("CheckCommand", "Read names from FILE, one per line ('#' starts a comment); repeatable. A NAME of '-' reads standard input."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("cert"), QCoreApplication::translate("CheckCommand", "Check the names of a certificate (PEM or DER): its subjectAlternativeName DNS names and "
                                                         "e-mail addresses; repeatable."), QStringLiteral("FILE.pem")});
    p.addOption({QStringLiteral("max-in-flight"), QCoreApplication::translate("CheckCommand", "Most DNS queries outstanding at once in a run (default 64). Shared parent names "
                                                                  "are asked once per run and kept for their TTL."), QStringLiteral("N"), QStringLiteral("64")});
    p.addOption({QStringLiteral("threads"), QCoreApplication::translate("CheckCommand", "Threads that climb, decide and write the names of a run (default: one per CPU, "
                                                                                       "at most 4). Each asks its own share of --max-in-flight and keeps its "
                                                                                       "own parent names. With --zone-file, --draft, --ct or diagnostics the "
                                                                                       "run uses one."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("order"), QCoreApplication::translate("CheckCommand", "Order of the results of a run: input (default; a slow name holds back the ones "
                                                          "after it) or completion (each as soon as it is decided, with its input position as "
                                                          "\"index\" in JSON and a first CSV column)."),
                 QStringLiteral("input|completion"), QStringLiteral("input")});
    p.addOption({QStringLiteral("summary"), QCoreApplication::translate("CheckCommand", "After the results: counts per verdict and per reason, the CAs the relevant records name "
                                                            "(how many names each may issue for) and the findings (how many names have each). "
                                                            "In the json document as \"summary\"; on standard error beside csv and jsonl.")});
    p.addOption({QStringLiteral("progress"), QCoreApplication::translate("CheckCommand", "Progress on standard error: auto (when it is a terminal), always or never."), QStringLiteral("WHEN"),
                 QStringLiteral("auto")});
    p.addOption({QStringLiteral("authoritative"), QCoreApplication::translate("CheckCommand", "Diagnostics: find the zones on the climbed path, ask every nameserver address "
                                                                  "directly (RD=0) and compare their CAA answers and SOA serials.")});
    p.addOption({QStringLiteral("compare-resolvers"), QCoreApplication::translate("CheckCommand", "Diagnostics: climb through these resolvers too and show where they disagree "
                                                                      "(comma-separated or repeatable; 'public' adds Cloudflare, Google and Quad9)."),
                 QStringLiteral("SERVER,...")});
    p.addOption({QStringLiteral("dnssec"), QCoreApplication::translate("CheckCommand", "Diagnostics: DNSSEC state per level; a SERVFAIL is asked again with CD=1 to tell "
                                                           "a DNSSEC failure from failing nameservers (implied by --authoritative and --compare-resolvers).")});
    p.addOption({QStringLiteral("draft"), QCoreApplication::translate("CheckCommand", "What-if: a saved policy (JSON, see generate --format json) that replaces the records at its owner; "
                                                          "prints which verdicts it would change."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("ct-file"), QCoreApplication::translate("CheckCommand", "Certificate Transparency: a saved crt.sh (output=json) or SSLMate (/v1/issuances) response. "
                                                            "The CAs that issued for each name are put against its CAA records; one the records would "
                                                            "refuse at renewal is a renewal-blocked error (exit status 1)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("ct-subdomains"), QCoreApplication::translate("CheckCommand", "With --ct or --ct-file: also list the issuers of the names below each name.")});
    addCtFetchOptions(p);
    if (const std::optional<int> done = parseOrHelp(p, args))
        return *done;

    LookupSource source;
    QString lookupError;
    if (!readLookupOptions(p, source, lookupError))
        return usageError(lookupError);
    // Certificate Transparency: a saved response (--ct-file), or the service asked for
    // each name (--ct, only when asked: the service learns the names).
    std::optional<CtParse> ctData;
    QDateTime ctModified;
    std::optional<CtFetchOptions> ctFetch;
    const NetworkModule *ctFetcher = nullptr;
    const bool ctOnline = p.isSet(QStringLiteral("ct")) || p.isSet(QStringLiteral("ct-url")) || p.isSet(QStringLiteral("ct-service"));
    if (p.isSet(QStringLiteral("ct-file"))) {
        if (ctOnline)
            return usageError(QCoreApplication::translate("CheckCommand", "--ct-file and --ct exclude each other: CT data comes from a file or from the service."));
        ctData = loadCtFile(p.value(QStringLiteral("ct-file")), &ctModified);
        if (!ctData->ok())
            return usageError(QStringLiteral("--ct-file: ") + ctData->error);
    } else if (ctOnline) {
        QString ctError;
        ctFetch = readCtFetchOptions(p, ctError);
        if (!ctFetch)
            return usageError(ctError);
        ctFetcher = networkModule(&ctError);
        if (!ctFetcher)
            return moduleMissing(ctError);
    } else if (p.isSet(QStringLiteral("ct-subdomains"))) {
        return usageError(QCoreApplication::translate("CheckCommand", "--ct-subdomains goes with --ct or --ct-file."));
    }
    std::optional<CaaPolicy> draft;
    if (p.isSet(QStringLiteral("draft"))) {
        const PolicyParse loaded = loadPolicyFile(p.value(QStringLiteral("draft")));
        if (!loaded.ok())
            return usageError(QStringLiteral("--draft: ") + loaded.error);
        draft = loaded.policy;
    }

    const QString format = p.value(QStringLiteral("format"));
    if (!QStringList{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("jsonl"), QStringLiteral("markdown"), QStringLiteral("csv")}.contains(format))
        return usageError(QCoreApplication::translate("CheckCommand", "--format must be text, json, jsonl, markdown or csv, not \"%1\".").arg(format));
    const QString kindText = p.value(QStringLiteral("kind"));
    if (kindText != QStringLiteral("tls") && kindText != QStringLiteral("email") && kindText != QStringLiteral("vmc") && kindText != QStringLiteral("all"))
        return usageError(QCoreApplication::translate("CheckCommand", "--kind must be tls, email, vmc or all, not \"%1\".").arg(kindText));
    bool ok = false;
    std::optional<ProcessingProfile> profile;
    if (p.isSet(QStringLiteral("profile"))) {
        profile = profileById(p.value(QStringLiteral("profile")));
        if (!profile)
            return usageError(QCoreApplication::translate("CheckCommand", "--profile must be one of %1.").arg(profileIds().join(QStringLiteral(", "))));
    }
    // Names from the command line (standard input for "-", in its place), --file and
    // --cert, in that order; read as the run needs them.
    NameInput input;
    for (const QString &arg : p.positionalArguments()) {
        if (arg == QStringLiteral("-"))
            input.addStandardInput();
        else
            input.addName(arg);
    }
    for (const QString &path : p.values(QStringLiteral("file"))) {
        QString error;
        if (!input.addFile(path, &error))
            return usageError(error);
    }
    const QStringList certFiles = p.values(QStringLiteral("cert"));
    const NetworkModule *certReader = nullptr;
    if (!certFiles.isEmpty()) {
        QString moduleError;
        certReader = networkModule(&moduleError);
        if (!certReader)
            return moduleMissing(moduleError);
    }
    for (const QString &path : certFiles) {
        const CertificateNames fromCert = certReader->certificateNamesFromFile(path);
        if (!fromCert.ok())
            return usageError(QStringLiteral("--cert: ") + fromCert.error);
        for (const QString &skipped : fromCert.skipped)
            err() << "caa-inspector-cli: " << path << ": skipped " << skipped << Qt::endl;
        for (const QString &name : fromCert.names)
            input.addName(name);
    }
    DiagnosticsOptions diagnosticsOptions;
    diagnosticsOptions.authoritative = p.isSet(QStringLiteral("authoritative"));
    for (const QString &list : p.values(QStringLiteral("compare-resolvers"))) {
        const Dns::ServerListParse servers = Dns::parseServerList(list, /*publicKeyword=*/true);
        if (!servers.ok())
            return usageError(QStringLiteral("--compare-resolvers: ") + servers.error);
        diagnosticsOptions.compareResolvers << servers.servers;
    }
    diagnosticsOptions.nameserverPort = source.nameserverPort;
    diagnosticsOptions.timeoutMs = qMin(source.timeoutMs, 5000);
    const bool runDiagnostics = diagnosticsOptions.authoritative || !diagnosticsOptions.compareResolvers.isEmpty() || p.isSet(QStringLiteral("dnssec"));
    if (runDiagnostics && source.kind == LookupSource::Kind::ZoneFiles)
        return usageError(QCoreApplication::translate("CheckCommand", "--authoritative, --compare-resolvers and --dnssec ask the network; they do not go with --zone-file."));
    const int maxInFlight = p.value(QStringLiteral("max-in-flight")).toInt(&ok);
    if (!ok || maxInFlight < 1 || maxInFlight > 10000)
        return usageError(QCoreApplication::translate("CheckCommand", "--max-in-flight must be a number from 1 to 10000."));
    const int threads = p.isSet(QStringLiteral("threads")) ? p.value(QStringLiteral("threads")).toInt(&ok) : defaultThreads();
    if (!ok || threads < 1 || threads > 64)
        return usageError(QCoreApplication::translate("CheckCommand", "--threads must be a number from 1 to 64."));
    const QString progressWhen = p.value(QStringLiteral("progress"));
    if (progressWhen != QStringLiteral("auto") && progressWhen != QStringLiteral("always") && progressWhen != QStringLiteral("never"))
        return usageError(QCoreApplication::translate("CheckCommand", "--progress must be auto, always or never, not \"%1\".").arg(progressWhen));
    const QString order = p.value(QStringLiteral("order"));
    if (order != QStringLiteral("input") && order != QStringLiteral("completion"))
        return usageError(QCoreApplication::translate("CheckCommand", "--order must be input or completion, not \"%1\".").arg(order));
    const bool completionOrder = order == QStringLiteral("completion");
    if (completionOrder && (runDiagnostics || draft || ctFetch))
        return usageError(QCoreApplication::translate("CheckCommand", "--order completion is for plain checks: with diagnostics, --draft or --ct every "
                                                                      "name is read before the first is written, in input order."));
    if (input.isEmpty())
        return usageError(QCoreApplication::translate("CheckCommand", "name at least one domain to check."));
    const QByteArray account = p.value(QStringLiteral("account")).toUtf8();
    const QByteArray method = p.value(QStringLiteral("method")).toUtf8();
    if (p.isSet(QStringLiteral("account")) && account.isEmpty())
        return usageError(QCoreApplication::translate("CheckCommand", "--account needs a URI."));
    if (p.isSet(QStringLiteral("method")) && method.isEmpty())
        return usageError(QCoreApplication::translate("CheckCommand", "--method needs a method name such as dns-01."));
    QDate asOf;
    if (QString asOfError; !readAsOf(p, asOf, asOfError))
        return usageError(asOfError);

    // Everything the command line says is checked before anything is sent.
    const CaDirectory directory = activeCaDirectory();
    QList<IssuanceRequest> cas;
    if (p.isSet(QStringLiteral("ca"))) {
        QString error;
        if (!resolveCas(directory, p.values(QStringLiteral("ca")), cas, error))
            return usageError(error);
    } else {
        for (const CaEntry &e : directory.entries)
            cas << requestFor(e, CertificateKind::TlsSingle);
    }
    for (IssuanceRequest &req : cas) {
        if (profile)
            req.profile = *profile;
        req.accountUri = account;
        req.method = method;
        req.asOf = asOf;
    }

    // The requests each name is decided for: every CA of the command line × the kinds asked.
    // One list per set of kinds, made once in `requestsByKinds` (one per thread): the memo
    // below recognises a list it has seen, and a bulk run asks for the same few lists again
    // and again.
    using RequestLists = QHash<int, QList<IssuanceRequest>>;
    auto requestsFor = [&](const CheckReport &r, RequestLists &requestsByKinds) -> QList<IssuanceRequest> {
        QList<CertificateKind> kinds{tlsKindFor(r.check.name)};
        if (r.check.name.isEmail() || kindText == QStringLiteral("email"))
            kinds = {CertificateKind::Email};
        else if (kindText == QStringLiteral("vmc"))
            kinds = {CertificateKind::Vmc};
        else if (kindText == QStringLiteral("all"))
            kinds = {CertificateKind::TlsSingle, CertificateKind::TlsWildcard, CertificateKind::Email, CertificateKind::Vmc};
        int kindsKey = 0;
        for (const CertificateKind kind : std::as_const(kinds))
            kindsKey |= 1 << int(kind);
        QList<IssuanceRequest> &requests = requestsByKinds[kindsKey];
        if (requests.isEmpty()) {
            for (const IssuanceRequest &ca : std::as_const(cas)) {
                for (const CertificateKind kind : std::as_const(kinds)) {
                    IssuanceRequest req = ca;
                    req.kind = kind;
                    requests << req;
                }
            }
        }
        return requests;
    };

    // CT beside each name's policy: its issuers, and the renewals the records would block.
    // (Read from the parser here: the threads of a run use them too.)
    const bool ctSubdomains = p.isSet(QStringLiteral("ct-subdomains"));
    const QString ctFile = p.value(QStringLiteral("ct-file"));
    const auto addCtFrom = [&](CheckReport &r, const CtParse &data, const QString &source, const QDateTime &fetchedAt) {
        CtReport ct = ctReportFor(data, source, fetchedAt, QString::fromLatin1(r.check.name.ace), ctSubdomains);
        const auto adjust = [&](IssuanceRequest &req) {
            if (profile)
                req.profile = *profile;
            req.accountUri = account;
            req.method = method;
            req.asOf = asOf;
        };
        r.findings += ctRenewalCheck(ct, r.check, directory, adjust);
        // What-if: the renewals the draft would block.
        if (draft)
            r.findings += ctRenewalCheck(ct, applyDraft(r.check, *draft), directory, adjust, /*draft=*/true);
        r.ct = ct;
    };
    const auto addCt = [&](CheckReport &r) {
        if (!r.inputOk || r.check.name.isEmail())
            return;
        if (ctData) {
            addCtFrom(r, *ctData, ctFile, ctModified);
            return;
        }
        if (!ctFetch)
            return;
        const CtFetched fetch = ctFetcher->fetchCt(*ctFetch, QString::fromLatin1(r.check.name.ace));
        if (!fetch.result.ok()) {
            // What the user had stays: the check, without CT, and the reason.
            err() << "caa-inspector-cli: " << r.check.name.display() << ": " << fetch.result.error << Qt::endl;
            r.findings << makeFinding(Severity::Warning, "ct-unavailable", fetch.result.error,
                                      QCoreApplication::translate("CheckCommand", "Try again later, or save the search's JSON and give it with --ct-file."),
                                      "RFC 6962", r.check.name.ace);
            return;
        }
        addCtFrom(r, fetch.result, fetch.url.toString(), fetch.fetchedAt);
    };

    // The service is asked once per name after the climbs: names are read first, as for
    // the diagnostics.
    if (!runDiagnostics && !draft && !ctFetch) {
        // CSV shows no findings; only a summary counts them.
        const bool findingsUsed = format != QStringLiteral("csv") || p.isSet(QStringLiteral("summary"));
        // The names under one zone share its set: its findings and its parsed records.
        // Each thread of the run makes its own: the memos and lists are not shared.
        const DeciderFactory makeDecider = [&]() -> std::function<void(CheckReport &)> {
            auto memo = std::make_shared<FindingsMemo>(&directory);
            auto prepared = std::make_shared<PreparedSetMemo>();
            auto requestLists = std::make_shared<RequestLists>();
            return [&, memo, prepared, requestLists](CheckReport &r) {
                if (findingsUsed)
                    completeReport(r, requestsFor(r, *requestLists), &directory, memo.get(), prepared.get());
                else
                    decideReport(r, requestsFor(r, *requestLists), prepared.get());
                addCt(r);
            };
        };
        const StreamOptions options{maxInFlight, threads, progressWhen, format, completionOrder, p.isSet(QStringLiteral("summary"))};
        LookupSource bulkSource = source;
        bulkSource.keepSocketsOpen = true;
        return streamCheck(app, input, bulkSource, options, makeDecider);
    }

    // Diagnostics and what-if need every result before they start: names are read first.
    QStringList names;
    while (const std::optional<QString> name = input.next())
        names << *name;
    if (!input.problem().isEmpty())
        return usageError(input.problem());
    if (names.isEmpty())
        return usageError(QCoreApplication::translate("CheckCommand", "name at least one domain to check."));

    QList<CheckReport> reports;
    for (const QString &n : names) {
        CheckReport r;
        r.input = n;
        const DomainParse parsed = parseDomainInput(n);
        r.inputOk = parsed.ok();
        if (parsed.ok())
            r.check = makeCheck(parsed.name);
        else
            r.inputError = parsed.error;
        reports << r;
    }

    QList<int> networkReports; // indexes into reports, in the order checked
    for (int i = 0; i < reports.size(); ++i)
        if (reports[i].inputOk)
            networkReports << i;
    bool interrupted = false;
    QStringList notChecked;
    if (!networkReports.isEmpty()) {
        // Offline the session answers from the zone file's index; everything after this is
        // the same for both.
        CheckSession session;
        session.setSource(source);
        QList<DomainName> toCheck;
        for (const int i : std::as_const(networkReports))
            toCheck << reports[i].check.name;
        QString setupError;
        BulkCheck *run = session.startBulk(toCheck, maxInFlight, &setupError);
        if (!run) {
            err() << "caa-inspector-cli: " << setupError << Qt::endl;
            return 2;
        }

        const bool showProgress = progressWhen == QStringLiteral("always")
                                  || (progressWhen == QStringLiteral("auto") && networkReports.size() > 1 && ::isatty(STDERR_FILENO));
        const auto printProgress = progressPrinter(showProgress, [run, &session] { return progressOf(run, session); });
        QObject::connect(run, &BulkCheck::progress, &app, [&] { printProgress(false); });
        QObject::connect(run, &BulkCheck::finished, &app, [&] { QCoreApplication::quit(); });

        // Ctrl+C stops the climbs (or, later, the diagnostics) and reports what finished.
        std::unique_ptr<QSocketNotifier> interruptNotifier;
        installInterruptPipe(app, interruptNotifier, [&] {
            interrupted = true;
            session.cancelAll(); // each diagnostics job started reports what it gathered so far
            QCoreApplication::quit();
        });
        run->start();
        if (!run->isFinished())
            QCoreApplication::exec();
        printProgress(true);
        // Only what finished is reported; names still being climbed are listed as not checked.
        QList<CheckReport> finishedReports;
        QSet<int> unchecked;
        for (int j = 0; j < networkReports.size(); ++j) {
            if (run->isChecked(j)) {
                reports[networkReports[j]].check = run->result(j);
            } else {
                unchecked.insert(networkReports[j]);
                notChecked << reports[networkReports[j]].input;
            }
        }
        for (int i = 0; i < reports.size(); ++i)
            if (!unchecked.contains(i))
                finishedReports << reports[i];
        reports = finishedReports;

        // Helpdesk diagnostics for every name that was checked.
        if (runDiagnostics && !interrupted) {
            // Each job opens a socket per nameserver address: a few at a time, not one per name.
            constexpr int DiagnosticsAtOnce = 8;
            QList<CheckReport *> toDiagnose;
            for (CheckReport &r : reports)
                if (r.inputOk)
                    toDiagnose << &r;
            if (showProgress)
                err() << "asking every nameserver and resolver…\n" << Qt::flush;
            qsizetype next = 0;
            int running = 0;
            std::function<void()> startMore = [&] {
                while (!interrupted && running < DiagnosticsAtOnce && next < toDiagnose.size()) {
                    CheckReport *report = toDiagnose[next++];
                    DiagnosticsJob *job = session.startDiagnostics(report->check, diagnosticsOptions);
                    if (!job)
                        continue; // never online: --zone-file was refused with these options
                    ++running;
                    QObject::connect(job, &DiagnosticsJob::finished, &app, [report, &running, &startMore, &app](const Diagnostics &d) {
                        report->diagnostics = d;
                        --running;
                        QTimer::singleShot(0, &app, startMore);
                    });
                    if (showProgress)
                        QObject::connect(job, &DiagnosticsJob::progress, &app, [report](const QString &step) {
                            err() << report->check.name.display() << ": " << step << '\n' << Qt::flush;
                        });
                    job->start();
                }
                if (running == 0 && (interrupted || next >= toDiagnose.size()))
                    QCoreApplication::quit();
            };
            QTimer::singleShot(0, &app, startMore);
            if (!toDiagnose.isEmpty())
                QCoreApplication::exec();
        }
        removeInterruptPipe(interruptNotifier);
    }

    FindingsMemo memo(&directory);
    PreparedSetMemo prepared;
    RequestLists requestLists;
    for (CheckReport &r : reports) {
        if (r.inputOk)
            completeReport(r, requestsFor(r, requestLists), &directory, &memo, &prepared);
        addCt(r);
    }

    if (draft) {
        // What-if: every CA × kind of this command line (--ca, or the whole directory)
        // with the draft published, against what is live now; part of each report.
        CaDirectory selected;
        for (const IssuanceRequest &ca : std::as_const(cas)) {
            CaEntry e;
            e.name = ca.caName;
            e.identifiers = ca.identifiers;
            e.profileId = ca.profile.id;
            e.accountUriPrefixes = ca.accountUriPrefixes;
            e.rfc8657 = ca.parameterProcessing;
            selected.entries << e;
        }
        for (CheckReport &r : reports)
            if (r.inputOk)
                r.draftEffect = draftEffect(r.check, *draft, selected, {account, method, {}, asOf});
    }
    const QString whatIf = draftEffectsText(reports);
    const bool wantSummary = p.isSet(QStringLiteral("summary"));
    RunSummary summary;
    for (const CheckReport &r : std::as_const(reports))
        summary.add(r);
    if (format == QStringLiteral("json") && wantSummary) {
        QJsonArray results;
        for (const CheckReport &r : std::as_const(reports))
            results.append(reportToJson(r));
        out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("results"), results}, {QStringLiteral("summary"), summary.toJson()}})
                                       .toJson(QJsonDocument::Indented));
    } else if (format == QStringLiteral("json"))
        out() << QString::fromUtf8(reportsToJson(reports));
    else if (format == QStringLiteral("jsonl"))
        for (const CheckReport &r : std::as_const(reports))
            out() << QString::fromUtf8(reportToJsonBytes(r)) << '\n';
    else if (format == QStringLiteral("csv"))
        out() << reportsToCsv(reports);
    else if (format == QStringLiteral("markdown"))
        out() << reportsToMarkdown(reports) << (whatIf.isEmpty() ? QString() : QCoreApplication::translate("CheckCommand", "**What if**\n\n```\n") + whatIf + QStringLiteral("```\n"));
    else
        out() << reportsToText(reports) << whatIf;
    if (wantSummary)
        writeSummary(format, summary);
    flushOut();
    if (reports.size() > 1 && !wantSummary)
        err() << reportsSummary(reports) << Qt::endl; // stderr: keeps json/csv on stdout clean
    if (interrupted) {
        if (notChecked.isEmpty())
            err() << "caa-inspector-cli: interrupted during the diagnostics; they show what was gathered until then." << Qt::endl;
        else
            err() << "caa-inspector-cli: interrupted; " << notChecked.size() << " name(s) not checked: "
                  << (notChecked.size() > 20 ? notChecked.mid(0, 20).join(u' ') + QStringLiteral(" …") : notChecked.join(u' ')) << Qt::endl;
        return ExitInterrupted;
    }
    return exitStatusFor(reports);
}

} // namespace Caa::Cli
