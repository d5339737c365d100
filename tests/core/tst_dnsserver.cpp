#include "dns/dnsserver.h"

#include <QTest>

using namespace Caa::Dns;

class TestDnsServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
};

void TestDnsServer::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical"); // empty: rejected
    QTest::addColumn<QString>("errorMentions");

    QTest::newRow("IPv4") << "192.0.2.1" << "192.0.2.1:53" << "";
    QTest::newRow("IPv4 with port") << "127.0.0.1:5353" << "127.0.0.1:5353" << "";
    QTest::newRow("surrounding spaces") << "  9.9.9.9  " << "9.9.9.9:53" << "";
    QTest::newRow("bare IPv6") << "2001:db8::1" << "[2001:db8::1]:53" << "";
    QTest::newRow("bracketed IPv6") << "[::1]" << "[::1]:53" << "";
    QTest::newRow("bracketed IPv6 with port") << "[2001:DB8::1]:8053" << "[2001:db8::1]:8053" << "";
    QTest::newRow("empty") << "" << "" << "empty";
    QTest::newRow("host name") << "dns.google" << "" << "not an IP address";
    QTest::newRow("port 0") << "127.0.0.1:0" << "" << "1 to 65535";
    QTest::newRow("port 70000") << "127.0.0.1:70000" << "" << "1 to 65535";
    QTest::newRow("port not a number") << "127.0.0.1:dns" << "" << "1 to 65535";
    QTest::newRow("missing port after colon") << "127.0.0.1:" << "" << "no port";
    QTest::newRow("unclosed bracket") << "[::1" << "" << "']'";
    QTest::newRow("junk after bracket") << "[::1]x" << "" << "':PORT'";
    QTest::newRow("IPv4 out of range") << "256.1.1.1" << "" << "not an IP address";
}

void TestDnsServer::parse()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    QFETCH(QString, errorMentions);
    const ServerParse parsed = parseServerAddress(input);
    if (canonical.isEmpty()) {
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error.contains(errorMentions), qPrintable(parsed.error));
    } else {
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.server.toString(), canonical);
    }
}

QTEST_APPLESS_MAIN(TestDnsServer)
#include "tst_dnsserver.moc"
