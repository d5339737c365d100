#pragma once

// A DNS server for tests that misbehaves on purpose: faults real servers never produce
// (or produce only when broken). UDP and TCP, 127.0.0.1 only.
#include "dns/dnsmessage.h"
#include "wirebytes.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUdpSocket>

#include <functional>
#include <optional>

namespace CaaTest {

enum class Fault {
    None,               ///< NOERROR, one CAA record
    TruncatedPacket,    ///< the reply is cut in the middle of its answer
    TcThenTcpWorks,     ///< UDP: TC=1, TCP: the full answer
    TcAndTcpRefused,    ///< UDP: TC=1, and nothing listens on TCP
    WrongId,
    WrongName,
    WrongType,
    WrongClass,
    NotAResponse,       ///< QR=0
    PointerLoop,
    PointerPastEnd,
    RdlengthPastEnd,
    TagLengthZero,
    TagLengthOver15,
    TagPastRdlength,
    NonAlnumTag,
    OtherOwner,         ///< the CAA record belongs to another name
    CnameLoop,
    LongCnameChain,     ///< 40 CNAME hops
    Dname,
    NoAnswer,
    Big400,             ///< 400 records: TC over UDP, complete over TCP
    LateReply,          ///< the answer comes after the client's timeout
    EdnsFormerr,        ///< FORMERR without OPT to EDNS queries, normal answers without EDNS
    UdpFlood,           ///< 100 unrelated datagrams before the real answer and 100 after
    EmptyDatagram,
    DuplicateReplies,
    EmptyValue,         ///< `0 issue ""` (legal; c-ares 1.22+'s own parser refuses it) and an iodef
    EmptyValueOverTcp,  ///< UDP: TC=1, TCP: the same two records as EmptyValue
    WrongIdEmptyValue,  ///< EmptyValue with the wrong query ID (c-ares 1.34 leaves it to our ID match)
    NxdomainNoQuestion, ///< NXDOMAIN with QDCOUNT 0
    FormerrNoQuestion,  ///< FORMERR with QDCOUNT 0 (to EDNS and plain queries alike)
};

class HostileServer : public QObject
{
public:
    explicit HostileServer(Fault fault = Fault::None) : m_fault(fault)
    {
        for (int attempt = 0; attempt < 20 && !m_udp.isValid(); ++attempt) {
            if (!m_tcp.listen(QHostAddress::LocalHost, 0))
                continue;
            if (!m_udp.bind(QHostAddress::LocalHost, m_tcp.serverPort())) {
                m_tcp.close();
                continue;
            }
        }
        if (fault == Fault::TcAndTcpRefused)
            m_tcp.close();
        QObject::connect(&m_udp, &QUdpSocket::readyRead, this, [this] { readUdp(); });
        QObject::connect(&m_tcp, &QTcpServer::newConnection, this, [this] { acceptTcp(); });
    }

    quint16 port() const { return m_udp.localPort(); }
    int queries() const { return m_queries; }
    /// Every query as it arrived (UDP datagrams and TCP messages without the length prefix).
    QList<QByteArray> receivedQueries;
    QList<quint16> udpSenderPorts; ///< the source port of each UDP query, in order
    QByteArray lastReply; ///< the last reply sent, without TCP's length prefix
    int lateReplyDelayMs = 1500;
    /// Per query name: answer with this RCODE (other names: NODATA, or records when listed).
    QHash<QByteArray, int> rcodeAt;
    QList<QByteArray> recordsAt; ///< names that answer one CAA record even when rcodeAt is used
    /// When set, the final replies carry an OPT record whose RDATA is exactly these octets
    /// (EDNS options as a server would send them, or mangled on purpose).
    std::optional<QByteArray> optRdata;

private:
    static QByteArray rr(const QByteArray &owner, int type, const QByteArray &rdata, quint32 ttl = 300)
    {
        return owner + u16(type) + u16(1) + u32(ttl) + u16(int(rdata.size())) + rdata;
    }
    static QByteArray caa(int flags, const QByteArray &tag, const QByteArray &value)
    {
        return QByteArray(1, char(flags)) + char(tag.size()) + tag + value;
    }

    QByteArray respond(const QByteArray &query, bool tcp)
    {
        const Caa::Dns::ParseResult parsed = Caa::Dns::parseMessage(query);
        if (!parsed.ok() || parsed.message.questions.isEmpty())
            return {};
        const Caa::Dns::Question q = parsed.message.questions.first();
        const QByteArray qname = wireName(q.name);
        int id = parsed.message.header.id;
        int flags = 0x8180; // QR RD RA
        int rcode = 0;
        QByteArray question = qname + u16(q.type) + u16(q.rrClass);
        QByteArray answers;
        int ancount = 0;
        const QByteArray self = "\xc0\x0c";
        auto add = [&](const QByteArray &record) {
            answers += record;
            ++ancount;
        };
        switch (m_fault) {
        case Fault::None:
        case Fault::LateReply:
        case Fault::UdpFlood:
        case Fault::DuplicateReplies:
            add(rr(self, 257, caa(0, "issue", "ca.example")));
            break;
        case Fault::TruncatedPacket:
            add(rr(self, 257, caa(0, "issue", "ca.example")));
            return header(id, flags, 1, ancount) + question + answers.left(7);
        case Fault::TcThenTcpWorks:
        case Fault::TcAndTcpRefused:
            if (!tcp)
                return header(id, flags | 0x0200, 1, 0) + question;
            add(rr(self, 257, caa(0, "issue", "ca.example")));
            add(rr(self, 257, caa(0, "iodef", "mailto:a@example.com")));
            break;
        case Fault::WrongId: id ^= 0xFFFF; add(rr(self, 257, caa(0, "issue", "x"))); break;
        case Fault::WrongName: question = wireName("other.test") + u16(q.type) + u16(q.rrClass); break;
        case Fault::WrongType: question = qname + u16(1) + u16(q.rrClass); break;
        case Fault::WrongClass: question = qname + u16(q.type) + u16(3); break;
        case Fault::NotAResponse: flags &= ~0x8000; break;
        case Fault::PointerLoop: add(rr(QByteArray("\xc0", 1) + char(12 + question.size()), 257, caa(0, "issue", "x"))); break;
        case Fault::PointerPastEnd: add(rr("\xff\xff", 257, caa(0, "issue", "x"))); break;
        case Fault::RdlengthPastEnd:
            return header(id, flags, 1, 1) + question + self + u16(257) + u16(1) + u32(300) + u16(500) + caa(0, "issue", "x");
        case Fault::TagLengthZero: add(rr(self, 257, QByteArray("\x00\x00x", 3))); break;
        case Fault::TagLengthOver15: add(rr(self, 257, caa(0, "abcdefghijklmnopqrstuvwxy", "x"))); break;
        case Fault::TagPastRdlength: add(rr(self, 257, QByteArray("\x00\x09is", 4))); break;
        case Fault::NonAlnumTag: add(rr(self, 257, caa(128, "is-sue", "ca.example"))); break;
        case Fault::OtherOwner: add(rr(wireName("other.test"), 257, caa(0, "issue", "x"))); break;
        case Fault::CnameLoop:
            add(rr(self, 5, wireName("loop-a.test")));
            add(rr(wireName("loop-a.test"), 5, wireName("loop-b.test")));
            add(rr(wireName("loop-b.test"), 5, wireName("loop-a.test")));
            break;
        case Fault::LongCnameChain:
            add(rr(self, 5, wireName("hop0.test")));
            for (int i = 0; i < 40; ++i)
                add(rr(wireName("hop" + QByteArray::number(i) + ".test"), 5, wireName("hop" + QByteArray::number(i + 1) + ".test")));
            add(rr(wireName("hop40.test"), 257, caa(0, "issue", "x")));
            break;
        case Fault::Dname: {
            // A query for x.<parent>: DNAME <parent> → target.test, synthesised CNAME, records.
            const QByteArray parent = q.name.mid(q.name.indexOf('.') + 1);
            const QByteArray label = q.name.left(q.name.indexOf('.'));
            add(rr(wireName(parent), 39, wireName("target.test")));
            add(rr(self, 5, wireName(label + ".target.test")));
            add(rr(wireName(label + ".target.test"), 257, caa(0, "issue", "dname.example")));
            break;
        }
        case Fault::NoAnswer:
        case Fault::EmptyDatagram:
            return {};
        case Fault::Big400:
            if (!tcp)
                return header(id, flags | 0x0200, 1, 0) + question;
            for (int i = 0; i < 400; ++i)
                add(rr(self, 257, caa(0, "issue", "ca-" + QByteArray::number(i) + ".example")));
            break;
        case Fault::EmptyValueOverTcp:
            if (!tcp)
                return header(id, flags | 0x0200, 1, 0) + question;
            Q_FALLTHROUGH();
        case Fault::EmptyValue:
            add(rr(self, 257, caa(0, "issue", "")));
            add(rr(self, 257, caa(0, "iodef", "mailto:a@example.com")));
            break;
        case Fault::WrongIdEmptyValue:
            id ^= 0xFFFF;
            add(rr(self, 257, caa(0, "issue", "")));
            add(rr(self, 257, caa(0, "iodef", "mailto:a@example.com")));
            break;
        case Fault::NxdomainNoQuestion:
            return header(id, flags | 3, 0, 0);
        case Fault::FormerrNoQuestion:
            return header(id, flags | 1, 0, 0);
        case Fault::EdnsFormerr:
            if (parsed.message.hasEdns)
                return header(id, flags | 1, 1, 0) + question; // FORMERR, no OPT
            add(rr(self, 257, caa(0, "issue", "ca.example")));
            break;
        }
        if (rcodeAt.contains(q.name.toLower())) {
            rcode = rcodeAt.value(q.name.toLower());
            answers.clear();
            ancount = 0;
        } else if (!rcodeAt.isEmpty() && !recordsAt.contains(q.name.toLower())) {
            answers.clear(); // NODATA for the other names of a climb
            ancount = 0;
        }
        QByteArray reply = header(id, flags | rcode, 1, ancount) + question + answers;
        if (optRdata) {
            reply[11] = 1; // ARCOUNT
            reply += QByteArray(1, '\0') + u16(41) + u16(1232) + u32(0) + u16(int(optRdata->size())) + *optRdata;
        }
        return reply;
    }

    static QByteArray header(int id, int flags, int qd, int an)
    {
        return u16(id) + u16(flags) + u16(qd) + u16(an) + u16(0) + u16(0);
    }

    void readUdp()
    {
        while (m_udp.hasPendingDatagrams()) {
            QByteArray data(int(m_udp.pendingDatagramSize()), '\0');
            QHostAddress from;
            quint16 port = 0;
            m_udp.readDatagram(data.data(), data.size(), &from, &port);
            ++m_queries;
            receivedQueries.append(data);
            udpSenderPorts.append(port);
            const QByteArray reply = respond(data, false);
            if (m_fault == Fault::EmptyDatagram) {
                m_udp.writeDatagram(QByteArray(), from, port);
                continue;
            }
            if (reply.isEmpty())
                continue;
            // Junk around the answer; kept small enough for the client's receive buffer, so
            // the test is about junk handling, not about the kernel dropping datagrams.
            auto flood = [&](int count) {
                for (int i = 0; i < count; ++i) {
                    QByteArray junk(int(QRandomGenerator::global()->bounded(1, 64)), '\0');
                    for (char &c : junk)
                        c = char(QRandomGenerator::global()->bounded(256));
                    m_udp.writeDatagram(junk, from, port);
                }
            };
            if (m_fault == Fault::UdpFlood)
                flood(100);
            if (m_fault == Fault::LateReply) {
                QTimer::singleShot(lateReplyDelayMs, this, [this, reply, from, port] { m_udp.writeDatagram(reply, from, port); });
                continue;
            }
            lastReply = reply;
            const int copies = m_fault == Fault::DuplicateReplies ? 3 : 1;
            for (int i = 0; i < copies; ++i)
                m_udp.writeDatagram(reply, from, port);
            if (m_fault == Fault::UdpFlood)
                flood(100);
        }
    }

    void acceptTcp()
    {
        while (QTcpSocket *s = m_tcp.nextPendingConnection()) {
            QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] {
                QByteArray &buffer = m_tcpBuffers[s];
                buffer += s->readAll();
                while (buffer.size() >= 2) {
                    const int len = (uchar(buffer[0]) << 8) | uchar(buffer[1]);
                    if (buffer.size() < 2 + len)
                        return;
                    const QByteArray query = buffer.mid(2, len);
                    buffer.remove(0, 2 + len);
                    ++m_queries;
                    receivedQueries.append(query);
                    const QByteArray reply = respond(query, true);
                    if (!reply.isEmpty()) {
                        lastReply = reply;
                        s->write(u16(int(reply.size())) + reply);
                    }
                }
            });
        }
    }

    Fault m_fault;
    QUdpSocket m_udp;
    QTcpServer m_tcp;
    QHash<QTcpSocket *, QByteArray> m_tcpBuffers;
    int m_queries = 0;
};

} // namespace CaaTest
