#pragma once

// One climb run to the end for a test: start a CheckJob and wait for finished().
#include "dns/lookupservice.h"
#include "engine/checkjob.h"

#include <QSignalSpy>

namespace CaaTest {

/// The finished climb of `name` through `resolver`, or what it had after `timeoutMs`.
inline Caa::CheckResult climbAndWait(Caa::Dns::LookupService *resolver, const Caa::DomainName &name, int timeoutMs)
{
    Caa::CheckJob job(resolver, name);
    QSignalSpy done(&job, &Caa::CheckJob::finished);
    job.start();
    if (done.isEmpty())
        done.wait(timeoutMs);
    return job.result();
}

} // namespace CaaTest
