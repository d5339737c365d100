#pragma once

#include <QList>
#include <QString>
#include <QStringList>

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

struct ServerListParse
{
    QList<ServerAddress> servers;
    QString error; ///< empty when every entry was understood
    bool ok() const { return error.isEmpty(); }
};

/// Servers as people list them: separated by commas and/or white space, each read by
/// parseServerAddress(). With `publicKeyword`, the word "public" stands for
/// publicResolverPrimaries(). Empty text is an empty list, not an error.
ServerListParse parseServerList(const QString &text, bool publicKeyword = false);

/// A well-known public resolver (anycast), its addresses in the order they are asked.
struct PublicResolver
{
    QString name;          ///< "Cloudflare"
    QStringList addresses; ///< "1.1.1.1", "1.0.0.1"
};
/// Cloudflare, Google Public DNS and Quad9.
const QList<PublicResolver> &publicResolvers();
/// The first address of each public resolver ("1.1.1.1", "8.8.8.8", "9.9.9.9"): what
/// comparing with the public resolvers asks.
QStringList publicResolverPrimaries();

/// Most attempts per server a lookup may make. More only splits the same time budget
/// into slices too short to wait for a reply.
inline constexpr int kMaxTries = 5;
/// Attempts per server when nobody says otherwise (BR 2.2.8 §4.2.2.1: retry a failure once).
inline constexpr int kDefaultTries = 2;

struct TriesParse
{
    int tries = kDefaultTries;
    QString error; ///< empty when the text was understood
    bool ok() const { return error.isEmpty(); }
};

/// Parses a number of attempts per server as a person types it (CLI option, setting):
/// a whole number from 1 to kMaxTries, otherwise an error that says so.
TriesParse parseTries(const QString &text);

} // namespace Caa::Dns
