#pragma once

#include "dns/aresresolver.h"
#include "engine/diagnosticsresult.h"

#include <QObject>

#include <memory>

namespace Caa {

/// Helpdesk diagnostics for a finished check:
/// - DNSSEC per climbed level; a SERVFAIL is asked again with CD=1 to tell a DNSSEC
///   validation failure (Bogus) from failing nameservers;
/// - the zone cut(s) on the climbed path (SOA through the resolver), each zone's NS and
///   their A/AAAA, then CAA at every climbed name of that zone and the zone's SOA asked of
///   every address directly (RD=0), compared server by server (discovery uses CD=1, so
///   the servers of a zone with broken signatures are still found and asked);
/// - the same climb through other resolvers, compared level by level.
/// Lookups run in parallel within each step; nothing blocks.
class DiagnosticsJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsJob)

public:
    /// `resolverOptions` is what the check used (its servers are the first resolver).
    DiagnosticsJob(const Dns::ResolverOptions &resolverOptions, const CheckResult &check, const DiagnosticsOptions &options,
                   QObject *parent = nullptr);
    ~DiagnosticsJob() override;

    void start();
    void cancel();
    bool isFinished() const;
    const Diagnostics &result() const;

Q_SIGNALS:
    void progress(const QString &step);
    void finished(const Caa::Diagnostics &result);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Caa
