#include "dns/lookupservice.h"

#include <QMetaObject>

namespace Caa::Dns {

LookupService::LookupService(QObject *parent) : QObject(parent)
{
    connect(this, &LookupService::finished, this, &LookupService::deliver);
}

LookupService::~LookupService() = default;

quint64 LookupService::lookupFor(QObject *receiver, const QByteArray &name, quint16 type, Handler handler)
{
    // Registered after lookup() returns: by contract its finished() comes later.
    const quint64 ticket = lookup(name, type);
    m_routes.insert(ticket, Route{receiver, std::move(handler)});
    return ticket;
}

void LookupService::deliver(quint64 ticket, const LookupResult &result)
{
    const auto it = m_routes.find(ticket);
    if (it == m_routes.end())
        return;
    const Route route = std::move(it.value());
    m_routes.erase(it);
    if (route.receiver)
        route.handler(ticket, result);
}

void LookupService::finishLater(quint64 ticket, LookupResult result)
{
    queue({ticket, std::move(result), nullptr});
}

void LookupService::finishLater(quint64 ticket, std::shared_ptr<const LookupResult> shared)
{
    Q_ASSERT(shared);
    queue({ticket, LookupResult(), std::move(shared)});
}

void LookupService::queue(Ready &&ready)
{
    m_ready.append(std::move(ready));
    if (m_ready.size() == 1) // one queued call per batch
        QMetaObject::invokeMethod(this, &LookupService::finishReady, Qt::QueuedConnection);
}

void LookupService::finishReady()
{
    // The batch's storage comes back as the next batch's: in a bulk run every turn of the
    // event loop hands over a batch, and growing a fresh list each time reallocated it
    // again and again (issue #18).
    QList<Ready> batch = std::exchange(m_ready, std::move(m_spare));
    const QPointer<LookupService> alive(this);
    for (const Ready &ready : std::as_const(batch)) {
        if (!alive)
            return;
        Q_EMIT finished(ready.ticket, ready.result());
    }
    batch.clear(); // keeps the capacity
    m_spare = std::move(batch);
}

} // namespace Caa::Dns
