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
    void shortcutAgreesWithFullParse_data();
    void shortcutAgreesWithFullParse();
    void shortcutAgreesOnGeneratedNames();
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

// parseDomainInput() answers plain ASCII host names without IDNA (issue #18: a bulk
// run's cost). Its answer must be the full parse's, at every edge of the shortcut.
void TestDomainName::shortcutAgreesWithFullParse_data()
{
    QTest::addColumn<QString>("input");
    const QString label63(63, u'a');
    const QString label64(64, u'a');
    QString name253 = label63 + u'.' + label63 + u'.' + label63 + u'.' + QString(61, u'b'); // 253
    QTest::newRow("plain") << QStringLiteral("www.example.com");
    QTest::newRow("upper case") << QStringLiteral("WWW.Example.COM");
    QTest::newRow("trailing dot") << QStringLiteral("example.com.");
    QTest::newRow("two trailing dots") << QStringLiteral("example.com..");
    QTest::newRow("only a dot") << QStringLiteral(".");
    QTest::newRow("leading dot") << QStringLiteral(".example.com");
    QTest::newRow("one label") << QStringLiteral("localhost");
    QTest::newRow("63-octet label") << (label63 + QStringLiteral(".example"));
    QTest::newRow("64-octet label") << (label64 + QStringLiteral(".example"));
    QTest::newRow("253 octets") << name253;
    QTest::newRow("253 octets and a dot") << (name253 + u'.');
    QTest::newRow("254 octets") << (name253 + u'b');
    QTest::newRow("hyphen inside") << QStringLiteral("a-b.example");
    QTest::newRow("hyphen first") << QStringLiteral("-ab.example");
    QTest::newRow("hyphen last") << QStringLiteral("ab-.example");
    QTest::newRow("hyphens in places 3 and 4") << QStringLiteral("ab--cd.example");
    QTest::newRow("punycode") << QStringLiteral("xn--bcher-kva.example");
    QTest::newRow("bad punycode") << QStringLiteral("xn--a.example");
    QTest::newRow("numeric top label") << QStringLiteral("example.123");
    QTest::newRow("IPv4 address") << QStringLiteral("192.0.2.1");
    QTest::newRow("onion") << QStringLiteral("abc.onion");
    QTest::newRow("ONION") << QStringLiteral("abc.ONION");
    QTest::newRow("digits then letters at the top") << QStringLiteral("example.1a");
    QTest::newRow("underscore") << QStringLiteral("_acme.example");
    QTest::newRow("space around") << QStringLiteral(" example.com ");
    QTest::newRow("wildcard") << QStringLiteral("*.example.com");
    QTest::newRow("e-mail") << QStringLiteral("user@example.com");
    QTest::newRow("non-ASCII") << QStringLiteral("bücher.example");
}

void TestDomainName::shortcutAgreesWithFullParse()
{
    QFETCH(QString, input);
    const DomainParse fast = parseDomainInput(input);
    const DomainParse full = detail::parseDomainInputFull(input);
    QCOMPARE(fast.valid, full.valid);
    QCOMPARE(fast.error.code, full.error.code);
    QCOMPARE(fast.error.message, full.error.message);
    QCOMPARE(fast.name, full.name);
}

void TestDomainName::shortcutAgreesOnGeneratedNames()
{
    // Strings made of the shortcut's own characters and its neighbours, seeded so a
    // failure repeats.
    const QString alphabet = QStringLiteral("abzAZ019-.-.x_n*");
    quint32 state = 18;
    auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    };
    int accepted = 0;
    for (int round = 0; round < 20000; ++round) {
        QString input;
        const int length = 1 + int(next() % 24);
        for (int i = 0; i < length; ++i)
            input += alphabet.at(int(next() % alphabet.size()));
        const DomainParse fast = parseDomainInput(input);
        const DomainParse full = detail::parseDomainInputFull(input);
        QVERIFY2(fast.valid == full.valid && fast.error == full.error && fast.name == full.name, qPrintable(input));
        accepted += fast.valid ? 1 : 0;
    }
    // Both sides of the shortcut were exercised.
    QVERIFY2(accepted > 1000 && accepted < 19000, qPrintable(QString::number(accepted)));
}

QTEST_APPLESS_MAIN(TestDomainName)
#include "tst_domainname.moc"
