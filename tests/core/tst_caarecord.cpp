#include "caa/caarecord.h"

#include <QTest>

using namespace Caa;

class TestCaaRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rdata_data();
    void rdata();
    void escaping_data();
    void escaping();
    void tagCharacters_data();
    void tagCharacters();
};

void TestCaaRecord::rdata_data()
{
    QTest::addColumn<QByteArray>("rdata");
    QTest::addColumn<CaaRdataError>("error");
    QTest::addColumn<CaaRecord>("record");

    QTest::newRow("issue ca.example") << QByteArray("\x00\x05issueca.example", 17) << CaaRdataError::None
                                      << CaaRecord{0, "issue", "ca.example"};
    QTest::newRow("empty value (RFC 8659 §4.2)") << QByteArray("\x00\x05issue", 7) << CaaRdataError::None
                                                 << CaaRecord{0, "issue", ""};
    QTest::newRow("critical flag 128, upper-case tag kept") << QByteArray("\x80\x03TBSv", 6) << CaaRdataError::None
                                                            << CaaRecord{128, "TBS", "v"};
    QTest::newRow("flags 255") << QByteArray("\xff\x01xv", 4) << CaaRdataError::None << CaaRecord{255, "x", "v"};
    QTest::newRow("value holds NUL") << QByteArray("\x00\x01x\x00y", 5) << CaaRdataError::None
                                     << CaaRecord{0, "x", QByteArray("\x00y", 2)};
    QTest::newRow("tag of 255 octets, no value") << QByteArray("\x00\xff", 2) + QByteArray(255, 'a') << CaaRdataError::None
                                                 << CaaRecord{0, QByteArray(255, 'a'), ""};
    QTest::newRow("1 octet is too short") << QByteArray("\x00", 1) << CaaRdataError::TooShort << CaaRecord{};
    QTest::newRow("tag length 0 (RFC 8659 §4.1)") << QByteArray("\x00\x00x", 3) << CaaRdataError::ZeroTagLength << CaaRecord{};
    QTest::newRow("tag length past the end") << QByteArray("\x00\x06issue", 7) << CaaRdataError::TagPastEnd << CaaRecord{};
}

void TestCaaRecord::rdata()
{
    QFETCH(QByteArray, rdata);
    QFETCH(CaaRdataError, error);
    QFETCH(CaaRecord, record);
    const CaaRdataParse parsed = parseCaaRdata(rdata);
    QCOMPARE(parsed.error, error);
    if (parsed.ok()) {
        QCOMPARE(parsed.record, record);
        QCOMPARE(encodeCaaRdata(parsed.record), rdata); // round trip keeps every octet
    } else {
        QVERIFY(!describeCaaRdataError(parsed.error).isEmpty());
    }
}

void TestCaaRecord::escaping_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("escaped");

    QTest::newRow("plain") << QByteArray("letsencrypt.org; validationmethods=dns-01") << QByteArray("letsencrypt.org; validationmethods=dns-01");
    QTest::newRow("quote and backslash (RFC 1035 §5.1)") << QByteArray("a\"b\\c") << QByteArray("a\\\"b\\\\c");
    QTest::newRow("tab and newline as \\DDD") << QByteArray("a\tb\n") << QByteArray("a\\009b\\010");
    QTest::newRow("NUL and DEL") << QByteArray("\x00\x7f", 2) << QByteArray("\\000\\127");
    QTest::newRow("UTF-8 octets as \\DDD") << QByteArray("\xc3\xbc") << QByteArray("\\195\\188");
    QTest::newRow("html stays inert text") << QByteArray("<script>") << QByteArray("<script>");
}

void TestCaaRecord::escaping()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, escaped);
    QCOMPARE(escapeCharacterString(value), escaped);
    QCOMPARE(caaPresentation({0, "issue", value}), "0 issue \"" + escaped + '"');
    // Every flags value in decimal, and the tag escaped as the value is.
    QCOMPARE(caaPresentation({128, "tbs", value}), "128 tbs \"" + escaped + '"');
    QCOMPARE(caaPresentation({255, value, value}), "255 " + escaped + " \"" + escaped + '"');
    QCOMPARE(caaPresentation({7, "issue", {}}), QByteArray("7 issue \"\""));
}

void TestCaaRecord::tagCharacters_data()
{
    QTest::addColumn<QByteArray>("tag");
    QTest::addColumn<bool>("valid");
    QTest::newRow("issue") << QByteArray("issue") << true;
    QTest::newRow("mixed case and digits") << QByteArray("IsSue9") << true;
    QTest::newRow("hyphen (RFC 8659 §4.1: letters and digits only)") << QByteArray("issue-wild") << false;
    QTest::newRow("underscore") << QByteArray("a_b") << false;
    QTest::newRow("non-ASCII") << QByteArray("\xc3\xa9") << false;
}

void TestCaaRecord::tagCharacters()
{
    QFETCH(QByteArray, tag);
    QFETCH(bool, valid);
    QCOMPARE((CaaRecord{0, tag, {}}.hasValidTagCharacters()), valid);
}

QTEST_APPLESS_MAIN(TestCaaRecord)
#include "tst_caarecord.moc"
