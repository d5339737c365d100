// libFuzzer target: the same bytes as every kind of CAA property (issue, issuewild,
// issuemail, iodef, contactemail, contactphone) through the findings engine, which is
// where iodef URLs and contacts are validated. Invariant: every finding says what and
// which rule; nothing crashes.
#include "ca/cadirectory.h"
#include "engine/findings.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Caa::CheckResult empty = Caa::makeCheck(Caa::parseDomainInput(QStringLiteral("fuzz.example")).name);
    const QByteArray value(reinterpret_cast<const char *>(data), qsizetype(size));
    Caa::CheckResult check = empty;
    Caa::Dns::LookupResult &level = check.steps.first();
    level.status = Caa::Dns::LookupStatus::Answered;
    level.rcode = 0;
    for (const char *tag : {"issue", "issuewild", "issuemail", "iodef", "contactemail", "contactphone"})
        level.caa.append({level.name, 300, {quint8(size ? data[0] : 0), QByteArray(tag), value}});
    for (int i = 0; i < check.steps.size(); ++i)
        check.answered[i] = true;
    Caa::selectRelevant(check);
    for (const Caa::Finding &f : Caa::analyse(check, &Caa::bundledCaDirectory()))
        if (f.reference.isEmpty() || f.message.isEmpty())
            std::abort();
    return 0;
}
