// The RFC 8659 §4.2 issue-value grammar and boulder's parser, from bytes.
#include "caa/issuevalue.h"

#include <QTest>

using namespace Caa;

class TestIssueValue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfcGrammar_data();
    void rfcGrammar();
    void boulder_data();
    void boulder();
    void parameterLookup();
};

using Params = QList<IssueParameter>;

void TestIssueValue::rfcGrammar_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("wellFormed");
    QTest::addColumn<QByteArray>("issuer");
    QTest::addColumn<Params>("parameters");

    QTest::newRow("plain issuer") << QByteArray("ca.example") << true << QByteArray("ca.example") << Params{};
    QTest::newRow("empty value: no issuer") << QByteArray("") << true << QByteArray() << Params{};
    QTest::newRow("';' alone: no issuer") << QByteArray(";") << true << QByteArray() << Params{};
    QTest::newRow("white space only") << QByteArray(" \t ") << true << QByteArray() << Params{};
    QTest::newRow("WSP around issuer and ';'") << QByteArray(" \tca.example \t; \t") << true << QByteArray("ca.example") << Params{};
    QTest::newRow("one parameter") << QByteArray("ca.example; accounturi=https://a.example/1") << true << QByteArray("ca.example")
                                   << Params{{"accounturi", "https://a.example/1"}};
    QTest::newRow("WSP around '='") << QByteArray("ca.example;a = b") << true << QByteArray("ca.example") << Params{{"a", "b"}};
    QTest::newRow("two parameters") << QByteArray("ca.example; a=1; b=2") << true << QByteArray("ca.example") << Params{{"a", "1"}, {"b", "2"}};
    QTest::newRow("'=' inside a value") << QByteArray("ca.example; a=b=c") << true << QByteArray("ca.example") << Params{{"a", "b=c"}};
    QTest::newRow("empty parameter value") << QByteArray("ca.example; a=") << true << QByteArray("ca.example") << Params{{"a", ""}};
    QTest::newRow("parameters without issuer") << QByteArray("; a=1") << true << QByteArray() << Params{{"a", "1"}};
    QTest::newRow("hyphen inside a parameter tag") << QByteArray("ca.example; foo-bar=1") << true << QByteArray("ca.example") << Params{{"foo-bar", "1"}};
    QTest::newRow("double hyphen inside a label") << QByteArray("xn--ca.example") << true << QByteArray("xn--ca.example") << Params{};
    QTest::newRow("mixed-case issuer kept as written") << QByteArray("CA.Example") << true << QByteArray("CA.Example") << Params{};
    QTest::newRow("malformed: %%%%% (RFC 8659 §4.2 example)") << QByteArray("%%%%%") << false << QByteArray() << Params{};
    QTest::newRow("malformed: trailing dot") << QByteArray("ca.example.") << false << QByteArray() << Params{};
    QTest::newRow("malformed: empty label") << QByteArray("ca..example") << false << QByteArray() << Params{};
    QTest::newRow("malformed: label ends with '-'") << QByteArray("ca-.example") << false << QByteArray() << Params{};
    QTest::newRow("malformed: label starts with '-'") << QByteArray("-ca.example") << false << QByteArray() << Params{};
    QTest::newRow("malformed: underscore") << QByteArray("ca_x.example") << false << QByteArray() << Params{};
    QTest::newRow("malformed: space inside issuer") << QByteArray("ca example") << false << QByteArray() << Params{};
    QTest::newRow("malformed: ';' after the last parameter") << QByteArray("ca.example; a=1;") << false << QByteArray() << Params{};
    QTest::newRow("malformed: ';;'") << QByteArray("ca.example;;") << false << QByteArray() << Params{};
    QTest::newRow("malformed: parameter without '='") << QByteArray("ca.example; a") << false << QByteArray() << Params{};
    QTest::newRow("malformed: parameter tag ends with '-'") << QByteArray("ca.example; a-=1") << false << QByteArray() << Params{};
    QTest::newRow("malformed: space inside a parameter value") << QByteArray("ca.example; a=b c") << false << QByteArray() << Params{};
    QTest::newRow("malformed: NUL octet") << QByteArray("ca.example\0", 11) << false << QByteArray() << Params{};
    QTest::newRow("malformed: UTF-8 in issuer") << QByteArray("ca.\xc3\xa9xample") << false << QByteArray() << Params{};
    QTest::newRow("malformed: UTF-8 in parameter value") << QByteArray("ca.example; a=\xc3\xa9") << false << QByteArray() << Params{};
    QTest::newRow("malformed: quote in issuer") << QByteArray("\"ca.example\"") << false << QByteArray() << Params{};
}

void TestIssueValue::rfcGrammar()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, wellFormed);
    QFETCH(QByteArray, issuer);
    QFETCH(Params, parameters);
    const IssueValue v = parseIssueValue(value);
    QCOMPARE(v.wellFormed, wellFormed);
    QCOMPARE(v.issuer, issuer);
    QCOMPARE(v.parameters, parameters);
    if (!wellFormed) {
        QVERIFY2(!v.error.isEmpty() && v.errorOffset >= 0, "a malformed value says what and where");
        QVERIFY(v.error.contains(QStringLiteral("octet")));
    }
}

void TestIssueValue::boulder_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("issuer");
    QTest::addColumn<Params>("parameters");

    QTest::newRow("boulder present-with-parameter.com") << QByteArray("  letsencrypt.org  ;foo=bar;baz=bar") << true << QByteArray("letsencrypt.org")
                                                        << Params{{"foo", "bar"}, {"baz", "bar"}};
    QTest::newRow("issuer not syntax-checked") << QByteArray("%%%%%") << true << QByteArray("%%%%%") << Params{};
    QTest::newRow("trailing dot kept (then mismatches)") << QByteArray("letsencrypt.org.") << true << QByteArray("letsencrypt.org.") << Params{};
    QTest::newRow("one blank part after ';'") << QByteArray("letsencrypt.org; ") << true << QByteArray("letsencrypt.org") << Params{};
    QTest::newRow("';' alone") << QByteArray(";") << true << QByteArray() << Params{};
    QTest::newRow("hyphen in a tag is an error") << QByteArray("letsencrypt.org; foo-bar=1") << false << QByteArray() << Params{};
    QTest::newRow("part without '=' is an error") << QByteArray("letsencrypt.org; a=1;") << false << QByteArray() << Params{};
    QTest::newRow("value with a space is an error") << QByteArray("letsencrypt.org; a=b c") << false << QByteArray() << Params{};
    QTest::newRow("duplicate tags are both kept") << QByteArray("letsencrypt.org; accounturi=a; accounturi=b") << true << QByteArray("letsencrypt.org")
                                                  << Params{{"accounturi", "a"}, {"accounturi", "b"}};
}

void TestIssueValue::boulder()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, ok);
    QFETCH(QByteArray, issuer);
    QFETCH(Params, parameters);
    const IssueValue v = parseIssueValueBoulder(value);
    QCOMPARE(v.wellFormed, ok);
    QCOMPARE(v.issuer, issuer);
    QCOMPARE(v.parameters, parameters);
}

void TestIssueValue::parameterLookup()
{
    const IssueValue v = parseIssueValue("ca.example; AccountURI=x; accounturi=y");
    QCOMPARE(v.parameterValues("accounturi"), (QList<QByteArray>{"y"}));
    QCOMPARE(v.parameterValues("accounturi", false), (QList<QByteArray>{"x", "y"}));
}

QTEST_APPLESS_MAIN(TestIssueValue)
#include "tst_issuevalue.moc"
