#include "engine/checkjob.h"

#include "dns/lookupservice.h"

#include <QCoreApplication>

namespace Caa {

CheckJob::CheckJob(Dns::LookupService *resolver, const DomainName &name, QObject *parent)
    : QObject(parent), m_resolver(resolver), m_result(makeCheck(name))
{
}

CheckJob::~CheckJob() = default;

void CheckJob::start()
{
    if (m_started)
        return;
    m_started = true;
    const QList<QByteArray> names = m_result.name.climbNames();
    // Each answer comes to this job alone (LookupService::lookupFor), not to every job
    // sharing the service: a bulk run has thousands.
    for (int i = 0; i < names.size(); ++i)
        m_levelByTicket.insert(m_resolver->lookupFor(this, names[i], Dns::Type::CAA,
                                                     [this](quint64 ticket, const Dns::LookupResult &lookup) { onLookupFinished(ticket, lookup); }),
                               i);
    finishIfDone();
}

void CheckJob::cancel()
{
    if (m_finished)
        return;
    for (int i = 0; i < m_result.steps.size(); ++i) {
        if (m_result.answered[i])
            continue;
        Dns::LookupResult &step = m_result.steps[i];
        step.status = Dns::LookupStatus::Cancelled;
        step.errorMessage = QCoreApplication::translate("CheckJob", "The check was cancelled before this name answered.");
        m_result.answered[i] = true;
    }
    m_levelByTicket.clear();
    finishIfDone();
}

const CheckResult &CheckJob::result() const { return m_result; }
bool CheckJob::isFinished() const { return m_finished; }

void CheckJob::onLookupFinished(quint64 ticket, const Dns::LookupResult &lookup)
{
    const auto it = m_levelByTicket.constFind(ticket);
    if (it == m_levelByTicket.constEnd())
        return;
    const int index = it.value();
    m_levelByTicket.erase(it);
    m_result.steps[index] = lookup;
    m_result.answered[index] = true;
    selectRelevant(m_result);
    Q_EMIT levelFinished(index);
    finishIfDone();
}

void CheckJob::finishIfDone()
{
    if (m_finished || !m_started || m_result.answered.contains(false))
        return;
    m_finished = true;
    selectRelevant(m_result);
    Q_EMIT finished(m_result);
}

} // namespace Caa
