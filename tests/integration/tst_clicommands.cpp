// The CLI's commands run in process (no child process): arguments in, exit status and
// the text on standard output and standard error out.
#include "command.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QTest>

using namespace Caa;

namespace {

struct Ran
{
    int status = -1;
    QString out;
    QString err;
};

template<typename Run>
Ran capture(Run run)
{
    QBuffer out, err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    Cli::redirectOutput(&out, &err);
    Ran r;
    r.status = run();
    Cli::out().flush();
    Cli::err().flush();
    Cli::redirectOutput(nullptr, nullptr);
    r.out = QString::fromUtf8(out.data());
    r.err = QString::fromUtf8(err.data());
    return r;
}

QStringList args(const char *command, QStringList rest)
{
    rest.prepend(QStringLiteral("caa-inspector-cli ") + QLatin1String(command));
    return rest;
}

} // namespace

class TestCliCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("CAA_INSPECTOR_DATA_DIR", "/nonexistent/caa-inspector-test"); }
    void generateWritesTheRecord();
    void generateRefusesBadInput();
    void casListsTheDirectory();
    void checkAgainstAZoneFile();
};

void TestCliCommands::generateWritesTheRecord()
{
    const Ran r = capture([] { return Cli::runGenerate(args("generate", {QStringLiteral("--domain"), QStringLiteral("example.com"),
                                                                           QStringLiteral("--issue"), QStringLiteral("letsencrypt.org")})); });
    QCOMPARE(r.status, 0);
    QCOMPARE(r.out, QStringLiteral("example.com.\t3600\tIN\tCAA\t0 issue \"letsencrypt.org\"\n"));
    QCOMPARE(r.err, QString());
}

void TestCliCommands::generateRefusesBadInput()
{
    const Ran r = capture([] { return Cli::runGenerate(args("generate", {QStringLiteral("--issue"), QStringLiteral("x")})); });
    QCOMPARE(r.status, Cli::ExitUsage);
    QVERIFY2(r.err.contains(QStringLiteral("--domain is required")), qPrintable(r.err));
    QCOMPARE(r.out, QString());
}

void TestCliCommands::casListsTheDirectory()
{
    const Ran r = capture([] { return Cli::runCas(args("cas", {})); });
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.contains(QStringLiteral("Let's Encrypt")));
    QVERIFY(r.out.contains(QStringLiteral("CCADB")));
}

void TestCliCommands::checkAgainstAZoneFile()
{
    const QString zone = QStringLiteral(CAA_SOURCE_DIR "/resources/samples/example.net.zone");
    const Ran r = capture([&] {
        return Cli::runCheck(*QCoreApplication::instance(), args("check", {QStringLiteral("--zone-file"), zone, QStringLiteral("--ca"),
                                                                           QStringLiteral("letsencrypt.org"), QStringLiteral("--format"),
                                                                           QStringLiteral("csv"), QStringLiteral("www.example.net")}));
    });
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("input,name,relevant,ca,kind,verdict,reason,explanation,failure_origin\r\n")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("www.example.net,www.example.net,example.net,Let's Encrypt,tls,permit,authorised,")), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"
