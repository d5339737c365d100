// The CA directory: the bundled data, CCADB V2 re-import, user CAs, atomic persistence.
#include "ca/csv.h"
#include "ca/directorystore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Caa;
using namespace Qt::StringLiterals;

namespace {

QString sample()
{
    QFile f(QStringLiteral(CAA_SOURCE_DIR "/tests/data/ccadb-v2-sample.csv"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

const DirectoryChange *changeFor(const QList<DirectoryChange> &changes, const QString &ca)
{
    for (const DirectoryChange &c : changes)
        if (c.ca == ca)
            return &c;
    return nullptr;
}

} // namespace

class TestCaDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledDirectory();
    void lookupByNameAndIdentifier_data();
    void lookupByNameAndIdentifier();
    void importV2();
    void importRefusesBadFiles_data();
    void importRefusesBadFiles();
    void customCa_data();
    void customCa();
    void saveAndLoadRoundTrip();
    void olderSavedDirectoryKeepsTheParameterFacts();
    void csvFieldsCannotRunAsFormulas_data();
    void csvFieldsCannotRunAsFormulas();
    void parseCsvReadsRfc4180_data();
    void parseCsvReadsRfc4180();
    void activeDirectoryPrefersTheUsersCopy();
};

void TestCaDirectory::bundledDirectory()
{
    const CaDirectory &d = bundledCaDirectory();
    QVERIFY2(d.entries.size() >= 60, "the bundled directory has every CA of the shared data");
    QVERIFY(d.attribution.contains(QStringLiteral("CDLA-Permissive-2.0")));
    QVERIFY(!d.dataDate.isEmpty());
    const CaEntry *le = d.findByName(QStringLiteral("Let's Encrypt"));
    QVERIFY(le);
    QCOMPARE(le->identifiers, QList<QByteArray>{"letsencrypt.org"});
    QCOMPARE(le->profileId, QStringLiteral("letsencrypt"));
    QVERIFY(le->acmeDirectory.startsWith(QStringLiteral("https://acme-v02.api.letsencrypt.org")));
    const CaEntry *digicert = d.findByName(QStringLiteral("DigiCert"));
    QVERIFY(digicert && digicert->identifiers.size() > 5);
    QCOMPARE(digicert->profileId, QStringLiteral("rfc"));
    QVERIFY2(digicert->accountUriPrefixes.isEmpty(), "unknown facts stay empty rather than guessed");
    // Whether a CA processes RFC 8657 parameters already (binding on all from 2027-03-15,
    // BR 2.2.8 §4.2.2.1.2): a fact with its source, or unknown.
    QCOMPARE(le->rfc8657, ParameterProcessing::Processes);
    QVERIFY(le->rfc8657Source.startsWith(QStringLiteral("https://community.letsencrypt.org/")));
    QCOMPARE(digicert->rfc8657, ParameterProcessing::Unknown);
    QVERIFY(digicert->rfc8657Source.isEmpty());
}

void TestCaDirectory::olderSavedDirectoryKeepsTheParameterFacts()
{
    // Saved before the rfc8657 columns existed: seven columns, read as before, and what the
    // bundled directory knows of the same CAs still holds.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ca-directory.csv"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("# data-date: 2026-10\n"
              "name,owner,identifiers,profile,acme_directory,accounturi_prefixes,validation_methods\n"
              "Let's Encrypt,ISRG,letsencrypt.org,letsencrypt,,https://acme-v02.api.letsencrypt.org/acme/acct/,http-01 dns-01\n"
              "Corp CA,Corp,ca.corp.example,rfc,,,\n");
    old.close();
    const CaDirectoryParse loaded = loadCaDirectory(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.directory.entries.size(), 2);
    QCOMPARE(loaded.directory.entries[0].rfc8657, ParameterProcessing::Processes);
    QCOMPARE(loaded.directory.entries[1].rfc8657, ParameterProcessing::Unknown);
    // A value that is none of yes, no, unknown is refused with the row named.
    const CaDirectoryParse bad = parseCaDirectoryCsv(QStringLiteral("name,owner,identifiers,profile,acme_directory,accounturi_prefixes,validation_methods,rfc8657,rfc8657_source\n"
                                                                    "X,X,x.example,rfc,,,,maybe,\n"));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error.contains(QStringLiteral("row 2")) && bad.error.contains(QStringLiteral("maybe")), qPrintable(bad.error));
}

void TestCaDirectory::lookupByNameAndIdentifier_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("byName");     // "" = not found by name
    QTest::addColumn<QStringList>("byIdentifier");

    QTest::newRow("display name") << "Let's Encrypt" << "Let's Encrypt" << QStringList{};
    QTest::newRow("display name, other case") << "let's ENCRYPT" << "Let's Encrypt" << QStringList{};
    QTest::newRow("owner text") << "Internet Security Research Group (Let's Encrypt)" << "Let's Encrypt" << QStringList{};
    QTest::newRow("identifier") << "letsencrypt.org" << "" << QStringList{QStringLiteral("Let's Encrypt")};
    QTest::newRow("brand identifier of a multi-identifier CA") << "rapidssl.com" << "" << QStringList{QStringLiteral("DigiCert")};
    QTest::newRow("identifier shared by two owners") << "sectigo.com" << "" << QStringList{QStringLiteral("Sectigo"), QStringLiteral("ZeroSSL")};
    QTest::newRow("unknown") << "nobody.example" << "" << QStringList{};
}

void TestCaDirectory::lookupByNameAndIdentifier()
{
    QFETCH(QString, query);
    QFETCH(QString, byName);
    QFETCH(QStringList, byIdentifier);
    const CaDirectory &d = bundledCaDirectory();
    const CaEntry *named = d.findByName(query);
    QCOMPARE(named ? named->name : QString(), byName);
    QStringList found;
    for (const CaEntry *e : d.findByIdentifier(query.toLatin1()))
        found << e->name;
    QCOMPARE(found, byIdentifier);
}

void TestCaDirectory::importV2()
{
    const CaDirectory before = bundledCaDirectory();
    const CcadbImport imported = importCcadbV2(sample(), before, QDate(2026, 11, 20));
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    QCOMPARE(imported.rowsRead, 6);
    QCOMPARE(imported.rowsSkipped, 4); // N/A, a sentence, an e-mail address, a ragged row
    QVERIFY(imported.ignoredValues.contains(QStringLiteral("None")));
    QVERIFY(imported.ignoredValues.contains(QStringLiteral("N/A")));
    QVERIFY(imported.ignoredValues.contains(QStringLiteral("admin@domain.example")));
    QCOMPARE(imported.directory.dataDate, QStringLiteral("2026-11-20"));

    QVERIFY2(!changeFor(imported.changes, QStringLiteral("Let's Encrypt")), "unchanged CAs are not listed");
    const DirectoryChange *digicert = changeFor(imported.changes, QStringLiteral("DigiCert"));
    QVERIFY(digicert);
    QCOMPARE(digicert->added, QList<QByteArray>{"digicert.eu"});
    QVERIFY(digicert->removed.contains("rapidssl.com"));
    const DirectoryChange *sectigo = changeFor(imported.changes, QStringLiteral("Sectigo"));
    QVERIFY(sectigo && sectigo->removed.contains("comodoca.com"));
    QVERIFY2(!changeFor(imported.changes, QStringLiteral("ZeroSSL")), "a shared identifier goes to the best match only");
    const DirectoryChange *fresh = changeFor(imported.changes, QStringLiteral("Brand New Trust Ltd"));
    QVERIFY(fresh && fresh->newCa);
    QCOMPARE(fresh->added, QList<QByteArray>{"brandnew.example"});
    const DirectoryChange *commas = changeFor(imported.changes, QStringLiteral("Commas, Inc."));
    QVERIFY2(commas && commas->added == QList<QByteArray>{"commas.example"},
             qPrintable(QStringLiteral("owner read from a quoted DN with commas, identifier normalised; got: ")
                        + describeChanges(imported.changes).join(QStringLiteral(" / "))));

    const CaEntry *updated = imported.directory.findByName(QStringLiteral("DigiCert"));
    QCOMPARE(updated->identifiers, (QList<QByteArray>{"digicert.com", "www.digicert.com", "digicert.eu"}));
    QCOMPARE(imported.directory.entries.size(), before.entries.size() + 2);
    QVERIFY(!describeChanges(imported.changes).isEmpty());
    QVERIFY(describeChanges(imported.changes).join(u'\n').contains(QStringLiteral("DigiCert: + digicert.eu")));
}

void TestCaDirectory::importRefusesBadFiles_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty file") << "" << "empty";
    QTest::newRow("wrong columns (V1 report)") << "CA Owner,CAA Identifiers\nFoo,foo.example\n" << "Recognized CAA Domains";
    QTest::newRow("unclosed quote") << "Subject,Recognized CAA Domains\n\"CN=x; O=y,foo.example\n" << "not valid CSV";
    QTest::newRow("only junk") << "Subject,Recognized CAA Domains\nCN=x; O=y,None\n" << "unchanged";
    QTest::newRow("binary") << QString::fromLatin1(QByteArray("\x00\x01\x02\xff\xfe", 5)) << "Recognized CAA Domains";
}

void TestCaDirectory::importRefusesBadFiles()
{
    QFETCH(QString, csv);
    QFETCH(QString, mentions);
    const CaDirectory before = bundledCaDirectory();
    const CcadbImport imported = importCcadbV2(csv, before);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error.contains(mentions), qPrintable(imported.error));
    QCOMPARE(imported.directory.entries, before.entries); // the previous directory is kept
    QVERIFY(imported.changes.isEmpty());
}

void TestCaDirectory::customCa_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QList<QByteArray>>("identifiers");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("error");
    QTest::newRow("private ACME CA") << "Corp ACME" << QList<QByteArray>{"acme.corp.example"} << "rfc" << "";
    QTest::newRow("duplicate name") << "let's encrypt" << QList<QByteArray>{"x.example"} << "rfc" << "already";
    QTest::newRow("no identifier") << "Empty" << QList<QByteArray>{} << "rfc" << "at least one";
    QTest::newRow("identifier is not a domain") << "Bad" << QList<QByteArray>{"Corp CA"} << "rfc" << "not a CAA identifier";
    QTest::newRow("unknown profile") << "Odd" << QList<QByteArray>{"odd.example"} << "strict" << "profile";
}

void TestCaDirectory::customCa()
{
    QFETCH(QString, name);
    QFETCH(QList<QByteArray>, identifiers);
    QFETCH(QString, profile);
    QFETCH(QString, error);
    CaDirectory d = bundledCaDirectory();
    const qsizetype before = d.entries.size();
    CaEntry e;
    e.name = name;
    e.identifiers = identifiers;
    e.profileId = profile;
    const QString result = addCustomCa(d, e);
    QVERIFY2(error.isEmpty() ? result.isEmpty() : result.contains(error), qPrintable(result));
    QCOMPARE(d.entries.size(), before + (error.isEmpty() ? 1 : 0));
}

void TestCaDirectory::saveAndLoadRoundTrip()
{
    QTemporaryDir dir;
    CaDirectory d = bundledCaDirectory();
    CaEntry mine;
    mine.name = QStringLiteral("Corp, \"internal\" CA");
    mine.identifiers = {"acme.corp.example", "ca.corp.example"};
    QVERIFY(addCustomCa(d, mine).isEmpty());
    CaEntry formula; // a name a spreadsheet would run: written neutralised, read back as it was
    formula.name = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"CA\")");
    formula.owner = QStringLiteral("-owner");
    formula.identifiers = {"formula.example"};
    QVERIFY(addCustomCa(d, formula).isEmpty());
    const QString path = dir.filePath(QStringLiteral("sub/ca-directory.csv"));
    QCOMPARE(saveCaDirectory(d, path), QString());
    const CaDirectoryParse loaded = loadCaDirectory(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.directory.entries, d.entries);
    {
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray text = written.readAll();
        QVERIFY2(text.contains("\n\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"CA\"\")\",\"'-owner\","), text.constData());
    }
    QCOMPARE(loaded.directory.dataDate, d.dataDate);

    QFile broken(path);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("not,a,directory\n");
    broken.close();
    const CaDirectoryParse bad = loadCaDirectory(path);
    QVERIFY(!bad.ok());
    QVERIFY(bad.error.contains(path));
}

// OWASP "CSV Injection": a cell that starts with = + - @ TAB or CR is run as a formula by
// spreadsheets. Written with a leading apostrophe, quoted; read back exactly.
void TestCaDirectory::csvFieldsCannotRunAsFormulas_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("letsencrypt.org") << QStringLiteral("letsencrypt.org");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("= formula") << QStringLiteral("=cmd|' /C calc'!A0") << QStringLiteral("\"'=cmd|' /C calc'!A0\"");
    QTest::newRow("+ formula") << QStringLiteral("+1+1") << QStringLiteral("\"'+1+1\"");
    QTest::newRow("- formula") << QStringLiteral("-2+3") << QStringLiteral("\"'-2+3\"");
    QTest::newRow("@ formula") << QStringLiteral("@SUM(1)") << QStringLiteral("\"'@SUM(1)\"");
    QTest::newRow("TAB first") << QStringLiteral("\t=1") << QStringLiteral("\"'\t=1\"");
    QTest::newRow("CR first") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
    QTest::newRow("formula with comma and quote") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                                                  << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("apostrophe before a formula gets one more") << QStringLiteral("'=x") << QStringLiteral("\"''=x\"");
    QTest::newRow("apostrophe before text stays") << QStringLiteral("'quoted") << QStringLiteral("'quoted");
    QTest::newRow("= inside is harmless") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("comma quoted") << QStringLiteral("Corp, Inc.") << QStringLiteral("\"Corp, Inc.\"");
    QTest::newRow("LF quoted") << QStringLiteral("two\nlines") << QStringLiteral("\"two\nlines\"");
    QTest::newRow("CR inside quoted") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
}

void TestCaDirectory::csvFieldsCannotRunAsFormulas()
{
    QFETCH(QString, value);
    QFETCH(QString, field);
    const QString written = csvField(value);
    QCOMPARE(written, field);
    // Read back by an RFC 4180 reader, then undone: exactly the value.
    const CsvParse parsed = parseCsv(written + QStringLiteral(",end\r\n"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.rows.size(), 1);
    QCOMPARE(parsed.rows.first().size(), 2);
    const QString cell = parsed.rows.first().first();
    QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.front()), qPrintable(cell));
    QCOMPARE(csvFieldValue(cell), value);
}

// RFC 4180 §2 as parseCsv() documents it, row by row: every field exactly, or the error.
void TestCaDirectory::parseCsvReadsRfc4180_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QString>("error"); // a part of the message; empty: read

    using Rows = QList<QStringList>;
    QTest::newRow("plain, LF") << QStringLiteral("a,bc,def\ng,h,i\n") << Rows{{u"a"_s, u"bc"_s, u"def"_s}, {u"g"_s, u"h"_s, u"i"_s}} << QString();
    QTest::newRow("CRLF") << QStringLiteral("a,b\r\nc,d\r\n") << Rows{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}} << QString();
    QTest::newRow("no line end at the end") << QStringLiteral("a,b\nc,d") << Rows{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}} << QString();
    QTest::newRow("empty fields") << QStringLiteral(",a,,\n") << Rows{{u""_s, u"a"_s, u""_s, u""_s}} << QString();
    QTest::newRow("lone CR kept in a field") << QStringLiteral("a\rb,c\r\n") << Rows{{u"a\rb"_s, u"c"_s}} << QString();
    QTest::newRow("CR before the comma") << QStringLiteral("a\r,b\n") << Rows{{u"a\r"_s, u"b"_s}} << QString();
    QTest::newRow("quoted comma, line break, doubled quote")
        << QStringLiteral("\"a,b\",\"c\nd\",\"say \"\"hi\"\"\"\n") << Rows{{u"a,b"_s, u"c\nd"_s, u"say \"hi\""_s}} << QString();
    QTest::newRow("quoted then unquoted text") << QStringLiteral("\"ab\"cd,e\n") << Rows{{u"abcd"_s, u"e"_s}} << QString();
    QTest::newRow("empty quoted field") << QStringLiteral("\"\",x\n") << Rows{{u""_s, u"x"_s}} << QString();
    QTest::newRow("non-ASCII") << QStringLiteral("Ünïcödé,名前\n") << Rows{{u"Ünïcödé"_s, u"名前"_s}} << QString();
    QTest::newRow("a long field") << QString(QString(5000, u'x') + QStringLiteral(",y\n")) << Rows{{QString(5000, u'x'), u"y"_s}} << QString();
    QTest::newRow("quote inside an unquoted field") << QStringLiteral("a,b\"c\n") << Rows{} << QStringLiteral("line 1: a quote inside an unquoted field");
    QTest::newRow("quote inside, second line") << QStringLiteral("a\nb\"c\n") << Rows{} << QStringLiteral("line 2:");
    QTest::newRow("quoted field not closed") << QStringLiteral("a,\"b\nc\n") << Rows{} << QStringLiteral("line 3: a quoted field is not closed");
}

void TestCaDirectory::parseCsvReadsRfc4180()
{
    QFETCH(QString, text);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QString, error);
    const CsvParse parsed = parseCsv(text);
    if (error.isEmpty()) {
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.rows, rows);
    } else {
        QVERIFY2(parsed.error.contains(error), qPrintable(parsed.error));
    }
}

void TestCaDirectory::activeDirectoryPrefersTheUsersCopy()
{
    QTemporaryDir dir;
    qputenv("CAA_INSPECTOR_DATA_DIR", dir.path().toLocal8Bit());
    QCOMPARE(activeCaDirectory().entries, bundledCaDirectory().entries);
    CaDirectory d = bundledCaDirectory();
    CaEntry mine;
    mine.name = QStringLiteral("Corp ACME");
    mine.identifiers = {"acme.corp.example"};
    QVERIFY(addCustomCa(d, mine).isEmpty());
    QCOMPARE(saveCaDirectory(d, userCaDirectoryPath()), QString());
    QVERIFY(activeCaDirectory().findByName(QStringLiteral("Corp ACME")));
    // An unreadable user file falls back to the bundled data instead of an empty directory.
    QFile f(userCaDirectoryPath());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("garbage");
    f.close();
    QCOMPARE(activeCaDirectory().entries, bundledCaDirectory().entries);
    qunsetenv("CAA_INSPECTOR_DATA_DIR");
}

QTEST_GUILESS_MAIN(TestCaDirectory)
#include "tst_cadirectory.moc"
