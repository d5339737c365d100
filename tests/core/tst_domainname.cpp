// What people type or paste, normalised per spec §2 (or refused with a reason).
#include "domain/domainname.h"

#include <QTest>

using namespace Caa;

class TestDomainName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void climbNames();
};

void TestDomainName::accepted_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("ace");
    QTest::addColumn<bool>("wildcard");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("unicode");

    QTest::newRow("plain") << "example.com" << QByteArray("example.com") << false << "example.com" << "example.com";
    QTest::newRow("surrounding spaces trimmed") << "  example.com \n" << QByteArray("example.com") << false << "example.com" << "example.com";
    QTest::newRow("one trailing dot removed") << "example.com." << QByteArray("example.com") << false << "example.com" << "example.com";
    QTest::newRow("upper case lowered") << "WWW.Example.COM" << QByteArray("www.example.com") << false << "www.example.com" << "www.example.com";
    QTest::newRow("wildcard flag, '*.' never queried") << "*.example.com" << QByteArray("example.com") << true << "*.example.com" << "example.com";
    QTest::newRow("wildcard upper case (boulder #8643)") << "*.EXAMPLE.com" << QByteArray("example.com") << true << "*.example.com" << "example.com";
    QTest::newRow("pasted https URL") << "https://www.example.com/path?q=1#x" << QByteArray("www.example.com") << false << "www.example.com" << "www.example.com";
    QTest::newRow("pasted URL with port") << "https://example.com:8443/" << QByteArray("example.com") << false << "example.com" << "example.com";
    QTest::newRow("IDN to A-labels (UTS #46)") << QStringLiteral("Bücher.example") << QByteArray("xn--bcher-kva.example") << false << "xn--bcher-kva.example" << QStringLiteral("bücher.example");
    QTest::newRow("IDN non-transitional ß") << QStringLiteral("faß.de") << QByteArray("xn--fa-hia.de") << false << "xn--fa-hia.de" << QStringLiteral("faß.de");
    QTest::newRow("valid punycode accepted") << "xn--bcher-kva.example" << QByteArray("xn--bcher-kva.example") << false << "xn--bcher-kva.example" << QStringLiteral("bücher.example");
    QTest::newRow("e-mail address: S/MIME on its domain") << "User@Example.com" << QByteArray("example.com") << false << "User@example.com" << "example.com";
    QTest::newRow("mailto: URL") << "mailto:a@b.example" << QByteArray("b.example") << false << "a@b.example" << "b.example";
    QTest::newRow("mailto: pasted twice") << "mailto:MAILTO:a@b.example" << QByteArray("b.example") << false << "a@b.example" << "b.example";
    QTest::newRow("underscore label") << "_25._tcp.example.com" << QByteArray("_25._tcp.example.com") << false << "_25._tcp.example.com" << "_25._tcp.example.com";
    QTest::newRow("a TLD alone") << "com" << QByteArray("com") << false << "com" << "com";
    QTest::newRow("all-Cyrillic label is fine") << QStringLiteral("\u043f\u0440\u0438\u043c\u0435\u0440.example") << QByteArray("xn--e1afmkfd.example") << false
                                                 << "xn--e1afmkfd.example" << QStringLiteral("\u043f\u0440\u0438\u043c\u0435\u0440.example");
    QTest::newRow("63-octet label") << QString(63, u'a') + QStringLiteral(".com") << QByteArray(63, 'a') + ".com" << false << QString(63, u'a') + QStringLiteral(".com") << QString(63, u'a') + QStringLiteral(".com");
}

void TestDomainName::accepted()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, ace);
    QFETCH(bool, wildcard);
    QFETCH(QString, display);
    QFETCH(QString, unicode);
    const DomainParse p = parseDomainInput(input);
    QVERIFY2(p.ok(), qPrintable(p.error.message));
    QCOMPARE(p.name.ace, ace);
    QCOMPARE(p.name.wildcard, wildcard);
    QCOMPARE(p.name.display(), display);
    QCOMPARE(p.name.unicode, unicode);
    QCOMPARE(p.name.input, input);
}

void TestDomainName::refused_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");

    QTest::newRow("empty") << "" << "empty";
    QTest::newRow("spaces only") << "   " << "empty";
    QTest::newRow("only dots") << "..." << "empty";
    QTest::newRow("a single dot") << "." << "empty";
    QTest::newRow("'..' inside") << "a..example" << "empty-label";
    QTest::newRow("leading dot") << ".example.com" << "empty-label";
    QTest::newRow("two trailing dots") << "example.com.." << "empty-label";
    QTest::newRow("64-octet label") << QString(64, u'a') + QStringLiteral(".com") << "label-too-long";
    QTest::newRow("254-octet name") << (QString(62, u'a') + u'.').repeated(4) + QStringLiteral("abc") << "name-too-long";
    QTest::newRow("IPv4 literal") << "192.0.2.1" << "ip-address";
    QTest::newRow("IPv6 literal") << "2001:db8::1" << "ip-address";
    QTest::newRow("bracketed IPv6") << "[::1]" << "ip-address";
    QTest::newRow("URL with an IP host") << "http://192.0.2.1/" << "ip-address";
    QTest::newRow("URL without a host") << "http://" << "not-a-host-name";
    QTest::newRow("port number") << "example.com:443" << "has-port";
    QTest::newRow("'*.*.x'") << "*.*.example" << "misplaced-wildcard";
    QTest::newRow("'*x.example'") << "*x.example" << "misplaced-wildcard";
    QTest::newRow("'*' in the middle") << "a.*.example" << "misplaced-wildcard";
    QTest::newRow("wildcard alone") << "*" << "misplaced-wildcard";
    QTest::newRow("space inside") << "exa mple.com" << "invalid-character";
    QTest::newRow("control character") << QStringLiteral("exa\u0007mple.com") << "invisible-character";
    QTest::newRow("zero-width space") << QStringLiteral("exa\u200Bmple.com") << "invisible-character";
    QTest::newRow("right-to-left override") << QStringLiteral("\u202Eexample.com") << "invisible-character";
    QTest::newRow("tab inside") << QStringLiteral("exa\tmple.com") << "invisible-character";
    QTest::newRow("leading hyphen") << "-bad.example" << "invalid-idn";
    QTest::newRow("invalid punycode") << "xn--zz-.example" << "invalid-idn";
    QTest::newRow("punycode that does not round-trip") << "xn--a.example" << "invalid-idn";
    QTest::newRow("exclamation mark") << "bad!.example" << "invalid-character";
    QTest::newRow("numeric TLD") << "example.123" << "numeric-tld";
    QTest::newRow(".onion (BR §3.2.2.8)") << "abc.onion" << "onion-name";
    QTest::newRow("e-mail without local part") << "@example.com" << "bad-email-address";
    QTest::newRow("mailto: twice, no local part") << "mailto:mailto:@example.com" << "bad-email-address";
    QTest::newRow("e-mail without domain") << "user@" << "bad-email-address";
    QTest::newRow("wildcard e-mail") << "user@*.example.com" << "bad-email-address";
    QTest::newRow("Latin with a Cyrillic look-alike") << QStringLiteral("p\u0430ypal.example") << "mixed-scripts";
    QTest::newRow("Latin with a Greek look-alike") << QStringLiteral("g\u03bfogle.example") << "mixed-scripts";
}

void TestDomainName::refused()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    const DomainParse p = parseDomainInput(input);
    QVERIFY2(!p.ok(), qPrintable(QStringLiteral("accepted as ") + QString::fromLatin1(p.name.ace)));
    QCOMPARE(inputErrorCodeName(p.error.code), code);
    QVERIFY(p.error.message.size() > 10);
}

void TestDomainName::climbNames()
{
    const DomainParse p = parseDomainInput(QStringLiteral("*.a.b.example.com"));
    QVERIFY(p.ok());
    // RFC 8659 §3: the name, each parent, up to and including the TLD, never the root.
    QCOMPARE(p.name.climbNames(), (QList<QByteArray>{"a.b.example.com", "b.example.com", "example.com", "com"}));
}

QTEST_APPLESS_MAIN(TestDomainName)
#include "tst_domainname.moc"
