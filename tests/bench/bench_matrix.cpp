// Benchmark: the whole simulation matrix (every CA of the bundled directory × 4 kinds)
// for a name whose relevant RRset has 20 records. Prints CPU time per matrix and the
// ratio to a baseline measured in the same run: parsing those 20 values once.
// Not part of the pass/fail test run; see README "Performance".
#include "ca/cadirectory.h"
#include "caa/issuevalue.h"
#include "engine/simulator.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace Caa;

namespace {

double cpuMicroseconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e6 + double(ts.tv_nsec) / 1e3;
}

CheckResult twentyRecordCheck()
{
    CheckResult c = makeCheck(parseDomainInput(QStringLiteral("www.shop.example.com")).name);
    const QList<CaaRecord> records{
        {0, "issue", "letsencrypt.org; accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/1; validationmethods=dns-01"},
        {0, "issue", "digicert.com"},
        {0, "issue", "sectigo.com; validationmethods=http-01,dns-01"},
        {0, "issue", "pki.goog; cansignhttpexchanges=yes"},
        {0, "issue", "globalsign.com"},
        {0, "issue", "amazon.com"},
        {0, "issue", "ssl.com; accounturi=https://acme.ssl.com/ejbca/acme/sslcom-dv-rsa/acct/abc"},
        {0, "issue", "buypass.com"},
        {0, "issuewild", "digicert.com"},
        {0, "issuewild", "letsencrypt.org; validationmethods=dns-01"},
        {0, "issuewild", "sectigo.com"},
        {0, "issuemail", "digicert.com"},
        {0, "issuemail", "sectigo.com"},
        {0, "issuevmc", "digicert.com"},
        {0, "issuevmc", "entrust.net"},
        {0, "iodef", "mailto:security@example.com"},
        {0, "iodef", "https://example.com/caa-report"},
        {0, "contactemail", "hostmaster@example.com"},
        {0, "contactphone", "+1 555 0100"},
        {0, "tbs", "unknown but not critical"},
    };
    for (int i = 0; i < c.steps.size(); ++i) {
        Dns::LookupResult &s = c.steps[i];
        s.status = Dns::LookupStatus::Answered;
        s.rcode = Dns::Rcode::NoError;
        if (s.name == "example.com")
            for (const CaaRecord &r : records)
                s.caa.append({s.name, 3600, r});
        c.answered[i] = true;
    }
    selectRelevant(c);
    return c;
}

template<typename F>
double medianCpu(int repetitions, int inner, F &&work)
{
    QList<double> samples;
    for (int r = 0; r < repetitions; ++r) {
        const double start = cpuMicroseconds();
        for (int i = 0; i < inner; ++i)
            work();
        samples << (cpuMicroseconds() - start) / inner;
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const CheckResult check = twentyRecordCheck();
    const CaDirectory &directory = bundledCaDirectory();
    const SimulationInputs inputs{"https://acme-v02.api.letsencrypt.org/acme/acct/1", "dns-01", {}, {}};
    const QList<Dns::CaaAnswer> set = check.relevantRecords();

    volatile qsizetype sink = 0;
    const double baseline = medianCpu(15, 2000, [&] {
        for (const Dns::CaaAnswer &a : set)
            sink = sink + parseIssueValue(a.record.value).parameters.size();
    });
    const double matrix = medianCpu(15, 200, [&] { sink = sink + simulate(check, directory, inputs).rows.size(); });
    const int verdicts = int(directory.entries.size()) * 4;

    out << "Simulation matrix: " << directory.entries.size() << " CAs x 4 kinds = " << verdicts
        << " verdicts over a 20-record RRset\n";
    out << QStringLiteral("  full matrix:          %1 us CPU (median of 15 runs)\n").arg(matrix, 0, 'f', 1);
    out << QStringLiteral("  per verdict:          %1 us CPU\n").arg(matrix / verdicts, 0, 'f', 3);
    out << QStringLiteral("  baseline (parse the 20 values once): %1 us CPU\n").arg(baseline, 0, 'f', 2);
    out << QStringLiteral("  ratio matrix / baseline: %1x\n").arg(matrix / baseline, 0, 'f', 1);
    out << (matrix < 1000.0 ? "  goal (< 1 ms CPU per matrix): met\n" : "  goal (< 1 ms CPU per matrix): NOT met\n");
    return 0;
}
