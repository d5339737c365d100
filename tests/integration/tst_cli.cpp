// The caa-inspector-cli contract (README): exit codes, JSON shape, formats, usage
// errors — the real binary against the real test bed.
#include "testbed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args, const QString &dataDir = QString())
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Never touch the real user's directory from a test.
    env.insert(QStringLiteral("CAA_INSPECTOR_DATA_DIR"), dataDir.isEmpty() ? QStringLiteral("/nonexistent/caa-inspector-test") : dataDir);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CAA_CLI_PATH), args);
    Run r;
    if (!p.waitForFinished(30000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QStringList withServer(QStringList args)
{
    args.insert(1, QStringLiteral("--server"));
    args.insert(2, CaaTest::testbedValue(QStringLiteral("RESOLVER")));
    return args;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitCodes_data();
    void exitCodes();
    void jsonShape();
    void inputErrorInJson();
    void everyDirectoryCaWithoutCa();
    void caByDirectoryName();
    void textAndMarkdown();
    void usageErrors_data();
    void usageErrors();
    void versionAndHelp();
    void directoryImportAddReset();
    void allKinds();
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
    QVERIFY(m.contains(QStringLiteral("| ca.example | DENY |")));
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
    QCOMPARE(seen, (QStringList{QStringLiteral("tls=deny"), QStringLiteral("tls*=permit"), QStringLiteral("email=permit"), QStringLiteral("vmc=deny")}));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
