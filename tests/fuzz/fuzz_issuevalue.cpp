// libFuzzer target: issue/issuewild/issuemail/issuevmc values (RFC 8659 §4.2 grammar and
// boulder's parser). Invariant: a well-formed value written back in canonical form parses
// to the same issuer and parameters.
#include "caa/issuevalue.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray value(reinterpret_cast<const char *>(data), qsizetype(size));
    const Caa::IssueValue v = Caa::parseIssueValue(value);
    if (v.wellFormed) {
        QByteArray canonical = v.issuer;
        if (!v.parameters.isEmpty()) {
            canonical += ';';
            for (int i = 0; i < v.parameters.size(); ++i)
                canonical += (i ? "; " : " ") + v.parameters[i].tag + '=' + v.parameters[i].value;
        }
        const Caa::IssueValue again = Caa::parseIssueValue(canonical);
        if (!again.wellFormed || again.issuer != v.issuer || again.parameters != v.parameters)
            std::abort();
    } else if (v.error.isEmpty() || !v.issuer.isEmpty()) {
        std::abort(); // malformed: says where, and names no issuer
    }
    (void)Caa::parseIssueValueBoulder(value);
    return 0;
}
