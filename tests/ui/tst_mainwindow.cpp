// The desktop application, headless, against the real DNS test bed.
#include "climbtreemodel.h"
#include "generatorpage.h"
#include "mainwindow.h"
#include "resultmodels.h"
#include "loopback.h"
#include "testbed.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <QRegularExpression>
#include <QCompleter>
#include <QComboBox>
#include <QTemporaryDir>


using namespace Caa;
using Ui::ClimbTreeModel;
using Ui::MatrixModel;

namespace {

int rowFor(const QAbstractItemModel *model, const QString &text, int column = 0)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, column).data().toString() == text)
            return r;
    return -1;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typeAndPressEnter();
    void everyModelPassesTheTester();
    void matrixCellsAndExplanation();
    void accountAndMethodChangeVerdicts();
    void invalidInputSendsNothing_data();
    void invalidInputSendsNothing();
    void idnShowsBothForms();
    void cancelStopsAHangingCheck();
    void generatorFromLiveRecordsUndoAndPreview();
    void keyboardShortcuts();
    void offlineSample();
    void historyIsRemembered();
    void reportForATicket();

private:
    void checkAndWait(const QString &name);
    std::unique_ptr<Ui::MainWindow> m_window;
    Dns::ServerAddress m_server;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    CAA_REQUIRE_TESTBED(server);
    m_server = server;
}

void TestMainWindow::init()
{
    m_window = std::make_unique<Ui::MainWindow>();
    m_window->setCustomServers({m_server});
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

void TestMainWindow::checkAndWait(const QString &name)
{
    QSignalSpy finished(m_window.get(), &Ui::MainWindow::checkFinished);
    m_window->domainEdit()->setText(name);
    m_window->check();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
}

void TestMainWindow::typeAndPressEnter()
{
    QSignalSpy finished(m_window.get(), &Ui::MainWindow::checkFinished);
    QLineEdit *edit = m_window->domainEdit();
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("*.prec.r.test"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);

    ClimbTreeModel *tree = m_window->climbModel();
    QCOMPARE(tree->rowCount(), 3); // prec.r.test, r.test, test — never the literal *.
    QCOMPARE(tree->index(0, ClimbTreeModel::NameColumn).data().toString(), QStringLiteral("prec.r.test"));
    QCOMPARE(tree->index(0, 0).data(ClimbTreeModel::OutcomeRole).toInt(), int(LevelOutcome::Records));
    QVERIFY(tree->index(0, 0).data(ClimbTreeModel::RelevantRole).toBool());
    QVERIFY(!tree->index(1, 0).data(ClimbTreeModel::RelevantRole).toBool());
    QCOMPARE(tree->rowCount(tree->index(0, 0)), 2); // its two CAA records as children
    QVERIFY(tree->index(1, ClimbTreeModel::DetailColumn).data().toString().contains(QStringLiteral("not used")));
    QCOMPARE(tree->index(2, ClimbTreeModel::OutcomeColumn).data().toString(), QStringLiteral("no CAA (NODATA)"));

    Ui::RecordsModel *records = m_window->recordsModel();
    QCOMPARE(records->rowCount(), 2);
    QStringList tags;
    for (int r = 0; r < 2; ++r)
        tags << records->index(r, Ui::RecordsModel::TagColumn).data().toString();
    tags.sort();
    QCOMPARE(tags, (QStringList{QStringLiteral("issue"), QStringLiteral("issuewild")}));

    // Selecting a level shows its raw answer.
    auto *treeView = m_window->findChild<QTreeView *>(QStringLiteral("climbTree"));
    auto *raw = m_window->findChild<QPlainTextEdit *>(QStringLiteral("rawAnswer"));
    treeView->setCurrentIndex(tree->index(1, 0));
    // The TTL counts down in the resolver's cache, so only the record itself is compared.
    QVERIFY2(raw->toPlainText().contains(QRegularExpression(QStringLiteral("\nr\\.test\\.\\t\\d+\\tIN\\tCAA\\t0 issue \"ca\\.example\"\n"))),
             qPrintable(raw->toPlainText()));
    QVERIFY(raw->toPlainText().contains(QStringLiteral("reply, ")));
}

void TestMainWindow::everyModelPassesTheTester()
{
    QAbstractItemModelTester treeTester(m_window->climbModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester recordsTester(m_window->recordsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester findingsTester(m_window->findingsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester matrixTester(m_window->matrixModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(m_window->matrixProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *generatorFindings = m_window->generatorPage()->findChild<QTableView *>();
    QVERIFY(generatorFindings);
    QAbstractItemModelTester generatorTester(generatorFindings->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Level-by-level updates with aliases, records, failures and NXDOMAIN, then resets.
    checkAndWait(QStringLiteral("alias.caa.test"));
    checkAndWait(QStringLiteral("x.dname.caa.test"));
    checkAndWait(QStringLiteral("y.z.lame.caa.test"));
    checkAndWait(QStringLiteral("big.test"));
    QCOMPARE(m_window->climbModel()->rowCount(m_window->climbModel()->index(0, 0)), 120);
    m_window->generatorPage()->startFromLiveRecords();
    m_window->generatorPage()->addCa(QStringLiteral("Let's Encrypt"));
    m_window->matrixProxy()->setFilterFixedString(QStringLiteral("sec"));
    m_window->matrixProxy()->sort(MatrixModel::SingleColumn);
    QVERIFY(m_window->matrixProxy()->rowCount() >= 1);
}

void TestMainWindow::matrixCellsAndExplanation()
{
    checkAndWait(QStringLiteral("prec.r.test"));
    MatrixModel *matrix = m_window->matrixModel();
    QVERIFY(matrix->rowCount() >= 60);
    const int le = rowFor(matrix, QStringLiteral("Let's Encrypt"));
    QVERIFY(le >= 0);
    QCOMPARE(matrix->index(le, MatrixModel::SingleColumn).data(MatrixModel::VerdictRole).toInt(), int(Verdict::Deny));
    QCOMPARE(matrix->index(le, MatrixModel::EmailColumn).data(MatrixModel::VerdictRole).toInt(), int(Verdict::Permit));
    QCOMPARE(matrix->index(le, MatrixModel::SingleColumn).data().toString(), QStringLiteral("Deny"));
    QVERIFY(!matrix->index(le, MatrixModel::SingleColumn).data(Qt::DecorationRole).value<QIcon>().isNull()); // not colour alone

    // Clicking a cell explains it and highlights the deciding record in the records view.
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("matrixView"));
    auto *explanation = m_window->findChild<QPlainTextEdit *>(QStringLiteral("verdictExplanation"));
    const QModelIndex cell = m_window->matrixProxy()->mapFromSource(matrix->index(le, MatrixModel::WildcardColumn));
    view->setCurrentIndex(cell);
    QVERIFY2(explanation->toPlainText().contains(QStringLiteral("issuewild record at prec.r.test allows only other.example")),
             qPrintable(explanation->toPlainText()));
    Ui::RecordsModel *records = m_window->recordsModel();
    int highlighted = 0;
    for (int r = 0; r < records->rowCount(); ++r)
        if (records->index(r, 0).data(Qt::BackgroundRole).isValid()) {
            ++highlighted;
            QCOMPARE(records->index(r, Ui::RecordsModel::TagColumn).data().toString(), QStringLiteral("issuewild"));
        }
    QCOMPARE(highlighted, 1);

    // The search box filters CAs.
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("matrixSearch"));
    search->setText(QStringLiteral("encrypt"));
    QCOMPARE(m_window->matrixProxy()->rowCount(), 1);
}

void TestMainWindow::accountAndMethodChangeVerdicts()
{
    Ui::MainWindow &w = *m_window;
    checkAndWait(QStringLiteral("shop.example.net"));
    const int sectigo = rowFor(w.matrixModel(), QStringLiteral("Sectigo"));
    QVERIFY(sectigo >= 0);
    QVERIFY(w.matrixModel()->index(sectigo, MatrixModel::SingleColumn).data().toString().contains(QStringLiteral("conditions")));
    auto *method = w.findChild<QComboBox *>(QStringLiteral("methodCombo"));
    method->setCurrentText(QStringLiteral("http-01"));
    QCOMPARE(w.matrixModel()->index(rowFor(w.matrixModel(), QStringLiteral("Sectigo")), MatrixModel::SingleColumn).data(MatrixModel::VerdictRole).toInt(),
             int(Verdict::Deny));
    method->setCurrentText(QStringLiteral("dns-01"));
    QCOMPARE(w.matrixModel()->index(rowFor(w.matrixModel(), QStringLiteral("Sectigo")), MatrixModel::SingleColumn).data().toString(), QStringLiteral("Permit"));
}

void TestMainWindow::invalidInputSendsNothing_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("IP address") << "192.0.2.1" << "IP address";
    QTest::newRow("two dots") << "a..example" << "empty label";
    QTest::newRow("misplaced *") << "*x.example" << "'*'";
    QTest::newRow("port") << "example.com:443" << "port";
    QTest::newRow("zero-width space") << QStringLiteral("exa\u200Bmple.com") << "invisible";
    QTest::newRow("spaces only") << "   " << "domain";
    QTest::newRow("right-to-left override") << QStringLiteral("\u202Eexample.com") << "U+202E";
    QTest::newRow("mixed scripts") << QStringLiteral("p\u0430ypal.example") << "Cyrillic";
    QTest::newRow("invalid punycode") << "xn--zz-.example" << "punycode";
    QTest::newRow(".onion") << "abc.onion" << "onion";
    QTest::newRow("64-octet label") << QString(64, u'a') + QStringLiteral(".com") << "63";
    QTest::newRow("URL without host") << "https://" << "host";
}

void TestMainWindow::invalidInputSendsNothing()
{
    QFETCH(QString, input);
    QFETCH(QString, mentions);
    QSignalSpy finished(m_window.get(), &Ui::MainWindow::checkFinished);
    m_window->domainEdit()->setText(input);
    QVERIFY2(m_window->inputMessage()->text().contains(mentions, Qt::CaseInsensitive), qPrintable(m_window->inputMessage()->text()));
    m_window->domainEdit()->setFocus();
    QTest::keyClick(m_window->domainEdit(), Qt::Key_Return);
    QTest::qWait(50);
    QCOMPARE(finished.size(), 0);
    QVERIFY(!m_window->isChecking());
    QCOMPARE(m_window->pendingLookups(), 0);
    QCOMPARE(m_window->climbModel()->rowCount(), 0);
    QVERIFY2(m_window->inputMessage()->textFormat() == Qt::PlainText, "input is never rendered as rich text");
}

void TestMainWindow::idnShowsBothForms()
{
    // QTest::keyClicks cannot type non-ASCII on Qt 6.4; paste it instead.
    m_window->domainEdit()->setText(QStringLiteral("Bücher.r.test"));
    QVERIFY(m_window->inputMessage()->text().contains(QStringLiteral("xn--bcher-kva.r.test")));
    QVERIFY(m_window->inputMessage()->text().contains(QStringLiteral("bücher.r.test")));
    checkAndWait(QStringLiteral("Bücher.r.test"));
    QCOMPARE(m_window->climbModel()->index(0, 0).data().toString(), QStringLiteral("xn--bcher-kva.r.test"));
}

void TestMainWindow::cancelStopsAHangingCheck()
{
    CaaTest::SilentServer silent;
    m_window->setTimeoutMs(60000);
    m_window->setCustomServers({silent.address()});

    QSignalSpy finished(m_window.get(), &Ui::MainWindow::checkFinished);
    m_window->domainEdit()->setText(QStringLiteral("www.r.test"));
    m_window->check();
    QVERIFY(m_window->isChecking());
    auto *cancel = m_window->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(cancel->isEnabled());
    // The window stays responsive while the server is silent.
    QElapsedTimer responsive;
    responsive.start();
    QTest::qWait(200);
    QVERIFY(responsive.elapsed() < 1000);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 1000);
    QVERIFY(!m_window->isChecking());
    QVERIFY(!cancel->isEnabled());
    QCOMPARE(m_window->climbModel()->index(0, ClimbTreeModel::OutcomeColumn).data().toString(), QStringLiteral("cancelled"));
}

void TestMainWindow::generatorFromLiveRecordsUndoAndPreview()
{
    checkAndWait(QStringLiteral("prec.r.test"));
    Ui::GeneratorPage *gen = m_window->generatorPage();
    gen->startFromLiveRecords();
    QCOMPARE(gen->draft().owner, QByteArray("prec.r.test"));
    // Import → export keeps the records: the preview shows exactly the live RRset.
    QVERIFY2(gen->previewText().contains(QStringLiteral("prec.r.test.\t")), qPrintable(gen->previewText()));
    QVERIFY(gen->previewText().contains(QStringLiteral("CAA\t0 issue \"ca.example\"")));
    QVERIFY(gen->previewText().contains(QStringLiteral("CAA\t0 issuewild \"other.example\"")));

    const int before = int(gen->draft().grants.size());
    gen->addCa(QStringLiteral("Let's Encrypt"));
    QCOMPARE(gen->draft().grants.size(), before + 1);
    QVERIFY(gen->previewText().contains(QStringLiteral("issue \"letsencrypt.org\"")));
    gen->undoStack()->undo();
    QCOMPARE(gen->draft().grants.size(), before);
    QVERIFY(!gen->previewText().contains(QStringLiteral("letsencrypt.org")));
    gen->undoStack()->redo();
    QVERIFY(gen->previewText().contains(QStringLiteral("letsencrypt.org")));

    auto *format = gen->findChild<QComboBox *>(QStringLiteral("formatCombo"));
    format->setCurrentIndex(format->findText(QStringLiteral("rfc3597")));
    QVERIFY(gen->previewText().contains(QStringLiteral("TYPE257")));

    gen->simulateDraft();
    auto *whatIf = gen->findChild<QPlainTextEdit *>(QStringLiteral("whatIf"));
    QVERIFY2(whatIf->toPlainText().contains(QStringLiteral("Let's Encrypt, tls: deny → permit")), qPrintable(whatIf->toPlainText()));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("draft.json"));
    QString error;
    QVERIFY2(gen->saveDraft(path, &error), qPrintable(error));
    const PolicyDraft saved = gen->draft();
    gen->undoStack()->undo();
    QVERIFY(gen->loadDraft(path, &error));
    QCOMPARE(buildPolicy(gen->draft()).records.size(), buildPolicy(saved).records.size());
}

void TestMainWindow::keyboardShortcuts()
{
    QWidget *tree = m_window->findChild<QTreeView *>(QStringLiteral("climbTree"));
    tree->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(m_window->domainEdit()->hasFocus());
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::AltModifier);
    QCOMPARE(m_window->tabs()->currentIndex(), 2);
    QSignalSpy finished(m_window.get(), &Ui::MainWindow::checkFinished);
    m_window->domainEdit()->setText(QStringLiteral("r.test"));
    QTest::keyClick(m_window->domainEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    // Every control the user types into has an accessible name.
    for (QWidget *w : m_window->findChildren<QWidget *>())
        if (qobject_cast<QLineEdit *>(w) && w->isVisible() && !w->parent()->inherits("QComboBox") && !w->parent()->inherits("QAbstractSpinBox"))
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
}

void TestMainWindow::offlineSample()
{
    QAction *sample = nullptr;
    for (QAction *a : m_window->menuBar()->findChildren<QAction *>())
        if (a->text() == QStringLiteral("example.net"))
            sample = a;
    QVERIFY(sample);
    QSignalSpy finished(m_window.get(), &Ui::MainWindow::checkFinished);
    sample->trigger(); // opens the sample zone and checks legacy.example.net, no network
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_window->climbModel()->index(0, 0).data().toString(), QStringLiteral("legacy.example.net"));
    QStringList codes;
    for (const Finding &f : m_window->findingsModel()->findings())
        codes << f.code;
    QVERIFY(codes.contains(QStringLiteral("ca-name-as-issuer")));
    QVERIFY(codes.contains(QStringLiteral("issuer-trailing-dot")));
    QVERIFY(codes.contains(QStringLiteral("outside-zone-file")));
}

void TestMainWindow::historyIsRemembered()
{
    checkAndWait(QStringLiteral("caa.test"));
    m_window->close();
    m_window.reset();
    Ui::MainWindow again;
    QVERIFY(again.domainEdit()->completer()->model()->rowCount() >= 1);
    QCOMPARE(again.domainEdit()->completer()->model()->index(0, 0).data().toString(), QStringLiteral("caa.test"));
    // The custom resolver comes back too, so the next check goes to the same server.
    auto *resolver = again.findChild<QComboBox *>(QStringLiteral("resolverCombo"));
    QVERIFY2(resolver->currentText().contains(m_server.toString()), qPrintable(resolver->currentText()));
}

void TestMainWindow::reportForATicket()
{
    checkAndWait(QStringLiteral("x.lame.caa.test"));
    QAction *copy = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>())
        if (a->shortcut() == QKeySequence(QKeySequence::Copy))
            copy = a;
    QVERIFY(copy);
    copy->trigger();
    const QString text = QApplication::clipboard()->text();
    QVERIFY(text.contains(QStringLiteral("LOOKUP-FAILURE")));
    QVERIFY(text.contains(QStringLiteral("SERVFAIL")));
    const CheckReport report = m_window->currentReport();
    QCOMPARE(report.decisions.size(), m_window->matrixModel()->rowCount() * 4);
    QVERIFY(reportsToHtml({report}).contains(QStringLiteral("<table>")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
