#pragma once

// A forwarding resolver that mishandles CAA, as many home routers, company forwarders and
// VPN resolvers do (issue #21): every query is relayed to an upstream resolver (the test
// bed's Unbound) and its reply relayed back, except queries of type 257, which get
// SERVFAIL, FORMERR or no answer at all (or, for bulk runs, names that never answer).
// UDP only, 127.0.0.1 only.
#include "dns/dnsserver.h"

#include <QHash>
#include <QHostAddress>
#include <QUdpSocket>

namespace CaaTest {

enum class CaaMishandling {
    ServFail, ///< SERVFAIL to every CAA query
    FormErr,  ///< FORMERR to every CAA query (with and without EDNS)
    Drop,     ///< no answer to CAA queries
    /// Every query relayed, CAA too, except that names whose first label starts with
    /// "slow" never get an answer (a name whose servers are down).
    DropSlowNames,
};

class CaaForwarder : public QObject
{
public:
    CaaForwarder(const Caa::Dns::ServerAddress &upstream, CaaMishandling mode) : m_upstream(upstream), m_mode(mode)
    {
        m_client.bind(QHostAddress::LocalHost, 0);
        m_relay.bind(QHostAddress::LocalHost, 0);
        QObject::connect(&m_client, &QUdpSocket::readyRead, this, [this] { fromClient(); });
        QObject::connect(&m_relay, &QUdpSocket::readyRead, this, [this] { fromUpstream(); });
    }

    quint16 port() const { return m_client.localPort(); }
    Caa::Dns::ServerAddress address() const { return Caa::Dns::ServerAddress{QStringLiteral("127.0.0.1"), false, port()}; }
    int caaQueries() const { return m_caaQueries; }
    int relayed() const { return m_relayed; }

private:
    struct Client
    {
        QHostAddress address;
        quint16 port = 0;
    };

    // The QTYPE of the first question, or 0 when the datagram is too short to hold one.
    static quint16 questionType(const QByteArray &d)
    {
        qsizetype at = 12;
        while (at < d.size() && quint8(d[at]) != 0) {
            if ((quint8(d[at]) & 0xC0) != 0)
                return 0;
            at += 1 + quint8(d[at]);
        }
        if (at + 3 > d.size())
            return 0;
        return quint16(quint8(d[at + 1]) << 8 | quint8(d[at + 2]));
    }

    void fromClient()
    {
        while (m_client.hasPendingDatagrams()) {
            QByteArray d(int(m_client.pendingDatagramSize()), '\0');
            QHostAddress from;
            quint16 port = 0;
            m_client.readDatagram(d.data(), d.size(), &from, &port);
            if (d.size() < 12)
                continue;
            if (m_mode == CaaMishandling::DropSlowNames) {
                if (d.mid(13, 4) == "slow")
                    continue;
            } else if (questionType(d) == 257) {
                ++m_caaQueries;
                if (m_mode == CaaMishandling::Drop)
                    continue;
                QByteArray reply = d;
                reply[2] = char(quint8(reply[2]) | 0x80); // QR
                reply[3] = char(0x80 | (m_mode == CaaMishandling::ServFail ? 2 : 1)); // RA, no AD, the RCODE
                // Keep the question, drop any OPT record (ARCOUNT 0): a plain old forwarder.
                reply[10] = 0;
                reply[11] = 0;
                qsizetype end = 12;
                while (end < reply.size() && quint8(reply[end]) != 0)
                    end += 1 + quint8(reply[end]);
                reply.truncate(qMin(reply.size(), end + 5));
                m_client.writeDatagram(reply, from, port);
                continue;
            }
            const quint16 id = quint16(quint8(d[0]) << 8 | quint8(d[1]));
            m_pending.insert(id, Client{from, port});
            m_relay.writeDatagram(d, QHostAddress(m_upstream.address), m_upstream.port);
        }
    }

    void fromUpstream()
    {
        while (m_relay.hasPendingDatagrams()) {
            QByteArray d(int(m_relay.pendingDatagramSize()), '\0');
            m_relay.readDatagram(d.data(), d.size());
            if (d.size() < 12)
                continue;
            const quint16 id = quint16(quint8(d[0]) << 8 | quint8(d[1]));
            const auto it = m_pending.find(id);
            if (it == m_pending.end())
                continue;
            ++m_relayed;
            m_client.writeDatagram(d, it->address, it->port);
            m_pending.erase(it);
        }
    }

    Caa::Dns::ServerAddress m_upstream;
    CaaMishandling m_mode;
    QUdpSocket m_client;
    QUdpSocket m_relay;
    QHash<quint16, Client> m_pending;
    int m_caaQueries = 0;
    int m_relayed = 0;
};

} // namespace CaaTest
