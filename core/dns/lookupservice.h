#pragma once

#include "dns/lookupresult.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <utility>

namespace Caa::Dns {

/// Something that answers DNS questions asynchronously: the c-ares resolver, or the
/// bulk-run scheduler in front of it. A check job only needs this much.
///
/// Contract for implementations: lookup() never blocks and never emits finished() before
/// it returns; every ticket it hands out is finished exactly once (Cancelled after
/// cancelAll()), from the event loop of the object's thread.
class LookupService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LookupService)

public:
    explicit LookupService(QObject *parent = nullptr);
    ~LookupService() override;

    /// Starts a query for `name` (absolute, A-labels, with or without trailing dot) and
    /// returns the ticket that finished() will carry.
    virtual quint64 lookup(const QByteArray &name, quint16 type = Type::CAA) = 0;
    /// Ends every pending lookup with LookupStatus::Cancelled.
    virtual void cancelAll() = 0;

    using Handler = std::function<void(quint64 ticket, const LookupResult &result)>;
    /// lookup(), with the result delivered to `handler` alone when it finishes (unless
    /// `receiver` is gone by then). One hash lookup per answer however many askers share
    /// the service, where each asker connected to finished() would see every answer.
    quint64 lookupFor(QObject *receiver, const QByteArray &name, quint16 type, Handler handler);

Q_SIGNALS:
    void finished(quint64 ticket, const Caa::Dns::LookupResult &result);

protected:
    /// Emits finished() for `ticket` from the event loop, never inside the caller. One
    /// queued call hands over every result given before it runs, in order: a queued call
    /// per result (an allocation, a posted event and a copy of the result each) was a
    /// tenth of a bulk run's dispatching (issue #18). A receiver that destroys the service
    /// ends the batch, as the queued calls of a destroyed object were dropped.
    void finishLater(quint64 ticket, LookupResult result);
    /// The same for a result that others share (a bulk run's cached answer): it is
    /// handed over as it is, without a copy for the batch (issue #18).
    void finishLater(quint64 ticket, std::shared_ptr<const LookupResult> shared);

private:
    struct Ready;
    void queue(Ready &&ready);
    void deliver(quint64 ticket, const LookupResult &result);
    void finishReady();

    struct Route
    {
        QPointer<QObject> receiver;
        Handler handler;
    };
    QHash<quint64, Route> m_routes;
    struct Ready
    {
        quint64 ticket = 0;
        LookupResult own; // unless shared is set
        std::shared_ptr<const LookupResult> shared;
        const LookupResult &result() const { return shared ? *shared : own; }
    };
    QList<Ready> m_ready; // given to finishLater(), not emitted yet
    QList<Ready> m_spare; // the last batch's storage, for the next one
};

} // namespace Caa::Dns
