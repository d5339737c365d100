// libFuzzer target: the DNS message reader and reply interpreter read bytes from
// strangers on the network. Invariants: no crash, no hang, and every CAA RDATA that
// parses re-encodes to the same octets. EDNS options (RFC 8914 EDE among them) never make
// a readable reply unreadable, and an EDE's text is bounded and free of control characters.
// The resolver's walk of c-ares 1.34's parsing rules reads the same bytes (no crash, no
// read outside them; under ASan in the fuzz build).
#include "dns/caresparsecheck.h"
#include "dns/lookupresult.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray packet(reinterpret_cast<const char *>(data), qsizetype(size));
    // libFuzzer hands over exactly `size` octets of their own: ASan sees any read past them.
    (void)Caa::Dns::caresCertainlyParses(data, qsizetype(size));
    const Caa::Dns::ParseResult parsed = Caa::Dns::parseMessage(packet);
    if (parsed.ok()) {
        for (const Caa::Dns::ResourceRecord &rr : parsed.message.answers) {
            if (rr.type != Caa::Dns::Type::CAA)
                continue;
            const Caa::CaaRdataParse caa = Caa::parseCaaRdata(rr.rdata);
            if (caa.ok() && Caa::encodeCaaRdata(caa.record) != rr.rdata)
                std::abort();
        }
        for (const Caa::Dns::ExtendedDnsError &e : parsed.message.extendedErrors) {
            if (e.text.size() > 512 || Caa::Dns::extendedErrorText(e).isEmpty())
                std::abort();
            for (const QChar c : e.text)
                if (c.category() == QChar::Other_Control)
                    std::abort();
        }
    }
    const quint16 id = size >= 2 ? quint16(data[0] << 8 | data[1]) : 0;
    const Caa::Dns::LookupResult r = Caa::Dns::interpretReply("caa.test", Caa::Dns::Type::CAA, id, packet);
    if (r.status != Caa::Dns::LookupStatus::Answered && r.errorMessage.isEmpty())
        std::abort(); // a failure always says why
    return 0;
}
