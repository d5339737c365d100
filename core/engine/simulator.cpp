#include "engine/simulator.h"

namespace Caa {

SimulationMatrix simulate(const CheckResult &check, const CaDirectory &directory, const SimulationInputs &inputs)
{
    SimulationMatrix matrix;
    QList<IssuanceRequest> requests;
    for (const CaEntry &ca : directory.entries)
        requests << requestFor(ca, CertificateKind::TlsSingle);
    const int directoryCount = int(requests.size());
    for (const QByteArray &id : inputs.customIdentifiers) {
        IssuanceRequest r;
        r.caName = QString::fromLatin1(id);
        r.identifiers = {id};
        requests << r;
    }
    matrix.rows.reserve(requests.size());
    const PreparedSet prepared = prepareSet(check.relevantRecords());
    for (int i = 0; i < requests.size(); ++i) {
        MatrixRow row;
        row.request = requests[i];
        row.request.accountUri = inputs.accountUri;
        row.request.method = inputs.method;
        row.request.asOf = inputs.asOf;
        row.custom = i >= directoryCount;
        for (const CertificateKind kind : std::as_const(matrix.kinds)) {
            IssuanceRequest cell = row.request;
            cell.kind = kind;
            row.cells << decide(check, cell, &prepared);
        }
        row.request.kind = matrix.kinds.first();
        matrix.rows << row;
    }
    return matrix;
}

} // namespace Caa
