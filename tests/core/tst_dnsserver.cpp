#include "dns/dnsserver.h"

#include <QTest>

using namespace Caa::Dns;

class TestDnsServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void parseList_data();
    void parseList();
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

// One list syntax for the resolver field, the diagnostics' compare field and
// --compare-resolvers: commas and/or white space; "public" where allowed.
void TestDnsServer::parseList_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("publicKeyword");
    QTest::addColumn<QString>("servers"); // canonical, ", "-joined; empty with an error
    QTest::addColumn<QString>("errorMentions");
    QTest::newRow("commas") << "192.0.2.1,192.0.2.2:5353" << false << "192.0.2.1:53, 192.0.2.2:5353" << "";
    QTest::newRow("spaces and commas") << " 192.0.2.1 ,  [2001:db8::1]:53\t192.0.2.3 " << false << "192.0.2.1:53, [2001:db8::1]:53, 192.0.2.3:53" << "";
    QTest::newRow("one per line, as pasted") << "192.0.2.1\r\n192.0.2.2:5353\n\v\f192.0.2.3,\n" << false << "192.0.2.1:53, 192.0.2.2:5353, 192.0.2.3:53" << "";
    QTest::newRow("separators only") << ", ,\n,," << false << "" << "";
    QTest::newRow("empty is an empty list") << "  " << false << "" << "";
    QTest::newRow("public expands where allowed") << "public, 127.0.0.1:5300" << true << "1.1.1.1:53, 8.8.8.8:53, 9.9.9.9:53, 127.0.0.1:5300" << "";
    QTest::newRow("public is a host name elsewhere") << "public" << false << "" << "not an IP address";
    QTest::newRow("one bad entry fails the list") << "192.0.2.1, dns.example" << false << "" << "not an IP address";
}

void TestDnsServer::parseList()
{
    QFETCH(QString, input);
    QFETCH(bool, publicKeyword);
    QFETCH(QString, servers);
    QFETCH(QString, errorMentions);
    const ServerListParse parsed = parseServerList(input, publicKeyword);
    QStringList shown;
    for (const ServerAddress &s : parsed.servers)
        shown << s.toString();
    QCOMPARE(shown.join(QStringLiteral(", ")), servers);
    if (errorMentions.isEmpty())
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    else
        QVERIFY2(parsed.error.contains(errorMentions), qPrintable(parsed.error));
}

QTEST_APPLESS_MAIN(TestDnsServer)
#include "tst_dnsserver.moc"
