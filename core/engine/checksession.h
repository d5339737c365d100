#pragma once

#include "ca/cadirectory.h"
#include "dns/dnsserver.h"
#include "engine/bulkcheck.h"
#include "engine/climb.h"
#include "engine/diagnosticsresult.h"
#include "generator/zonereader.h"

#include <QFlags>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

namespace Caa {

class BulkCheck;
class CheckJob;
class DiagnosticsJob;
class FailureOriginProbe;
namespace Dns {
class LookupService;
class QueryScheduler;
} // namespace Dns

/// Where a session's lookups go and how they are sent.
struct LookupSource
{
    enum class Kind {
        System,    ///< the system's resolvers (/etc/resolv.conf)
        Servers,   ///< `servers`, asked in order
        ZoneFiles, ///< `zones`, answered offline as their authoritative server would
    };
    Kind kind = Kind::System;
    QList<Dns::ServerAddress> servers;
    QList<ZoneText> zones;
    int timeoutMs = 5000;            ///< for a whole lookup, retries included
    int tries = Dns::kDefaultTries;  ///< attempts per server, 1 to Dns::kMaxTries
    /// When a check fails through the resolver in a way the resolver may be to blame for,
    /// ask the zone's own servers directly and say whose failure it is (issue #21).
    bool findFailureOrigin = true;
    /// Port for those direct queries (53 on the Internet; test beds differ).
    quint16 nameserverPort = 53;
    /// Other resolvers to ask a failed level too. Empty unless the user asked for it:
    /// asking a public resolver tells it which name is being checked.
    QList<Dns::ServerAddress> originCompareResolvers;
    /// How the user named the choice ("System resolver", "Zone file: x (offline)"), for
    /// status lines and reports.
    QString label;
    /// For long bulk runs only: see Dns::ResolverOptions::keepSocketsOpen.
    bool keepSocketsOpen = false;

    bool isOffline() const { return kind == Kind::ZoneFiles; }
};

/// The pieces of work a session runs. Each is started and cancelled on its own.
enum class Work {
    Check = 0x1,       ///< the climb of one name
    Bulk = 0x2,        ///< a run over many names
    Diagnostics = 0x4, ///< helpdesk diagnostics of a finished check (one or several)
};
Q_DECLARE_FLAGS(WorkSet, Work)
Q_DECLARE_OPERATORS_FOR_FLAGS(WorkSet)

/// The one way a front-end (window, CLI) checks names: it owns the lookup source (system
/// resolver, servers or zone files, with timeout and tries), the services that answer
/// (a c-ares resolver or the zone index, built when first needed and shared by the work
/// that follows, and a QueryScheduler per bulk run), and the CA directory, and it starts
/// single checks, bulk runs and diagnostics. Front-ends connect to the job a start
/// function returns and show what it reports; they never build a resolver themselves.
///
/// Jobs belong to the session. A job stays readable after its finished() signal until
/// the next job of the same kind starts or the source changes (then it is deleted from
/// the event loop, never inside its own signal): hold it in a QPointer.
class CheckSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckSession)

public:
    explicit CheckSession(QObject *parent = nullptr);
    ~CheckSession() override;

    const LookupSource &source() const;
    /// Sends the next lookups to `source`. Work still running through the old source is
    /// cancelled first (each piece reports through its finished() signal, as cancel()
    /// does) and then the old services go. Returns the pieces that were cancelled, so that
    /// the front-end can say which.
    WorkSet setSource(const LookupSource &source);

    /// The port for direct queries to nameservers (LookupSource::nameserverPort), from
    /// the next check or run on; unlike setSource() nothing running is cancelled.
    void setNameserverPort(quint16 port);
    /// LookupSource::originCompareResolvers, the same way.
    void setOriginCompareResolvers(const QList<Dns::ServerAddress> &resolvers);

    const CaDirectory &directory() const;
    void setDirectory(const CaDirectory &directory);

    /// Starts the climb of `name` (a check started here still running is cancelled first;
    /// checks started alongside go on). nullptr,
    /// with `error` set, when lookups cannot be sent (c-ares could not be set up).
    CheckJob *startCheck(const DomainName &name, QString *error = nullptr);
    /// Starts a check that runs beside the one startCheck() started and does not replace
    /// it (the generator's check of its draft's name). Cancelled with cancel(Work::Check)
    /// and with the source; deleted once finished and the next one starts.
    CheckJob *startCheckAlongside(const DomainName &name, QString *error = nullptr);
    /// Starts a run over `names` (a run still going is cancelled first): at most
    /// `maxInFlight` names climbed and queries outstanding at once, shared ancestors
    /// asked once (a new QueryScheduler, so nothing is cached from an earlier run).
    BulkCheck *startBulk(const QList<DomainName> &names, int maxInFlight, QString *error = nullptr);
    /// The same, streaming: names are pulled from `source` as the run has room and each
    /// result is handed out once (BulkCheck::nameChecked()) and not kept.
    BulkCheck *startBulk(NameSource source, int maxInFlight, QString *error = nullptr);
    /// Starts the diagnostics of a finished check. Several may run at once. They ask the
    /// network (nameservers, other resolvers): nullptr with `error` set when the source is
    /// offline.
    DiagnosticsJob *startDiagnostics(const CheckResult &check, const DiagnosticsOptions &options, QString *error = nullptr);

    /// Ends the running piece(s) of `work` now; each reports through its finished().
    void cancel(Work work);
    void cancelAll();
    bool isRunning(Work work) const;
    WorkSet running() const;

    /// The counters of the current or last bulk run (queries sent, cache hits); nullptr
    /// before the first run and after the source changed.
    const Dns::QueryScheduler *bulkScheduler() const;
    /// Queries the current or last bulk run sent to the network (or the zone index); -1
    /// when there is no run to count.
    int bulkQueriesSent() const;
    /// What answers the lookups now: the c-ares resolver, or the zone index offline;
    /// nullptr until the first lookup.
    const Dns::LookupService *lookupService() const;
    /// Lookups sent to the network and not answered yet (0 when idle or offline).
    int pendingLookups() const;
    /// What finds the origin of failed checks: one for single checks (its answers
    /// forgotten at each startCheck()), a new one per bulk run; nullptr offline, when
    /// LookupSource::findFailureOrigin is off, or before the first check or run.
    const FailureOriginProbe *checkOriginProbe() const;
    const FailureOriginProbe *bulkOriginProbe() const;

private:
    Dns::LookupService *service(QString *error);
    std::unique_ptr<FailureOriginProbe> makeOriginProbe() const;
    void retire(QObject *job);
    /// Ends the running bulk run and gives the next one a fresh scheduler.
    bool prepareBulk(int maxInFlight, bool streaming, QString *error);
    template<typename Job>
    void retireFinished(QList<QPointer<Job>> &jobs);

    LookupSource m_source;
    CaDirectory m_directory;
    std::unique_ptr<Dns::LookupService> m_service; ///< AresResolver, or ZoneLookupService offline
    std::unique_ptr<Dns::QueryScheduler> m_scheduler;
    std::unique_ptr<FailureOriginProbe> m_checkProbe;
    std::unique_ptr<FailureOriginProbe> m_bulkProbe;
    QPointer<CheckJob> m_check;
    QList<QPointer<CheckJob>> m_alongside;
    QPointer<BulkCheck> m_bulk;
    QList<QPointer<DiagnosticsJob>> m_diagnostics;
};

} // namespace Caa
