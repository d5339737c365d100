#pragma once

#include "ca/cadirectory.h"
#include "engine/decision.h"

#include <QList>

namespace Caa {

/// What the person simulating can vary.
struct SimulationInputs
{
    QByteArray accountUri;                 ///< empty: not given
    QByteArray method;                     ///< empty: not given
    QList<QByteArray> customIdentifiers;   ///< extra CAs by identifier (rfc profile)
    QDate asOf;                            ///< the day to decide for; invalid: today (UTC)
};

/// One CA's verdicts, one per kind of SimulationMatrix::kinds.
struct MatrixRow
{
    IssuanceRequest request; ///< kind is that of the first column; the cells carry their own
    bool custom = false;     ///< from SimulationInputs::customIdentifiers
    QList<Decision> cells;
};

/// Every CA × every certificate kind for one checked name: single name, wildcard
/// ("*.name", same climb), S/MIME for addresses @name, VMC.
struct SimulationMatrix
{
    QList<CertificateKind> kinds{CertificateKind::TlsSingle, CertificateKind::TlsWildcard, CertificateKind::Email,
                                 CertificateKind::Vmc};
    QList<MatrixRow> rows;
};

/// Fills the matrix for a finished climb. A CA with several identifiers is permitted when
/// any of them is (one request carries all identifiers).
SimulationMatrix simulate(const CheckResult &check, const CaDirectory &directory, const SimulationInputs &inputs);

} // namespace Caa
