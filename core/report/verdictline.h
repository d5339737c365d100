#pragma once

#include "engine/simulator.h"

#include <QString>
#include <QStringList>

namespace Caa {

/// The answer to "who may issue for this name?" in one line, for a finished check: the
/// kind the name is checked for first, then the other kinds briefly, then how the lookup
/// went. For example:
///
///     Only Sectigo and ZeroSSL may issue for www.shop.example.net (only with dns-01)
///     · wildcards: the same · S/MIME: any CA · lookup OK, not DNSSEC-validated
///
/// The CAs named are those that matter to the user: the pinned ones ("My CAs") when there
/// are any, else the ones the relevant set authorises (CAs of the directory, and issuer
/// domains no directory CA uses, shown as written), else "any CA".
struct VerdictLine
{
    enum class Tone {
        Fine,    ///< issuance is possible as the line says
        Warning, ///< the check did not finish
        Problem, ///< a lookup failure, a critical unknown tag, no CA at all, or a pinned CA refused
    };
    QString text;
    Tone tone = Tone::Fine;
    /// The CA the line names first (a directory name), to show in "Who may issue"; empty
    /// when it names none.
    QString firstCa;
};

/// The line for `check` over its simulated `matrix` (simulate() with the same directory),
/// for the CAs `pinned` by name (empty: none pinned).
VerdictLine verdictLine(const CheckResult &check, const SimulationMatrix &matrix, const CaDirectory &directory,
                        const QStringList &pinned = {});

} // namespace Caa
