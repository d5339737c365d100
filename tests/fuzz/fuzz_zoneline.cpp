// libFuzzer target: zone-file text as the generator imports it (libzscanner), and the
// record lines of --record. Invariant: a record that parses, written back in presentation
// form, parses to the same record.
#include "generator/zonereader.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const Caa::RecordLineParse line = Caa::parseCaaRecordText(QString::fromUtf8(text));
    if (line.ok() && line.record.hasValidTagCharacters()) {
        const Caa::RecordLineParse again = Caa::parseCaaRecordText(QString::fromLatin1(Caa::caaPresentation(line.record)));
        if (!again.ok() || again.record != line.record)
            std::abort();
    }
    (void)Caa::parseZoneText(text, "fuzz.example");
    return 0;
}
