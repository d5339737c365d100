#include "explain/explainjob.h"

#include "engine/bulkcheck.h"
#include "engine/checksession.h"
#include "engine/diagnostics.h"

#include <QCoreApplication>
#include <QTimer>

namespace Caa {

ExplainJob::ExplainJob(CheckSession &session, const QList<ExplainTarget> &targets, const CaDirectory &directory,
                       std::function<void(IssuanceRequest &)> adjust, QObject *parent)
    : QObject(parent), m_session(session), m_targets(targets), m_directory(directory), m_adjust(std::move(adjust))
{
}

ExplainJob::~ExplainJob() = default;

void ExplainJob::start()
{
    QList<DomainName> names;
    for (const ExplainTarget &t : std::as_const(m_targets)) {
        CheckReport r;
        r.input = t.name;
        const DomainParse parsed = parseDomainInput(t.name);
        r.inputOk = parsed.ok();
        if (parsed.ok()) {
            r.check = makeCheck(parsed.name);
            m_checked << int(m_reports.size());
            names << parsed.name;
        } else {
            r.inputError = parsed.error;
        }
        m_reports << r;
    }
    if (names.isEmpty()) {
        QTimer::singleShot(0, this, &ExplainJob::finish);
        return;
    }
    Q_EMIT progress(QCoreApplication::translate("ExplainJob", "Checking %1…").arg(names.first().display()));
    m_run = m_session.startBulk(names, 64, &m_error);
    if (!m_run) {
        QTimer::singleShot(0, this, &ExplainJob::finish);
        return;
    }
    connect(m_run, &BulkCheck::finished, this, &ExplainJob::climbsDone);
    m_run->start();
}

void ExplainJob::climbsDone()
{
    if (m_finished)
        return;
    for (int j = 0; j < m_checked.size(); ++j)
        if (m_run && m_run->isChecked(j))
            m_reports[m_checked[j]].check = m_run->result(j);
    if (m_cancelled || m_session.source().isOffline()) {
        finish();
        return;
    }
    // A lookup failure or a perspective problem: ask the zone's servers directly too.
    DiagnosticsOptions options;
    options.nameserverPort = m_session.source().nameserverPort;
    options.timeoutMs = qMin(m_session.source().timeoutMs, 5000);
    for (const int i : std::as_const(m_checked)) {
        if (!m_targets[i].diagnose)
            continue;
        DiagnosticsJob *job = m_session.startDiagnostics(m_reports[i].check, options);
        if (!job)
            continue;
        ++m_diagnosticsRunning;
        Q_EMIT progress(QCoreApplication::translate("ExplainJob", "Asking the nameservers of %1…").arg(m_targets[i].name));
        connect(job, &DiagnosticsJob::finished, this, [this, i](const Diagnostics &d) {
            m_reports[i].diagnostics = d;
            if (--m_diagnosticsRunning == 0)
                finish();
        });
        job->start();
    }
    if (m_diagnosticsRunning == 0)
        finish();
}

void ExplainJob::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_session.cancel(Work::Bulk);
    m_session.cancel(Work::Diagnostics);
    // A run that had already finished, or never started, reports nothing more.
    if (!m_run || m_run->isFinished())
        QTimer::singleShot(0, this, &ExplainJob::finish);
}

void ExplainJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    for (int i = 0; i < m_reports.size(); ++i) {
        CheckReport &r = m_reports[i];
        if (!r.inputOk || r.check.verdict == ClimbVerdict::Incomplete)
            continue;
        QList<IssuanceRequest> requests = explainRequests(m_targets[i], r.check.name, m_directory);
        if (m_adjust)
            for (IssuanceRequest &req : requests)
                m_adjust(req);
        completeReport(r, requests, &m_directory);
    }
    Q_EMIT finished();
}

} // namespace Caa
