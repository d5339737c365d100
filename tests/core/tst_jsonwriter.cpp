// The JSON writer behind `check --format jsonl` (issue #18) and every report's JSON: what
// it writes must read back, with a real parser (QJsonDocument), as exactly the values
// given, whatever they hold (RFC 8259 §7: quotes, backslashes, control characters,
// any Unicode), and the structure must be what was begun and ended.
#include "report/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace Caa;

// Literals, bools and numbers each find their own value(). (A char pointer that is no
// literal does not compile: value(bool) takes real bools only, and QString's
// constructor from char pointers is closed by QT_NO_CAST_FROM_ASCII.)
static_assert(requires(JsonWriter w) { w.value("literal"); w.value(true); w.value(1); w.value(qint64(1)); });

class TestJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stringsReadBackExactly_data();
    void stringsReadBackExactly();
    void structureReadsBack();
    void loneSurrogatesAsToUtf8Writes_data();
    void loneSurrogatesAsToUtf8Writes();
    void latin1ReadsBackExactly_data();
    void latin1ReadsBackExactly();
    void growsPastItsFirstBuffer();
    void numbersAtTheLimits_data();
    void numbersAtTheLimits();
};

void TestJsonWriter::stringsReadBackExactly_data()
{
    QTest::addColumn<QString>("text");
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls += QChar(c);
    QTest::newRow("empty") << QString();
    QTest::newRow("every control character") << controls;
    QTest::newRow("quote and backslash") << QStringLiteral("a\"b\\c\\\"d\"");
    QTest::newRow("DEL and C1") << (QStringLiteral("x") + QChar(0x7f) + QChar(0x85) + QChar(0x9f));
    QTest::newRow("accents, CJK, emoji") << QStringLiteral("café 日本語 🔒 §4.2");
    QTest::newRow("a record value as displayed") << QStringLiteral("0 issue \"ca.example; account=\\\\x\\000\"");
    QTest::newRow("slash and html") << QStringLiteral("</script><b>x</b>/");
    QTest::newRow("separator characters") << (QString(QChar(0x2028)) + QChar(0x2029));
    QTest::newRow("two- and three-byte boundaries") << (QString(QChar(0x80)) + QChar(0x7ff) + QChar(0x800) + QChar(0xffff) + QChar(0xd7ff) + QChar(0xe000));
    QTest::newRow("surrogate pair at the end") << (QStringLiteral("x") + QChar(0xdbff) + QChar(0xdfff));
    QTest::newRow("every escape, many times (worst-case size)") << QString(controls + QStringLiteral("\"\\")).repeated(300);
}

void TestJsonWriter::stringsReadBackExactly()
{
    QFETCH(QString, text);
    JsonWriter w;
    w.beginObject();
    w.key("text");
    w.value(text);
    w.endObject();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(w.bytes(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + QStringLiteral(": ") + QString::fromUtf8(w.bytes())));
    QCOMPARE(doc.object().value(QStringLiteral("text")).toString(), text);
    // No raw control character is left in the bytes (RFC 8259 §7 forbids them).
    for (const char c : w.bytes())
        QVERIFY2(static_cast<unsigned char>(c) >= 0x20, w.bytes().toHex().constData());
}

void TestJsonWriter::structureReadsBack()
{
    JsonWriter w;
    w.beginObject();
    w.key("a");
    w.beginArray();
    w.endArray();
    w.key("b");
    w.beginArray();
    w.value(1);
    w.value(qint64(4294967296));
    w.beginObject();
    w.key("x");
    w.null();
    w.key("y");
    w.value(false);
    w.endObject();
    w.beginArray();
    w.value("nested");
    w.endArray();
    w.endArray();
    w.key("c");
    w.beginObject();
    w.endObject();
    w.key("d");
    w.raw(QByteArrayLiteral("{\"raw\":[true]}"));
    w.key("e");
    w.value(true);
    w.endObject();
    const QJsonObject expected{{QStringLiteral("a"), QJsonArray{}},
                               {QStringLiteral("b"), QJsonArray{1, qint64(4294967296), QJsonObject{{QStringLiteral("x"), QJsonValue()}, {QStringLiteral("y"), false}},
                                                                QJsonArray{QStringLiteral("nested")}}},
                               {QStringLiteral("c"), QJsonObject{}},
                               {QStringLiteral("d"), QJsonObject{{QStringLiteral("raw"), QJsonArray{true}}}},
                               {QStringLiteral("e"), true}};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(w.bytes(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, w.bytes().constData());
    QCOMPARE(doc.object(), expected);
}

// Bytes are written by hand, not through QString::toUtf8(); a lone surrogate (which
// QJsonDocument cannot read back) must come out as toUtf8() makes it.
void TestJsonWriter::loneSurrogatesAsToUtf8Writes_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("high alone") << (QStringLiteral("a") + QChar(0xd800) + QStringLiteral("b"));
    QTest::newRow("low alone") << (QStringLiteral("a") + QChar(0xdc00));
    QTest::newRow("high at the end") << (QStringLiteral("a") + QChar(0xdbff));
    QTest::newRow("two highs, then a low") << (QString(QChar(0xd800)) + QChar(0xd801) + QChar(0xdc01));
}

void TestJsonWriter::loneSurrogatesAsToUtf8Writes()
{
    QFETCH(QString, text);
    JsonWriter w;
    w.value(text);
    QCOMPARE(w.bytes(), QByteArray('"' + text.toUtf8() + '"'));
}

void TestJsonWriter::latin1ReadsBackExactly_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QByteArray all;
    for (int c = 0; c < 256; ++c)
        all += char(c);
    QTest::newRow("an ACE name") << QByteArrayLiteral("xn--caf-dma.example");
    QTest::newRow("every byte") << all;
    QTest::newRow("empty") << QByteArray();
}

void TestJsonWriter::latin1ReadsBackExactly()
{
    QFETCH(QByteArray, bytes);
    JsonWriter w;
    w.beginArray();
    w.valueLatin1(bytes);
    w.value("ascii literal");
    w.endArray();
    const QJsonDocument doc = QJsonDocument::fromJson(w.bytes());
    QVERIFY2(doc.isArray(), w.bytes().toHex().constData());
    QCOMPARE(doc.array().at(0).toString(), QString::fromLatin1(bytes));
    QCOMPARE(doc.array().at(1).toString(), QStringLiteral("ascii literal"));
}

void TestJsonWriter::growsPastItsFirstBuffer()
{
    // The first buffer holds 4 KiB; 2,000 elements of 20+ bytes each outgrow it many times.
    JsonWriter w;
    w.beginArray();
    QJsonArray expected;
    for (int i = 0; i < 2000; ++i) {
        const QString text = QStringLiteral("element %1 é 日").arg(i);
        w.value(text);
        w.value(i);
        expected << text << i;
    }
    w.endArray();
    QCOMPARE(QJsonDocument::fromJson(w.bytes()).array(), expected);
    QCOMPARE(w.view(), QByteArrayView(w.bytes()));
}

void TestJsonWriter::numbersAtTheLimits_data()
{
    QTest::addColumn<qint64>("number");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("zero") << qint64(0) << QByteArrayLiteral("0");
    QTest::newRow("negative") << qint64(-42) << QByteArrayLiteral("-42");
    QTest::newRow("largest") << std::numeric_limits<qint64>::max() << QByteArrayLiteral("9223372036854775807");
    QTest::newRow("smallest") << std::numeric_limits<qint64>::min() << QByteArrayLiteral("-9223372036854775808");
}

void TestJsonWriter::numbersAtTheLimits()
{
    QFETCH(qint64, number);
    QFETCH(QByteArray, text);
    JsonWriter w;
    w.value(number);
    QCOMPARE(w.bytes(), text);
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
