#include "engine/checksession.h"

#include "dns/aresresolver.h"
#include "dns/queryscheduler.h"
#include "engine/bulkcheck.h"
#include "engine/checkjob.h"
#include "engine/diagnostics.h"
#include "engine/failureorigin.h"
#include "generator/zonesource.h"

#include <QCoreApplication>

namespace Caa {

namespace {

Dns::ResolverOptions resolverOptions(const LookupSource &source)
{
    Dns::ResolverOptions options;
    options.timeoutMs = source.timeoutMs;
    options.tries = source.tries;
    options.keepSocketsOpen = source.keepSocketsOpen;
    if (source.kind == LookupSource::Kind::Servers)
        options.servers = source.servers;
    return options;
}

} // namespace

CheckSession::CheckSession(QObject *parent) : QObject(parent) {}

CheckSession::~CheckSession()
{
    // Jobs are children and go with the QObject base; they must not outlive the services
    // they point at, nor report into front-ends that are being torn down.
    const QList<QObject *> jobs = children();
    for (QObject *job : jobs) {
        job->disconnect();
        delete job;
    }
    m_scheduler.reset(); // before the service it sits in front of
    m_service.reset();
    m_checkProbe.reset();
    m_bulkProbe.reset();
}

const LookupSource &CheckSession::source() const { return m_source; }

WorkSet CheckSession::setSource(const LookupSource &source)
{
    const WorkSet ended = running();
    cancelAll();
    // Nothing may point at the old services any more: finished jobs go too (their results
    // were reported), then the scheduler, then the service it asked.
    retire(m_check);
    retire(m_bulk);
    for (const QPointer<DiagnosticsJob> &job : std::as_const(m_diagnostics))
        retire(job);
    m_diagnostics.clear();
    for (const QPointer<CheckJob> &job : std::as_const(m_alongside))
        retire(job);
    m_alongside.clear();
    m_scheduler.reset();
    m_service.reset();
    m_checkProbe.reset();
    m_bulkProbe.reset();
    m_source = source;
    return ended;
}

void CheckSession::setNameserverPort(quint16 port)
{
    if (m_source.nameserverPort == port)
        return;
    m_source.nameserverPort = port;
    // Checks still asking through the old probe end without an origin (CheckJob).
    m_checkProbe.reset();
}

void CheckSession::setOriginCompareResolvers(const QList<Dns::ServerAddress> &resolvers)
{
    if (m_source.originCompareResolvers == resolvers)
        return;
    m_source.originCompareResolvers = resolvers;
    m_checkProbe.reset();
}

const CaDirectory &CheckSession::directory() const { return m_directory; }
void CheckSession::setDirectory(const CaDirectory &directory) { m_directory = directory; }

Dns::LookupService *CheckSession::service(QString *error)
{
    if (m_service)
        return m_service.get();
    // Built when first needed: opening the window starts no c-ares channel, and a zone
    // file is indexed once for every check and run that follows.
    if (m_source.isOffline()) {
        m_service = std::make_unique<ZoneLookupService>(m_source.zones);
        return m_service.get();
    }
    auto resolver = std::make_unique<Dns::AresResolver>(resolverOptions(m_source));
    if (!resolver->isReady()) {
        if (error)
            *error = resolver->setupError();
        return nullptr; // asked again next time: the cause (e.g. /etc/resolv.conf) may be fixed by then
    }
    m_service = std::move(resolver);
    return m_service.get();
}

std::unique_ptr<FailureOriginProbe> CheckSession::makeOriginProbe() const
{
    if (m_source.isOffline() || !m_source.findFailureOrigin)
        return nullptr;
    OriginProbeOptions options;
    options.resolver = resolverOptions(m_source);
    options.nameserverPort = m_source.nameserverPort;
    options.compareResolvers = m_source.originCompareResolvers;
    // Bounded by the check's own timeout: a failed check must not take much longer to
    // report than the failure took.
    options.timeoutMs = qBound(500, m_source.timeoutMs / 2, 3000);
    options.deadlineMs = qBound(2000, m_source.timeoutMs * 2, 10000);
    return std::make_unique<FailureOriginProbe>(options);
}

template<typename Job>
void CheckSession::retireFinished(QList<QPointer<Job>> &jobs)
{
    // Finished ones have reported; only running ones are kept.
    QList<QPointer<Job>> running;
    for (const QPointer<Job> &job : std::as_const(jobs)) {
        if (job && !job->isFinished())
            running << job;
        else
            retire(job);
    }
    jobs = running;
}

void CheckSession::retire(QObject *job)
{
    if (!job)
        return;
    job->disconnect(this);
    job->deleteLater(); // may be inside its own finished() emission
}

CheckJob *CheckSession::startCheck(const DomainName &name, QString *error)
{
    if (m_check)
        m_check->cancel(); // the one it replaces; checks alongside go on
    retire(m_check);
    Dns::LookupService *answers = service(error);
    if (!answers)
        return nullptr;
    m_check = new CheckJob(answers, name, this);
    if (!m_checkProbe)
        m_checkProbe = makeOriginProbe();
    if (m_checkProbe) {
        m_checkProbe->clearCache(); // a check again after a fix must see today's DNS
        m_check->setOriginProbe(m_checkProbe.get());
    }
    return m_check;
}

CheckJob *CheckSession::startCheckAlongside(const DomainName &name, QString *error)
{
    retireFinished(m_alongside);
    Dns::LookupService *answers = service(error);
    if (!answers)
        return nullptr;
    auto *job = new CheckJob(answers, name, this);
    if (!m_checkProbe)
        m_checkProbe = makeOriginProbe();
    job->setOriginProbe(m_checkProbe.get());
    m_alongside << job;
    return job;
}

BulkCheck *CheckSession::startBulk(const QList<DomainName> &names, int maxInFlight, QString *error)
{
    if (!prepareBulk(maxInFlight, /*streaming=*/false, error))
        return nullptr;
    m_bulk = new BulkCheck(m_scheduler.get(), names, maxInFlight, this);
    m_bulk->setOriginProbe(m_bulkProbe.get());
    return m_bulk;
}

BulkCheck *CheckSession::startBulk(NameSource source, int maxInFlight, QString *error)
{
    if (!prepareBulk(maxInFlight, /*streaming=*/true, error))
        return nullptr;
    m_bulk = new BulkCheck(m_scheduler.get(), std::move(source), maxInFlight, this);
    m_bulk->setOriginProbe(m_bulkProbe.get());
    return m_bulk;
}

bool CheckSession::prepareBulk(int maxInFlight, bool streaming, QString *error)
{
    cancel(Work::Bulk);
    retire(m_bulk);
    // The old run's scheduler may still have queries out at the service; their answers
    // are dropped with it.
    m_scheduler.reset();
    Dns::LookupService *answers = service(error);
    if (!answers)
        return false;
    // A streamed run may be millions of names: no count per question, which would grow
    // with each of them (the cache is bounded either way), and only answers asked for
    // more than once are kept: the shared ancestors, not each name's own.
    m_scheduler = std::make_unique<Dns::QueryScheduler>(
        answers, Dns::SchedulerOptions{.maxInFlight = qMax(1, maxInFlight), .countPerQuestion = !streaming, .keepOnlyRepeated = streaming});
    // Each run asks every authoritative question once, and nothing from an earlier run.
    m_bulkProbe = makeOriginProbe();
    return true;
}

DiagnosticsJob *CheckSession::startDiagnostics(const CheckResult &check, const DiagnosticsOptions &options, QString *error)
{
    if (m_source.isOffline()) {
        if (error)
            *error = QCoreApplication::translate("CheckSession",
                                                 "The diagnostics ask the domain's nameservers and other resolvers over the network; "
                                                 "they do not work against a zone file. Choose a resolver first.");
        return nullptr;
    }
    retireFinished(m_diagnostics);
    auto *job = new DiagnosticsJob(resolverOptions(m_source), check, options, this);
    m_diagnostics << job;
    return job;
}

void CheckSession::cancel(Work work)
{
    switch (work) {
    case Work::Check: {
        if (m_check)
            m_check->cancel(); // finishes at once, the pending levels marked cancelled
        const QList<QPointer<CheckJob>> alongside = m_alongside;
        for (const QPointer<CheckJob> &job : alongside)
            if (job)
                job->cancel();
        break;
    }
    case Work::Bulk:
        if (m_bulk)
            m_bulk->cancel(); // finished(true) at once; names not finished stay unchecked
        break;
    case Work::Diagnostics: {
        const QList<QPointer<DiagnosticsJob>> jobs = m_diagnostics;
        for (const QPointer<DiagnosticsJob> &job : jobs)
            if (job)
                job->cancel(); // reports what was gathered so far
        break;
    }
    }
}

void CheckSession::cancelAll()
{
    cancel(Work::Check);
    cancel(Work::Bulk);
    cancel(Work::Diagnostics);
}

bool CheckSession::isRunning(Work work) const
{
    switch (work) {
    case Work::Check:
        return m_check && !m_check->isFinished();
    case Work::Bulk:
        return m_bulk && !m_bulk->isFinished();
    case Work::Diagnostics:
        for (const QPointer<DiagnosticsJob> &job : m_diagnostics)
            if (job && !job->isFinished())
                return true;
        return false;
    }
    return false;
}

WorkSet CheckSession::running() const
{
    WorkSet set;
    for (const Work work : {Work::Check, Work::Bulk, Work::Diagnostics})
        if (isRunning(work))
            set |= work;
    return set;
}

const Dns::QueryScheduler *CheckSession::bulkScheduler() const { return m_scheduler.get(); }
int CheckSession::bulkQueriesSent() const
{
    return m_scheduler ? m_scheduler->totalQueriesSent() : -1;
}

const Dns::LookupService *CheckSession::lookupService() const { return m_service.get(); }

const FailureOriginProbe *CheckSession::checkOriginProbe() const { return m_checkProbe.get(); }
const FailureOriginProbe *CheckSession::bulkOriginProbe() const { return m_bulkProbe.get(); }

int CheckSession::pendingLookups() const
{
    const auto *resolver = qobject_cast<const Dns::AresResolver *>(m_service.get());
    return resolver ? resolver->pendingCount() : 0;
}

} // namespace Caa
