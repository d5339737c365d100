#pragma once

// The features that need Qt Network, in a module the CLI loads only when they are asked
// for: reading certificate files (QSslCertificate, for --cert) and asking Certificate
// Transparency search services (--ct, the ct command). Linking Qt Network costs every
// start of the program: on Debian 13 it pulls in libproxy and some thirty libraries
// behind it (libcurl, GnuTLS, GIO...), about 20 ms before main() (issue #18). A check
// without those options never loads them.

#include "cert/certificatenames.h"
#include "ct/ctfetchoptions.h"
#include "ct/ctlog.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace Caa {

/// One answer of a CT search service: what was read (CtParse::error says what went wrong,
/// the service's failure included), the URL asked and when.
struct CtFetched
{
    CtParse result;
    QUrl url;
    QDateTime fetchedAt;
};

/// What the module offers. It is built with the program, from the same sources: the
/// loader refuses a module of another version. abiVersion and version stay the first two
/// members in every version, so that the loader can read them from any module.
struct NetworkModule
{
    static constexpr int AbiVersion = 1;
    int abiVersion;
    const char *version; ///< CAA_VERSION of the build it came from
    /// certificateNamesFromFile() of cert/certificatenames.h.
    CertificateNames (*certificateNamesFromFile)(const QString &path);
    /// Asks the service once for `domain` (A-label form) and waits for the answer in a
    /// local event loop (CtFetch of net/ctfetch.h).
    CtFetched (*fetchCt)(const CtFetchOptions &options, const QString &domain);
};

/// The module's file name, and where it is looked for: beside the program (the build
/// tree), then in the installed module directory relative to the program.
QString networkModuleFileName();
QStringList networkModuleCandidates();

/// Loads the module on first use (once per process; it stays loaded). nullptr with
/// `error` set, a sentence naming the file and what to do, when it cannot be loaded.
const NetworkModule *networkModule(QString *error = nullptr);

} // namespace Caa
