// libFuzzer target: what a person types or pastes as a domain name. Invariant: an accepted
// name, shown back, is accepted again as the same name.
#include "domain/domainname.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Caa::DomainParse p = Caa::parseDomainInput(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!p.ok()) {
        if (p.error.message.isEmpty())
            std::abort();
        return 0;
    }
    if (p.name.ace.isEmpty() || p.name.ace.size() > 253)
        std::abort();
    const Caa::DomainParse again = Caa::parseDomainInput(p.name.display());
    if (!again.ok() || again.name.ace != p.name.ace || again.name.wildcard != p.name.wildcard)
        std::abort();
    return 0;
}
