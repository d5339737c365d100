#include "dns/dnsserver.h"

#include <QCoreApplication>

#include <arpa/inet.h>

namespace Caa::Dns {

QString ServerAddress::toString() const
{
    if (ipv6)
        return QStringLiteral("[%1]:%2").arg(address).arg(port);
    return QStringLiteral("%1:%2").arg(address).arg(port);
}

ServerParse parseServerAddress(const QString &input)
{
    ServerParse result;
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        result.error = QCoreApplication::translate("DnsServer", "The server address is empty. Give an IP address such as 192.0.2.1 or 192.0.2.1:53.");
        return result;
    }
    QString host = text;
    QString portText;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0) {
            result.error = QCoreApplication::translate("DnsServer", "\"%1\" has an opening '[' without ']'. Write IPv6 servers as [2001:db8::1]:53.").arg(text);
            return result;
        }
        host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':')) {
                result.error = QCoreApplication::translate("DnsServer", "\"%1\": expected ':PORT' after ']'.").arg(text);
                return result;
            }
            portText = rest.mid(1);
            if (portText.isEmpty()) {
                result.error = QCoreApplication::translate("DnsServer", "\"%1\" ends with ':' but gives no port number.").arg(text);
                return result;
            }
        }
    } else if (text.count(u':') == 1) {
        host = text.section(u':', 0, 0);
        portText = text.section(u':', 1);
        if (portText.isEmpty()) {
            result.error = QCoreApplication::translate("DnsServer", "\"%1\" ends with ':' but gives no port number.").arg(text);
            return result;
        }
    }
    const QByteArray hostBytes = host.toLatin1();
    unsigned char binary[16];
    char canonical[INET6_ADDRSTRLEN] = {};
    bool ipv6 = false;
    if (inet_pton(AF_INET, hostBytes.constData(), binary) == 1) {
        inet_ntop(AF_INET, binary, canonical, sizeof canonical);
    } else if (inet_pton(AF_INET6, hostBytes.constData(), binary) == 1) {
        inet_ntop(AF_INET6, binary, canonical, sizeof canonical);
        ipv6 = true;
    } else {
        result.error = QCoreApplication::translate("DnsServer", "\"%1\" is not an IP address. Give the resolver's IPv4 or IPv6 address (for example 192.0.2.1 or [2001:db8::1]), not a host name.").arg(host);
        return result;
    }
    if (ipv6 && !text.startsWith(u'[') && !portText.isEmpty()) {
        result.error = QCoreApplication::translate("DnsServer", "Write an IPv6 server with a port as [address]:port.");
        return result;
    }
    quint16 port = 53;
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint value = portText.toUInt(&ok);
        if (!ok || value == 0 || value > 65535) {
            result.error = QCoreApplication::translate("DnsServer", "\"%1\" is not a valid port; use a number from 1 to 65535.").arg(portText);
            return result;
        }
        port = quint16(value);
    }
    result.server = {QString::fromLatin1(canonical), ipv6, port};
    return result;
}

ServerListParse parseServerList(const QString &text, bool publicKeyword)
{
    ServerListParse out;
    // Split by hand on what "[,\\s]+" matches: compiling a regular expression is a tenth of a
    // millisecond, and the window reads the saved list before its first frame (issue #18).
    const auto isSeparator = [](QChar c) { return c == u',' || c == u' ' || (c >= u'\t' && c <= u'\r'); };
    QStringList parts;
    for (qsizetype i = 0; i < text.size();) {
        while (i < text.size() && isSeparator(text[i]))
            ++i;
        const qsizetype start = i;
        while (i < text.size() && !isSeparator(text[i]))
            ++i;
        if (i > start)
            parts << text.mid(start, i - start);
    }
    for (const QString &part : std::as_const(parts)) {
        if (publicKeyword && part.compare(QStringLiteral("public"), Qt::CaseInsensitive) == 0) {
            for (const QString &address : publicResolverPrimaries())
                out.servers << parseServerAddress(address).server;
            continue;
        }
        const ServerParse p = parseServerAddress(part);
        if (!p.ok()) {
            out.error = p.error;
            out.servers.clear();
            return out;
        }
        out.servers << p.server;
    }
    return out;
}

const QList<PublicResolver> &publicResolvers()
{
    static const QList<PublicResolver> resolvers{
        {QStringLiteral("Cloudflare"), {QStringLiteral("1.1.1.1"), QStringLiteral("1.0.0.1")}},
        {QStringLiteral("Google Public DNS"), {QStringLiteral("8.8.8.8"), QStringLiteral("8.8.4.4")}},
        {QStringLiteral("Quad9"), {QStringLiteral("9.9.9.9"), QStringLiteral("149.112.112.112")}},
    };
    return resolvers;
}

QStringList publicResolverPrimaries()
{
    QStringList out;
    for (const PublicResolver &r : publicResolvers())
        out << r.addresses.first();
    return out;
}

TriesParse parseTries(const QString &text)
{
    bool ok = false;
    const int tries = text.trimmed().toInt(&ok);
    if (!ok || tries < 1 || tries > kMaxTries)
        return {.tries = kDefaultTries, .error = QCoreApplication::translate("DnsServer", "the number of tries must be a whole number from 1 to %1, not \"%2\"").arg(kMaxTries).arg(text)};
    return {.tries = tries, .error = {}};
}

} // namespace Caa::Dns
