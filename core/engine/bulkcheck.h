#pragma once

#include "engine/climb.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace Caa {
namespace Dns {
class LookupService;
}
class CheckJob;
class FailureOriginProbe;

/// The names of a pasted or saved list: one per line, '#' starts a comment, blank lines
/// and surrounding spaces are ignored. Nothing is validated here (parseDomainInput does).
QStringList parseNameList(const QString &text);
/// One line of such a list: the text before any '#', trimmed; empty for a blank or
/// comment line. parseNameList() is this for every line; a reader that takes a long list
/// a piece at a time (the window's Many names) uses it line by line.
QStringView nameOnListLine(QStringView line);

/// Names handed to a streaming run one at a time; nullopt when there are no more. A source
/// that has none for now but may have more later pauses the run (BulkCheck::setPaused())
/// before it returns nullopt: it is asked again once the run goes on.
using NameSource = std::function<std::optional<DomainName>()>;

/// Checks many names in one run (RFC 8659 §3 climb for each).
///
/// At most `maxNamesInFlight` names are being climbed at once; give it a
/// Dns::QueryScheduler as the service so that the queries in flight are bounded too and
/// the ancestors the names share are asked once. Results arrive in any order through
/// nameChecked() (and nameFinished()); finished() comes once, after the last name or
/// after cancel().
///
/// Given a list, the run keeps every result (result(), isChecked()). Given a NameSource,
/// it streams: it asks the source for the next name only when a climb slot is free (and
/// the run is not paused), hands each result out once through nameChecked() and keeps
/// none, so memory stays bounded by the names in flight however many there are.
class BulkCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkCheck)

public:
    /// `service` must outlive the run.
    BulkCheck(Dns::LookupService *service, const QList<DomainName> &names, int maxNamesInFlight = 64, QObject *parent = nullptr);
    /// Streaming: names come from `source` as they are needed (see the class comment).
    BulkCheck(Dns::LookupService *service, NameSource source, int maxNamesInFlight = 64, QObject *parent = nullptr);
    ~BulkCheck() override;

    /// Each failed climb asks the zone's servers through `probe` (CheckJob::setOriginProbe());
    /// one probe per run, so that each authoritative question is asked once. Before start().
    void setOriginProbe(FailureOriginProbe *probe);
    void start();
    /// While paused no new name is started (those in flight finish): a consumer that
    /// cannot keep up, such as an output kept in input order, holds the run back.
    void setPaused(bool paused);
    /// Stops the run: names being climbed and names not started stay unchecked
    /// (isChecked() false), pending lookups are cancelled, finished(true) follows at once.
    void cancel();

    /// The number of names: known from the start for a list, for a source once it ran
    /// dry (names started so far until then).
    int total() const;
    /// False while a streaming run's source may still have names.
    bool isTotalKnown() const { return !m_source || m_sourceDry; }
    int checkedCount() const;
    bool isFinished() const;
    bool wasCancelled() const;
    /// The climb of name `index` (in the order given); meaningful when isChecked(index).
    const CheckResult &result(int index) const;
    bool isChecked(int index) const;

Q_SIGNALS:
    /// Name `index` (in the order given or pulled) has been climbed.
    void nameChecked(int index, const Caa::CheckResult &result);
    void nameFinished(int index);
    void progress(int checked, int total);
    void finished(bool cancelled);

private:
    void startMore();
    void onJobFinished(int index, CheckJob *job);

    Dns::LookupService *m_service;
    FailureOriginProbe *m_probe = nullptr;
    NameSource m_source;      ///< streaming mode when set
    bool m_sourceDry = false; ///< the source has no more names
    QList<CheckResult> m_results; ///< list mode only
    QList<bool> m_checked;
    QList<CheckJob *> m_active;
    int m_next = 0;
    int m_checkedCount = 0;
    int m_maxActive;
    bool m_paused = false;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace Caa
