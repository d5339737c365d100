// Asking a CT search service (issue #19), against a local stand-in: the request the
// product sends, and a clear message for every way the service can fail; then the CLI
// end to end (check --ct, ct NAME) against it and the test bed. No test touches the
// internet.
#include "net/ctfetch.h"

#include "ctserver.h"
#include "testbed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslConfiguration>
#include <QSignalSpy>
#include <QTest>

using namespace Caa;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(CAA_SOURCE_DIR "/tests/data/ct/") + QString::fromLatin1(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The CLI, waited for with the event loop running, so that the stand-in in this process answers.
Run cli(const QStringList &args, const QProcessEnvironment &extra = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CAA_INSPECTOR_DATA_DIR"), QStringLiteral("/nonexistent/caa-inspector-test"));
    env.insert(extra);
    p.setProcessEnvironment(env);
    QSignalSpy done(&p, &QProcess::finished);
    p.start(QStringLiteral(CAA_CLI_PATH), args);
    Run r;
    if (!done.wait(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestCtFetch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queryUrls_data();
    void queryUrls();
    void requestSettings();
    void responses_data();
    void responses();
    void checkWithCt();
    void ctCommandAsksTheService();
    void failedServiceKeepsTheCheck();
};

void TestCtFetch::queryUrls_data()
{
    QTest::addColumn<int>("service");
    QTest::addColumn<bool>("subdomains");
    QTest::addColumn<QString>("url");
    QTest::newRow("crt.sh") << int(CtService::CrtSh) << false << "https://crt.sh/?q=example.com&output=json";
    QTest::newRow("crt.sh with subdomains") << int(CtService::CrtSh) << true << "https://crt.sh/?q=%25.example.com&output=json";
    QTest::newRow("SSLMate") << int(CtService::SslMate) << false
                             << "https://api.certspotter.com/v1/issuances?domain=example.com&expand=dns_names&expand=issuer";
    QTest::newRow("SSLMate with subdomains") << int(CtService::SslMate) << true
                                             << "https://api.certspotter.com/v1/issuances?domain=example.com&include_subdomains=true&expand=dns_names&expand=issuer";
}

void TestCtFetch::queryUrls()
{
    QFETCH(int, service);
    QFETCH(bool, subdomains);
    QFETCH(QString, url);
    CtFetchOptions options;
    options.service = CtService(service);
    options.subdomains = subdomains;
    QCOMPARE(ctQueryUrl(options, QStringLiteral("example.com")).toString(QUrl::FullyEncoded), url);
}

// What goes on the wire: the query, the Accept header, the bearer key for SSLMate only;
// and the settings that keep it safe (the TLS path is Qt's: peers are verified).
void TestCtFetch::requestSettings()
{
    CtFetchOptions defaults;
    const QNetworkRequest https = ctRequest(defaults, QStringLiteral("example.com"));
    QCOMPARE(https.url().scheme(), QStringLiteral("https"));
    QVERIFY(https.sslConfiguration().peerVerifyMode() != QSslSocket::VerifyNone);
    QCOMPARE(https.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(), int(QNetworkRequest::NoLessSafeRedirectPolicy));
    QCOMPARE(https.maximumRedirectsAllowed(), 3);
    QCOMPARE(https.transferTimeout(), 30000);
    QVERIFY(https.rawHeader("Authorization").isEmpty()); // crt.sh gets no key

    CaaTest::CtServer server;
    server.okBody = fixture("sslmate-bulk.test.json");
    CtFetchOptions options;
    options.service = CtService::SslMate;
    options.baseUrl = QUrl(server.base(QStringLiteral("ok")));
    options.apiKey = QStringLiteral("k3y");
    CtFetch fetch(options);
    QSignalSpy done(&fetch, &CtFetch::finished);
    fetch.start(QStringLiteral("bulk.test"));
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
    QVERIFY2(fetch.result().ok(), qPrintable(fetch.result().error));
    QCOMPARE(fetch.result().certificates.size(), 2);
    QCOMPARE(fetch.httpStatus(), 200);
    QVERIFY(fetch.fetchedAt().isValid());
    const QByteArray request = server.requests.value(0);
    QVERIFY2(request.startsWith("GET /ok/v1/issuances?domain=bulk.test&expand=dns_names&expand=issuer HTTP/1.1"), request.constData());
    // Header names are case-insensitive (Qt 6.8 sends them in lower case, 6.4 as set).
    const QByteArray lower = request.toLower();
    QVERIFY2(lower.contains("\r\nauthorization: bearer k3y"), request.constData());
    QVERIFY2(lower.contains("\r\naccept: application/json"), request.constData());
}

void TestCtFetch::responses_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("certificates"); // -1: a failure is expected
    QTest::addColumn<QString>("error");     // a part of the failure's message
    QTest::newRow("crt.sh answer") << "ok" << 5 << "";
    QTest::newRow("followed one redirect") << "redirect" << 5 << "";
    QTest::newRow("empty result") << "empty" << 0 << "";
    QTest::newRow("HTTP 429 with Retry-After") << "ratelimit" << -1 << "Try again after 120 seconds";
    QTest::newRow("HTTP 503") << "servererror" << -1 << "failed (HTTP 503)";
    QTest::newRow("slow server: timeout") << "slow" << -1 << "did not answer within 0.5 s";
    QTest::newRow("truncated body") << "truncated" << -1 << "crt.sh";
    QTest::newRow("50 MB body: capped") << "huge" << -1 << "more than 32 MiB";
    QTest::newRow("malformed JSON") << "malformed" << -1 << "not JSON";
    QTest::newRow("redirect loop: bounded") << "redirectloop" << -1 << "redirected more than 3 times";
}

void TestCtFetch::responses()
{
    QFETCH(QString, scenario);
    QFETCH(int, certificates);
    QFETCH(QString, error);
    CaaTest::CtServer server;
    server.okBody = fixture("crtsh-r.test.json");
    CtFetchOptions options;
    options.baseUrl = QUrl(server.base(scenario));
    options.timeoutMs = scenario == QStringLiteral("slow") ? 500 : 15000;
    CtFetch fetch(options);
    QSignalSpy done(&fetch, &CtFetch::finished);
    fetch.start(QStringLiteral("r.test"));
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
    if (certificates < 0) {
        QVERIFY2(fetch.result().error.contains(error), qPrintable(fetch.result().error));
        QVERIFY(fetch.result().certificates.isEmpty());
    } else {
        QVERIFY2(fetch.result().ok(), qPrintable(fetch.result().error));
        QCOMPARE(fetch.result().certificates.size(), certificates);
    }
    QTest::qWait(20);
    QCOMPARE(done.size(), 1); // once
}

// check --ct asks the service for each name and puts its CAs against the live records.
void TestCtFetch::checkWithCt()
{
    CaaTest::CtServer server;
    server.okBody = fixture("crtsh-r.test.json");
    const Run r = cli({QStringLiteral("check"), QStringLiteral("--server"), CaaTest::testbedValue(QStringLiteral("RESOLVER")), QStringLiteral("--ca"),
                       QStringLiteral("letsencrypt.org"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--ct"), QStringLiteral("--ct-url"),
                       server.base(QStringLiteral("ok")), QStringLiteral("r.test")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(server.requests.value(0).startsWith("GET /ok/?q=r.test&output=json "), server.requests.value(0).constData());
    const QJsonObject ct = QJsonDocument::fromJson(r.out).object()[QStringLiteral("results")].toArray().first().toObject()[QStringLiteral("ct")].toObject();
    QCOMPARE(ct[QStringLiteral("source")].toString(), server.base(QStringLiteral("ok")) + QStringLiteral("?q=r.test&output=json"));
    const QJsonArray issuers = ct[QStringLiteral("issuers")].toArray();
    QCOMPARE(issuers.size(), 2);
    QCOMPARE(issuers[0].toObject()[QStringLiteral("ca")].toString(), QStringLiteral("Let's Encrypt"));
    QVERIFY(issuers[0].toObject()[QStringLiteral("denied_by_policy")].toBool());
}

void TestCtFetch::ctCommandAsksTheService()
{
    CaaTest::CtServer server;
    server.okBody = fixture("sslmate-bulk.test.json");
    QProcessEnvironment key;
    key.insert(QStringLiteral("SSLMATE_API_KEY"), QStringLiteral("s3cret"));
    const Run r = cli({QStringLiteral("ct"), QStringLiteral("bulk.test"), QStringLiteral("--ct-service"), QStringLiteral("sslmate"), QStringLiteral("--ct-url"),
                       server.base(QStringLiteral("ok")), QStringLiteral("--ct-subdomains")},
                      key);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(server.requests.value(0).contains("include_subdomains=true"));
    QVERIFY(server.requests.value(0).toLower().contains("\r\nauthorization: bearer s3cret"));
    QVERIFY2(r.out.contains("DigiCert: 1 certificate") && r.out.contains("www.bulk.test"), r.out.constData());
}

// A failing service keeps what the user had: the check, with a warning that says why.
void TestCtFetch::failedServiceKeepsTheCheck()
{
    CaaTest::CtServer server;
    const Run r = cli({QStringLiteral("check"), QStringLiteral("--server"), CaaTest::testbedValue(QStringLiteral("RESOLVER")), QStringLiteral("--ca"),
                       QStringLiteral("ca.example"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--ct"), QStringLiteral("--ct-url"),
                       server.base(QStringLiteral("ratelimit")), QStringLiteral("r.test")});
    QCOMPARE(r.exitCode, 0); // ca.example may issue; CT could not be asked
    QVERIFY(r.err.contains("HTTP 429"));
    const QJsonObject result = QJsonDocument::fromJson(r.out).object()[QStringLiteral("results")].toArray().first().toObject();
    QVERIFY(!result.contains(QStringLiteral("ct")));
    bool warned = false;
    for (const QJsonValue &f : result[QStringLiteral("findings")].toArray())
        warned = warned || f.toObject()[QStringLiteral("code")].toString() == QStringLiteral("ct-unavailable");
    QVERIFY(warned);
    QCOMPARE(result[QStringLiteral("decisions")].toArray().first().toObject()[QStringLiteral("verdict")].toString(), QStringLiteral("permit"));
}

QTEST_MAIN(TestCtFetch)
#include "tst_ctfetch.moc"
