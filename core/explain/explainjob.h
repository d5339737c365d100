#pragma once

// Checking what a CA's error names (issue #20), for the window and the CLI alike: the
// targets' climbs as one run, then the diagnostics for those that ask for them (a lookup
// failure or a perspective problem), then each report decided for the CAs named.

#include "explain/explanation.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace Caa {

class BulkCheck;
class CheckSession;

class ExplainJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplainJob)

public:
    /// `adjust` sets what the user chose for every request (account, date); may be empty.
    ExplainJob(CheckSession &session, const QList<ExplainTarget> &targets, const CaDirectory &directory,
               std::function<void(IssuanceRequest &)> adjust = {}, QObject *parent = nullptr);
    ~ExplainJob() override;

    /// Starts the lookups; finished() follows (at once when there is nothing to look up).
    void start();
    /// Stops what runs; finished() follows with what was gathered (isCancelled() true).
    void cancel();
    bool isFinished() const { return m_finished; }
    bool isCancelled() const { return m_cancelled; }
    /// One report per target, in order (an unparsable name is an input error).
    const QList<CheckReport> &reports() const { return m_reports; }
    /// Why the lookups could not start (empty otherwise).
    QString error() const { return m_error; }

Q_SIGNALS:
    void progress(const QString &step);
    void finished();

private:
    void climbsDone();
    void finish();

    CheckSession &m_session;
    QList<ExplainTarget> m_targets;
    CaDirectory m_directory;
    std::function<void(IssuanceRequest &)> m_adjust;
    QList<CheckReport> m_reports;
    QList<int> m_checked; ///< run index → report index
    QPointer<BulkCheck> m_run;
    int m_diagnosticsRunning = 0;
    bool m_finished = false;
    bool m_cancelled = false;
    QString m_error;
};

} // namespace Caa
