#include "engine/checkjob.h"

#include "dns/lookupservice.h"
#include "engine/failureorigin.h"

#include <QCoreApplication>

#include <algorithm>

namespace Caa {

CheckJob::CheckJob(Dns::LookupService *resolver, const DomainName &name, QObject *parent)
    : QObject(parent), m_resolver(resolver), m_result(makeCheck(name))
{
}

CheckJob::~CheckJob()
{
    if (m_probing && m_probe)
        m_probe->cancel(m_probeId);
}

void CheckJob::setOriginProbe(FailureOriginProbe *probe)
{
    m_probe = probe;
}

void CheckJob::start()
{
    if (m_started)
        return;
    m_started = true;
    // Each answer comes to this job alone (LookupService::lookupFor), not to every job
    // sharing the service: a bulk run has thousands. The steps makeCheck() laid out are
    // the climb's names; each is copied before asking, since a cached answer may replace
    // its step before lookupFor() returns.
    const int levels = int(m_result.steps.size());
    m_levelByTicket.reserve(levels);
    for (int i = 0; i < levels; ++i) {
        const QByteArray name = m_result.steps[i].name;
        m_levelByTicket.append({m_resolver->lookupFor(this, name, Dns::Type::CAA,
                                                      [this](quint64 ticket, const Dns::LookupResult &lookup) { onLookupFinished(ticket, lookup); }),
                                i});
    }
    finishIfDone();
}

void CheckJob::cancel()
{
    if (m_finished)
        return;
    if (m_probing) {
        // The climb is complete; only the origin is not known yet.
        if (m_probe)
            m_probe->cancel(m_probeId);
        m_probing = false;
        m_finished = true;
        Q_EMIT finished(m_result);
        return;
    }
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
    const auto it = std::find_if(m_levelByTicket.begin(), m_levelByTicket.end(), [ticket](const auto &pending) { return pending.first == ticket; });
    if (it == m_levelByTicket.end())
        return;
    const int index = it->second;
    m_levelByTicket.erase(it);
    m_result.steps[index] = lookup;
    m_result.answered[index] = true;
    selectRelevant(m_result);
    Q_EMIT levelFinished(index);
    finishIfDone();
}

void CheckJob::finishIfDone()
{
    if (m_finished || m_probing || !m_started || m_result.answered.contains(false))
        return;
    selectRelevant(m_result);
    if (m_probe && originCanBeProbed(m_result)) {
        m_probing = true;
        const QPointer<CheckJob> self(this);
        m_probeId = m_probe->determine(m_result, [self](std::shared_ptr<const FailureOriginReport> report) {
            if (!self || !self->m_probing)
                return;
            self->m_probing = false;
            self->m_finished = true;
            self->m_result.origin = std::move(report);
            Q_EMIT self->finished(self->m_result);
        });
        // A probe that goes away (the source changed) leaves the origin unknown.
        connect(m_probe, &QObject::destroyed, this, [this] {
            if (!m_probing)
                return;
            m_probing = false;
            m_finished = true;
            Q_EMIT finished(m_result);
        });
        Q_EMIT probingOrigin();
        return;
    }
    m_finished = true;
    Q_EMIT finished(m_result);
}

} // namespace Caa
