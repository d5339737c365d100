#pragma once

#include "engine/climb.h"

#include <QVarLengthArray>
#include <QObject>
#include <QPointer>

namespace Caa {
namespace Dns {
class LookupService;
}
class FailureOriginProbe;

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

    /// When the climb fails in a way the resolver may be to blame for, `probe` asks the
    /// zone's own servers before finished() and the result carries the failure's origin
    /// (CheckResult::origin). Set before start(); the probe must outlive the job or be
    /// null.
    void setOriginProbe(FailureOriginProbe *probe);

    /// Sends every query. Results come through levelFinished() and finished().
    void start();
    /// Ends the check now; pending levels are reported as cancelled lookup failures.
    void cancel();

    const CheckResult &result() const;
    bool isFinished() const;

Q_SIGNALS:
    /// Level `index` (0 = the name itself) has its answer; result() is updated.
    void levelFinished(int index);
    /// The climb failed and the zone's own servers are being asked (see setOriginProbe()).
    void probingOrigin();
    /// Every level has answered (or the job was cancelled).
    void finished(const Caa::CheckResult &result);

private:
    void onLookupFinished(quint64 ticket, const Dns::LookupResult &lookup);
    void finishIfDone();

    Dns::LookupService *m_resolver;
    CheckResult m_result;
    // Pending tickets and their levels: a climb has a handful, so a search through a flat
    // list beats a hash table that allocates for every job of a bulk run.
    QVarLengthArray<std::pair<quint64, int>, 8> m_levelByTicket;
    QPointer<FailureOriginProbe> m_probe;
    quint64 m_probeId = 0;
    bool m_started = false;
    bool m_probing = false;
    bool m_finished = false;
};

} // namespace Caa

