// The caa-inspector-cli contract (README): exit codes, JSON shape, formats, usage
// errors — the real binary against the real test bed.
#include "caaforwarder.h"
#include "loopback.h"
#include "testbed.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

#include <csignal>
#include <tuple>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QUdpSocket>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The environment every CLI run of these tests gets: never the real user's directory,
// `dataDir` if given or else one that does not exist.
QProcessEnvironment cliEnvironment(const QString &dataDir = QString())
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CAA_INSPECTOR_DATA_DIR"), dataDir.isEmpty() ? QStringLiteral("/nonexistent/caa-inspector-test") : dataDir);
    return env;
}

Run cli(const QStringList &args, const QString &dataDir = QString(), const QString &locale = QString(),
        const QString &program = QStringLiteral(CAA_CLI_PATH))
{
    QProcess p;
    QProcessEnvironment env = cliEnvironment(dataDir);
    if (!locale.isEmpty())
        env.insert(QStringLiteral("LC_ALL"), locale);
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(30000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Starts the CLI (or `program`, which starts it) without waiting, in cliEnvironment().
void startCli(QProcess &p, const QStringList &args, const QString &program = QStringLiteral(CAA_CLI_PATH))
{
    p.setProcessEnvironment(cliEnvironment());
    p.start(program, args);
}

// The test bed's loopback Unbound, as a forwarder's upstream.
Caa::Dns::ServerAddress testbedResolver()
{
    return {QStringLiteral("127.0.0.1"), false, quint16(CaaTest::testbedValue(QStringLiteral("RESOLVER")).section(u':', -1).toUInt())};
}

QStringList withServer(QStringList args)
{
    args.insert(1, QStringLiteral("--server"));
    args.insert(2, CaaTest::testbedValue(QStringLiteral("RESOLVER")));
    return args;
}

// A csv run over `count` names PREFIXn.bulk.test with `options`, sent SIGINT once its first
// progress line shows it under way (and its handler installed): its exit status, its CSV
// lines (the header first) and its standard error. Exit status -1 when it did not start or
// end normally.
struct Interrupted
{
    int exitCode = -1;
    QStringList lines;
    QByteArray err;
};

Interrupted interruptedRun(const QString &prefix, int count, const QStringList &options)
{
    QTemporaryDir dir;
    const QString list = dir.filePath(QStringLiteral("many.txt"));
    QFile f(list);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    for (int i = 0; i < count; ++i)
        f.write(QStringLiteral("%1%2.bulk.test\n").arg(prefix).arg(i).toLatin1());
    f.close();
    QProcess p;
    p.setProcessEnvironment(cliEnvironment(dir.path()));
    p.start(QStringLiteral(CAA_CLI_PATH), withServer(QStringList{QStringLiteral("check"), QStringLiteral("--ca"), QStringLiteral("letsencrypt.org"),
                                                                 QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--progress"),
                                                                 QStringLiteral("always"), QStringLiteral("--file"), list}
                                                     + options));
    if (!p.waitForStarted())
        return {};
    Interrupted r;
    QDeadlineTimer deadline(20000);
    while (!r.err.contains("checked ") && !deadline.hasExpired() && p.state() == QProcess::Running) {
        p.waitForReadyRead(100);
        r.err += p.readAllStandardError();
    }
    ::kill(pid_t(p.processId()), SIGINT);
    if (!p.waitForFinished(20000) || p.exitStatus() != QProcess::NormalExit)
        return {};
    r.exitCode = p.exitCode();
    r.err += p.readAllStandardError();
    r.lines = QString::fromUtf8(p.readAllStandardOutput()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    return r;
}

// Bad options of bulk runs and diagnostics: usage errors (exit 3, named on stderr) that
// must also send nothing; both tables use these rows.
void addBulkAndDiagnosticsOptionRows()
{
    QTest::newRow("max-in-flight 0") << QStringList{QStringLiteral("check"), QStringLiteral("--max-in-flight"), QStringLiteral("0"), QStringLiteral("r.test")} << "--max-in-flight";
    QTest::newRow("threads 0") << QStringList{QStringLiteral("check"), QStringLiteral("--threads"), QStringLiteral("0"), QStringLiteral("r.test")}
                               << "--threads must be a number from 1 to 64";
    QTest::newRow("threads 65") << QStringList{QStringLiteral("check"), QStringLiteral("--threads"), QStringLiteral("65"), QStringLiteral("r.test")}
                                << "--threads must be a number from 1 to 64";
    QTest::newRow("threads not a number") << QStringList{QStringLiteral("check"), QStringLiteral("--threads"), QStringLiteral("all"), QStringLiteral("r.test")}
                                          << "--threads must be a number from 1 to 64";
    QTest::newRow("bad progress") << QStringList{QStringLiteral("check"), QStringLiteral("--progress"), QStringLiteral("sometimes"), QStringLiteral("r.test")} << "--progress";
    QTest::newRow("cert missing") << QStringList{QStringLiteral("check"), QStringLiteral("--cert"), QStringLiteral("/nonexistent/cert.pem")} << "Cannot read /nonexistent/cert.pem";
    QTest::newRow("cert is not a certificate") << QStringList{QStringLiteral("check"), QStringLiteral("--cert"), QStringLiteral(CAA_SOURCE_DIR "/README.md")} << "holds no certificate";
    QTest::newRow("cert without SAN") << QStringList{QStringLiteral("check"), QStringLiteral("--cert"), QStringLiteral(CAA_SOURCE_DIR "/tests/data/no-san-certificate.pem")}
                                      << "common name is legacy.r.test";
    QTest::newRow("diagnostics with a zone file") << QStringList{QStringLiteral("check"), QStringLiteral("--authoritative"), QStringLiteral("--zone-file"),
                                                                 QStringLiteral(CAA_SOURCE_DIR "/resources/samples/example.net.zone"), QStringLiteral("www.example.net")}
                                                  << "do not go with --zone-file";
    QTest::newRow("bad resolver to compare") << QStringList{QStringLiteral("check"), QStringLiteral("--compare-resolvers"), QStringLiteral("dns.example"), QStringLiteral("r.test")}
                                             << "--compare-resolvers";
    QTest::newRow("bad ns port") << QStringList{QStringLiteral("check"), QStringLiteral("--ns-port"), QStringLiteral("0"), QStringLiteral("r.test")} << "--ns-port";
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitCodes_data();
    void exitCodes();
    void jsonShape();
    void accountUrlForms_data();
    void accountUrlForms();
    void inputErrorInJson();
    void everyDirectoryCaWithoutCa();
    void caByDirectoryName();
    void textAndMarkdown();
    void extendedErrorsInEveryFormat_data();
    void explainAnswers_data();
    void explainAnswers();
    void explainJsonShape();
    void explainReadsStandardInput();
    void ctBesideThePolicy_data();
    void ctBesideThePolicy();
    void ctCommandListsIssuances();
    void ctStartDraftAndWhatIf();
    void extendedErrorsInEveryFormat();
    void usageErrors_data();
    void usageErrors();
    void versionAndHelp();
    void directoryImportAddReset();
    void allKinds();
    void sampleVerdictsMatchGolden();
    void generateFormats_data();
    void generateFormats();
    void generateKeepsOptionOrder();
    void generateKeepsNonAsciiBytes();
    void generateErrors_data();
    void generateErrors();
    void generateFromJson();
    void zoneFileAndDraft();
    void badInputSendsNothing_data();
    void badInputSendsNothing();
    void namesFromFileAndStdinAsCsv();
    void namesFromCertificate();
    void qtNetworkOnlyWhenAskedFor();
    void ctrlCPrintsWhatFinished();
    void progressOnlyWhenAsked();
    void completionOrderWritesEveryNameOnceWithItsIndex_data();
    void completionOrderWritesEveryNameOnceWithItsIndex();
    void completionOrderDoesNotWaitForASlowName_data();
    void completionOrderDoesNotWaitForASlowName();
    void inputErrorsBehindASlowNameWaitInTheWindow_data();
    void inputErrorsBehindASlowNameWaitInTheWindow();
    void orderIsInputOrCompletion_data();
    void orderIsInputOrCompletion();
    void timedOutNamesInARunGetAHint_data();
    void timedOutNamesInARunGetAHint();
    void threadsWriteWhatOneThreadWrites_data();
    void threadsWriteWhatOneThreadWrites();
    void ctrlCWithThreadsWritesEachFinishedNameOnce();
    void streamsEveryNameOnceInInputOrder_data();
    void streamsEveryNameOnceInInputOrder();
    void summaryCountsTheRun();
    void asOfDecidesByDate();
    void englishPluralsFromTheCatalogue();
    void helpdeskDiagnostics();
    void ctrlCDuringDiagnostics();
};

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("permit: 0") << QStringList{QStringLiteral("check"), QStringLiteral("--ca"), QStringLiteral("ca.example"), QStringLiteral("r.test")} << 0;
    QTest::newRow("deny: 1") << QStringList{QStringLiteral("check"), QStringLiteral("--ca"), QStringLiteral("other.example"), QStringLiteral("r.test")} << 1;
    QTest::newRow("lookup failure: 2") << QStringList{QStringLiteral("check"), QStringLiteral("--ca"), QStringLiteral("ca.example"), QStringLiteral("x.lame.caa.test")} << 2;
    QTest::newRow("input error: 3") << QStringList{QStringLiteral("check"), QStringLiteral("--ca"), QStringLiteral("ca.example"), QStringLiteral("192.0.2.1")} << 3;
    QTest::newRow("highest wins: deny + failure = 2")
        << QStringList{QStringLiteral("check"), QStringLiteral("--ca"), QStringLiteral("other.example"), QStringLiteral("r.test"), QStringLiteral("x.lame.caa.test")} << 2;
    QTest::newRow("highest wins: input error beats all = 3")
        << QStringList{QStringLiteral("check"), QStringLiteral("--ca"), QStringLiteral("other.example"), QStringLiteral("r.test"), QStringLiteral("a..b")} << 3;
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const Run r = cli(withServer(args));
    QCOMPARE(r.exitCode, exitCode);
}

// Let's Encrypt names an account by any of its configured URL forms (boulder
// caaAccountURIMatches); the rfc profile compares exactly (RFC 8657 §3).
void TestCli::accountUrlForms_data()
{
    QTest::addColumn<QString>("profile"); // empty: the directory's (letsencrypt)
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("explanationMentions");
    QTest::newRow("letsencrypt: the ACMEv1 form names the ACMEv2 account") << QString() << 0 << "authorised"
                                                                          << "in Let's Encrypt's other form https://acme-v01.api.letsencrypt.org/acme/reg/";
    QTest::newRow("rfc: only the exact URI") << "rfc" << 1 << "account-mismatch" << "allows only the account https://acme-v01.api.letsencrypt.org/acme/reg/1234";
}

void TestCli::accountUrlForms()
{
    QFETCH(QString, profile);
    QFETCH(int, exitCode);
    QFETCH(QString, reason);
    QFETCH(QString, explanationMentions);
    QStringList args{QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--ca"), QStringLiteral("letsencrypt.org"),
                     QStringLiteral("--account"), QStringLiteral("https://acme-v02.api.letsencrypt.org/acme/acct/1234"), QStringLiteral("leacctv1.r.test")};
    if (!profile.isEmpty())
        args << QStringLiteral("--profile") << profile;
    const Run r = cli(withServer(args));
    QCOMPARE(r.exitCode, exitCode);
    const QJsonObject result = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("results")).toArray().at(0).toObject();
    const QJsonObject decision = result.value(QStringLiteral("decisions")).toArray().at(0).toObject();
    QCOMPARE(decision.value(QStringLiteral("reason")).toString(), reason);
    QVERIFY2(decision.value(QStringLiteral("explanation")).toString().contains(explanationMentions),
             qPrintable(decision.value(QStringLiteral("explanation")).toString()));
    // The record works with Let's Encrypt but uses the older form: a finding says so.
    QStringList codes;
    for (const QJsonValue &f : result.value(QStringLiteral("findings")).toArray())
        codes << f.toObject().value(QStringLiteral("code")).toString();
    QVERIFY2(codes.contains(QStringLiteral("account-uri-older-form")), qPrintable(codes.join(u' ')));
}

void TestCli::jsonShape()
{
    const Run r = cli(withServer({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--ca"),
                                  QStringLiteral("ca.example"), QStringLiteral("--account"), QStringLiteral("https://acme.example/acct/1"),
                                  QStringLiteral("www.acct.r.test")}));
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject result = doc.object().value(QStringLiteral("results")).toArray().at(0).toObject();
    QCOMPARE(result.value(QStringLiteral("input")).toString(), QStringLiteral("www.acct.r.test"));
    QCOMPARE(result.value(QStringLiteral("name")).toString(), QStringLiteral("www.acct.r.test"));
    QCOMPARE(result.value(QStringLiteral("wildcard")).toBool(), false);
    QCOMPARE(result.value(QStringLiteral("kind")).toString(), QStringLiteral("tls"));
    const QJsonArray steps = result.value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.size(), 4);
    QCOMPARE(steps.at(0).toObject().value(QStringLiteral("rcode")).toString(), QStringLiteral("NXDOMAIN"));
    QVERIFY(steps.at(0).toObject().value(QStringLiteral("error")).isNull());
    const QJsonObject relevantStep = steps.at(1).toObject();
    QCOMPARE(relevantStep.value(QStringLiteral("name")).toString(), QStringLiteral("acct.r.test"));
    QCOMPARE(relevantStep.value(QStringLiteral("authenticated")).toBool(), false);
    QVERIFY(relevantStep.value(QStringLiteral("aliases")).isArray());
    const QJsonObject record = relevantStep.value(QStringLiteral("records")).toArray().at(0).toObject();
    QCOMPARE(record.value(QStringLiteral("flags")).toInt(), 0);
    QCOMPARE(record.value(QStringLiteral("tag")).toString(), QStringLiteral("issue"));
    QCOMPARE(record.value(QStringLiteral("value")).toString(), QStringLiteral("ca.example; accounturi=https://acme.example/acct/1"));
    QVERIFY(record.value(QStringLiteral("ttl")).toInt() > 0);
    QCOMPARE(result.value(QStringLiteral("relevant")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("acct.r.test"));
    QVERIFY(result.value(QStringLiteral("findings")).isArray());
    const QJsonObject decision = result.value(QStringLiteral("decisions")).toArray().at(0).toObject();
    QCOMPARE(decision.value(QStringLiteral("ca")).toString(), QStringLiteral("ca.example"));
    QCOMPARE(decision.value(QStringLiteral("identifiers")).toArray(), QJsonArray{QStringLiteral("ca.example")});
    QCOMPARE(decision.value(QStringLiteral("profile")).toString(), QStringLiteral("rfc"));
    QCOMPARE(decision.value(QStringLiteral("verdict")).toString(), QStringLiteral("permit"));
    QCOMPARE(decision.value(QStringLiteral("reason")).toString(), QStringLiteral("authorised"));
    QCOMPARE(decision.value(QStringLiteral("conditions")).toArray().size(), 0);
    QVERIFY(decision.value(QStringLiteral("explanation")).toString().contains(QStringLiteral("acct.r.test")));

    // Escapes: the value is the zone-file text form without quotes (RFC 1035 §5.1).
    const Run tab = cli(withServer({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--ca"),
                                    QStringLiteral("ca.example"), QStringLiteral("tab.r.test")}));
    const QJsonObject tabResult = QJsonDocument::fromJson(tab.out).object().value(QStringLiteral("results")).toArray().at(0).toObject();
    QCOMPARE(tabResult.value(QStringLiteral("relevant")).toObject().value(QStringLiteral("records")).toArray().at(0).toObject().value(QStringLiteral("value")).toString(),
             QStringLiteral("\\009ca.example;\\009accounturi=https://acme.example/acct/1"));
    const QJsonObject conditional = tabResult.value(QStringLiteral("decisions")).toArray().at(0).toObject();
    QCOMPARE(conditional.value(QStringLiteral("conditions")).toArray().at(0).toObject().value(QStringLiteral("accounturi")).toString(),
             QStringLiteral("https://acme.example/acct/1"));
}

void TestCli::inputErrorInJson()
{
    const Run r = cli(withServer({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--ca"),
                                  QStringLiteral("ca.example"), QStringLiteral("https://[2001:db8::1]/")}));
    QCOMPARE(r.exitCode, 3);
    const QJsonObject result = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("results")).toArray().at(0).toObject();
    QCOMPARE(result.value(QStringLiteral("input")).toString(), QStringLiteral("https://[2001:db8::1]/"));
    QCOMPARE(result.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("ip-address"));
    QVERIFY(!result.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(!result.contains(QStringLiteral("steps")));
}

void TestCli::everyDirectoryCaWithoutCa()
{
    const Run r = cli(withServer({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("r.test")}));
    QCOMPARE(r.exitCode, 1); // ca.example permits nobody in the directory
    const QJsonArray decisions = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("decisions")).toArray();
    QVERIFY2(decisions.size() >= 60, QByteArray::number(decisions.size()).constData());
    bool sawLetsEncrypt = false;
    for (const QJsonValue &d : decisions) {
        QCOMPARE(d.toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("deny"));
        if (d.toObject().value(QStringLiteral("ca")).toString() == QStringLiteral("Let's Encrypt")) {
            sawLetsEncrypt = true;
            QCOMPARE(d.toObject().value(QStringLiteral("profile")).toString(), QStringLiteral("letsencrypt"));
        }
    }
    QVERIFY(sawLetsEncrypt);
}

void TestCli::caByDirectoryName()
{
    const Run r = cli(withServer({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--ca"),
                                  QStringLiteral("LET'S ENCRYPT"), QStringLiteral("crit1.r.test")}));
    QCOMPARE(r.exitCode, 1);
    const QJsonObject d = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("results")).toArray().at(0).toObject()
                              .value(QStringLiteral("decisions")).toArray().at(0).toObject();
    QCOMPARE(d.value(QStringLiteral("ca")).toString(), QStringLiteral("Let's Encrypt"));
    QCOMPARE(d.value(QStringLiteral("reason")).toString(), QStringLiteral("critical-unknown-tag"));

    // --profile overrides the directory's profile.
    const Run rfc = cli(withServer({QStringLiteral("check"), QStringLiteral("--profile"), QStringLiteral("rfc"), QStringLiteral("--ca"),
                                    QStringLiteral("ca.example"), QStringLiteral("crit1.r.test")}));
    QCOMPARE(rfc.exitCode, 0);
}

void TestCli::textAndMarkdown()
{
    const Run text = cli(withServer({QStringLiteral("check"), QStringLiteral("--ca"), QStringLiteral("other.example"), QStringLiteral("*.prec.r.test")}));
    QCOMPARE(text.exitCode, 0);
    const QString t = QString::fromUtf8(text.out);
    QVERIFY(t.contains(QStringLiteral("*.prec.r.test")));
    QVERIFY(t.contains(QStringLiteral("the relevant set")));
    QVERIFY(t.contains(QStringLiteral("0 issuewild \"other.example\"")));
    QVERIFY(t.contains(QStringLiteral("PERMIT")));

    const Run md = cli(withServer({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("markdown"), QStringLiteral("--ca"),
                                   QStringLiteral("ca.example"), QStringLiteral("alias.caa.test")}));
    const QString m = QString::fromUtf8(md.out);
    QVERIFY(m.contains(QStringLiteral("| Name | Answer | DNSSEC | Records |")));
    QVERIFY(m.contains(QStringLiteral("via alias.caa.test CNAME alias2.other.test")));
    QVERIFY2(m.contains(QStringLiteral("| ca.example | Single name | DENY |")), qPrintable(m)); // each verdict says its kind
}

// RFC 8914: the test bed's Unbound (ede: yes) explains its SERVFAIL for the damaged
// signature of badsig.test; every format says so beside the level's outcome.
void TestCli::extendedErrorsInEveryFormat_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text") << QStringList{} << "SERVFAIL — lookup failure · the server says: DNSSEC Bogus (6)";
    QTest::newRow("text finding") << QStringList{} << "failed (SERVFAIL; the server says: DNSSEC Bogus (6)";
    QTest::newRow("markdown") << QStringList{QStringLiteral("--format"), QStringLiteral("markdown")} << "the server says: DNSSEC Bogus (6)";
    QTest::newRow("csv explanation") << QStringList{QStringLiteral("--format"), QStringLiteral("csv")} << "failed (SERVFAIL; the server says: DNSSEC Bogus (6)";
    QTest::newRow("json") << QStringList{QStringLiteral("--format"), QStringLiteral("json")} << "DNSSEC Bogus";
    QTest::newRow("diagnostics") << QStringList{QStringLiteral("--authoritative"), QStringLiteral("--ns-port"), CaaTest::testbedValue(QStringLiteral("NAMESERVER_PORT"))}
                                 << "The resolver says: DNSSEC Bogus (6)";
}

void TestCli::extendedErrorsInEveryFormat()
{
    QFETCH(QStringList, options);
    QFETCH(QString, expected);
    const Run r = cli(withServer(QStringList{QStringLiteral("check"), QStringLiteral("--ca"), QStringLiteral("ca.example"), QStringLiteral("--no-failure-origin")}
                                 + options + QStringList{QStringLiteral("badsig.test")}));
    QCOMPARE(r.exitCode, 2);
    if (options.contains(QStringLiteral("json"))) {
        const QJsonObject step = QJsonDocument::fromJson(r.out).object()[QStringLiteral("results")].toArray().first()
                                     .toObject()[QStringLiteral("steps")].toArray().first().toObject();
        QCOMPARE(step[QStringLiteral("name")].toString(), QStringLiteral("badsig.test"));
        const QJsonObject ede = step[QStringLiteral("ede")].toArray().first().toObject();
        QCOMPARE(ede[QStringLiteral("code")].toInt(), 6);
        QCOMPARE(ede[QStringLiteral("name")].toString(), expected);
        QVERIFY(ede.contains(QStringLiteral("text")));
        return;
    }
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(expected), qPrintable(out.left(3000)));
}

// explain (issue #20): a CA's error in, the check against the test bed, one paragraph out.
void TestCli::explainAnswers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("answerHas");

    const QStringList online{QStringLiteral("--ns-port"), CaaTest::testbedValue(QStringLiteral("NAMESERVER_PORT"))};
    QTest::newRow("forbids, we agree: the record to add at the relevant set")
        << "While processing CAA for www.r.test: CAA record for r.test prevents issuance" << online << 1
        << QStringList{QStringLiteral("Let's Encrypt said the CAA records do not allow it to issue for www.r.test (records found at r.test)."),
                       QStringLiteral("We see the same: Let's Encrypt may not issue for www.r.test"),
                       QStringLiteral("add `r.test. IN CAA 0 issue \"letsencrypt.org\"`")};
    QTest::newRow("forbids, but permits now: changed since, TTL left")
        << "acme: error: 403 :: urn:ietf:params:acme:error:caa :: While processing CAA for bulk.test: CAA record for bulk.test prevents issuance" << online << 0
        << QStringList{QStringLiteral("That does not agree with what the CA saw"), QStringLiteral("s left of their TTL")};
    QTest::newRow("SERVFAIL, the domain's server fails: named")
        << "urn:ietf:params:acme:error:dns :: While processing CAA for x.lame.caa.test: DNS problem: SERVFAIL looking up CAA for x.lame.caa.test - "
           "the domain's nameservers may be malfunctioning" << online << 2
        << QStringList{QStringLiteral("could not look up the CAA records for x.lame.caa.test: servfail at x.lame.caa.test"),
                       QStringLiteral("We see the lookup fail too (SERVFAIL at x.lame.caa.test)"), QStringLiteral("answered SERVFAIL")};
    QTest::newRow("DNSSEC bogus: the resolver's EDE quoted")
        << "While processing CAA for badsig.test: DNS problem: SERVFAIL looking up CAA for badsig.test" << online << 2
        << QStringList{QStringLiteral("the server says: DNSSEC Bogus (6)"), QStringLiteral("signatures")};
    QTest::newRow("a top-level domain that does not exist")
        << "While processing CAA for router.lan: DNS problem: NXDOMAIN looking up CAA for lan - check that a DNS record exists for this domain" << online << 2
        << QStringList{QStringLiteral("The top-level domain `lan` does not exist in the public DNS: a public CA cannot issue for router.lan at all.")};
    QTest::newRow("the CA not stated: the directory's CAs that may issue")
        << "Detail: CAA record for www.r.test prevents issuance" << online << 1
        << QStringList{QStringLiteral("The CA said"), QStringLiteral("The text does not say which CA this was."),
                       QStringLiteral("No CA of the directory may issue for www.r.test now.")};
    QTest::newRow("--ca decides for another CA than the text names")
        << "While processing CAA for www.r.test: CAA record for r.test prevents issuance" << online + QStringList{QStringLiteral("--ca"), QStringLiteral("ca.example")} << 0
        << QStringList{QStringLiteral("ca.example said"), QStringLiteral("That does not agree")};
    QTest::newRow("--no-check reads only")
        << "While processing CAA for www.r.test: CAA record for r.test prevents issuance" << QStringList{QStringLiteral("--no-check")} << 0
        << QStringList{QStringLiteral("Nothing was looked up (--no-check)")};
    QTest::newRow("nothing recognised: exit 3, said so")
        << "Your order could not be completed." << online << 3
        << QStringList{QStringLiteral("The text names no CAA problem that CAA Inspector recognises")};
}

void TestCli::explainAnswers()
{
    QFETCH(QString, text);
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QStringList, answerHas);
    const Run r = cli(withServer(QStringList{QStringLiteral("explain"), QStringLiteral("--format"), QStringLiteral("json")} + options + QStringList{text}));
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    const QString answer = doc[QStringLiteral("answer")].toString();
    for (const QString &part : answerHas)
        QVERIFY2(answer.contains(part), qPrintable(part + QStringLiteral("\n  not in:\n") + answer + QString::fromUtf8(r.err)));
    QCOMPARE(r.exitCode, exitCode);
}

void TestCli::explainJsonShape()
{
    const Run r = cli(withServer({QStringLiteral("explain"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--ns-port"),
                                  CaaTest::testbedValue(QStringLiteral("NAMESERVER_PORT")),
                                  QStringLiteral("During secondary validation: While processing CAA for www.r.test: DNS problem: looking up CAA for r.test: "
                                                 "DNSSEC: Signature Expired: RRSIG expired")}));
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    const QJsonArray problems = doc[QStringLiteral("problems")].toArray();
    QCOMPARE(problems.size(), 1);
    const QJsonObject p = problems.first().toObject();
    QCOMPARE(p[QStringLiteral("ca")].toString(), QStringLiteral("Let's Encrypt"));
    QCOMPARE(p[QStringLiteral("names")].toArray(), QJsonArray{QStringLiteral("www.r.test")});
    QCOMPARE(p[QStringLiteral("found_at")].toString(), QStringLiteral("r.test"));
    QCOMPARE(p[QStringLiteral("kind")].toString(), QStringLiteral("lookup-failure"));
    QCOMPARE(p[QStringLiteral("cause")].toString(), QStringLiteral("signature-expired"));
    QCOMPARE(p[QStringLiteral("secondary")].toBool(), true);
    QCOMPARE(p[QStringLiteral("recheck")].toBool(), false);
    const QJsonObject ede = p[QStringLiteral("ede")].toObject();
    QCOMPARE(ede[QStringLiteral("code")].toInt(), 7);
    QCOMPARE(ede[QStringLiteral("name")].toString(), QStringLiteral("Signature Expired"));
    QCOMPARE(ede[QStringLiteral("text")].toString(), QStringLiteral("RRSIG expired"));
    QVERIFY(p[QStringLiteral("source_text")].toString().startsWith(QStringLiteral("While processing CAA for www.r.test")));
    // results: the same objects as check --format json
    const QJsonArray results = doc[QStringLiteral("results")].toArray();
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().toObject()[QStringLiteral("name")].toString(), QStringLiteral("www.r.test"));
    QVERIFY(results.first().toObject().contains(QStringLiteral("steps")));
    QVERIFY(results.first().toObject().contains(QStringLiteral("decisions")));
    QVERIFY(!doc[QStringLiteral("answer")].toString().isEmpty());
}

void TestCli::explainReadsStandardInput()
{
    QProcess p;
    startCli(p, {QStringLiteral("explain"), QStringLiteral("--no-check"), QStringLiteral("-")});
    p.write("+ Content: {\\n  \\\"type\\\": \\\"urn:acme:error:caa\\\",\\n  \\\"detail\\\": \\\"CAA record for shop.example.net prevents issuance\\\"}\n");
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(out.contains(QStringLiteral("caa-forbids · shop.example.net")), qPrintable(out));

    const Run bad = cli({QStringLiteral("explain"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("x")});
    QCOMPARE(bad.exitCode, 3);
    QVERIFY(bad.err.contains("--format must be text, json or markdown"));
}

// Issue #19: a saved CT response put against the live policy of the test bed.
void TestCli::ctBesideThePolicy_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("blocked");   // CAs whose renewal the records refuse
    QTest::addColumn<QStringList>("unblocked"); // CAs that issued and may go on
    QTest::newRow("crt.sh: r.test allows only ca.example")
        << "crtsh-r.test.json" << "r.test" << 1 << QStringList{QStringLiteral("Let's Encrypt"), QStringLiteral("Sectigo")} << QStringList{};
    QTest::newRow("SSLMate: bulk.test allows Let's Encrypt, DigiCert refused")
        << "sslmate-bulk.test.json" << "bulk.test" << 1 << QStringList{QStringLiteral("DigiCert")} << QStringList{QStringLiteral("Let's Encrypt")};
}

void TestCli::ctBesideThePolicy()
{
    QFETCH(QString, file);
    QFETCH(QString, name);
    QFETCH(int, exitCode);
    QFETCH(QStringList, blocked);
    QFETCH(QStringList, unblocked);
    const QString path = QStringLiteral(CAA_SOURCE_DIR "/tests/data/ct/") + file;
    const Run r = cli(withServer({QStringLiteral("check"), QStringLiteral("--ca"), QStringLiteral("letsencrypt.org"), QStringLiteral("--format"),
                                  QStringLiteral("json"), QStringLiteral("--ct-file"), path, name}));
    QCOMPARE(r.exitCode, exitCode);
    const QJsonObject result = QJsonDocument::fromJson(r.out).object()[QStringLiteral("results")].toArray().first().toObject();
    const QJsonObject ct = result[QStringLiteral("ct")].toObject();
    QCOMPARE(ct[QStringLiteral("source")].toString(), path);
    QVERIFY(!ct[QStringLiteral("fetched_at")].toString().isEmpty());
    QCOMPARE(ct[QStringLiteral("truncated")].toBool(), false);
    QStringList denied, allowed;
    for (const QJsonValue &v : ct[QStringLiteral("issuers")].toArray()) {
        const QJsonObject i = v.toObject();
        QVERIFY(i.contains(QStringLiteral("issuer_name")) && i.contains(QStringLiteral("latest_not_after")) && i.contains(QStringLiteral("names")));
        (i[QStringLiteral("denied_by_policy")].toBool() ? denied : allowed) << i[QStringLiteral("ca")].toString();
    }
    QCOMPARE(denied, blocked);
    QCOMPARE(allowed, unblocked);
    int renewalErrors = 0;
    for (const QJsonValue &v : result[QStringLiteral("findings")].toArray())
        if (v.toObject()[QStringLiteral("code")].toString() == QStringLiteral("renewal-blocked")) {
            QCOMPARE(v.toObject()[QStringLiteral("severity")].toString(), QStringLiteral("error"));
            ++renewalErrors;
        }
    QCOMPARE(renewalErrors, blocked.size());

    const Run text = cli(withServer({QStringLiteral("check"), QStringLiteral("--ca"), QStringLiteral("letsencrypt.org"), QStringLiteral("--ct-file"), path, name}));
    QVERIFY2(text.out.contains("RENEWAL BLOCKED by the CAA records"), text.out.constData());
}

void TestCli::ctCommandListsIssuances()
{
    const QString path = QStringLiteral(CAA_SOURCE_DIR "/tests/data/ct/crtsh-r.test.json");
    const Run r = cli({QStringLiteral("ct"), QStringLiteral("r.test"), QStringLiteral("--ct-file"), path, QStringLiteral("--ct-subdomains"),
                       QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(doc[QStringLiteral("duplicates")].toInt(), 1);
    const QJsonArray certificates = doc[QStringLiteral("certificates")].toArray();
    QCOMPARE(certificates.size(), 5);
    QJsonObject unknown;
    for (const QJsonValue &v : certificates)
        if (v.toObject()[QStringLiteral("id")].toString() == QStringLiteral("6000000000"))
            unknown = v.toObject();
    QVERIFY(unknown[QStringLiteral("ca")].isNull()); // an issuer not in the map: never guessed
    QCOMPARE(doc[QStringLiteral("issuers")].toArray().size(), 3);

    QTemporaryFile bad;
    QVERIFY(bad.open());
    bad.write("[{\"id\": 1,");
    bad.flush();
    const Run broken = cli({QStringLiteral("check"), QStringLiteral("--ct-file"), bad.fileName(), QStringLiteral("r.test")});
    QCOMPARE(broken.exitCode, 3);
    QVERIFY2(broken.err.contains("not JSON"), broken.err.constData());
    // (Without --ct-file, ct asks crt.sh: tst_ctfetch does that against a local stand-in.)
    const Run missing = cli({QStringLiteral("ct"), QStringLiteral("--ct-file"), path});
    QCOMPARE(missing.exitCode, 3);
    QVERIFY(missing.err.contains("name one domain"));
}

// generate --from-ct builds the draft from the CAs that issue; the what-if with it (check
// --draft --ct-file) shows no renewal the draft would block, while the live records do.
void TestCli::ctStartDraftAndWhatIf()
{
    const QString ct = QStringLiteral(CAA_SOURCE_DIR "/tests/data/ct/crtsh-r.test.json");
    const Run generated = cli({QStringLiteral("generate"), QStringLiteral("--domain"), QStringLiteral("r.test"), QStringLiteral("--from-ct"), ct,
                               QStringLiteral("--iodef"), QStringLiteral("mailto:security@r.test"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(generated.exitCode, 0);
    QVERIFY2(generated.err.contains("Nowhere") == false, generated.err.constData()); // shop.r.test is below r.test: not part of this draft
    QTemporaryFile draft;
    QVERIFY(draft.open());
    draft.write(generated.out);
    draft.flush();
    const QJsonArray records = QJsonDocument::fromJson(generated.out).object()[QStringLiteral("records")].toArray();
    QStringList lines;
    for (const QJsonValue &v : records)
        lines << v.toObject()[QStringLiteral("tag")].toString() + u' ' + v.toObject()[QStringLiteral("value")].toString();
    QCOMPARE(lines, (QStringList{QStringLiteral("issue letsencrypt.org"), QStringLiteral("issuewild sectigo.com"), QStringLiteral("iodef mailto:security@r.test")}));

    const Run whatIf = cli(withServer({QStringLiteral("check"), QStringLiteral("--ca"), QStringLiteral("letsencrypt.org"), QStringLiteral("--format"),
                                       QStringLiteral("json"), QStringLiteral("--ct-file"), ct, QStringLiteral("--draft"), draft.fileName(), QStringLiteral("r.test")}));
    QCOMPARE(whatIf.exitCode, 1); // the live records still block both
    const QJsonObject result = QJsonDocument::fromJson(whatIf.out).object()[QStringLiteral("results")].toArray().first().toObject();
    for (const QJsonValue &v : result[QStringLiteral("ct")].toObject()[QStringLiteral("issuers")].toArray()) {
        QVERIFY(v.toObject()[QStringLiteral("denied_by_policy")].toBool());
        QCOMPARE(v.toObject()[QStringLiteral("denied_by_draft")].toBool(), false);
    }
    for (const QJsonValue &f : result[QStringLiteral("findings")].toArray())
        QVERIFY(!f.toObject()[QStringLiteral("message")].toString().startsWith(QStringLiteral("With the draft published")));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no command") << QStringList{} << "no command";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << "unknown command";
    QTest::newRow("no name") << QStringList{QStringLiteral("check")} << "at least one domain";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("check"), QStringLiteral("--bogus"), QStringLiteral("r.test")} << "bogus";
    QTest::newRow("missing option value") << QStringList{QStringLiteral("check"), QStringLiteral("r.test"), QStringLiteral("--ca")} << "ca";
    QTest::newRow("bad format") << QStringList{QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("r.test")} << "--format";
    QTest::newRow("bad kind") << QStringList{QStringLiteral("check"), QStringLiteral("--kind"), QStringLiteral("ev"), QStringLiteral("r.test")} << "--kind";
    QTest::newRow("bad profile") << QStringList{QStringLiteral("check"), QStringLiteral("--profile"), QStringLiteral("strict"), QStringLiteral("r.test")} << "--profile";
    QTest::newRow("server port 0") << QStringList{QStringLiteral("check"), QStringLiteral("--server"), QStringLiteral("127.0.0.1:0"), QStringLiteral("r.test")} << "1 to 65535";
    QTest::newRow("server port 70000") << QStringList{QStringLiteral("check"), QStringLiteral("--server"), QStringLiteral("127.0.0.1:70000"), QStringLiteral("r.test")} << "1 to 65535";
    QTest::newRow("server host name") << QStringList{QStringLiteral("check"), QStringLiteral("--server"), QStringLiteral("dns.example"), QStringLiteral("r.test")} << "not an IP address";
    QTest::newRow("timeout not a number") << QStringList{QStringLiteral("check"), QStringLiteral("--timeout-ms"), QStringLiteral("soon"), QStringLiteral("r.test")} << "--timeout-ms";
    QTest::newRow("tries 0") << QStringList{QStringLiteral("check"), QStringLiteral("--tries"), QStringLiteral("0"), QStringLiteral("r.test")} << "--tries: the number of tries must be a whole number from 1 to 5";
    QTest::newRow("tries 40") << QStringList{QStringLiteral("check"), QStringLiteral("--tries"), QStringLiteral("40"), QStringLiteral("r.test")} << "from 1 to 5, not \"40\"";
    QTest::newRow("tries not a number") << QStringList{QStringLiteral("check"), QStringLiteral("--tries"), QStringLiteral("many"), QStringLiteral("r.test")} << "--tries";
    addBulkAndDiagnosticsOptionRows();
    QTest::newRow("unknown CA name") << QStringList{QStringLiteral("check"), QStringLiteral("--ca"), QStringLiteral("No Such CA"), QStringLiteral("--server"), QStringLiteral("127.0.0.1:9"), QStringLiteral("1.2.3.4")} << "neither a CA";
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
}

void TestCli::versionAndHelp()
{
    const Run v = cli({QStringLiteral("--version")});
    QCOMPARE(v.exitCode, 0);
    QVERIFY(v.out.startsWith("caa-inspector-cli " CAA_VERSION));
    const Run h = cli({QStringLiteral("check"), QStringLiteral("--help")});
    QCOMPARE(h.exitCode, 0);
    QVERIFY(h.out.contains("--server"));
    const Run cas = cli({QStringLiteral("cas"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(cas.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(cas.out).object().value(QStringLiteral("cas")).toArray();
    QVERIFY(list.size() >= 60);
}

void TestCli::directoryImportAddReset()
{
    QTemporaryDir data;
    const QString sample = QStringLiteral(CAA_SOURCE_DIR "/tests/data/ccadb-v2-sample.csv");

    const Run dry = cli({QStringLiteral("cas"), QStringLiteral("--import"), sample, QStringLiteral("--dry-run")}, data.path());
    QCOMPARE(dry.exitCode, 0);
    QVERIFY(dry.out.contains("DigiCert: + digicert.eu"));
    QVERIFY(dry.out.contains("Ignored values"));
    QVERIFY2(!QFile::exists(data.filePath(QStringLiteral("ca-directory.csv"))), "a dry run saves nothing");

    const Run imported = cli({QStringLiteral("cas"), QStringLiteral("--import"), sample}, data.path());
    QCOMPARE(imported.exitCode, 0);
    QVERIFY(QFile::exists(data.filePath(QStringLiteral("ca-directory.csv"))));
    const Run listed = cli({QStringLiteral("cas")}, data.path());
    QVERIFY(listed.out.contains("Brand New Trust Ltd"));

    // A malformed file changes nothing and says why.
    QTemporaryFile bad;
    QVERIFY(bad.open());
    bad.write("Subject,Recognized CAA Domains\n\"CN=x; O=y,foo.example\n");
    bad.flush();
    const QByteArray before = [&] { QFile f(data.filePath(QStringLiteral("ca-directory.csv"))); f.open(QIODevice::ReadOnly); return f.readAll(); }();
    const Run refused = cli({QStringLiteral("cas"), QStringLiteral("--import"), bad.fileName()}, data.path());
    QCOMPARE(refused.exitCode, 3);
    QVERIFY(refused.err.contains("not valid CSV"));
    QVERIFY(refused.err.contains("unchanged"));
    const QByteArray after = [&] { QFile f(data.filePath(QStringLiteral("ca-directory.csv"))); f.open(QIODevice::ReadOnly); return f.readAll(); }();
    QCOMPARE(after, before);

    // A private ACME CA, then used by name in a check.
    const Run added = cli({QStringLiteral("cas"), QStringLiteral("--add"), QStringLiteral("Corp ACME"), QStringLiteral("--identifier"),
                           QStringLiteral("chain.example")}, data.path());
    QCOMPARE(added.exitCode, 0);
    const Run check = cli(withServer({QStringLiteral("check"), QStringLiteral("--ca"), QStringLiteral("corp acme"), QStringLiteral("alias.caa.test")}), data.path());
    QCOMPARE(check.exitCode, 0);
    QVERIFY(check.out.contains("Corp ACME may issue"));
    const Run dup = cli({QStringLiteral("cas"), QStringLiteral("--add"), QStringLiteral("Corp ACME"), QStringLiteral("--identifier"), QStringLiteral("x.example")}, data.path());
    QCOMPARE(dup.exitCode, 3);

    const Run reset = cli({QStringLiteral("cas"), QStringLiteral("--reset")}, data.path());
    QCOMPARE(reset.exitCode, 0);
    QVERIFY(!cli({QStringLiteral("cas")}, data.path()).out.contains("Corp ACME"));
}

void TestCli::allKinds()
{
    const Run r = cli(withServer({QStringLiteral("check"), QStringLiteral("--kind"), QStringLiteral("all"), QStringLiteral("--format"), QStringLiteral("json"),
                                  QStringLiteral("--ca"), QStringLiteral("other.example"), QStringLiteral("prec.r.test")}));
    QCOMPARE(r.exitCode, 1);
    const QJsonObject result = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("results")).toArray().at(0).toObject();
    QCOMPARE(result.value(QStringLiteral("kind")).toString(), QStringLiteral("all"));
    const QJsonArray decisions = result.value(QStringLiteral("decisions")).toArray();
    QCOMPARE(decisions.size(), 4);
    QStringList seen;
    for (const QJsonValue &d : decisions)
        seen << d.toObject().value(QStringLiteral("kind")).toString() + (d.toObject().value(QStringLiteral("wildcard")).toBool() ? QStringLiteral("*") : QString())
                    + u'=' + d.toObject().value(QStringLiteral("verdict")).toString();
    QCOMPARE(seen, (QStringList{QStringLiteral("tls=deny"), QStringLiteral("tls*=permit"), QStringLiteral("email=permit"), QStringLiteral("vmc=permit")}));
}

// The sample zone's shop.example.net through the test bed, every CA of the directory and
// every kind: the verdict-bearing part of the JSON (no TTLs, timings or ports) must be
// what tests/data/golden holds. The suite runs on Debian 12 and in CI's Debian 13 chroot,
// so both give the same verdicts (Qt 6.4/6.8, c-ares 1.18/1.34, Knot 3.2/3.4).
void TestCli::sampleVerdictsMatchGolden()
{
    // As of the day RFC 8657 parameters bind every CA (BR 2.2.8 §4.2.2.1.2): the golden
    // file must not depend on the day the suite runs.
    const Run r = cli(withServer({QStringLiteral("check"), QStringLiteral("--kind"), QStringLiteral("all"), QStringLiteral("--format"),
                                  QStringLiteral("json"), QStringLiteral("--as-of"), QStringLiteral("2027-03-15"), QStringLiteral("shop.example.net")}));
    QCOMPARE(r.exitCode, 1); // some CA may not issue
    const QJsonObject result = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("results")).toArray().at(0).toObject();
    auto text = [](const QJsonValue &v) {
        return v.isString() ? v.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    };
    QStringList lines{QStringLiteral("relevant %1").arg(text(result.value(QStringLiteral("relevant")).toObject().value(QStringLiteral("name"))))};
    for (const QJsonValue &step : result.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject o = step.toObject();
        QStringList records;
        for (const QJsonValue &rec : o.value(QStringLiteral("records")).toArray())
            records << QStringLiteral("%1 %2 %3").arg(text(rec[QStringLiteral("flags")]), text(rec[QStringLiteral("tag")]), text(rec[QStringLiteral("value")]));
        records.sort(); // an RRset has no order, and Unbound rotates it
        lines << QStringLiteral("step %1 %2 %3 relevant=%4 [%5]")
                     .arg(text(o[QStringLiteral("name")]), text(o[QStringLiteral("outcome")]), text(o[QStringLiteral("rcode")]),
                          text(o[QStringLiteral("relevant")]), records.join(QStringLiteral(" | ")));
    }
    for (const QJsonValue &finding : result.value(QStringLiteral("findings")).toArray())
        lines << QStringLiteral("finding %1 %2 %3").arg(text(finding[QStringLiteral("severity")]), text(finding[QStringLiteral("code")]),
                                                         text(finding[QStringLiteral("owner")]));
    for (const QJsonValue &decision : result.value(QStringLiteral("decisions")).toArray()) {
        const QJsonObject o = decision.toObject();
        lines << QStringLiteral("decision %1 | %2%3 | %4 | %5 | %6 | %7")
                     .arg(text(o[QStringLiteral("ca")]), text(o[QStringLiteral("kind")]),
                          o[QStringLiteral("wildcard")].toBool() ? QStringLiteral(" wildcard") : QString(), text(o[QStringLiteral("verdict")]),
                          text(o[QStringLiteral("reason")]), text(o[QStringLiteral("found_at")]), text(o[QStringLiteral("conditions")]));
    }
    const QString actual = lines.join(u'\n') + u'\n';

    QFile golden(QStringLiteral(CAA_SOURCE_DIR "/tests/data/golden/shop.example.net.verdicts.txt"));
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(golden.fileName()));
    const QString expected = QString::fromUtf8(golden.readAll());
    if (actual != expected) {
        QFile out(QDir::current().absoluteFilePath(QStringLiteral("shop.example.net.verdicts.actual.txt")));
        if (out.open(QIODevice::WriteOnly))
            out.write(actual.toUtf8());
        QFAIL(qPrintable(QStringLiteral("verdicts differ from %1; this run's are in %2").arg(golden.fileName(), out.fileName())));
    }
}

void TestCli::generateFormats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected");
    const QStringList base{QStringLiteral("generate"), QStringLiteral("--domain"), QStringLiteral("Example.COM."), QStringLiteral("--ttl"),
                           QStringLiteral("300"), QStringLiteral("--issue"), QStringLiteral("letsencrypt.org")};
    QTest::newRow("bind") << "bind" << "example.com.\t300\tIN\tCAA\t0 issue \"letsencrypt.org\"\n";
    QTest::newRow("rfc3597") << "rfc3597" << "example.com.\t300\tIN\tTYPE257\t\\# 22 000569737375656c657473656e63727970742e6f7267\n";
    QTest::newRow("tinydns") << "tinydns"
                             << ":example.com:257:\\000\\005\\151\\163\\163\\165\\145\\154\\145\\164\\163\\145\\156\\143\\162\\171\\160\\164\\056\\157\\162\\147:300\n";
    QTest::newRow("dnsmasq") << "dnsmasq" << "dns-rr=example.com,257,000569737375656C657473656E63727970742E6F7267\n";
    QTest::newRow("table") << "table" << "Name          Type  TTL     Value\nexample.com.  CAA   300     0 issue \"letsencrypt.org\"\n";
}

void TestCli::generateFormats()
{
    QFETCH(QString, format);
    QFETCH(QString, expected);
    const Run r = cli({QStringLiteral("generate"), QStringLiteral("--domain"), QStringLiteral("Example.COM."), QStringLiteral("--ttl"), QStringLiteral("300"),
                       QStringLiteral("--issue"), QStringLiteral("letsencrypt.org"), QStringLiteral("--format"), format});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QString::fromUtf8(r.out), expected);
}

void TestCli::generateKeepsOptionOrder()
{
    const Run r = cli({QStringLiteral("generate"), QStringLiteral("--domain"), QStringLiteral("b\u00fccher.example"), QStringLiteral("--iodef"),
                       QStringLiteral("mailto:a@example.com"), QStringLiteral("--issue"), QStringLiteral("a.example; validationmethods=dns-01"),
                       QStringLiteral("--issuewild"), QStringLiteral("none"), QStringLiteral("--record"), QStringLiteral("0 tbs \"x\\\"y\""),
                       QStringLiteral("--issue=b.example"), QStringLiteral("--critical")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QString::fromUtf8(r.out), QStringLiteral("xn--bcher-kva.example.\t3600\tIN\tCAA\t128 iodef \"mailto:a@example.com\"\n"
                                                      "xn--bcher-kva.example.\t3600\tIN\tCAA\t128 issue \"a.example; validationmethods=dns-01\"\n"
                                                      "xn--bcher-kva.example.\t3600\tIN\tCAA\t128 issuewild \";\"\n"
                                                      "xn--bcher-kva.example.\t3600\tIN\tCAA\t128 tbs \"x\\\"y\"\n"
                                                      "xn--bcher-kva.example.\t3600\tIN\tCAA\t128 issue \"b.example\"\n"));
}

// UTF-8 in a --record value is kept as its bytes and written so every format's reader
// gets them back: \DDD in zone-file form, the text itself in YAML and JavaScript. The
// value breaks the issue grammar (RFC 8659 §4.2 allows only ASCII there): said on stderr.
void TestCli::generateKeepsNonAsciiBytes()
{
    const QString record = QStringLiteral("0 issue \"ca.example; accounturi=https://ca.example/\u03BA/1\"");
    const Run bind = cli({QStringLiteral("generate"), QStringLiteral("--domain"), QStringLiteral("example.com"), QStringLiteral("--record"), record});
    QCOMPARE(bind.exitCode, 0);
    QCOMPARE(bind.out, QByteArray("example.com.\t3600\tIN\tCAA\t0 issue \"ca.example; accounturi=https://ca.example/\\206\\186/1\"\n"));
    QVERIFY2(bind.err.contains("error: The value of the record") && bind.err.contains("malformed"), bind.err.constData());
    const Run yaml = cli({QStringLiteral("generate"), QStringLiteral("--domain"), QStringLiteral("example.com"), QStringLiteral("--format"), QStringLiteral("octodns"),
                          QStringLiteral("--record"), record});
    QCOMPARE(yaml.exitCode, 0);
    QVERIFY2(yaml.out.contains("value: \"ca.example; accounturi=https://ca.example/\xce\xba/1\""), yaml.out.constData());
}

void TestCli::generateErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const QString g = QStringLiteral("generate");
    QTest::newRow("no domain") << QStringList{g, QStringLiteral("--issue"), QStringLiteral("x")} << "--domain is required";
    QTest::newRow("bad domain") << QStringList{g, QStringLiteral("--domain"), QStringLiteral("192.0.2.1"), QStringLiteral("--issue"), QStringLiteral("x")} << "IP address";
    QTest::newRow("wildcard owner") << QStringList{g, QStringLiteral("--domain"), QStringLiteral("*.example.com"), QStringLiteral("--issue"), QStringLiteral("x")} << "not at";
    QTest::newRow("no records") << QStringList{g, QStringLiteral("--domain"), QStringLiteral("example.com")} << "no records";
    QTest::newRow("bad TTL") << QStringList{g, QStringLiteral("--domain"), QStringLiteral("example.com"), QStringLiteral("--ttl"), QStringLiteral("-5"), QStringLiteral("--issue"), QStringLiteral("x")} << "--ttl";
    QTest::newRow("bad format") << QStringList{g, QStringLiteral("--domain"), QStringLiteral("example.com"), QStringLiteral("--issue"), QStringLiteral("x"), QStringLiteral("--format"), QStringLiteral("xml")} << "--format";
    QTest::newRow("bad record") << QStringList{g, QStringLiteral("--domain"), QStringLiteral("example.com"), QStringLiteral("--record"), QStringLiteral("999 issue x")} << "--record";
    QTest::newRow("unknown option") << QStringList{g, QStringLiteral("--domain"), QStringLiteral("example.com"), QStringLiteral("--issuer"), QStringLiteral("x")} << "issuer";
    QTest::newRow("missing JSON file") << QStringList{g, QStringLiteral("--from-json"), QStringLiteral("/nonexistent/policy.json")} << "cannot read";
    QTest::newRow("stray argument") << QStringList{g, QStringLiteral("example.com"), QStringLiteral("--issue"), QStringLiteral("x")} << "--domain";
}

void TestCli::generateErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCli::generateFromJson()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("policy.json"));
    const Run json = cli({QStringLiteral("generate"), QStringLiteral("--domain"), QStringLiteral("example.com"), QStringLiteral("--record"),
                          QStringLiteral("255 tbs \"\\000\\255\""), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json.out);
    f.close();
    const Run back = cli({QStringLiteral("generate"), QStringLiteral("--from-json"), path, QStringLiteral("--format"), QStringLiteral("rfc3597")});
    QCOMPARE(back.exitCode, 0);
    QCOMPARE(back.out, QByteArray("example.com.\t3600\tIN\tTYPE257\t\\# 7 ff0374627300ff\n"));
}

void TestCli::zoneFileAndDraft()
{
    const QString zone = QStringLiteral(CAA_SOURCE_DIR "/tests/zones/r.test.zone");
    const Run offline = cli({QStringLiteral("check"), QStringLiteral("--zone-file"), zone, QStringLiteral("--ca"), QStringLiteral("other.example"),
                             QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("*.prec.r.test")});
    QCOMPARE(offline.exitCode, 0);
    const QJsonObject result = QJsonDocument::fromJson(offline.out).object().value(QStringLiteral("results")).toArray().at(0).toObject();
    QCOMPARE(result.value(QStringLiteral("relevant")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("prec.r.test"));
    QCOMPARE(result.value(QStringLiteral("steps")).toArray().last().toObject().value(QStringLiteral("server")).toString(), QStringLiteral("zone file"));
    bool outside = false;
    for (const QJsonValue &f : result.value(QStringLiteral("findings")).toArray())
        outside = outside || f.toObject().value(QStringLiteral("code")).toString() == QStringLiteral("outside-zone-file");
    QVERIFY2(outside, "the TLD is outside r.test's zone file and the report says so");

    QTemporaryDir dir;
    const QString draftPath = dir.filePath(QStringLiteral("draft.json"));
    QFile d(draftPath);
    QVERIFY(d.open(QIODevice::WriteOnly));
    d.write(R"({"owner":"r.test","ttl":300,"records":[{"flags":0,"tag":"issue","value":"other.example"}]})");
    d.close();
    const Run whatIf = cli({QStringLiteral("check"), QStringLiteral("--zone-file"), zone, QStringLiteral("--draft"), draftPath, QStringLiteral("--ca"),
                            QStringLiteral("other.example"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("www.r.test")});
    const QJsonObject w = QJsonDocument::fromJson(whatIf.out).object().value(QStringLiteral("results")).toArray().at(0).toObject();
    QVERIFY(w.value(QStringLiteral("draft_on_path")).toBool());
    QStringList changes;
    for (const QJsonValue &c : w.value(QStringLiteral("draft_changes")).toArray())
        changes << c.toObject().value(QStringLiteral("kind")).toString() + u':' + c.toObject().value(QStringLiteral("before")).toString() + u'>'
                       + c.toObject().value(QStringLiteral("after")).toString();
    // VMC does not change: issue never restricted mark certificates (spec §10).
    QCOMPARE(changes, (QStringList{QStringLiteral("tls:deny>permit"), QStringLiteral("tls-wildcard:deny>permit")}));

    const Run bad = cli({QStringLiteral("check"), QStringLiteral("--zone-file"), zone, QStringLiteral("--server"), QStringLiteral("127.0.0.1"), QStringLiteral("r.test")});
    QCOMPARE(bad.exitCode, 3);
    const Run missing = cli({QStringLiteral("check"), QStringLiteral("--zone-file"), QStringLiteral("/nonexistent.zone"), QStringLiteral("r.test")});
    QCOMPARE(missing.exitCode, 3);
    QVERIFY(missing.err.contains("Cannot read"));
}

void TestCli::badInputSendsNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    static QTemporaryDir files;
    const QString binaryZone = files.filePath(QStringLiteral("binary.zone"));
    QFile b(binaryZone);
    b.open(QIODevice::WriteOnly);
    b.write(QByteArray("\x00\x01\x02\xff", 4) + " example.com. CAA 0 issue \"x\"\n");
    b.close();
    const QString bigZone = files.filePath(QStringLiteral("big.zone"));
    QFile big(bigZone);
    big.open(QIODevice::WriteOnly);
    big.resize(65LL * 1024 * 1024); // sparse: nothing is written
    big.close();
    const QString wrongCsv = files.filePath(QStringLiteral("wrong.csv"));
    QFile csv(wrongCsv);
    csv.open(QIODevice::WriteOnly);
    csv.write("CA Owner,CAA Identifiers\nFoo,foo.example\n");
    csv.close();
    const QString check = QStringLiteral("check");
    auto name = [&](const char *title, const QString &input, const char *mentions) {
        QTest::newRow(title) << QStringList{check, input} << QString::fromUtf8(mentions);
    };
    name("empty name", QString(), "Enter a domain");
    name("spaces only", QStringLiteral("   "), "Enter a domain");
    name("only dots", QStringLiteral("..."), "Enter a domain");
    name("'..' inside", QStringLiteral("a..example"), "empty label");
    name("64-octet label", QString(64, u'a') + QStringLiteral(".com"), "longer than 63");
    name("254-octet name", (QString(62, u'a') + u'.').repeated(4) + QStringLiteral("abc"), "at most 253");
    name("IPv4 literal", QStringLiteral("192.0.2.1"), "IP address");
    name("IPv6 literal", QStringLiteral("2001:db8::1"), "IP address");
    name("URL without host", QStringLiteral("http://"), "no host name");
    name("port number", QStringLiteral("example.com:443"), "Remove the port");
    name("'*.*.x'", QStringLiteral("*.*.x.test"), "'*' is only allowed");
    name("'*x.example'", QStringLiteral("*x.example"), "'*' is only allowed");
    name("control character", QStringLiteral("exa\u0007mple.com"), "U+0007");
    name("right-to-left override", QStringLiteral("\u202Eexample.com"), "U+202E");
    name("zero-width space", QStringLiteral("exa\u200Bmple.com"), "U+200B");
    name("mixed scripts", QStringLiteral("p\u0430ypal.example"), "Cyrillic");
    name("invalid punycode", QStringLiteral("xn--zz-.example"), "punycode");
    name(".onion", QStringLiteral("abc.onion"), "onion");
    name("e-mail without domain", QStringLiteral("user@"), "no domain");
    name("numeric TLD", QStringLiteral("example.123"), "number");
    QTest::newRow("unknown option") << QStringList{check, QStringLiteral("--bogus"), QStringLiteral("r.test")} << "bogus";
    QTest::newRow("missing option value") << QStringList{check, QStringLiteral("r.test"), QStringLiteral("--ca")} << "ca";
    QTest::newRow("server port 0") << QStringList{check, QStringLiteral("--server"), QStringLiteral("127.0.0.1:0"), QStringLiteral("r.test")} << "1 to 65535";
    QTest::newRow("server port 70000") << QStringList{check, QStringLiteral("--server"), QStringLiteral("127.0.0.1:70000"), QStringLiteral("r.test")} << "1 to 65535";
    QTest::newRow("server host name") << QStringList{check, QStringLiteral("--server"), QStringLiteral("resolver.invalid"), QStringLiteral("r.test")} << "not an IP address";
    QTest::newRow("timeout 0") << QStringList{check, QStringLiteral("--timeout-ms"), QStringLiteral("0"), QStringLiteral("r.test")} << "--timeout-ms";
    QTest::newRow("unknown format") << QStringList{check, QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("r.test")} << "--format";
    QTest::newRow("unknown kind") << QStringList{check, QStringLiteral("--kind"), QStringLiteral("ev"), QStringLiteral("r.test")} << "--kind";
    addBulkAndDiagnosticsOptionRows();
    QTest::newRow("unknown CA name") << QStringList{check, QStringLiteral("--ca"), QStringLiteral("No Such CA"), QStringLiteral("r.test")} << "neither a CA";
    QTest::newRow("unreadable zone file (a folder)") << QStringList{check, QStringLiteral("--zone-file"), files.path(), QStringLiteral("r.test")} << "Cannot read";
    QTest::newRow("oversized zone file") << QStringList{check, QStringLiteral("--zone-file"), bigZone, QStringLiteral("r.test")} << "larger than 64 MiB";
    QTest::newRow("binary zone file") << QStringList{check, QStringLiteral("--zone-file"), binaryZone, QStringLiteral("r.test")} << "NUL";
    QTest::newRow("missing draft file") << QStringList{check, QStringLiteral("--draft"), files.filePath(QStringLiteral("none.json")), QStringLiteral("r.test")} << "cannot read";
    QTest::newRow("CSV with wrong columns") << QStringList{QStringLiteral("cas"), QStringLiteral("--import"), wrongCsv, QStringLiteral("--dry-run")} << "Recognized CAA Domains";
    QTest::newRow("generate without domain") << QStringList{QStringLiteral("generate"), QStringLiteral("--issue"), QStringLiteral("x")} << "--domain is required";
    QTest::newRow("generate with a bad record") << QStringList{QStringLiteral("generate"), QStringLiteral("--domain"), QStringLiteral("example.com"), QStringLiteral("--record"), QStringLiteral("0 issue")} << "--record";
}

void TestCli::badInputSendsNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    // A UDP socket that counts what reaches it stands in for the resolver.
    QUdpSocket listener;
    QVERIFY(listener.bind(QHostAddress::LocalHost, 0));
    QStringList full = args;
    if (args.first() == QStringLiteral("check") && !args.contains(QStringLiteral("--server")) && !args.contains(QStringLiteral("--zone-file")))
        full << QStringLiteral("--server") << QStringLiteral("127.0.0.1:%1").arg(listener.localPort());
    const Run r = cli(full);
    QCOMPARE(r.exitCode, 3);
    const QString said = QString::fromUtf8(r.out + r.err);
    QVERIFY2(said.contains(mentions, Qt::CaseInsensitive), qPrintable(said));
    QTest::qWait(50);
    QVERIFY2(!listener.hasPendingDatagrams(), "nothing may be sent for bad input");
}

void TestCli::namesFromFileAndStdinAsCsv()
{
    QTemporaryDir dir;
    const QString list = dir.filePath(QStringLiteral("names.txt"));
    QFile f(list);
    QVERIFY(f.open(QIODevice::WriteOnly));
    // Leading blanks, CRLF and no newline at the end: the name alone is the input.
    f.write("# names to check\r\n\t r.test\r\n\n  *.prec.r.test   # a wildcard\n192.0.2.1");
    f.close();
    QProcess p;
    p.setProcessEnvironment(cliEnvironment(dir.path()));
    p.start(QStringLiteral(CAA_CLI_PATH), withServer({QStringLiteral("check"), QStringLiteral("--ca"), QStringLiteral("ca.example"),
                                                      QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--file"), list,
                                                      QStringLiteral("-")}));
    QVERIFY(p.waitForStarted());
    p.write("caa.test\n");
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 3); // one input error among the names: the highest status wins
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines[0], QStringLiteral("input,name,relevant,ca,kind,verdict,reason,explanation,failure_origin"));
    QVERIFY(lines[1].startsWith(QStringLiteral("caa.test,caa.test,caa.test,ca.example,tls,permit,authorised,"))); // stdin first: it is a NAME argument
    QVERIFY(lines[2].startsWith(QStringLiteral("r.test,r.test,r.test,ca.example,tls,permit,authorised,")));
    QVERIFY(lines[3].startsWith(QStringLiteral("*.prec.r.test,prec.r.test,prec.r.test,ca.example,tls-wildcard,deny,issuer-not-listed,")));
    QVERIFY(lines[4].startsWith(QStringLiteral("192.0.2.1,,,,,input-error,ip-address,")));
    QVERIFY(p.readAllStandardError().contains("4 names: 2 permit, 1 deny, 0 lookup failure, 1 input error"));

    // A name from a customer's list that a spreadsheet would run: neutralised in the cell.
    const Run formula = cli({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("=cmd|' /C calc'!A0"),
                             QStringLiteral("@SUM(1+1)*cmd")});
    QCOMPARE(formula.exitCode, 3);
    const QStringList formulaLines = QString::fromUtf8(formula.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(formulaLines.size(), 3);
    QVERIFY2(formulaLines[1].startsWith(QStringLiteral("\"'=cmd|' /C calc'!A0\",,,,,input-error,")), qPrintable(formulaLines[1]));
    QVERIFY2(formulaLines[2].startsWith(QStringLiteral("\"'@SUM(1+1)*cmd\",,,,,input-error,")), qPrintable(formulaLines[2]));

    const Run missing = cli({QStringLiteral("check"), QStringLiteral("--file"), dir.filePath(QStringLiteral("none.txt"))});
    QCOMPARE(missing.exitCode, 3);
    QVERIFY(missing.err.contains("cannot read"));
}

void TestCli::namesFromCertificate()
{
    // SAN: DNS:www.r.test, DNS:*.r.test, DNS:n0001.bulk.test, email:helpdesk@r.test, IP:127.0.0.1
    const Run r = cli(withServer({QStringLiteral("check"), QStringLiteral("--ca"), QStringLiteral("ca.example"), QStringLiteral("--format"),
                                  QStringLiteral("csv"), QStringLiteral("--cert"), QStringLiteral(CAA_SOURCE_DIR "/tests/data/san-certificate.pem")}));
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = QString::fromUtf8(r.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines[1].startsWith(QStringLiteral("www.r.test,www.r.test,r.test,ca.example,tls,permit,")));
    QVERIFY(lines[2].startsWith(QStringLiteral("*.r.test,r.test,r.test,ca.example,tls-wildcard,permit,")));
    QVERIFY(lines[3].startsWith(QStringLiteral("n0001.bulk.test,n0001.bulk.test,bulk.test,ca.example,tls,deny,issuer-not-listed,")));
    QVERIFY(lines[4].startsWith(QStringLiteral("helpdesk@r.test,r.test,r.test,ca.example,email,")));
    QVERIFY2(r.err.contains("skipped 127.0.0.1: an IP address"), r.err.constData());
}

// Qt Network (certificate files, CT services) is a module the CLI loads only for --cert,
// --ct and ct: linked in, it cost every start about 20 ms on Debian 13 (libproxy and the
// libraries behind it; issue #18). Without the module those options fail with a sentence
// that names it; everything else works.
void TestCli::qtNetworkOnlyWhenAskedFor()
{
    // What the dynamic loader maps for the program (as ldd asks it): no Qt Network.
    QProcess trace;
    QProcessEnvironment env = cliEnvironment();
    env.insert(QStringLiteral("LD_TRACE_LOADED_OBJECTS"), QStringLiteral("1"));
    trace.setProcessEnvironment(env);
    trace.start(QStringLiteral(CAA_CLI_PATH), {});
    QVERIFY(trace.waitForFinished(10000));
    const QByteArray loaded = trace.readAllStandardOutput();
    QVERIFY2(loaded.contains("libQt6Core.so"), loaded.constData());
    QVERIFY2(!loaded.contains("libQt6Network"), loaded.constData());

    // A copy of the program without its module beside it (nor in ../lib/...).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString lonely = dir.filePath(QStringLiteral("bin/caa-inspector-cli"));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("bin"))));
    QVERIFY(QFile::copy(QStringLiteral(CAA_CLI_PATH), lonely));
    const auto run = [&](const QStringList &args) { return cli(args, QString(), QString(), lonely); };
    const QString zone = QStringLiteral(CAA_SOURCE_DIR "/tests/zones/r.test.zone");
    const Run plain = run({QStringLiteral("check"), QStringLiteral("--zone-file"), zone, QStringLiteral("--ca"), QStringLiteral("ca.example"),
                           QStringLiteral("www.r.test")});
    QVERIFY2(plain.exitCode == 0, plain.err.constData());
    for (const QStringList &args : {QStringList{QStringLiteral("check"), QStringLiteral("--zone-file"), zone, QStringLiteral("--cert"),
                                                QStringLiteral(CAA_SOURCE_DIR "/tests/data/san-certificate.pem")},
                                    QStringList{QStringLiteral("check"), QStringLiteral("--zone-file"), zone, QStringLiteral("--ct"), QStringLiteral("www.r.test")},
                                    QStringList{QStringLiteral("ct"), QStringLiteral("r.test")}}) {
        const Run r = run(args);
        QVERIFY2(r.exitCode == 3, qPrintable(args.join(u' ')));
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QVERIFY2(r.err.contains("need caa-inspector-network.so, which is not installed") && r.err.contains("Reinstall caa-inspector"),
                 r.err.constData());
    }
}

void TestCli::ctrlCPrintsWhatFinished()
{
    // 50,000 names, one query at a time: Ctrl+C arrives long before the end.
    const Interrupted run = interruptedRun(QStringLiteral("i"), 50000, {QStringLiteral("--max-in-flight"), QStringLiteral("1")});
    QCOMPARE(run.exitCode, 130);
    const QStringList &lines = run.lines;
    const QByteArray &err = run.err;
    const int finished = int(lines.size()) - 1;
    QVERIFY2(finished > 0 && finished < 50000, qPrintable(QString::number(finished)));
    // Streamed in input order, each name once: the output is the first names of the list.
    for (int i = 1; i < lines.size(); ++i)
        QVERIFY2(lines[i].startsWith(QStringLiteral("i%1.bulk.test,i%1.bulk.test,bulk.test,Let's Encrypt,tls,permit,authorised,").arg(i - 1)),
                 qPrintable(lines[i]));
    // The name being climbed (one at a time here) is said; the rest were never read.
    const QRegularExpression notChecked(QStringLiteral("interrupted; (\\d+) name\\(s\\) being checked were not: ?(\\S*); names after them were not read"));
    const QRegularExpressionMatch m = notChecked.match(QString::fromUtf8(err));
    QVERIFY2(m.hasMatch(), err.right(500).constData());
    QVERIFY(m.captured(1).toInt() <= 1);
    if (m.captured(1).toInt() == 1)
        QCOMPARE(m.captured(2), QStringLiteral("i%1.bulk.test").arg(finished));
}

// Issue #18: results are written as they are decided, in input order (a bounded reorder
// window), every name exactly once, input errors at their place; names are read from the
// file as the run needs them. jsonl is one object a line; json is the same document as before.
void TestCli::streamsEveryNameOnceInInputOrder_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("readerStalls");
    QTest::newRow("jsonl") << QStringLiteral("jsonl") << false;
    QTest::newRow("json") << QStringLiteral("json") << false;
    QTest::newRow("csv") << QStringLiteral("csv") << false;
    // A reader that stops for a while fills the pipe, and the run waits in the write
    // with names in flight; when the reader goes on, the run must too, and nothing may be
    // lost or reordered (their answers arrived meanwhile).
    QTest::newRow("jsonl, the reader stalls") << QStringLiteral("jsonl") << true;
}

void TestCli::streamsEveryNameOnceInInputOrder()
{
    QFETCH(QString, format);
    QFETCH(bool, readerStalls);
    QTemporaryDir dir;
    const QString list = dir.filePath(QStringLiteral("names.txt"));
    QFile f(list);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QStringList expected;
    for (int i = 0; i < 3000; ++i) {
        // Names under several parents (their climbs share ancestors and finish out of
        // order), a bad name now and then, comments and blank lines.
        const QString name = i % 500 == 7 ? QStringLiteral("bad..name%1").arg(i)
                             : i % 3 == 0 ? QStringLiteral("s%1.bulk.test").arg(i)
                             : i % 3 == 1 ? QStringLiteral("www.r.test") : QStringLiteral("x%1.caa.test").arg(i);
        f.write(name.toLatin1() + (i % 100 == 0 ? "  # a comment\n\n" : "\n"));
        expected << name;
    }
    f.close();
    const QStringList args = withServer({QStringLiteral("check"), QStringLiteral("--ca"), QStringLiteral("ca.example"), QStringLiteral("--format"), format,
                                         QStringLiteral("--max-in-flight"), QStringLiteral("200"), QStringLiteral("--file"), list});
    Run r;
    if (readerStalls) {
        // About 1–2 KB a name: the 64 KB pipe is full after a few dozen names, long
        // before the reader comes back.
        QProcess p;
        startCli(p, QStringList{QStringLiteral("-c"), QStringLiteral(R"(set -o pipefail; "$0" "$@" | (sleep 2; cat))"), QStringLiteral(CAA_CLI_PATH)} + args,
                 QStringLiteral("bash"));
        QVERIFY(p.waitForFinished(60000));
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
    } else {
        r = cli(args);
    }
    QCOMPARE(r.exitCode, 3); // the bad names
    QStringList inputs;
    if (format == QStringLiteral("jsonl")) {
        const QList<QByteArray> lines = r.out.split('\n');
        QCOMPARE(lines.last(), QByteArray()); // ends with a newline
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(lines[i], &error);
            QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(), lines[i].constData());
            inputs << doc.object().value(QStringLiteral("input")).toString();
        }
    } else if (format == QStringLiteral("json")) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        for (const QJsonValue &v : doc.object().value(QStringLiteral("results")).toArray())
            inputs << v.toObject().value(QStringLiteral("input")).toString();
    } else {
        const QStringList lines = QString::fromUtf8(r.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("input,name,relevant,ca,kind,verdict,reason,explanation,failure_origin"));
        for (qsizetype i = 1; i < lines.size(); ++i)
            inputs << lines[i].section(u',', 0, 0);
    }
    QCOMPARE(inputs.size(), expected.size());
    QCOMPARE(inputs, expected);
    QVERIFY2(r.err.contains("3000 names: "), r.err.constData());
}

// Issue #18: --threads spreads a run over threads, each with its own resolver channel and
// parent-name cache; what is written must not change. Every format, with the summary, a
// bad name, a wildcard, an e-mail address, a lookup failure (a malformed record) and names
// under several parents, against the same run on one thread. TTLs count down between the
// two runs and elapsed times differ: those numbers are masked. (Every set on these climbs
// has one record, as Unbound rotates the order of larger sets, and no failure has an
// origin to find, as Unbound's words for a DNSSEC failure change with its cache.)
void TestCli::threadsWriteWhatOneThreadWrites_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("order");
    for (const char *format : {"jsonl", "json", "csv", "text", "markdown"})
        QTest::addRow("%s", format) << QString::fromLatin1(format) << QStringLiteral("input");
    QTest::newRow("jsonl, completion order") << QStringLiteral("jsonl") << QStringLiteral("completion");
    QTest::newRow("csv, completion order") << QStringLiteral("csv") << QStringLiteral("completion");
}

void TestCli::threadsWriteWhatOneThreadWrites()
{
    QFETCH(QString, format);
    QFETCH(QString, order);
    QTemporaryDir dir;
    const QString list = dir.filePath(QStringLiteral("names.txt"));
    QFile f(list);
    QVERIFY(f.open(QIODevice::WriteOnly));
    for (int i = 0; i < 1200; ++i) {
        const QString name = i % 400 == 5 ? QStringLiteral("bad..name%1").arg(i)
                             : i % 300 == 9 ? QStringLiteral("*.w%1.r.test").arg(i)
                             : i % 300 == 10 ? QStringLiteral("user%1@bulk.test").arg(i)
                             : i % 300 == 11 ? QStringLiteral("x%1.badrdata.test").arg(i)
                             : i % 3 == 0 ? QStringLiteral("t%1.bulk.test").arg(i)
                             : i % 3 == 1 ? QStringLiteral("www.r.test") : QStringLiteral("t%1.other.test").arg(i);
        f.write(name.toLatin1() + '\n');
    }
    f.close();
    auto run = [&](const QString &threads) {
        Run r = cli(withServer({QStringLiteral("check"), QStringLiteral("--ca"), QStringLiteral("letsencrypt.org"), QStringLiteral("--ca"),
                                QStringLiteral("ca.example"), QStringLiteral("--summary"), QStringLiteral("--format"), format, QStringLiteral("--order"),
                                order, QStringLiteral("--max-in-flight"), QStringLiteral("48"), QStringLiteral("--timeout-ms"), QStringLiteral("3000"),
                                QStringLiteral("--ns-port"), CaaTest::testbedValue(QStringLiteral("NAMESERVER_PORT")), QStringLiteral("--threads"),
                                threads, QStringLiteral("--file"), list}));
        static const QRegularExpression changing(QStringLiteral(R"(("ttl": ?|"elapsed_ms": ?|TTL )\d+)"));
        QString out = QString::fromUtf8(r.out).replace(changing, QStringLiteral("\\1N"));
        QString err = QString::fromUtf8(r.err);
        if (order == QStringLiteral("completion")) {
            // Completion order differs from run to run by nature: the same lines, sorted.
            QStringList lines = out.split(u'\n');
            lines.sort();
            out = lines.join(u'\n');
        }
        return std::tuple{r.exitCode, out, err};
    };
    const auto [oneExit, oneOut, oneErr] = run(QStringLiteral("1"));
    const auto [threeExit, threeOut, threeErr] = run(QStringLiteral("3"));
    QCOMPARE(oneExit, 3); // the bad names
    QVERIFY2(oneOut.size() > 100000, qPrintable(oneErr));
    QVERIFY(oneOut.contains(QStringLiteral("x11.badrdata.test")));
    QCOMPARE(threeExit, oneExit);
    QCOMPARE(threeErr, oneErr); // the summary (on stderr beside csv and jsonl)
    if (threeOut != oneOut) {
        // Name the first line that differs rather than printing megabytes.
        const QStringList a = oneOut.split(u'\n'), b = threeOut.split(u'\n');
        for (qsizetype i = 0; i < qMin(a.size(), b.size()); ++i)
            QCOMPARE(b[i], a[i]);
        QCOMPARE(b.size(), a.size());
    }
}

// Ctrl+C in a run on several threads: every name written once, in input order, and the
// names handed to a thread but not finished are said; the exit status is 130.
void TestCli::ctrlCWithThreadsWritesEachFinishedNameOnce()
{
    const Interrupted run = interruptedRun(QStringLiteral("k"), 200000, {QStringLiteral("--max-in-flight"), QStringLiteral("4"),
                                                                         QStringLiteral("--threads"), QStringLiteral("2")});
    QCOMPARE(run.exitCode, 130);
    const QStringList &lines = run.lines;
    const QByteArray &err = run.err;
    QVERIFY2(lines.size() > 1 && lines.size() < 200001, qPrintable(QString::number(lines.size())));
    const QRegularExpression row(QStringLiteral("^k(\\d+)\\.bulk\\.test,k\\1\\.bulk\\.test,bulk\\.test,Let's Encrypt,tls,permit,authorised,"));
    qint64 previous = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QRegularExpressionMatch m = row.match(lines[i]);
        QVERIFY2(m.hasMatch(), qPrintable(lines[i]));
        const qint64 position = m.captured(1).toLongLong();
        QVERIFY2(position > previous, qPrintable(lines[i])); // input order, each once
        previous = position;
    }
    // The names written before the last one that were not finished are among those said
    // (at most a few dozen: what the two threads held).
    const QRegularExpression notChecked(QStringLiteral("interrupted; (\\d+) name\\(s\\) being checked were not: "));
    const QRegularExpressionMatch m = notChecked.match(QString::fromUtf8(err));
    QVERIFY2(m.hasMatch(), err.right(500).constData());
    const qint64 skipped = previous + 1 - (lines.size() - 1);
    QVERIFY2(m.captured(1).toInt() >= skipped && m.captured(1).toInt() <= 64, qPrintable(m.captured(0)));
}

// Issue #18: --summary makes a big run readable: verdicts, reasons, the CAs and issuer
// domains the relevant records name (names each), findings (names each).
void TestCli::asOfDecidesByDate()
{
    // shop.example.net: issue "sectigo.com; validationmethods=dns-01". Sectigo is not known
    // to process RFC 8657 parameters, which bind it from 2027-03-15 (BR 2.2.8 §4.2.2.1.2).
    auto run = [&](const QString &day) {
        return cli(withServer({QStringLiteral("check"), QStringLiteral("--ca"), QStringLiteral("Sectigo"), QStringLiteral("--method"),
                               QStringLiteral("http-01"), QStringLiteral("--as-of"), day, QStringLiteral("--format"), QStringLiteral("json"),
                               QStringLiteral("shop.example.net")}));
    };
    auto decision = [](const Run &r) {
        return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("results")).toArray().at(0).toObject()
            .value(QStringLiteral("decisions")).toArray().at(0).toObject();
    };
    const Run before = run(QStringLiteral("2026-12-01"));
    QCOMPARE(before.exitCode, 0);
    const QJsonObject lenient = decision(before);
    QCOMPARE(lenient.value(QStringLiteral("verdict")).toString(), QStringLiteral("permit"));
    QCOMPARE(lenient.value(QStringLiteral("reason")).toString(), QStringLiteral("parameters-not-yet-binding"));
    const QJsonObject later = lenient.value(QStringLiteral("parameters_bind_from")).toObject();
    QCOMPARE(later.value(QStringLiteral("date")).toString(), QStringLiteral("2027-03-15"));
    QCOMPARE(later.value(QStringLiteral("verdict")).toString(), QStringLiteral("deny"));
    QCOMPARE(later.value(QStringLiteral("reason")).toString(), QStringLiteral("method-mismatch"));
    bool listed = false;
    for (const QJsonValue &f : QJsonDocument::fromJson(before.out).object().value(QStringLiteral("results")).toArray().at(0).toObject()
                                   .value(QStringLiteral("findings")).toArray())
        listed = listed || f.toObject().value(QStringLiteral("code")).toString() == QStringLiteral("parameters-not-yet-binding");
    QVERIFY2(listed, "the finding lists what changes on 2027-03-15");

    const Run after = run(QStringLiteral("2027-03-15"));
    QCOMPARE(after.exitCode, 1);
    QCOMPARE(decision(after).value(QStringLiteral("reason")).toString(), QStringLiteral("method-mismatch"));
    QVERIFY(!decision(after).contains(QStringLiteral("parameters_bind_from")));

    const Run bad = run(QStringLiteral("15.03.2027"));
    QCOMPARE(bad.exitCode, 3);
    QVERIFY2(bad.err.contains("--as-of needs a date as YYYY-MM-DD"), bad.err.constData());
    QVERIFY(bad.out.isEmpty());
}

// --order completion (issue #18): each result is written as it is decided, with its
// position in the input as "index" (JSON) or the first CSV column; every name once.
void TestCli::completionOrderWritesEveryNameOnceWithItsIndex_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("jsonl") << QStringLiteral("jsonl");
    QTest::newRow("json") << QStringLiteral("json");
    QTest::newRow("csv") << QStringLiteral("csv");
}

void TestCli::completionOrderWritesEveryNameOnceWithItsIndex()
{
    QFETCH(QString, format);
    const QStringList zones{QStringLiteral("bulk.test"), QStringLiteral("r.test"), QStringLiteral("nocaa.test"), QStringLiteral("other.test")};
    QStringList names;
    for (int i = 0; i < 40; ++i)
        names << (i == 17 ? QStringLiteral("bad..name") : QStringLiteral("o%1.%2").arg(i).arg(zones[i % zones.size()]));
    const Run run = cli(withServer(QStringList{QStringLiteral("check"), QStringLiteral("--ca"), QStringLiteral("letsencrypt.org"),
                                               QStringLiteral("--order"), QStringLiteral("completion"), QStringLiteral("--format"), format}
                                   + names));
    QCOMPARE(run.exitCode, 3); // the input error decides the exit status, as in input order
    QMap<qint64, QString> inputByIndex;
    int rows = 0;
    auto take = [&](qint64 index, const QString &input) {
        ++rows;
        QVERIFY2(!inputByIndex.contains(index) || inputByIndex.value(index) == input, qPrintable(input));
        inputByIndex.insert(index, input);
    };
    if (format == QStringLiteral("csv")) {
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.first().trimmed(), QByteArray("index,input,name,relevant,ca,kind,verdict,reason,explanation,failure_origin"));
        for (const QByteArray &line : lines.mid(1)) {
            const QList<QByteArray> cells = line.split(',');
            take(cells.value(0).toLongLong(), QString::fromUtf8(cells.value(1)));
        }
        QCOMPARE(rows, 40); // one CA: one row a name
    } else {
        QJsonArray objects;
        if (format == QStringLiteral("json")) {
            objects = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("results")).toArray();
        } else {
            for (const QByteArray &line : run.out.trimmed().split('\n'))
                objects.append(QJsonDocument::fromJson(line).object());
        }
        for (const QJsonValue &v : std::as_const(objects)) {
            QVERIFY(v.toObject().contains(QStringLiteral("index")));
            take(qint64(v.toObject().value(QStringLiteral("index")).toDouble(-1)), v.toObject().value(QStringLiteral("input")).toString());
        }
        QCOMPARE(rows, 40);
    }
    QCOMPARE(inputByIndex.size(), 40);
    for (int i = 0; i < 40; ++i)
        QCOMPARE(inputByIndex.value(i), names[i]);
}

// In input order a name that never answers holds back every name after it until it times
// out (a 10,000-name run with 50 such names took 36 s, against 4.5 s in completion order);
// in completion order the others are written, and reach the pipe, while it is still asked.
void TestCli::completionOrderDoesNotWaitForASlowName_data()
{
    QTest::addColumn<QString>("order");
    QTest::newRow("completion: the others first") << QStringLiteral("completion");
    QTest::newRow("input: the slow one holds them back") << QStringLiteral("input");
}

void TestCli::completionOrderDoesNotWaitForASlowName()
{
    QFETCH(QString, order);
    CaaTest::CaaForwarder forwarder(testbedResolver(), CaaTest::CaaMishandling::DropSlowNames);
    QStringList args{QStringLiteral("check"), QStringLiteral("--server"), forwarder.address().toString(), QStringLiteral("--ca"),
                     QStringLiteral("letsencrypt.org"), QStringLiteral("--no-failure-origin"), QStringLiteral("--timeout-ms"),
                     QStringLiteral("5000"), QStringLiteral("--tries"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("jsonl"),
                     QStringLiteral("--order"), order, QStringLiteral("slow0.bulk.test")};
    for (int i = 1; i <= 20; ++i)
        args << QStringLiteral("f%1.bulk.test").arg(i);
    QProcess p;
    startCli(p, args);
    QVERIFY(p.waitForStarted());
    QByteArray out;
    // The event loop runs while waiting: the forwarder lives in this process. The fast
    // names are decided in milliseconds; the slow one is asked for 5 s.
    if (order == QStringLiteral("completion")) {
        QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).count('\n') >= 20, 4000);
    } else {
        QTest::qWait(1500);
        out += p.readAllStandardOutput();
    }
    QCOMPARE(p.state(), QProcess::Running);
    QCOMPARE(out.count('\n'), order == QStringLiteral("completion") ? 20 : 0);
    QVERIFY(!out.contains("slow0"));
    QTRY_COMPARE_WITH_TIMEOUT(p.state(), QProcess::NotRunning, 15000);
    out += p.readAllStandardOutput();
    QCOMPARE(p.exitCode(), 2);
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), 21);
    const QByteArray slowLine = order == QStringLiteral("completion") ? lines.last() : lines.first();
    QVERIFY2(slowLine.contains("\"input\":\"slow0.bulk.test\"") && slowLine.contains("\"code\":\"timeout\""), slowLine.constData());
    QCOMPARE(slowLine.startsWith("{\"index\":0,"), order == QStringLiteral("completion"));
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(err.contains("--order completion writes every name as soon as it is decided"), order == QStringLiteral("input"));
}

// In input order what is decided behind a slow name waits in the reorder window, and a full
// window stops the reading (issue #18: memory bounded by the window, not by the input).
// Lines that are no domain name are decided at once, without a lookup; on one thread they
// were read and kept however many came in a row, so a slow name followed by a million of
// them held a million reports. Here the names come through a pipe: while the slow name is
// asked, most of the input must still be unread.
void TestCli::inputErrorsBehindASlowNameWaitInTheWindow_data()
{
    QTest::addColumn<QString>("threads");
    QTest::newRow("one thread") << QStringLiteral("1");
    QTest::newRow("two threads") << QStringLiteral("2");
}

void TestCli::inputErrorsBehindASlowNameWaitInTheWindow()
{
    QFETCH(QString, threads);
    CaaTest::CaaForwarder forwarder(testbedResolver(), CaaTest::CaaMishandling::DropSlowNames);
    const QStringList args{QStringLiteral("check"), QStringLiteral("--server"), forwarder.address().toString(), QStringLiteral("--ca"),
                           QStringLiteral("letsencrypt.org"), QStringLiteral("--no-failure-origin"), QStringLiteral("--timeout-ms"),
                           QStringLiteral("4000"), QStringLiteral("--tries"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("jsonl"),
                           QStringLiteral("--threads"), threads, QStringLiteral("--max-in-flight"), QStringLiteral("8"), QStringLiteral("--progress"),
                           QStringLiteral("never"), QStringLiteral("-")};
    // The window holds 1,024 reports at this --max-in-flight (README "Streaming").
    constexpr int errors = 100000;
    QByteArray in("slow0.bulk.test\n");
    for (int i = 0; i < errors; ++i)
        in += "a..b\n";
    QProcess p;
    startCli(p, args);
    QVERIFY(p.waitForStarted());
    p.write(in);
    p.closeWriteChannel(); // once all is written
    QByteArray out;
    // The forwarder lives in this process: wait with the event loop running. Reading and
    // deciding 100,000 such lines takes well under the time waited.
    QTest::qWait(2500);
    out += p.readAllStandardOutput();
    QCOMPARE(p.state(), QProcess::Running);
    QCOMPARE(out.count('\n'), 0); // all behind the slow name
    // What the pipe and the reader buffer hold (64 KiB each, about) and the window's
    // 1,024 lines of 5 bytes, at the most; 500,000 bytes were offered.
    QVERIFY2(p.bytesToWrite() > 250000, QByteArray::number(p.bytesToWrite()).constData());
    QTRY_COMPARE_WITH_TIMEOUT(p.state(), QProcess::NotRunning, 30000);
    out += p.readAllStandardOutput();
    QCOMPARE(p.bytesToWrite(), qint64(0));
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), errors + 1);
    QVERIFY2(lines.first().contains("\"input\":\"slow0.bulk.test\"") && lines.first().contains("\"code\":\"timeout\""), lines.first().constData());
    QVERIFY2(lines.last().startsWith("{\"input\":\"a..b\""), lines.last().constData());
}

void TestCli::orderIsInputOrCompletion_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("another order") << QStringList{QStringLiteral("--order"), QStringLiteral("sideways")}
                                   << QByteArray("--order must be input or completion, not \"sideways\".");
    QTest::newRow("completion with diagnostics")
        << QStringList{QStringLiteral("--order"), QStringLiteral("completion"), QStringLiteral("--authoritative")}
        << QByteArray("--order completion is for plain checks");
}

void TestCli::orderIsInputOrCompletion()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    const Run run = cli(withServer(QStringList{QStringLiteral("check")} + args + QStringList{QStringLiteral("a.bulk.test")}));
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(message), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

// A resolver sent more queries at once than it can take drops some, and those names end as
// timeouts like names that do not answer (issue #18: a loopback Unbound at
// --max-in-flight 1024). A run with timeouts says so and names the option to lower.
void TestCli::timedOutNamesInARunGetAHint_data()
{
    QTest::addColumn<int>("names");
    QTest::addColumn<bool>("silent");
    QTest::addColumn<QByteArray>("hint"); // on stderr; empty: none
    QTest::newRow("two names, the resolver silent")
        << 2 << true << QByteArray("2 names had a lookup time out, with up to 128 queries in flight. ");
    QTest::newRow("one name, the resolver silent: its own failure says it") << 1 << true << QByteArray();
    QTest::newRow("two names answered") << 2 << false << QByteArray();
}

void TestCli::timedOutNamesInARunGetAHint()
{
    QFETCH(int, names);
    QFETCH(bool, silent);
    QFETCH(QByteArray, hint);
    CaaTest::SilentServer silentServer;
    QVERIFY(silentServer.isBound());
    QStringList args{QStringLiteral("check"), QStringLiteral("--server"),
                     silent ? silentServer.address().toString() : CaaTest::testbedValue(QStringLiteral("RESOLVER")),
                     QStringLiteral("--no-failure-origin"), QStringLiteral("--timeout-ms"), QStringLiteral("300"), QStringLiteral("--tries"),
                     QStringLiteral("1"), QStringLiteral("--max-in-flight"), QStringLiteral("128"), QStringLiteral("--format"),
                     QStringLiteral("jsonl"), QStringLiteral("--ca"), QStringLiteral("letsencrypt.org")};
    for (int i = 0; i < names; ++i)
        args << QStringLiteral("t%1.bulk.test").arg(i);
    const Run run = cli(args, QString(), QStringLiteral("en_US.UTF-8"));
    QCOMPARE(run.exitCode, silent ? 2 : 0);
    QCOMPARE(run.out.count('\n'), names); // the results are written all the same
    if (hint.isEmpty())
        QVERIFY2(!run.err.contains("--max-in-flight"), run.err.constData());
    else
        QVERIFY2(run.err.contains(hint + "A resolver sent more queries at once than it can take drops some"), run.err.constData());
}

void TestCli::summaryCountsTheRun()
{
    const QStringList args{QStringLiteral("check"), QStringLiteral("--ca"), QStringLiteral("letsencrypt.org"), QStringLiteral("--ca"),
                           QStringLiteral("ca.example"), QStringLiteral("--summary"), QStringLiteral("r.test"), QStringLiteral("www.r.test"),
                           QStringLiteral("bad..x"), QStringLiteral("x.lame.caa.test")};
    const Run json = cli(withServer(args + QStringList{QStringLiteral("--format"), QStringLiteral("json")}));
    QCOMPARE(json.exitCode, 3);
    const QJsonObject doc = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(doc.value(QStringLiteral("results")).toArray().size(), 4);
    const QJsonObject summary = doc.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("names")).toInt(), 4);
    QCOMPARE(summary.value(QStringLiteral("input_error")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("permit")).toInt(), 2);         // ca.example at r.test, for both names
    QCOMPARE(summary.value(QStringLiteral("lookup_failure")).toInt(), 2); // both CAs at the lame name
    const QJsonObject reasons = summary.value(QStringLiteral("reasons")).toObject();
    QCOMPARE(reasons.value(QStringLiteral("authorised")).toInt(), 2);
    QCOMPARE(reasons.value(QStringLiteral("issuer-not-listed")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("cas")).toObject().value(QStringLiteral("ca.example")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("issuers")).toObject().value(QStringLiteral("ca.example")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("findings")).toObject().value(QStringLiteral("lookup-failure")).toInt(), 1);
    // Beside csv it goes to standard error, as text; standard output stays the table.
    const Run csv = cli(withServer(args + QStringList{QStringLiteral("--format"), QStringLiteral("csv")}));
    QVERIFY2(csv.err.contains("4 names: 2 permit, 2 deny, 2 lookup failure, 1 input error\nDecisions by reason:\n"), csv.err.constData());
    QVERIFY(QRegularExpression(QStringLiteral("\\n +2  ca\\.example\\n")).match(QString::fromUtf8(csv.err)).hasMatch());
    QVERIFY(!csv.out.contains("Decisions by reason"));
}

void TestCli::progressOnlyWhenAsked()
{
    // stderr is a pipe here, so "auto" stays quiet; "always" reports.
    const QStringList names{QStringLiteral("r.test"), QStringLiteral("caa.test")};
    const Run quiet = cli(withServer(QStringList{QStringLiteral("check"), QStringLiteral("--ca"), QStringLiteral("ca.example")} + names));
    QVERIFY(!quiet.err.contains("checked "));
    const Run loud = cli(withServer(QStringList{QStringLiteral("check"), QStringLiteral("--ca"), QStringLiteral("ca.example"),
                                                QStringLiteral("--progress"), QStringLiteral("always")} + names));
    QVERIFY2(loud.err.contains("checked 2 of 2 names"), loud.err.constData());
}

// "%n zone(s)" in the source; the English catalogue (loaded for an English locale) has
// the singular and the plural. LC_ALL=C loads no catalogue and shows the source text.
void TestCli::englishPluralsFromTheCatalogue()
{
    const QString port = CaaTest::testbedValue(QStringLiteral("NAMESERVER_PORT"));
    const QStringList args = withServer({QStringLiteral("check"), QStringLiteral("--ca"), QStringLiteral("ca.example"), QStringLiteral("--authoritative"),
                                         QStringLiteral("--ns-port"), port, QStringLiteral("--timeout-ms"), QStringLiteral("1000"),
                                         QStringLiteral("--progress"), QStringLiteral("always"), QStringLiteral("diag.test")});
    const Run english = cli(args, QString(), QStringLiteral("en_US.UTF-8"));
    QCOMPARE(english.exitCode, 1); // diag.test does not name ca.example
    QVERIFY2(english.err.contains("Asking for the nameservers of 2 zones\xe2\x80\xa6"), english.err.constData()); // diag.test and test
    QVERIFY2(english.err.contains("Asking 4 nameserver addresses directly"), english.err.constData());
    QVERIFY2(!english.err.contains("(s)") && !english.err.contains("(es)"), english.err.constData());
    const Run source = cli(args, QString(), QStringLiteral("C.UTF-8"));
    QVERIFY2(source.err.contains("Asking for the nameservers of 2 zone(s)"), source.err.constData());
}

void TestCli::helpdeskDiagnostics()
{
    const QString port = CaaTest::testbedValue(QStringLiteral("NAMESERVER_PORT"));
    const QString second = CaaTest::testbedValue(QStringLiteral("RESOLVER2"));
    const Run json = cli(withServer({QStringLiteral("check"), QStringLiteral("--ca"), QStringLiteral("new-ca.example"), QStringLiteral("--format"),
                                     QStringLiteral("json"), QStringLiteral("--authoritative"), QStringLiteral("--ns-port"), port,
                                     QStringLiteral("--compare-resolvers"), second, QStringLiteral("--timeout-ms"), QStringLiteral("1000"),
                                     QStringLiteral("diag.test")}));
    QCOMPARE(json.exitCode, 0);
    const QJsonObject result = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("results")).toArray().first().toObject();
    const QJsonObject diag = result.value(QStringLiteral("diagnostics")).toObject();
    const QJsonObject zone = diag.value(QStringLiteral("authoritative")).toArray().first().toObject();
    QCOMPARE(zone.value(QStringLiteral("zone")).toString(), QStringLiteral("diag.test"));
    const QJsonObject comparison = zone.value(QStringLiteral("comparisons")).toArray().first().toObject();
    QCOMPARE(comparison.value(QStringLiteral("consistent")).toBool(), false);
    QVERIFY(comparison.value(QStringLiteral("verdict")).toString().startsWith(QStringLiteral("ns2.diag.test (127.0.0.2) still serves the old answer")));
    QCOMPARE(diag.value(QStringLiteral("resolver_disagreements")).toArray().size(), 1);
    QStringList codes;
    for (const QJsonValue &f : diag.value(QStringLiteral("findings")).toArray())
        codes << f.toObject().value(QStringLiteral("code")).toString();
    QVERIFY(codes.contains(QStringLiteral("authoritative-mismatch")));
    QVERIFY(codes.contains(QStringLiteral("resolver-disagreement")));

    const Run text = cli(withServer({QStringLiteral("check"), QStringLiteral("--ca"), QStringLiteral("ca.example"), QStringLiteral("--dnssec"),
                                     QStringLiteral("www.bogus.test")}));
    QCOMPARE(text.exitCode, 2); // a lookup failure, never permission
    QVERIFY2(text.out.contains("www.bogus.test: bogus"), text.out.constData());
    QVERIFY(text.out.contains("Since 2026-03-15 a CA must DNSSEC-validate"));
    QVERIFY(!text.out.contains("Authoritative servers")); // --dnssec alone does not ask them

    const Run md = cli(withServer({QStringLiteral("check"), QStringLiteral("--ca"), QStringLiteral("ca.example"), QStringLiteral("--format"),
                                   QStringLiteral("markdown"), QStringLiteral("--authoritative"), QStringLiteral("--ns-port"), port, QStringLiteral("r.test")}));
    QVERIFY2(md.out.contains("### Diagnostics") && md.out.contains("| ns.test (127.0.0.1) |"), md.out.constData());

    // Many names: every one gets its diagnostics (a few jobs run at a time).
    QStringList args{QStringLiteral("check"), QStringLiteral("--ca"), QStringLiteral("ca.example"), QStringLiteral("--format"),
                     QStringLiteral("json"), QStringLiteral("--dnssec")};
    for (int i = 0; i < 20; ++i)
        args << QStringLiteral("d%1.bulk.test").arg(i);
    const Run many = cli(withServer(args));
    const QJsonArray results = QJsonDocument::fromJson(many.out).object().value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 20);
    for (const QJsonValue &r : results)
        QCOMPARE(r.toObject().value(QStringLiteral("diagnostics")).toObject().value(QStringLiteral("dnssec")).toArray().size(), 3);
}

void TestCli::ctrlCDuringDiagnostics()
{
    // ns3.diag.test (127.0.0.3) never answers: the diagnostics wait for it until Ctrl+C.
    const QString port = CaaTest::testbedValue(QStringLiteral("NAMESERVER_PORT"));
    CaaTest::SilentServer dead(0x7f000003, quint16(port.toUInt()));
    QVERIFY(dead.isBound());
    QProcess p;
    startCli(p, withServer({QStringLiteral("check"), QStringLiteral("--ca"), QStringLiteral("new-ca.example"),
                            QStringLiteral("--authoritative"), QStringLiteral("--ns-port"), port,
                            QStringLiteral("--timeout-ms"), QStringLiteral("20000"), QStringLiteral("--progress"),
                            QStringLiteral("always"), QStringLiteral("www.diag.test")}));
    QVERIFY(p.waitForStarted());
    QByteArray err;
    // Interrupted once every other server has answered and only the dead one is left.
    QTRY_VERIFY_WITH_TIMEOUT((err += p.readAllStandardError()).contains("Waiting for ns3.diag.test (127.0.0.3)…\n"), 20000);
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(5000)); // long before the 5 s diagnostics timeout
    QCOMPARE(p.exitCode(), 130);
    err += p.readAllStandardError();
    QVERIFY2(err.contains("interrupted during the diagnostics"), err.constData());
    const QByteArray out = p.readAllStandardOutput();
    QVERIFY2(out.contains("PERMIT") && out.contains("Authoritative servers"), out.constData()); // the check and what was gathered
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
