// The JSON writer behind `check --format jsonl` (issue #18) and every report's JSON: what
// it writes must read back, with a real parser (QJsonDocument), as exactly the values
// given, whatever they hold (RFC 8259 §7: quotes, backslashes, control characters,
// any Unicode), and the structure must be what was begun and ended.
#include "report/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Caa;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stringsReadBackExactly_data();
    void stringsReadBackExactly();
    void structureReadsBack();
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

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
