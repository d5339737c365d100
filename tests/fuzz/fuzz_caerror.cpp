// libFuzzer target: what a customer pastes from a CA or an ACME client (issue #20).
// Invariants: every problem read carries the excerpt it came from and a kind with a
// name; a lookup failure says its cause; reading the text again gives the same problems;
// explain's offline answer, targets and JSON are made from them without fault.
#include "explain/caerror.h"
#include "explain/explanation.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<Caa::CaProblem> problems = Caa::readCaErrors(text);
    for (const Caa::CaProblem &p : problems) {
        if (p.sourceText.isEmpty() || Caa::caProblemKindName(p.kind).isEmpty())
            std::abort();
        if (p.kind == Caa::CaProblemKind::LookupFailure && p.cause.isEmpty())
            std::abort();
    }
    if (Caa::readCaErrors(text) != problems)
        std::abort();
    if (Caa::explainAnswer(problems, {}, false).isEmpty() || Caa::explanationToJson(problems, {}, QString()).isEmpty())
        std::abort();
    for (const Caa::ExplainTarget &t : Caa::explainTargets(problems))
        if (t.name.isEmpty())
            std::abort();
    return 0;
}
