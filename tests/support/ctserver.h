#pragma once

// A plain-HTTP stand-in for a CT search service on 127.0.0.1 (issue #19), serving
// responses written from crt.sh's and SSLMate's documented formats. The first path
// segment picks what it does, so one server covers every case: /ok/, /empty/,
// /ratelimit/, /servererror/, /slow/, /truncated/, /huge/, /malformed/, /redirectloop/,
// /redirect/ (once, to /ok/). The TLS path is Qt's own and is covered by a unit test of
// the request settings, not by this server.
#include <QFile>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

namespace CaaTest {

class CtServer : public QObject
{
public:
    CtServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }

    QString base(const QString &scenario) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2/").arg(m_server.serverPort()).arg(scenario);
    }
    /// The request line and headers of every request, in order.
    QList<QByteArray> requests;
    /// The body /ok/ serves (crt.sh's or SSLMate's JSON).
    QByteArray okBody;

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        buffer.clear();
        requests << head;
        const QByteArray target = head.split(' ').value(1);
        const QByteArray scenario = target.split('/').value(1);
        const auto respond = [socket](const QByteArray &status, const QByteArray &body, const QByteArray &extra = {}) {
            socket->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                          + "\r\nConnection: close\r\n" + extra + "\r\n" + body);
            socket->disconnectFromHost();
        };
        if (scenario == "ok")
            respond("200 OK", okBody);
        else if (scenario == "empty")
            respond("200 OK", "[]");
        else if (scenario == "ratelimit")
            respond("429 Too Many Requests", "{\"error\":\"slow down\"}", "Retry-After: 120\r\n");
        else if (scenario == "servererror")
            respond("503 Service Unavailable", "<html>busy</html>");
        else if (scenario == "slow")
            return; // never answers
        else if (scenario == "truncated") {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n" + okBody.left(200));
            socket->disconnectFromHost();
        } else if (scenario == "huge")
            respond("200 OK", "[" + QByteArray(50 * 1024 * 1024, ' ') + "]");
        else if (scenario == "malformed")
            respond("200 OK", "[{\"id\": 1,");
        else if (scenario == "redirectloop")
            respond("302 Found", {}, "Location: " + target + "\r\n");
        else if (scenario == "redirect")
            respond("302 Found", {}, "Location: /ok/" + target.mid(target.indexOf('/', 1) + 1) + "\r\n");
        else
            respond("404 Not Found", {});
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace CaaTest
