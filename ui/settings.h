#pragma once

// Every setting the window keeps, typed, with its key and default in this one place (as
// qBittorrent's SettingValue<T>). The file is ~/.config/caa-inspector/caa-inspector.conf;
// README "Settings" lists each key.

#include "dns/dnsserver.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace Caa::Ui {

/// One setting: its key, its type and the value it has when never set.
template<typename T>
class SettingValue
{
public:
    SettingValue(QString key, T defaultValue) : m_key(std::move(key)), m_default(std::move(defaultValue)) {}

    T get() const { return get(QSettings()); }
    /// The same through `settings`: reading many values through one QSettings finds the
    /// file once (each QSettings made looks it up again; issue #18, start-up).
    T get(const QSettings &settings) const { return settings.value(m_key, QVariant::fromValue(m_default)).template value<T>(); }
    void set(const T &value) const
    {
        QSettings settings;
        set(settings, value);
    }
    /// The same through `settings`: many values set through one QSettings are written to
    /// the file once, when it goes (each set() above rewrites and syncs the whole file).
    void set(QSettings &settings, const T &value) const { settings.setValue(m_key, QVariant::fromValue(value)); }
    bool isSet() const { return isSet(QSettings()); }
    bool isSet(const QSettings &settings) const { return settings.contains(m_key); }
    const QString &key() const { return m_key; }
    const T &defaultValue() const { return m_default; }

private:
    QString m_key;
    T m_default;
};

namespace Settings {

// The window's layout (Qt's own saved states).
inline SettingValue<QByteArray> windowGeometry() { return {QStringLiteral("window/geometry"), {}}; }
inline SettingValue<QByteArray> windowState() { return {QStringLiteral("window/state"), {}}; }
inline SettingValue<QByteArray> treeSplitter() { return {QStringLiteral("window/treeSplit"), {}}; }
inline SettingValue<QByteArray> recordsSplitter() { return {QStringLiteral("window/recordsSplit"), {}}; }
inline SettingValue<QByteArray> treeHeader() { return {QStringLiteral("window/treeHeader"), {}}; }
/// The column layout of one table, by its object name.
inline SettingValue<QByteArray> tableHeader(const QString &view) { return {QStringLiteral("window/header/") + view, {}}; }

/// The names checked lately, newest first (at most 50).
inline SettingValue<QStringList> recentNames() { return {QStringLiteral("history/domains"), {}}; }

/// The resolver in use: "system", "servers:ADDR,ADDR" (a public one) or "custom-set".
inline SettingValue<QString> resolverKind() { return {QStringLiteral("resolver/kind"), QStringLiteral("system")}; }
/// The custom servers, as parseServerList() reads them.
inline SettingValue<QString> customServers() { return {QStringLiteral("resolver/custom"), {}}; }
/// Attempts per server, 1 to Dns::kMaxTries. Kept as the text an administrator wrote, so
/// that Dns::parseTries() can name what is wrong with it (a typed int would read "ten" as 0).
inline SettingValue<QString> resolverTries() { return {QStringLiteral("resolver/tries"), QString::number(Dns::kDefaultTries)}; }

/// The CAs the user pinned ("My CAs…"): the verdict line speaks of them first.
inline SettingValue<QStringList> myCas() { return {QStringLiteral("verdict/myCas"), {}}; }

/// Whether exported and copied reports end with every CA and kind as an appendix (the
/// answer for what the user looks at comes first either way).
inline SettingValue<bool> reportAppendix() { return {QStringLiteral("report/appendix"), false}; }
/// The format of the last export: "text", "markdown", "html" or "json".
inline SettingValue<QString> reportFormat() { return {QStringLiteral("report/format"), QStringLiteral("text")}; }

/// The resolvers the diagnostics compare with, as typed.
inline SettingValue<QString> diagnosticsResolvers() { return {QStringLiteral("diagnostics/resolvers"), {}}; }
/// The port the diagnostics ask nameservers on (53 on the Internet; test beds differ).
inline SettingValue<int> diagnosticsNameserverPort() { return {QStringLiteral("diagnostics/nameserverPort"), 53}; }
/// What the diagnostics' "Public" button fills in.
inline SettingValue<QString> publicResolvers()
{
    return {QStringLiteral("diagnostics/publicResolvers"), Dns::publicResolverPrimaries().join(QStringLiteral(", "))};
}

/// Whether a failed lookup is also asked of the public resolvers (publicResolvers()) to
/// tell whose failure it is. Off by default: they learn which name was checked.
inline SettingValue<bool> failureOriginComparePublic() { return {QStringLiteral("failureOrigin/comparePublicResolvers"), false}; }
/// The resolvers that setting stands for (empty when it is off or the list does not parse).
inline QList<Dns::ServerAddress> failureOriginCompareResolvers(const QSettings &settings = QSettings())
{
    if (!failureOriginComparePublic().get(settings))
        return {};
    const Dns::ServerListParse parsed = Dns::parseServerList(publicResolvers().get(settings), /*publicKeyword=*/true);
    return parsed.ok() ? parsed.servers : QList<Dns::ServerAddress>{};
}

/// The Certificate Transparency service: "crtsh" or "sslmate" (anything else reads as crt.sh).
inline SettingValue<QString> ctService() { return {QStringLiteral("ct/service"), QStringLiteral("crtsh")}; }
/// The service's base URL instead of its public one (a mirror, a test server); empty for the public one.
inline SettingValue<QString> ctBaseUrl() { return {QStringLiteral("ct/baseUrl"), {}}; }
/// The user said not to be asked again before a name is sent to the CT service.
inline SettingValue<bool> ctPrivacyAccepted() { return {QStringLiteral("ct/privacyAccepted"), false}; }

} // namespace Settings

} // namespace Caa::Ui
