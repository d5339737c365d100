// The entry of the module described in plugin/networkmodule.h: the only symbol it
// exports. Everything else it links (caacert, caanet and their copy of caacore) stays
// inside it (-Wl,--exclude-libs,ALL).
#include "cert/certificatenames.h"
#include "net/ctfetch.h"
#include "plugin/networkmodule.h"

#include <QEventLoop>

namespace {

Caa::CtFetched fetchCt(const Caa::CtFetchOptions &options, const QString &domain)
{
    Caa::CtFetch fetch(options);
    QEventLoop loop;
    QObject::connect(&fetch, &Caa::CtFetch::finished, &loop, &QEventLoop::quit);
    fetch.start(domain);
    if (!fetch.isFinished())
        loop.exec();
    return {fetch.result(), fetch.url(), fetch.fetchedAt()};
}

const Caa::NetworkModule module{Caa::NetworkModule::AbiVersion, CAA_VERSION, &Caa::certificateNamesFromFile, &fetchCt};

} // namespace

extern "C" Q_DECL_EXPORT const Caa::NetworkModule *caaNetworkModule()
{
    return &module;
}
