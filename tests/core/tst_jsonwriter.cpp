// The JSON writer behind `check --format jsonl` (issue #18) and every report's JSON: what
// it writes must read back, with a real parser (QJsonDocument), as exactly the values
// given, whatever they hold (RFC 8259 §7: quotes, backslashes, control characters,
// any Unicode), and the structure must be what was begun and ended.
#include "report/jsonwriter.h"
#include "report/report.h"
#include "ca/directorystore.h"
#include "zoneclimb.h"

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
    void specialAtEveryPositionOfAPlainRun();
    void latin1ReadsBackExactly_data();
    void latin1ReadsBackExactly();
    void growsPastItsFirstBuffer();
    void aClearedWriterWritesAsAFreshOne();
    void numbersAtTheLimits_data();
    void numbersAtTheLimits();
    void reportMemoWritesWhatAFreshWriterWrites();
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

// Plain ASCII is copied in blocks (eight UTF-16 units, sixteen Latin-1 bytes; half blocks
// for short strings, and an overlapping block for the last units); a character that needs
// care must be found wherever it falls: first, last, on a block's edge, in the short tail.
void TestJsonWriter::specialAtEveryPositionOfAPlainRun()
{
    // First plain text of every length, as UTF-16 and as Latin-1.
    {
        const QString plain = QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789 ~!ABCDEFGHIJ");
        for (qsizetype length = 0; length <= plain.size(); ++length) {
            JsonWriter w;
            w.beginArray();
            w.value(plain.left(length));
            w.valueLatin1(plain.left(length).toLatin1());
            w.endArray();
            const QByteArray quoted = '"' + plain.left(length).toLatin1() + '"';
            QCOMPARE(w.bytes(), '[' + quoted + ',' + quoted + ']');
        }
    }

    const QList<QString> specials = {QString(QChar(0x01)), QString(QChar(0x1f)), QStringLiteral("\""), QStringLiteral("\\"),
                                     QString(QChar(0x7f)), QString(QChar(0x80)), QString(QChar(0xff)), QString(QChar(0x7ff)),
                                     QString(QChar(0x800)), QString(QChar(0x8000)), QString(QChar(0xfffe)),
                                     QStringLiteral("\U0001F512"), QString(QChar(0xdc00))};
    const QString plain = QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789 ~!");
    for (const QString &special : specials) {
        for (qsizetype at = 0; at <= plain.size(); ++at) {
            QString text = plain;
            text.insert(at, special);
            JsonWriter w;
            w.beginArray();
            w.value(text);
            w.value(text.left(at + special.size())); // ends with it
            w.endArray();
            const QString where = QStringLiteral("U+%1 at %2: ").arg(special.at(0).unicode(), 4, 16, QLatin1Char('0')).arg(at);
            if (QChar::isSurrogate(special.at(0).unicode()) && special.size() == 1) {
                // A lone surrogate is written as '?', as toUtf8() writes it.
                QCOMPARE(w.bytes(), QByteArray("[\"" + text.toUtf8() + "\",\"" + text.left(at + 1).toUtf8() + "\"]"));
                continue;
            }
            const QJsonDocument doc = QJsonDocument::fromJson(w.bytes());
            QVERIFY2(doc.isArray(), qPrintable(where + QString::fromUtf8(w.bytes())));
            QVERIFY2(doc.array().at(0).toString() == text, qPrintable(where + QString::fromUtf8(w.bytes())));
            QVERIFY2(doc.array().at(1).toString() == text.left(at + special.size()), qPrintable(where + QString::fromUtf8(w.bytes())));
            if (special.at(0).unicode() > 0xff)
                continue;
            const QByteArray latin1 = text.toLatin1();
            JsonWriter l;
            l.beginArray();
            l.valueLatin1(latin1);
            l.endArray();
            QVERIFY2(QJsonDocument::fromJson(l.bytes()).array().at(0).toString() == text, qPrintable(where + QString::fromUtf8(l.bytes())));
            for (const char c : l.bytes())
                QVERIFY2(static_cast<unsigned char>(c) >= 0x20, qPrintable(where + QString::fromLatin1(l.bytes().toHex())));
        }
    }
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

void TestJsonWriter::aClearedWriterWritesAsAFreshOne()
{
    // `check --format jsonl` writes every line with one writer, cleared between lines.
    const auto line = [](JsonWriter &w, int n) {
        w.beginObject();
        w.key("n");
        w.value(n);
        w.key("list");
        w.beginArray();
        w.value(QStringLiteral("a"));
        w.value(QStringLiteral("b"));
        w.endArray();
        w.endObject();
        w.endLine();
    };
    JsonWriter reused;
    // Cleared in the middle of an object, right after a key, and after a grown buffer:
    // nothing of it (depth, a pending key, a first-element flag, bytes) may leak on.
    reused.beginObject();
    reused.key("unfinished");
    reused.clear();
    for (int n = 0; n < 3; ++n) {
        reused.clear();
        line(reused, n);
        JsonWriter fresh;
        line(fresh, n);
        QCOMPARE(reused.bytes(), fresh.bytes());
        QVERIFY(reused.bytes().endsWith("]}\n"));
    }
    reused.clear();
    reused.beginArray();
    for (int i = 0; i < 1000; ++i)
        reused.value(QStringLiteral("long enough to outgrow the first buffer"));
    reused.endArray();
    reused.clear();
    line(reused, 7);
    QCOMPARE(QJsonDocument::fromJson(reused.bytes()).object().value(QStringLiteral("n")).toInt(), 7);
    QCOMPARE(reused.bytes(), QByteArray("{\"n\":7,\"list\":[\"a\",\"b\"]}\n"));
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
// Issue #18: a run's writer keeps what it wrote for a parent's step, for the findings about
// levels above the name and for record sets, and copies it for the next name. Each report
// must come out as a fresh writer writes it, also when the parent's answer changed in
// between (other records, another TTL, deciding or not) or an alias or wildcard comes.
void TestJsonWriter::reportMemoWritesWhatAFreshWriterWrites()
{
    struct Case
    {
        QByteArray zone;
        QString input;
    };
    const QList<Case> cases{
        {"@ CAA 0 issue \"letsencrypt.org\"\n", QStringLiteral("a.v.test")},
        {"@ CAA 0 issue \"letsencrypt.org\"\n", QStringLiteral("b.v.test")}, // the same parent
        {"@ CAA 0 issue \"letsencrypt.org\"\n", QStringLiteral("x.y.v.test")},
        {"@ CAA 0 issue \"digicert.com\"\n", QStringLiteral("c.v.test")}, // the parent's records changed
        {"$TTL 60\n@ CAA 0 issue \"digicert.com\"\n", QStringLiteral("c.v.test")}, // only their TTL
        {"@ CAA 0 issue \"digicert.com\"\nd CAA 0 issue \"sectigo.com\"\n", QStringLiteral("e.d.v.test")}, // d decides
        {"@ CAA 0 issue \"digicert.com\"\n", QStringLiteral("e.d.v.test")}, // d no longer decides
        {"@ CAA 0 issue \"digicert.com\"\nwww CNAME d\nd CAA 128 tbs \"x\"\n", QStringLiteral("www.v.test")},
        {"@ CAA 0 issue \"digicert.com\"\n", QStringLiteral("*.w.v.test")},
        {"@ CAA 0 issuemail \"digicert.com\"\n", QStringLiteral("user@v.test")},
        {"@ CAA 0 issue \"letsencrypt.org\"\n", QStringLiteral("a.v.test")}, // back to the first
    };
    QList<Caa::IssuanceRequest> requests;
    for (const Caa::CaEntry &e : Caa::bundledCaDirectory().entries)
        requests << Caa::requestFor(e, Caa::CertificateKind::TlsSingle);
    Caa::JsonWriter run;
    Caa::ReportJsonMemo memo;
    for (const Case &c : cases) {
        Caa::CheckReport r;
        r.input = c.input;
        r.inputOk = true;
        r.check = CaaTest::climbOfZone(c.zone, c.input);
        Caa::completeReport(r, requests, &Caa::bundledCaDirectory());
        Caa::JsonWriter fresh;
        Caa::writeReportJson(fresh, r);
        for (int twice = 0; twice < 2; ++twice) {
            run.clear();
            Caa::writeReportJson(run, r, &memo);
            QVERIFY2(run.view() == fresh.view(), qPrintable(QStringLiteral("%1 in %2:\n%3\n%4")
                                                                .arg(c.input, QString::fromLatin1(c.zone), QString::fromUtf8(run.bytes()),
                                                                     QString::fromUtf8(fresh.bytes()))));
        }
    }
}

#include "tst_jsonwriter.moc"
