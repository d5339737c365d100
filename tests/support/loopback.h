#pragma once

// Small helpers shared by the tests: loopback sockets and finding codes.
#include "dns/dnsserver.h"
#include "engine/findings.h"

#include <QStringList>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace CaaTest {

/// A port free for both UDP and TCP on 127.0.0.1 right now (0 if none was found).
inline quint16 freeLoopbackPort()
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        const int tcp = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        if (bind(tcp, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0
            || getsockname(tcp, reinterpret_cast<sockaddr *>(&addr), &len) != 0) {
            close(tcp);
            continue;
        }
        const int udp = socket(AF_INET, SOCK_DGRAM, 0);
        const bool udpFree = bind(udp, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0;
        close(udp);
        close(tcp);
        if (udpFree)
            return ntohs(addr.sin_port);
    }
    return 0;
}

/// A UDP socket on 127.0.0.1 that receives queries and never answers.
class SilentServer
{
public:
    /// Binds UDP on `address` (host byte order, 127.0.0.1 by default) and `port` (0: any free one).
    explicit SilentServer(quint32 address = INADDR_LOOPBACK, quint16 port = 0)
    {
        m_address = address;
        m_fd = socket(AF_INET, SOCK_DGRAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(port);
        addr.sin_addr.s_addr = htonl(address);
        socklen_t len = sizeof addr;
        m_bound = bind(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0;
        getsockname(m_fd, reinterpret_cast<sockaddr *>(&addr), &len);
        m_port = ntohs(addr.sin_port);
    }
    ~SilentServer() { close(m_fd); }
    SilentServer(const SilentServer &) = delete;
    SilentServer &operator=(const SilentServer &) = delete;
    Caa::Dns::ServerAddress address() const
    {
        return {QStringLiteral("127.0.0.%1").arg(m_address & 0xff), false, m_port};
    }
    bool isBound() const { return m_bound; }

private:
    quint32 m_address = INADDR_LOOPBACK;
    bool m_bound = false;
    int m_fd = -1;
    quint16 m_port = 0;
};

/// The codes of some findings, in order.
inline QStringList findingCodes(const QList<Caa::Finding> &findings)
{
    QStringList out;
    for (const Caa::Finding &f : findings)
        out << f.code;
    return out;
}

} // namespace CaaTest
