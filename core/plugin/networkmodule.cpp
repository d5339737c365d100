#include "plugin/networkmodule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace Caa {

namespace {

struct Loaded
{
    const NetworkModule *module = nullptr;
    QString error;
    // Never unloaded: what the module returned (strings, CT data) may outlive any scope
    // here. Kept here, it stays reachable (no leak for LeakSanitizer to report).
    QLibrary *library = nullptr;
};

Loaded load()
{
    const QStringList candidates = networkModuleCandidates();
    for (const QString &path : candidates) {
        if (!QFileInfo::exists(path))
            continue;
        auto *library = new QLibrary(path);
        using Entry = const NetworkModule *(*)();
        const auto entry = reinterpret_cast<Entry>(library->resolve("caaNetworkModule"));
        if (!entry) {
            const QString why = library->errorString();
            delete library;
            return {nullptr, QCoreApplication::translate("NetworkModule", "%1 cannot be loaded (%2). Reinstall caa-inspector, or check "
                                                                           "that Qt Network (libqt6network6) is installed.")
                                 .arg(QDir::toNativeSeparators(path), why)};
        }
        const NetworkModule *module = entry();
        if (!module || module->abiVersion != NetworkModule::AbiVersion || QLatin1StringView(module->version) != QLatin1StringView(CAA_VERSION))
            return {nullptr, QCoreApplication::translate("NetworkModule", "%1 is from another version of CAA Inspector (%2, this program is %3). "
                                                                           "Reinstall caa-inspector.")
                                 .arg(QDir::toNativeSeparators(path), module ? QString::fromLatin1(module->version) : QStringLiteral("?"),
                                      QStringLiteral(CAA_VERSION)),
                    library};
        return {module, QString(), library};
    }
    return {nullptr, QCoreApplication::translate("NetworkModule", "Reading certificates and asking Certificate Transparency services need %1, "
                                                                   "which is not installed (looked for %2). Reinstall caa-inspector.")
                         .arg(networkModuleFileName(), candidates.join(QStringLiteral(", ")))};
}

} // namespace

QString networkModuleFileName()
{
    return QStringLiteral(CAA_NETWORK_MODULE_FILE);
}

QStringList networkModuleCandidates()
{
    const QString programDir = QCoreApplication::applicationDirPath();
    return {programDir + u'/' + networkModuleFileName(),
            QDir::cleanPath(programDir + QStringLiteral("/" CAA_NETWORK_MODULE_RELATIVE_DIR "/") + networkModuleFileName())};
}

const NetworkModule *networkModule(QString *error)
{
    static const Loaded loaded = load(); // thread-safe once (C++11 static initialisation)
    if (!loaded.module && error)
        *error = loaded.error;
    return loaded.module;
}

} // namespace Caa
