// Screenshots of the four views after a real check against the test bed, in a light and
// a dark palette, saved as PNGs into the build tree (screenshots/). Run again with
// QT_SCALE_FACTOR=2 for 200 %. Each image is checked to be a real, non-blank picture.
#include "bulkpage.h"
#include "climbtreemodel.h"
#include "diagnosticspage.h"
#include <QSpinBox>
#include <QLineEdit>
#include "generatorpage.h"
#include "darkpalette.h"
#include "mainwindow.h"
#include <QScrollBar>
#include <QAction>
#include <QTimer>
#include <QTableWidget>
#include <QHeaderView>
#include <QScrollArea>
#include "startpage.h"
#include "explaindialog.h"
#include <QPlainTextEdit>
#include "resultmodels.h"
#include "testbed.h"
#include "caaforwarder.h"

#include <QSettings>

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QDialog>
#include <QPushButton>
#include <QTest>

using namespace Caa;


class TestScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void views_data();
    void views();
    void resolverFailure();
    void explainAnError();
    void certificateTransparency();
};

void TestScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QVERIFY(QDir().mkpath(QStringLiteral(CAA_SCREENSHOT_DIR)));
}

void TestScreenshots::views_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QSize>("size");
    QTest::newRow("light") << false << QSize(1280, 800);
    QTest::newRow("dark") << true << QSize(1280, 800);
    // The smallest window the layout is made for: nothing clipped (looked at, per release).
    QTest::newRow("light, 1024x700") << false << QSize(1024, 700);
    QTest::newRow("dark, 1024x700") << true << QSize(1024, 700);
}

void TestScreenshots::views()
{
    QFETCH(bool, dark);
    QFETCH(QSize, size);
    CAA_REQUIRE_TESTBED(server);
    const QPalette original = QApplication::palette();
    QApplication::setPalette(dark ? CaaTest::darkPalette() : QApplication::style()->standardPalette());

    Ui::MainWindow window;
    window.setCustomServers({server});
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const qreal scale = window.devicePixelRatio();
    const QString suffix = (dark ? QStringLiteral("-dark") : QStringLiteral("-light")) + (size.width() < 1280 ? QStringLiteral("-1024") : QString())
                           + (scale > 1.5 ? QStringLiteral("@2x") : QString());

    auto shoot = [&](const QString &name) {
        QApplication::processEvents();
        const QImage image = window.grab().toImage();
        QVERIFY2(image.width() >= int(size.width() * scale) - 2, qPrintable(QString::number(image.width())));
        // A real picture has many colours; a blank or failed grab does not.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(name));
        const QString path = QStringLiteral(CAA_SCREENSHOT_DIR "/%1%2.png").arg(name, suffix);
        QVERIFY(image.save(path));
    };

    QVERIFY(window.startPage() && window.startPage()->isVisible());
    shoot(QStringLiteral("0-start-page"));

    QSignalSpy finished(&window, &Ui::MainWindow::checkFinished);
    window.domainEdit()->setText(QStringLiteral("img.cdn.example.net"));
    window.check();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    window.tabs()->setCurrentIndex(0);
    shoot(QStringLiteral("1-climbed-tree"));

    window.domainEdit()->setText(QStringLiteral("legacy.example.net"));
    window.check();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 15000);
    window.tabs()->setCurrentIndex(1);
    shoot(QStringLiteral("2-effective-records"));

    window.domainEdit()->setText(QStringLiteral("shop.example.net"));
    window.check();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 15000);
    window.tabs()->setCurrentIndex(2);
    auto *matrix = window.findChild<QTableView *>(QStringLiteral("matrixView"));
    QVERIFY(matrix);
    window.matrixProxy()->sort(Ui::MatrixModel::SingleColumn, Qt::DescendingOrder);
    matrix->setCurrentIndex(window.matrixProxy()->index(0, Ui::MatrixModel::SingleColumn));
    shoot(QStringLiteral("3-who-may-issue"));
    // The export dialog (issue #22 item 1): what the report will answer, format, appendix.
    QString exportShot;
    QTimer::singleShot(0, this, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog && dialog->objectName() == QStringLiteral("exportOptions"));
        QApplication::processEvents();
        exportShot = QStringLiteral(CAA_SCREENSHOT_DIR "/7-export-dialog%1.png").arg(suffix);
        QVERIFY(dialog->grab().save(exportShot));
        dialog->close();
    });
    window.findChild<QAction *>(QStringLiteral("exportReport"))->trigger();
    QVERIFY(!exportShot.isEmpty());

    window.tabs()->setCurrentIndex(3);
    window.generatorPage()->startFromLiveRecords();
    window.generatorPage()->addCa(QStringLiteral("Let's Encrypt"));
    window.generatorPage()->simulateDraft();
    shoot(QStringLiteral("4-generator"));
    // Issue #22 item 11: every control of the policy side reachable without scrolling the
    // page sideways, down to 1024 px.
    auto *policy = window.generatorPage()->findChild<QScrollArea *>(QStringLiteral("policyScroll"));
    QVERIFY(policy);
    QVERIFY2(!policy->horizontalScrollBar()->isVisible(),
             qPrintable(QStringLiteral("policy side %1 px wide, needs %2").arg(policy->viewport()->width()).arg(policy->widget()->minimumSizeHint().width())));
    // From 1280 px the CA table reads whole: no column header cut ("Metho"), no scrolling.
    if (window.width() >= 1280) {
        auto *grants = window.generatorPage()->findChild<QTableWidget *>(QStringLiteral("grantsTable"));
        QVERIFY(grants);
        QVERIFY2(!grants->horizontalScrollBar()->isVisible(), "the CA table scrolls sideways at 1280 px");
        const QFontMetrics fm(grants->horizontalHeader()->font());
        for (int c = 0; c < grants->columnCount(); ++c) {
            const QString header = grants->horizontalHeaderItem(c)->text();
            QVERIFY2(grants->horizontalHeader()->sectionSize(c) >= fm.horizontalAdvance(header),
                     qPrintable(QStringLiteral("\"%1\" is %2 px wide in a %3 px column").arg(header).arg(fm.horizontalAdvance(header)).arg(grants->horizontalHeader()->sectionSize(c))));
        }
    }

    // Methods… for the first CA of the draft: ACME names and BR ca-tbr-N labels.
    {
        auto *grants = window.generatorPage()->findChild<QTableWidget *>(QStringLiteral("grantsTable"));
        grants->setCurrentCell(0, 0);
        window.generatorPage()->findChild<QPushButton *>(QStringLiteral("methodsButton"))->click();
        QWidget *dialog = nullptr;
        QTRY_VERIFY((dialog = window.generatorPage()->findChild<QDialog *>(QStringLiteral("methodsDialog"))) && dialog->isVisible());
        QApplication::processEvents();
        QVERIFY(dialog->grab().save(QStringLiteral(CAA_SCREENSHOT_DIR "/8-methods-dialog%1.png").arg(suffix)));
        dialog->close();
    }

    window.tabs()->setCurrentIndex(4);
    Ui::BulkPage *bulk = window.bulkPage();
    bulk->setNamesText(QStringLiteral("# hosts from the inventory\nwww.example.net\nshop.example.net\nlegacy.example.net\n"
                                      "img.cdn.example.net\n*.example.net\nlocked.example.net\nmail.example.net\n"
                                      "helpdesk@example.net\nwww.r.test\nx.lame.caa.test\n192.0.2.1\n"));
    QSignalSpy bulkDone(bulk, &Ui::BulkPage::runFinished);
    bulk->start();
    QTRY_COMPARE_WITH_TIMEOUT(bulkDone.size(), 1, 15000);
    shoot(QStringLiteral("5-many-names"));

    window.domainEdit()->setText(QStringLiteral("www.diag.test"));
    window.check();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 15000);
    window.tabs()->setCurrentIndex(5);
    Ui::DiagnosticsPage *diagnostics = window.diagnosticsPage();
    diagnostics->portSpin()->setValue(CaaTest::testbedValue(QStringLiteral("NAMESERVER_PORT")).toInt());
    diagnostics->resolversEdit()->setText(CaaTest::testbedValue(QStringLiteral("RESOLVER2")));
    window.setTimeoutMs(500); // ns3.diag.test (127.0.0.3) has nothing listening
    QSignalSpy diagnosed(diagnostics, &Ui::DiagnosticsPage::finished);
    diagnostics->start();
    QTRY_COMPARE_WITH_TIMEOUT(diagnosed.size(), 1, 15000);
    shoot(QStringLiteral("6-diagnostics"));

    QApplication::setPalette(original);
}

// Issue #21: a resolver that answers SERVFAIL to CAA; the window says whose failure it is.
void TestScreenshots::resolverFailure()
{
    CAA_REQUIRE_TESTBED(server);
    QApplication::setPalette(QApplication::style()->standardPalette());
    CaaTest::CaaForwarder forwarder(server, CaaTest::CaaMishandling::ServFail);
    QSettings().setValue(QStringLiteral("diagnostics/nameserverPort"), CaaTest::testbedValue(QStringLiteral("NAMESERVER_PORT")).toInt());
    Ui::MainWindow window;
    window.setCustomServers({forwarder.address()});
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(&window, &Ui::MainWindow::checkFinished);
    window.domainEdit()->setText(QStringLiteral("www.caa.test"));
    window.check();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    window.tabs()->setCurrentIndex(0);
    QApplication::processEvents();
    const QString suffix = window.devicePixelRatio() > 1.5 ? QStringLiteral("@2x") : QString();
    QVERIFY(window.grab().save(QStringLiteral(CAA_SCREENSHOT_DIR "/9-resolver-failure-light%1.png").arg(suffix)));
    QSettings().remove(QStringLiteral("diagnostics/nameserverPort"));
}

// Issue #20: a certbot report pasted on the start page, explained against the test bed.
void TestScreenshots::explainAnError()
{
    CAA_REQUIRE_TESTBED(server);
    QApplication::setPalette(QApplication::style()->standardPalette());
    QSettings().setValue(QStringLiteral("diagnostics/nameserverPort"), CaaTest::testbedValue(QStringLiteral("NAMESERVER_PORT")).toInt());
    Ui::MainWindow window;
    window.setCustomServers({server});
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString suffix = window.devicePixelRatio() > 1.5 ? QStringLiteral("@2x") : QString();
    const QString pasted = QStringLiteral("Certbot failed to authenticate some domains (authenticator: nginx). The Certificate Authority reported these problems:\n"
                                          "  Domain: www.r.test\n  Type:   caa\n"
                                          "  Detail: While processing CAA for www.r.test: CAA record for r.test prevents issuance");
    window.explainError(pasted);
    Ui::ExplainDialog *dialog = window.explainDialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning() && !dialog->answer().isEmpty(), 20000);
    QApplication::processEvents();
    QVERIFY(dialog->grab().save(QStringLiteral(CAA_SCREENSHOT_DIR "/10-explain-light%1.png").arg(suffix)));
    QSettings().remove(QStringLiteral("diagnostics/nameserverPort"));
}

// Issue #19: a saved crt.sh response beside r.test's records (which allow only ca.example).
void TestScreenshots::certificateTransparency()
{
    CAA_REQUIRE_TESTBED(server);
    QApplication::setPalette(QApplication::style()->standardPalette());
    Ui::MainWindow window;
    window.setCustomServers({server});
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(&window, &Ui::MainWindow::checkFinished);
    window.domainEdit()->setText(QStringLiteral("r.test"));
    window.check();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY(window.importCtResults(QStringLiteral(CAA_SOURCE_DIR "/tests/data/ct/crtsh-r.test.json")));
    window.tabs()->setCurrentIndex(2);
    QApplication::processEvents();
    const QString suffix = window.devicePixelRatio() > 1.5 ? QStringLiteral("@2x") : QString();
    QVERIFY(window.grab().save(QStringLiteral(CAA_SCREENSHOT_DIR "/11-certificate-transparency-light%1.png").arg(suffix)));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
