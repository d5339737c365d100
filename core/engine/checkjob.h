#pragma once

#include "engine/climb.h"

#include <QHash>
#include <QObject>

namespace Caa {
namespace Dns {
class LookupService;
}

/// Runs the RFC 8659 §3 climb for one name: every level from the name up to the TLD
/// is queried at once (one resolver round trip in all, as boulder does) and the
/// answers are combined in order as they arrive.
class CheckJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckJob)

public:
    /// `resolver` (an AresResolver, or a QueryScheduler for bulk runs) must outlive the
    /// job; several jobs may share one.
    CheckJob(Dns::LookupService *resolver, const DomainName &name, QObject *parent = nullptr);
    ~CheckJob() override;

    /// Sends every query. Results come through levelFinished() and finished().
    void start();
    /// Ends the check now; pending levels are reported as cancelled lookup failures.
    void cancel();

    const CheckResult &result() const;
    bool isFinished() const;

Q_SIGNALS:
    /// Level `index` (0 = the name itself) has its answer; result() is updated.
    void levelFinished(int index);
    /// Every level has answered (or the job was cancelled).
    void finished(const Caa::CheckResult &result);

private:
    void onLookupFinished(quint64 ticket, const Dns::LookupResult &lookup);
    void finishIfDone();

    Dns::LookupService *m_resolver;
    CheckResult m_result;
    QHash<quint64, int> m_levelByTicket;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace Caa

