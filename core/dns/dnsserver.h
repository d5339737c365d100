#pragma once

#include <QList>
#include <QString>

namespace Caa::Dns {

/// A DNS server to send queries to: an IP address and a UDP/TCP port.
struct ServerAddress
{
    QString address; ///< canonical text form ("192.0.2.1", "2001:db8::1")
    bool ipv6 = false;
    quint16 port = 53;

    /// "192.0.2.1:53" or "[2001:db8::1]:53".
    QString toString() const;

    friend bool operator==(const ServerAddress &, const ServerAddress &) = default;
};

struct ServerParse
{
    ServerAddress server;
    QString error; ///< empty when the text was understood
    bool ok() const { return error.isEmpty(); }
};

/// Parses what a person types for a server: `HOST`, `HOST:PORT`, `[IPv6]`,
/// `[IPv6]:PORT` or a bare IPv6 address. HOST must be an IP address: a
/// resolver's own name would need a resolver to find it. Port 1–65535.
ServerParse parseServerAddress(const QString &text);

} // namespace Caa::Dns
