#include "engine/bulkcheck.h"

#include "dns/lookupservice.h"
#include "engine/checkjob.h"

namespace Caa {

QStringList parseNameList(const QString &text)
{
    // Views into the text, one allocation per name kept: a pasted list may be 100,000
    // lines, read while the window waits.
    QStringList names;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        const QStringView name = nameOnListLine(line);
        if (!name.isEmpty())
            names << name.toString();
    }
    return names;
}

QStringView nameOnListLine(QStringView line)
{
    const qsizetype hash = line.indexOf(u'#');
    if (hash >= 0)
        line.truncate(hash);
    return line.trimmed();
}

BulkCheck::BulkCheck(Dns::LookupService *service, const QList<DomainName> &names, int maxNamesInFlight, QObject *parent)
    : QObject(parent), m_service(service), m_maxActive(qMax(1, maxNamesInFlight))
{
    m_results.reserve(names.size());
    for (const DomainName &n : names)
        m_results << makeCheck(n);
    m_checked.fill(false, names.size());
}

BulkCheck::BulkCheck(Dns::LookupService *service, NameSource source, int maxNamesInFlight, QObject *parent)
    : QObject(parent), m_service(service), m_source(std::move(source)), m_maxActive(qMax(1, maxNamesInFlight))
{
}

BulkCheck::~BulkCheck()
{
    // Jobs still running belong to us; they must not report into a dead object.
    for (CheckJob *job : std::as_const(m_active)) {
        job->disconnect(this);
        delete job;
    }
}

int BulkCheck::total() const { return m_source ? m_next : int(m_results.size()); }
int BulkCheck::checkedCount() const { return m_checkedCount; }
bool BulkCheck::isFinished() const { return m_finished; }
bool BulkCheck::wasCancelled() const { return m_cancelled; }
const CheckResult &BulkCheck::result(int index) const { return m_results.at(index); }
bool BulkCheck::isChecked(int index) const { return m_checked.value(index); }

void BulkCheck::start()
{
    if (m_started)
        return;
    m_started = true;
    startMore();
}

void BulkCheck::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!paused && m_started)
        startMore();
}

void BulkCheck::startMore()
{
    while (!m_cancelled && !m_paused && m_active.size() < m_maxActive) {
        std::optional<DomainName> name;
        if (m_source) {
            if (!m_sourceDry)
                name = m_source();
            // A source that paused the run has no name for now, and is asked again when
            // the run goes on; otherwise nothing means no more.
            m_sourceDry = !name && !m_paused;
        } else if (m_next < m_results.size()) {
            name = m_results[m_next].name;
        }
        if (!name)
            break;
        const int index = m_next++;
        auto *job = new CheckJob(m_service, *name);
        job->setOriginProbe(m_probe);
        m_active << job;
        connect(job, &CheckJob::finished, this, [this, index, job] { onJobFinished(index, job); });
        job->start();
    }
    const bool noMoreNames = m_source ? m_sourceDry : m_next >= m_results.size();
    if (!m_finished && !m_cancelled && m_active.isEmpty() && noMoreNames) {
        m_finished = true;
        Q_EMIT finished(false);
    }
}

void BulkCheck::onJobFinished(int index, CheckJob *job)
{
    m_active.removeOne(job);
    job->deleteLater();
    if (m_cancelled)
        return;
    ++m_checkedCount;
    if (!m_source) {
        m_results[index] = job->result();
        m_checked[index] = true;
    }
    Q_EMIT nameChecked(index, job->result());
    Q_EMIT nameFinished(index);
    Q_EMIT progress(m_checkedCount, total());
    startMore();
}

void BulkCheck::setOriginProbe(FailureOriginProbe *probe)
{
    m_probe = probe;
}

void BulkCheck::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    const QList<CheckJob *> active = m_active;
    m_active.clear();
    for (CheckJob *job : active) {
        job->disconnect(this);
        job->deleteLater();
    }
    m_service->cancelAll();
    m_finished = true;
    Q_EMIT finished(true);
}

} // namespace Caa
