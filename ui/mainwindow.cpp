#include "mainwindow.h"

#include "engine/failureorigin.h"

#include "settings.h"

#include "ca/directorystore.h"
#include "caa/brrules.h"
#include "caa/registry.h"
#include "bulkpage.h"
#include "climbtreemodel.h"
#include "diagnosticspage.h"
#include "explaindialog.h"
#include "ctsettingsdialog.h"
#include "engine/checkjob.h"
#include "generatorpage.h"
#include "io/savefile.h"
#include "report/verdictline.h"
#include "resultmodels.h"
#include "startpage.h"
#include "theme.h"
#include "verdictbanner.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QCompleter>
#include <QCoreApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QStringListModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QAbstractItemView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Caa::Ui {

namespace {

// A tab whose page is built the first time it is shown (mountPage), to keep start-up short.
QWidget *addPlaceholderTab(QTabWidget *tabs, const QIcon &tabIcon, const QString &title)
{
    auto *placeholder = new QWidget(tabs);
    (new QVBoxLayout(placeholder))->setContentsMargins(0, 0, 0, 0);
    tabs->addTab(placeholder, tabIcon, title);
    return placeholder;
}

void mountPage(QWidget *placeholder, QWidget *page)
{
    placeholder->layout()->addWidget(page);
    page->show(); // now, not one event-loop turn later: no empty frame
    placeholder->setFocusProxy(page);
}

QString serversText(const QList<Dns::ServerAddress> &servers)
{
    QStringList parts;
    for (const Dns::ServerAddress &s : servers)
        parts << s.toString();
    return parts.join(QStringLiteral(", "));
}

QList<Dns::ServerAddress> parseServers(const QString &text, QString *error)
{
    const Dns::ServerListParse list = Dns::parseServerList(text);
    if (!list.ok()) {
        if (error)
            *error = list.error;
        return {};
    }
    if (list.servers.isEmpty() && error)
        *error = QCoreApplication::translate("Caa::Ui::MainWindow", "Give at least one server, e.g. 192.0.2.1 or [2001:db8::1]:53.");
    return list.servers;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_session(new CheckSession(this))
{
    setWindowTitle(tr("CAA Inspector"));
    m_climbModel = new ClimbTreeModel(this);
    m_recordsModel = new RecordsModel(this);
    m_findingsModel = new FindingsModel(this);
    m_matrixModel = new MatrixModel(this);
    buildUi();
    buildMenuTitles();
    restoreSettings();
    validateInput();
}

MainWindow::~MainWindow()
{
    // The session's jobs report into the pages and models; they go before the widgets do.
    delete m_session;
    m_session = nullptr;
}

QSortFilterProxyModel *MainWindow::matrixProxy() const
{
    // Made when first needed (the "Who may issue" view, a report), not before the first
    // frame: connecting a proxy to its model costs about 0.1 ms (issue #18).
    if (!m_matrixProxy) {
        m_matrixProxy = new QSortFilterProxyModel(const_cast<MainWindow *>(this));
        m_matrixProxy->setSourceModel(m_matrixModel);
        m_matrixProxy->setFilterKeyColumn(MatrixModel::CaColumn);
        m_matrixProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    }
    return m_matrixProxy;
}

const CaDirectory &MainWindow::directory() const
{
    // Read when first needed (a check, a view, a dialog), not before the first frame: the
    // start page shows none of it (issue #18).
    if (!m_directoryRead) {
        m_directoryRead = true;
        m_session->setDirectory(activeCaDirectory());
    }
    return m_session->directory();
}

void MainWindow::buildUi()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    auto *entryRow = new QHBoxLayout;
    auto *domainLabel = new QLabel(tr("&Domain:"), central);
    m_domain = new QLineEdit(central);
    m_domain->setObjectName(QStringLiteral("domainEdit"));
    m_domain->setPlaceholderText(tr("example.com, *.example.com, https://www.example.com/…, user@example.com"));
    m_domain->setAccessibleName(tr("Domain to check"));
    m_domain->setAccessibleDescription(tr("A domain name, a URL, *.name for a wildcard, or an e-mail address for S/MIME"));
    addClearButton(m_domain);
    domainLabel->setBuddy(m_domain);
    m_history = new QStringListModel(this); // the field's completer comes after the first frame
    m_resolverCombo = new QComboBox(central);
    m_resolverCombo->setObjectName(QStringLiteral("resolverCombo"));
    m_resolverCombo->setAccessibleName(tr("DNS resolver"));
    m_resolverCombo->setToolTip(tr("Which resolver answers the CAA queries. CAs query from their own networks; a public resolver shows what the world sees."));
    m_resolverCombo->addItem(tr("System resolver"), QStringLiteral("system"));
    // Well-known public resolvers (anycast); the first address is asked first.
    for (const Dns::PublicResolver &r : Dns::publicResolvers())
        m_resolverCombo->addItem(QStringLiteral("%1 (%2)").arg(r.name, r.addresses.first()), QStringLiteral("servers:") + r.addresses.join(u','));
    m_resolverCombo->addItem(tr("Custom servers…"), QStringLiteral("custom"));
    auto *resolverLabel = new QLabel(tr("&Resolver:"), central);
    resolverLabel->setBuddy(m_resolverCombo);
    m_checkButton = new QPushButton(icon("records"), tr("Check"), central);
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    m_checkButton->setDefault(true);
    m_checkButton->setToolTip(tr("Check the name (Enter or Ctrl+Enter)"));
    m_cancelButton = new QPushButton(tr("Cancel"), central);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Stop the check (Esc)"));
    m_cancelButton->setEnabled(false);
    entryRow->addWidget(domainLabel);
    entryRow->addWidget(m_domain, 1);
    entryRow->addWidget(resolverLabel);
    entryRow->addWidget(m_resolverCombo);
    entryRow->addWidget(m_checkButton);
    entryRow->addWidget(m_cancelButton);
    layout->addLayout(entryRow);
    m_inputMessage = new QLabel(central);
    m_inputMessage->setObjectName(QStringLiteral("inputMessage"));
    m_inputMessage->setTextFormat(Qt::PlainText); // never render DNS data or input as rich text
    m_inputMessage->setWordWrap(true);
    layout->addWidget(m_inputMessage);
    m_banner = new VerdictBanner(central);
    m_banner->hide();
    layout->addWidget(m_banner);

    // The start page and the views are two widgets of the layout, not pages of a stacked
    // widget: a page added to a stack is shown at once, and its layout then measures every
    // text at a size the window does not have yet, once more before the first frame.
    m_startPage = new StartPage(central);
    layout->addWidget(m_startPage, 1);
    m_centralLayout = layout;
    m_generatorUndo = new QUndoStack(this);
    setCentralWidget(central);

    m_status = new QLabel(tr("Ready."), this);
    m_status->setObjectName(QStringLiteral("statusLine"));
    m_status->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_status, 1);

    connect(m_domain, &QLineEdit::textChanged, this, &MainWindow::validateInput);
    connect(m_domain, &QLineEdit::returnPressed, this, &MainWindow::check);
    connect(m_banner, &VerdictBanner::activated, this, &MainWindow::showVerdictDetails);
    connect(m_banner, &VerdictBanner::myCasRequested, this, &MainWindow::chooseMyCas);
    connect(m_startPage, &StartPage::nameChosen, this, [this](const QString &name) {
        m_domain->setText(name);
        check();
    });
    connect(m_startPage, &StartPage::openSampleRequested, this, [this] { openSample(QStringLiteral(":/samples/example.net.zone")); });
    connect(m_startPage, &StartPage::explainRequested, this, &MainWindow::explainError);
    connect(m_checkButton, &QPushButton::clicked, this, &MainWindow::check);
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancel);
    connect(m_resolverCombo, &QComboBox::activated, this, &MainWindow::resolverChosen);
    setTabOrder(m_domain, m_resolverCombo);
    setTabOrder(m_resolverCombo, m_checkButton);
    setTabOrder(m_checkButton, m_cancelButton);
    setTabOrder(m_cancelButton, m_banner);
    setTabOrder(m_banner, m_banner->myCasButton());
}

QProgressBar *MainWindow::progressBar()
{
    // Made with the first check: hidden until then, and a tenth of a millisecond of
    // start-up (issue #18).
    if (!m_progress) {
        m_progress = new QProgressBar(this);
        m_progress->setMaximumWidth(180);
        m_progress->setTextVisible(true);
        m_progress->setFormat(tr("%v of %m names"));
        m_progress->hide();
        statusBar()->addPermanentWidget(m_progress);
    }
    return m_progress;
}

QTabWidget *MainWindow::tabs() const
{
    const_cast<MainWindow *>(this)->ensureTabs();
    return m_tabs;
}

void MainWindow::ensureTabs()
{
    // Made just after the first frame, or before when something needs the views: the
    // first frame shows the start page, and six tabs with their icons are a tenth of a
    // millisecond of start-up (issue #18).
    if (m_tabs)
        return;
    m_tabs = new QTabWidget(centralWidget());
    m_tabs->setAccessibleName(tr("Views of the check"));
    m_tabs->setAccessibleDescription(tr("The climbed tree, the records, who may issue, the generator, many names and the diagnostics (Alt+1 to Alt+6)"));
    m_tabs->tabBar()->setAccessibleDescription(m_tabs->accessibleDescription());
    m_tabs->setObjectName(QStringLiteral("viewTabs"));

    // 1.–3. The views of a check: placeholders now, built just after the first frame is on
    // screen or when first needed (ensureViews), which keeps them out of the start-up time.
    m_treeTab = addPlaceholderTab(m_tabs, icon("records"), tr("Climbed &tree"));
    m_recordsTab = addPlaceholderTab(m_tabs, icon("info"), tr("Effective &records"));
    m_matrixTab = addPlaceholderTab(m_tabs, icon("permit"), tr("Who may &issue"));

    // 4. Generator and 5. Many names: placeholders now, the pages when first shown.
    m_generatorTab = addPlaceholderTab(m_tabs, icon("alias"), tr("&Generator"));
    m_bulkTab = addPlaceholderTab(m_tabs, icon("records"), tr("&Many names"));
    // 6. Diagnostics for helpdesk tickets, also built when first shown.
    m_diagnosticsTab = addPlaceholderTab(m_tabs, icon("secure"), tr("Dia&gnostics"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_generatorTab)
            generatorPage();
        else if (m_tabs->currentWidget() == m_bulkTab)
            bulkPage();
        else if (m_tabs->currentWidget() == m_diagnosticsTab)
            diagnosticsPage();
    });

    const QStringList tabTips{tr("Every name asked, up to the TLD, and which set decides (Alt+1)"),
                              tr("The deciding records parsed, and what is wrong with them (Alt+2)"),
                              tr("Every CA against every certificate kind, and why (Alt+3)"),
                              tr("Build CAA records by point and click (Alt+4)"),
                              tr("Check a list of names in one run (Alt+5)"),
                              tr("Ask every nameserver and other resolvers, for helpdesk tickets (Alt+6)")};
    for (int i = 0; i < m_tabs->count() && i < tabTips.size(); ++i)
        m_tabs->setTabToolTip(i, tabTips[i]);
    m_tabs->hide();
    m_centralLayout->addWidget(m_tabs, 1);
    // Showing a view (Alt+1…6, or from code) leaves the start page.
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::showViews);
    setTabOrder(m_banner->myCasButton(), m_tabs);
}

void MainWindow::ensureViews()
{
    if (m_tree)
        return;
    ensureTabs();
    // 1. Climbed tree.
    m_treeSplit = new QSplitter(Qt::Vertical, m_treeTab);
    m_tree = new QTreeView(m_treeSplit);
    m_tree->setAccessibleDescription(tr("Every name asked, from the checked one up to the TLD, with its answer; the set that decides is marked"));
    m_tree->setObjectName(QStringLiteral("climbTree"));
    m_tree->setAccessibleName(tr("Climbed DNS tree"));
    m_tree->setModel(m_climbModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(ClimbTreeModel::NameColumn, 260);
    m_tree->setColumnWidth(ClimbTreeModel::OutcomeColumn, 190);
    m_tree->setColumnWidth(ClimbTreeModel::TtlColumn, 60);
    m_tree->setColumnWidth(ClimbTreeModel::DnssecColumn, 120);
    m_raw = new QPlainTextEdit(m_treeSplit);
    m_raw->setAccessibleDescription(tr("The selected name's answer as a resolver prints it, with a hex dump of the reply"));
    m_raw->setObjectName(QStringLiteral("rawAnswer"));
    m_raw->setReadOnly(true);
    m_raw->setAccessibleName(tr("Raw answer of the selected name"));
    m_raw->setPlaceholderText(tr("Select a name to see its raw answer."));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_raw->setFont(mono);
    m_treeSplit->setStretchFactor(0, 3);
    m_treeSplit->setStretchFactor(1, 2);
    mountPage(m_treeTab, m_treeSplit);

    // 2. Effective records and findings.
    m_recordsSplit = new QSplitter(Qt::Vertical, m_recordsTab);
    auto *recordsBox = new QWidget(m_recordsSplit);
    auto *rl = new QVBoxLayout(recordsBox);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(new QLabel(tr("The relevant CAA record set (the one that decides):"), recordsBox));
    m_recordsView = new QTableView(recordsBox);
    m_recordsView->setAccessibleDescription(tr("The records of the relevant set, parsed: flags, tag, value, parameters and TTL"));
    m_recordsView->setObjectName(QStringLiteral("recordsView"));
    m_recordsView->setAccessibleName(tr("Effective CAA records"));
    m_recordsView->setModel(m_recordsModel);
    m_recordsView->verticalHeader()->hide();
    m_recordsView->horizontalHeader()->setStretchLastSection(true);
    m_recordsView->setColumnWidth(RecordsModel::FlagsColumn, 130);
    m_recordsView->setColumnWidth(RecordsModel::ValueColumn, 260);
    m_recordsView->setColumnWidth(RecordsModel::ParametersColumn, 360);
    m_recordsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    rl->addWidget(m_recordsView);
    auto *findingsBox = new QWidget(m_recordsSplit);
    auto *fl = new QVBoxLayout(findingsBox);
    fl->setContentsMargins(0, 0, 0, 0);
    fl->addWidget(new QLabel(tr("Findings:"), findingsBox));
    m_findingsView = new QTableView(findingsBox);
    m_findingsView->setAccessibleDescription(tr("Mistakes and risks in the records, each with its fix and the rule behind it"));
    m_findingsView->setObjectName(QStringLiteral("findingsView"));
    m_findingsView->setAccessibleName(tr("Findings"));
    m_findingsView->setModel(m_findingsModel);
    m_findingsView->verticalHeader()->hide();
    m_findingsView->setWordWrap(true);
    m_findingsView->horizontalHeader()->setStretchLastSection(true);
    m_findingsView->setColumnWidth(FindingsModel::SeverityColumn, 100);
    m_findingsView->setColumnWidth(FindingsModel::MessageColumn, 520);
    m_findingsView->setColumnWidth(FindingsModel::FixColumn, 340);
    fl->addWidget(m_findingsView);
    mountPage(m_recordsTab, m_recordsSplit);

    // 3. Who may issue.
    auto *matrixPage = new QWidget(m_matrixTab);
    auto *ml = new QVBoxLayout(matrixPage);
    auto *inputs = new QHBoxLayout;
    m_matrixSearch = new QLineEdit(matrixPage);
    m_matrixSearch->setObjectName(QStringLiteral("matrixSearch"));
    m_matrixSearch->setPlaceholderText(tr("Search CAs…"));
    m_matrixSearch->setAccessibleName(tr("Search CAs"));
    addClearButton(m_matrixSearch);
    m_account = new QLineEdit(matrixPage);
    m_account->setObjectName(QStringLiteral("accountEdit"));
    m_account->setPlaceholderText(tr("ACME account URI (optional)"));
    m_account->setAccessibleName(tr("ACME account URI"));
    m_account->setToolTip(tr("RFC 8657 accounturi: the account the CA would issue for, e.g. https://acme-v02.api.letsencrypt.org/acme/acct/123456"));
    m_method = new QComboBox(matrixPage);
    m_method->setObjectName(QStringLiteral("methodCombo"));
    m_method->setEditable(true);
    m_method->setAccessibleName(tr("Validation method"));
    m_method->addItem(QString());
    for (const QByteArray &method : acmeValidationMethods())
        m_method->addItem(QString::fromLatin1(method));
    // BR 2.2.8 §4.2.2.1.2: CAs validating without ACME name their method ca-tbr-N.
    for (const auto &[label, method] : allowedCaTbrLabels()) {
        m_method->addItem(QString::fromLatin1(label));
        m_method->setItemData(m_method->count() - 1, describeMethodLabel(label), Qt::ToolTipRole);
    }
    m_method->setToolTip(tr("RFC 8657 validationmethods: the method the CA would use (empty: any). "
                            "ca-tbr-N is BR §3.2.2.4.N, for CAs that validate without ACME."));
    m_asOf = new QDateEdit(QDateTime::currentDateTimeUtc().date(), matrixPage);
    m_asOf->setObjectName(QStringLiteral("asOfEdit"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setAccessibleName(tr("Decide as of"));
    m_asOf->setToolTip(tr("The day to decide for. Before 2027-03-15 a CA not known to process accounturi and validationmethods "
                          "may ignore them (BR 2.2.8 §4.2.2.1.2); pick a later day to see what they will enforce."));
    inputs->addWidget(m_matrixSearch, 1);
    inputs->addWidget(new QLabel(tr("Account:"), matrixPage));
    inputs->addWidget(m_account, 2);
    inputs->addWidget(new QLabel(tr("Method:"), matrixPage));
    inputs->addWidget(m_method);
    auto *asOfLabel = new QLabel(tr("As &of:"), matrixPage);
    asOfLabel->setBuddy(m_asOf);
    inputs->addWidget(asOfLabel);
    inputs->addWidget(m_asOf);
    ml->addLayout(inputs);
    auto *legend = new WrappedLabel(tr("Click a cell to see why. \"(conditions)\": only with the account or methods shown below. "
                                 "\"(may ignore parameters)\": the CA need not honour accounturi or validationmethods before 2027-03-15."),
                              matrixPage);
    QPalette legendPalette = legend->palette();
    legendPalette.setColor(QPalette::WindowText, legendPalette.color(QPalette::PlaceholderText));
    legend->setPalette(legendPalette);
    ml->addWidget(legend);
    // Certificate Transparency (issue #19): only when asked, since the service learns the name.
    auto *ctRow = new QHBoxLayout;
    m_ctLookUp = new QPushButton(tr("Look up in &CT…"), matrixPage);
    m_ctLookUp->setObjectName(QStringLiteral("ctLookUp"));
    m_ctLookUp->setToolTip(tr("Ask a Certificate Transparency search (crt.sh by default) which CAs issued for this name, and whether "
                              "these CAA records would refuse their renewals. The service learns the name."));
    m_ctImport = new QPushButton(tr("Import CT results…"), matrixPage);
    m_ctImport->setObjectName(QStringLiteral("ctImport"));
    m_ctImport->setToolTip(tr("Read a saved crt.sh (output=json) or SSLMate response, e.g. one attached to a ticket"));
    m_ctDraft = new QPushButton(tr("Start a draft from these CAs"), matrixPage);
    m_ctDraft->setObjectName(QStringLiteral("ctDraft"));
    m_ctDraft->setToolTip(tr("Generator: issue (and issuewild for wildcard certificates) for exactly the CAs that issue for this name"));
    auto *ctSettings = new QPushButton(tr("CT settings…"), matrixPage);
    ctSettings->setObjectName(QStringLiteral("ctSettings"));
    ctSettings->setToolTip(tr("Which service is asked (crt.sh or SSLMate), its URL, and the SSLMate API key (kept in the system keychain)"));
    connect(ctSettings, &QPushButton::clicked, this, [this] {
        auto *dialog = new CtSettingsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_ctSubdomains = new QCheckBox(tr("and the names &below it"), matrixPage);
    m_ctSubdomains->setObjectName(QStringLiteral("ctSubdomains"));
    m_ctSubdomains->setToolTip(tr("Also list the CAs that issued for names below the checked one (their own CAA records are not checked here)"));
    connect(m_ctSubdomains, &QCheckBox::toggled, this, [this] { refreshCt(); });
    m_ctStatus = new QLabel(matrixPage);
    m_ctStatus->setObjectName(QStringLiteral("ctStatus"));
    m_ctStatus->setWordWrap(true);
    m_ctStatus->setTextFormat(Qt::PlainText);
    for (QPushButton *b : {m_ctLookUp, m_ctImport, m_ctDraft})
        b->setEnabled(false);
    ctRow->addWidget(m_ctLookUp);
    ctRow->addWidget(m_ctImport);
    ctRow->addWidget(m_ctSubdomains);
    ctRow->addWidget(m_ctDraft);
    ctRow->addWidget(ctSettings);
    ctRow->addWidget(m_ctStatus, 1);
    ml->addLayout(ctRow);
    connect(m_ctLookUp, &QPushButton::clicked, this, &MainWindow::lookUpCt);
    connect(m_ctImport, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import CT results"), QString(), tr("CT search results (*.json);;All files (*)"));
        if (!path.isEmpty())
            importCtResults(path);
    });
    connect(m_ctDraft, &QPushButton::clicked, this, &MainWindow::startDraftFromCt);
    auto *matrixSplit = new QSplitter(Qt::Vertical, matrixPage);
    m_matrixView = new QTableView(matrixSplit);
    m_matrixView->setAccessibleDescription(tr("Every CA of the directory against each certificate kind: permit, deny or lookup failure; select a cell to see why"));
    m_matrixView->setObjectName(QStringLiteral("matrixView"));
    m_matrixView->setAccessibleName(tr("Which CA may issue which certificate"));
    m_matrixView->setModel(matrixProxy());
    m_matrixView->verticalHeader()->hide();
    m_matrixView->setSortingEnabled(true);
    m_matrixView->sortByColumn(-1, Qt::AscendingOrder);
    m_matrixView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matrixView->horizontalHeader()->setSectionResizeMode(MatrixModel::CaColumn, QHeaderView::Interactive);
    m_matrixView->setColumnWidth(MatrixModel::CaColumn, 260);
    m_explanation = new QPlainTextEdit(matrixSplit);
    m_explanation->setAccessibleDescription(tr("Why the selected cell's verdict holds: the sentence, the rule and the deciding records"));
    m_explanation->setObjectName(QStringLiteral("verdictExplanation"));
    m_explanation->setReadOnly(true);
    m_explanation->setAccessibleName(tr("Why"));
    m_explanation->setPlaceholderText(tr("Click a cell to see why, and which records decided."));
    matrixSplit->setStretchFactor(0, 4);
    matrixSplit->setStretchFactor(1, 1);
    ml->addWidget(matrixSplit);
    mountPage(m_matrixTab, matrixPage);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        m_raw->setPlainText(m_climbModel->rawAnswer(current.data(ClimbTreeModel::LevelRole).toInt()));
    });
    connect(m_matrixSearch, &QLineEdit::textChanged, matrixProxy(), &QSortFilterProxyModel::setFilterFixedString);
    connect(m_account, &QLineEdit::editingFinished, this, &MainWindow::recomputeMatrix);
    connect(m_method, &QComboBox::currentTextChanged, this, &MainWindow::recomputeMatrix);
    // Findings name what changes on a date too, so both follow the day picked.
    connect(m_asOf, &QDateEdit::dateChanged, this, [this] {
        if (!m_result.steps.isEmpty()) {
            m_findingsModel->setFindings(analyse(m_result, &directory(), m_asOf->date()));
            refreshCt();
            m_findingsView->resizeRowsToContents();
        }
        if (m_generator)
            m_generator->setAsOf(m_asOf->date());
        recomputeMatrix();
    });
    connect(m_matrixView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::showCellExplanation);
    restoreViewSettings();
}

void MainWindow::buildMenuTitles()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_checkMenu = menuBar()->addMenu(tr("&Check"));
    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    // Nobody opens a menu before the first frame, but a test or a fast click may open one
    // before the actions were added: then they are added first.
    for (QMenu *menu : {m_fileMenu, m_editMenu, m_checkMenu, m_helpMenu})
        connect(menu, &QMenu::aboutToShow, this, &MainWindow::ensureActions);
}

void MainWindow::ensureActions()
{
    // The menus' thirty-odd actions, their icons and shortcuts are about 0.4 ms, and the
    // first frame shows only the menu titles (issue #18).
    if (m_actionsBuilt)
        return;
    m_actionsBuilt = true;
    ensureTabs(); // "Check" lists the views by their tabs' names
    QMenu *file = m_fileMenu;
    QAction *open = file->addAction(tr("&Open zone file…"), this, &MainWindow::openZoneFile);
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Check names against a zone file instead of the network"));
    QMenu *samples = file->addMenu(tr("Open &sample"));
    const QStringList sampleFiles = QDir(QStringLiteral(":/samples")).entryList({QStringLiteral("*.zone")});
    for (const QString &sample : sampleFiles)
        samples->addAction(sample.chopped(5), this, [this, sample] { openSample(QStringLiteral(":/samples/") + sample); });
    QAction *importCt = file->addAction(tr("Import &CT results…"), this, [this] {
        ensureViews();
        m_ctImport->click();
    });
    importCt->setObjectName(QStringLiteral("importCt"));
    importCt->setToolTip(tr("Read a saved Certificate Transparency search (crt.sh or SSLMate JSON) for the checked name"));
    file->addSeparator();
    QAction *exportAction = file->addAction(tr("&Export report…"), this, &MainWindow::exportReport);
    exportAction->setObjectName(QStringLiteral("exportReport"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = m_editMenu;
    QAction *undo = m_generatorUndo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_generatorUndo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    // Ctrl+C follows the focus: what is selected there is copied as selected; only with
    // nothing selected does it copy the report. "Copy report" always copies the report.
    QAction *copy = edit->addAction(tr("&Copy"), this, &MainWindow::copyFromFocus);
    copy->setShortcut(QKeySequence::Copy); // editable fields keep their own Ctrl+C
    copy->setToolTip(tr("Copy what is selected; with nothing selected, the report"));
    QAction *copyAll = edit->addAction(tr("Copy &report"), this, &MainWindow::copyReport);
    copyAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyAll->setToolTip(tr("Copy the whole result as text, for a ticket"));

    QMenu *checkMenu = m_checkMenu;
    QAction *focus = checkMenu->addAction(tr("&Focus the domain field"), this, [this] {
        m_domain->setFocus();
        m_domain->selectAll();
    });
    focus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    // One action per key, dispatched by the page (a second QShortcut on the same key would
    // make Qt report an ambiguous shortcut and run neither).
    QAction *run = checkMenu->addAction(icon("records"), tr("&Check or run"), this, &MainWindow::runVisibleWork);
    run->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    run->setToolTip(tr("Check the domain; on Many names start the run, on Diagnostics run them"));
    QAction *stop = checkMenu->addAction(tr("C&ancel"), this, &MainWindow::cancelVisibleWork);
    stop->setShortcut(QKeySequence(Qt::Key_Escape));
    // A ticket starts with the CA's error: paste it straight from the clipboard.
    QAction *explainAction = checkMenu->addAction(tr("&Explain an error…"), this, [this] { explainError(QApplication::clipboard()->text()); });
    explainAction->setObjectName(QStringLiteral("explainError"));
    explainAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    explainAction->setToolTip(tr("Paste a CA's error message (from the clipboard): the names it mentions are checked and the answer is one paragraph"));
    checkMenu->addSeparator();
    for (int i = 0; i < m_tabs->count(); ++i) {
        QAction *view = checkMenu->addAction(m_tabs->tabText(i).remove(u'&'), this, [this, i] {
            showViews();
            m_tabs->setCurrentIndex(i);
            m_tabs->currentWidget()->setFocus(); // the keyboard goes on in the page shown
        });
        view->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *help = m_helpMenu;
    QAction *keysHelp = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keysHelp->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About CAA Inspector"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(Settings::windowGeometry().get(settings));
    if (!Settings::windowGeometry().isSet(settings))
        resize(1280, 800);
    restoreState(Settings::windowState().get(settings));
    m_history->setStringList(Settings::recentNames().get(settings));
    m_startPage->setRecentNames(m_history->stringList());
    LookupSource source;
    source.label = m_resolverCombo->itemText(0);
    // A failed lookup's origin is found by asking the zone's servers on this port (the
    // Diagnostics tab sets it; 53 unless a test bed is used).
    source.nameserverPort = quint16(qBound(1, Settings::diagnosticsNameserverPort().get(settings), 65535));
    source.originCompareResolvers = Settings::failureOriginCompareResolvers(settings); // empty unless the user chose it
    // Not in the window (yet): an administrator or a helpdesk script may set it. A value
    // out of range is said in the status bar and the default kept.
    if (Settings::resolverTries().isSet(settings)) {
        const Dns::TriesParse tries = Dns::parseTries(Settings::resolverTries().get(settings));
        if (tries.ok())
            source.tries = tries.tries;
        else
            m_status->setText(tr("Setting resolver/tries ignored: %1. Using %2.").arg(tries.error).arg(source.tries));
    }
    m_session->setSource(source);
    QString error;
    const QList<Dns::ServerAddress> custom = parseServers(Settings::customServers().get(settings), &error);
    if (!custom.isEmpty())
        m_customServers = custom;
    const QString kind = Settings::resolverKind().get(settings);
    if (kind == QStringLiteral("custom-set") && !custom.isEmpty()) {
        setCustomServers(custom);
    } else {
        const int index = m_resolverCombo->findData(kind);
        if (index > 0) {
            m_resolverCombo->setCurrentIndex(index);
            resolverChosen(index);
        }
    }
}

void MainWindow::restoreViewSettings()
{
    m_treeSplit->restoreState(Settings::treeSplitter().get());
    m_recordsSplit->restoreState(Settings::recordsSplitter().get());
    if (Settings::treeHeader().isSet())
        m_tree->header()->restoreState(Settings::treeHeader().get());
    for (QTableView *view : {m_recordsView, m_findingsView, m_matrixView}) {
        const auto header = Settings::tableHeader(view->objectName());
        if (header.isSet())
            view->horizontalHeader()->restoreState(header.get());
    }
}

void MainWindow::saveSettings()
{
    // One file write at closing, not one (with its fsync) per value.
    QSettings settings;
    Settings::windowGeometry().set(settings, saveGeometry());
    Settings::windowState().set(settings, saveState());
    if (m_tree) { // views never built keep what was saved before
        Settings::treeSplitter().set(settings, m_treeSplit->saveState());
        Settings::recordsSplitter().set(settings, m_recordsSplit->saveState());
        Settings::treeHeader().set(settings, m_tree->header()->saveState());
        for (QTableView *view : {m_recordsView, m_findingsView, m_matrixView})
            Settings::tableHeader(view->objectName()).set(settings, view->horizontalHeader()->saveState());
    }
    Settings::recentNames().set(settings, m_history->stringList());
    // A zone file is not reopened at start-up; the network resolver in use is.
    const QString kind = m_resolverCombo->currentData().toString();
    Settings::resolverKind().set(settings, kind == QStringLiteral("zones") ? Settings::resolverKind().defaultValue() : kind);
    if (kind == QStringLiteral("custom-set"))
        Settings::customServers().set(settings, serversText(m_customServers));
}

bool MainWindow::event(QEvent *event)
{
    // The first frame shows the start page; the views of a check come right after it, and
    // so do the menus' actions, the field's completer and the window icon: a platform that
    // hands the icon to the window manager (X11) draws it at several sizes from its SVG
    // file, which loads Qt's SVG plugin (issue #18).
    // A key typed before the menus' actions were made (typed ahead while the window
    // opened) is offered to the window as a shortcut override first, before Qt looks for
    // a shortcut: the actions are made then, and the key finds its shortcut.
    if (event->type() == QEvent::ShortcutOverride)
        ensureActions();
    if (event->type() == QEvent::Paint && !m_viewsScheduled) {
        m_viewsScheduled = true;
        QTimer::singleShot(0, this, [this] {
            setWindowIcon(icon("caa-inspector"));
            ensureActions();
            // The names checked before, offered as the user types (nobody types before the
            // first frame; made earlier it is about 0.1 ms of start-up).
            auto *completer = new QCompleter(m_history, this);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            m_domain->setCompleter(completer);
            ensureViews();
        });
    }
    return QMainWindow::event(event);
}

QDate MainWindow::asOfDate() const
{
    return m_asOf ? m_asOf->date() : QDateTime::currentDateTimeUtc().date();
}

QLabel *MainWindow::ctStatus()
{
    ensureViews();
    return m_ctStatus;
}

QPushButton *MainWindow::ctLookUpButton()
{
    ensureViews();
    return m_ctLookUp;
}

QPushButton *MainWindow::ctDraftButton()
{
    ensureViews();
    return m_ctDraft;
}

QCheckBox *MainWindow::ctSubdomainsBox()
{
    ensureViews();
    return m_ctSubdomains;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_session->cancelAll();
    saveSettings();
    event->accept();
}

void MainWindow::validateInput()
{
    const QString text = m_domain->text();
    QPalette pal = m_inputMessage->palette();
    pal.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    if (text.isEmpty()) {
        // Nothing to say: the field's placeholder and the start page say what goes in.
        // (Spaces alone are parsed below, and told that they are no name.)
        m_inputMessage->setPalette(pal);
        m_inputMessage->clear();
        return;
    }
    const DomainParse p = parseDomainInput(text);
    if (!p.ok()) {
        pal.setColor(QPalette::WindowText, denyColor());
        m_inputMessage->setPalette(pal);
        m_inputMessage->setText(p.error.message);
        return;
    }
    m_inputMessage->setPalette(pal);
    QString note = tr("Will check %1").arg(p.name.display());
    if (p.name.isIdn())
        note += tr("  (shown as %1)").arg(p.name.unicode);
    if (p.name.wildcard)
        note += tr(" — a wildcard certificate: the climb starts at %1; the literal * is never queried.").arg(QString::fromLatin1(p.name.ace));
    if (p.name.isEmail())
        note += tr(" — an S/MIME certificate: CAA of %1 (issuemail).").arg(QString::fromLatin1(p.name.ace));
    m_inputMessage->setText(note);
}

void MainWindow::rememberDomain(const QString &text)
{
    QStringList list = m_history->stringList();
    list.removeAll(text.trimmed());
    list.prepend(text.trimmed());
    while (list.size() > 50)
        list.removeLast();
    m_history->setStringList(list);
    if (m_startPage)
        m_startPage->setRecentNames(list);
}

void MainWindow::useSource(LookupSource source)
{
    m_sourceIndex = m_resolverCombo->currentIndex();
    source.label = m_resolverCombo->currentText();
    const QString checked = m_result.name.display();
    const WorkSet ended = m_session->setSource(source);
    if (!ended)
        return;
    // Work that used the old resolver cannot go on with the new one: it was ended, and the
    // user is told what, so nothing is left "Checking…".
    QStringList what;
    if (ended.testFlag(Work::Check))
        what << tr("the check of %1").arg(checked);
    if (ended.testFlag(Work::Bulk))
        what << tr("the run on Many names");
    if (ended.testFlag(Work::Diagnostics))
        what << tr("the diagnostics");
    m_status->setText(tr("Now using %1. Stopped, because they used the previous resolver: %2. Start again to use the new one.")
                          .arg(source.label, what.join(tr(", "))));
}

void MainWindow::setCustomServers(const QList<Dns::ServerAddress> &servers)
{
    m_customServers = servers;
    const QString label = tr("Custom: %1").arg(serversText(servers));
    int index = m_resolverCombo->findData(QStringLiteral("custom-set"));
    if (index < 0) {
        m_resolverCombo->insertItem(m_resolverCombo->count() - 1, label, QStringLiteral("custom-set"));
        index = m_resolverCombo->findData(QStringLiteral("custom-set"));
    }
    m_resolverCombo->setItemText(index, label);
    m_resolverCombo->setCurrentIndex(index);
    LookupSource source = m_session->source();
    source.kind = LookupSource::Kind::Servers;
    source.servers = servers;
    source.zones.clear();
    useSource(source);
}

void MainWindow::setZoneFiles(const QList<ZoneText> &zones, const QString &label)
{
    m_zones = zones;
    int index = m_resolverCombo->findData(QStringLiteral("zones"));
    if (index < 0) {
        m_resolverCombo->addItem(QString(), QStringLiteral("zones"));
        index = m_resolverCombo->count() - 1;
    }
    m_resolverCombo->setItemText(index, tr("Zone file: %1 (offline)").arg(label));
    m_resolverCombo->setCurrentIndex(index);
    LookupSource source = m_session->source();
    source.kind = LookupSource::Kind::ZoneFiles;
    source.zones = zones; // indexed once, at the first check
    source.servers.clear();
    const bool wasBusy = bool(m_session->running());
    useSource(source);
    const QString offline = tr("Checking against %1 — no network. Names outside it count as having no CAA records.").arg(label);
    m_status->setText(wasBusy ? m_status->text() + u' ' + offline : offline);
}

void MainWindow::setTimeoutMs(int ms)
{
    LookupSource source = m_session->source();
    source.timeoutMs = ms;
    useSource(source);
}

void MainWindow::resolverChosen(int index)
{
    const QString kind = m_resolverCombo->itemData(index).toString();
    LookupSource source = m_session->source(); // keeps the timeout and tries
    source.servers.clear();
    source.zones.clear();
    if (kind == QStringLiteral("zones")) {
        source.kind = LookupSource::Kind::ZoneFiles;
        source.zones = m_zones;
    } else if (kind == QStringLiteral("system")) {
        source.kind = LookupSource::Kind::System;
    } else if (kind.startsWith(QStringLiteral("servers:"))) {
        QString error;
        source.kind = LookupSource::Kind::Servers;
        source.servers = parseServers(kind.mid(8), &error);
    } else if (kind == QStringLiteral("custom-set")) {
        source.kind = LookupSource::Kind::Servers;
        source.servers = m_customServers;
    } else if (kind == QStringLiteral("custom")) {
        // Asked until the list is usable or the user gives up: a mistake keeps the text and
        // says what is wrong; giving up goes back to the resolver in use, not to another.
        const QString prompt = tr("Resolvers to ask, separated by commas (HOST[:PORT], IPv6 as [addr]:port):");
        QString text = serversText(m_customServers);
        QString error;
        QList<Dns::ServerAddress> servers;
        while (servers.isEmpty()) {
            bool ok = false;
            text = QInputDialog::getText(this, tr("Custom servers"), error.isEmpty() ? prompt : prompt + QStringLiteral("\n\n") + error,
                                         QLineEdit::Normal, text, &ok);
            if (!ok) {
                m_resolverCombo->setCurrentIndex(m_sourceIndex);
                return;
            }
            servers = parseServers(text, &error);
        }
        setCustomServers(servers);
        Settings::customServers().set(serversText(servers));
        return;
    }
    // Picking the entry already in use changes nothing and stops nothing.
    const LookupSource &current = m_session->source();
    if (source.kind == current.kind && source.servers == current.servers && source.kind != LookupSource::Kind::ZoneFiles)
        return;
    useSource(source);
}

bool MainWindow::isChecking() const
{
    return m_session->isRunning(Work::Check);
}

int MainWindow::pendingLookups() const
{
    return m_session->pendingLookups();
}

void MainWindow::check()
{
    ensureViews();
    const DomainParse parsed = parseDomainInput(m_domain->text());
    if (!parsed.ok()) {
        validateInput();
        m_domain->setFocus();
        m_status->setText(tr("Nothing was sent: %1").arg(parsed.error.message));
        return;
    }
    // The check shown so far ends first (it reports as cancelled), then the views are reset.
    cancel();
    // The name as a person reads it (U-labels), not the URL or padding it came in with.
    QString remembered = parsed.name.isIdn() ? parsed.name.unicode : QString::fromLatin1(parsed.name.ace);
    if (parsed.name.wildcard)
        remembered.prepend(QStringLiteral("*."));
    if (parsed.name.isEmail())
        remembered = parsed.name.localPart + u'@' + remembered;
    rememberDomain(remembered);
    m_result = makeCheck(parsed.name);
    if (parsed.name.ace != m_ctName) {
        // CT data is about one name: another name starts without it.
        if (m_ctFetch)
            m_ctFetch->cancel();
        m_ctData.reset();
        m_ctReport.reset();
        if (m_generator)
            m_generator->setCtReport(std::nullopt);
        m_matrixModel->setCtIssuers({});
        m_ctStatus->clear();
    }
    for (QPushButton *b : {m_ctLookUp, m_ctImport, m_ctDraft})
        b->setEnabled(false);
    m_climbModel->setCheck(m_result);
    m_recordsModel->setRecords({});
    m_findingsModel->setFindings({});
    m_matrixModel->setMatrix({});
    m_explanation->clear();
    m_raw->clear();
    m_tree->expandAll();
    m_startedMs = QDateTime::currentMSecsSinceEpoch();

    // Offline the session answers from the zone files' index: the check runs the same way.
    QString error;
    m_job = m_session->startCheck(parsed.name, &error);
    if (!m_job) {
        m_status->setText(error);
        QMessageBox::warning(this, tr("No resolver"), error);
        return;
    }
    connect(m_job, &CheckJob::levelFinished, this, &MainWindow::onLevel);
    connect(m_job, &CheckJob::finished, this, &MainWindow::onFinished);
    connect(m_job, &CheckJob::probingOrigin, this, [this] {
        const QString name = m_result.name.display();
        m_status->setText(tr("The lookup for %1 failed through %2; asking the domain's own servers whose failure it is…").arg(name, m_session->source().label));
        m_banner->showProgress(tr("The lookup failed; asking the domain's own servers…"));
    });
    setBusy(true);
    progressBar()->setRange(0, int(m_result.steps.size()));
    progressBar()->setValue(0);
    m_status->setText(tr("Checking %1 through %2…").arg(parsed.name.display(), m_session->source().label));
    showViews();
    m_banner->showProgress(tr("Checking %1…").arg(parsed.name.display()));
    m_banner->show();
    m_job->start();
}

void MainWindow::cancel()
{
    if (m_job)
        m_job->cancel(); // finishes synchronously with the pending levels marked cancelled
}

void MainWindow::runVisibleWork()
{
    // From the domain field it is always the check of what was typed there.
    QWidget *page = m_domain->hasFocus() || !m_tabs ? nullptr : m_tabs->currentWidget();
    if (page && page == m_bulkTab && m_bulk) {
        m_bulk->start();
        return;
    }
    if (page && page == m_diagnosticsTab && m_diagnostics) {
        m_diagnostics->start();
        return;
    }
    check();
}

void MainWindow::cancelVisibleWork()
{
    // Esc on the "Many names" or "Diagnostics" page stops what runs there; elsewhere the single check.
    // A page runs only when it was made, and it is made in a tab.
    if (m_bulk && m_bulk->isRunning() && m_tabs->currentWidget() == m_bulkTab) {
        m_bulk->cancel();
        return;
    }
    if (m_diagnostics && m_diagnostics->isRunning() && m_tabs->currentWidget() == m_diagnosticsTab) {
        m_diagnostics->cancel();
        return;
    }
    cancel();
}

void MainWindow::setBusy(bool busy)
{
    m_cancelButton->setEnabled(busy);
    if (busy || m_progress)
        progressBar()->setVisible(busy);
}

void MainWindow::onLevel(int level)
{
    ensureViews();
    if (!m_job)
        return;
    m_result = m_job->result();
    m_climbModel->updateCheck(m_result, level);
    m_tree->expand(m_climbModel->index(level, 0));
    progressBar()->setValue(int(m_result.answered.count(true)));
}

void MainWindow::onFinished(const CheckResult &result)
{
    if (m_job) {
        m_job->disconnect(this); // the session keeps it until the next check
        m_job = nullptr;
    }
    setBusy(false);
    m_checkedAt = QDateTime::currentDateTimeUtc();
    m_checkedThrough = m_session->source().label;
    showResult(result);
    // "Will check …" no longer fits: say what was checked until the name is edited.
    if (parseDomainInput(m_domain->text()).name.ace == result.name.ace)
        m_inputMessage->setText(tr("Checked %1 at %2 UTC. Edit the name to check another, or press Enter to check it again.")
                                    .arg(result.name.display(), QDateTime::currentDateTimeUtc().toString(QStringLiteral("HH:mm:ss"))));
    const qint64 ms = QDateTime::currentMSecsSinceEpoch() - m_startedMs;
    QString summary;
    switch (result.verdict) {
    case ClimbVerdict::Found: summary = tr("the records at %1 decide").arg(QString::fromLatin1(result.relevantName())); break;
    case ClimbVerdict::NoRecords: summary = tr("no CAA records: every CA may issue"); break;
    case ClimbVerdict::Failure:
        summary = result.origin ? tr("lookup failure at %1: CAs must refuse (%2)")
                                      .arg(QString::fromLatin1(result.steps[result.decidingIndex].name), failureOriginWords(result.origin->origin))
                                : tr("lookup failure at %1: CAs must refuse").arg(QString::fromLatin1(result.steps[result.decidingIndex].name));
        break;
    case ClimbVerdict::Incomplete: summary = tr("incomplete"); break;
    }
    m_status->setText(tr("%1: %2 (%3 ms).").arg(result.name.display(), summary).arg(ms));
    Q_EMIT checkFinished();
}

GeneratorPage *MainWindow::generatorPage()
{
    ensureViews();
    if (!m_generator) {
        m_generator = new GeneratorPage(m_generatorTab, m_generatorUndo);
        m_generator->setObjectName(QStringLiteral("generatorPage"));
        m_generator->setDirectory(directory());
        m_generator->setAsOf(m_asOf->date());
        m_generator->setSession(m_session);
        if (m_result.verdict != ClimbVerdict::Incomplete)
            m_generator->setLiveCheck(m_result);
        m_generator->setAuthoritativeTtl(m_authoritativeTtl, m_authoritativeTtlSource);
        mountPage(m_generatorTab, m_generator);
        m_generator->setCtReport(m_ctReport, m_ctName);
    }
    return m_generator;
}

DiagnosticsPage *MainWindow::diagnosticsPage()
{
    if (!m_diagnostics) {
        ensureTabs();
        m_diagnostics = new DiagnosticsPage(m_diagnosticsTab);
        m_diagnostics->setObjectName(QStringLiteral("diagnosticsPage"));
        m_diagnostics->setSession(m_session);
        m_diagnostics->checkChanged(m_result);
        // The zone's servers tell the TTL the records are published with: the generator
        // takes it when it starts from the live records.
        connect(m_diagnostics, &DiagnosticsPage::finished, this, [this] {
            const std::optional<Diagnostics> diagnostics = m_diagnostics->diagnosticsOfCurrentCheck();
            const std::optional<AuthoritativeTtl> ttl = diagnostics ? authoritativeCaaTtl(*diagnostics, m_result) : std::nullopt;
            if (!ttl)
                return;
            m_authoritativeTtl = ttl->ttl;
            m_authoritativeTtlSource = ttl->server;
            if (m_generator)
                m_generator->setAuthoritativeTtl(m_authoritativeTtl, m_authoritativeTtlSource);
        });
        mountPage(m_diagnosticsTab, m_diagnostics);
    }
    return m_diagnostics;
}

BulkPage *MainWindow::bulkPage()
{
    if (!m_bulk) {
        ensureTabs();
        m_bulk = new BulkPage(m_bulkTab);
        m_bulk->setObjectName(QStringLiteral("bulkPage"));
        m_bulk->setDirectory(directory());
        m_bulk->setSession(m_session);
        connect(m_bulk, &BulkPage::openName, this, [this](const QString &name) {
            m_domain->setText(name);
            m_tabs->setCurrentIndex(0);
            check();
        });
        mountPage(m_bulkTab, m_bulk);
    }
    return m_bulk;
}

void MainWindow::showResult(const CheckResult &result)
{
    ensureViews();
    m_result = result;
    m_climbModel->setCheck(result);
    m_tree->expandAll();
    m_recordsModel->setRecords(result.relevantRecords());
    m_findingsModel->setFindings(analyse(result, &directory(), m_asOf->date()));
    m_findingsView->resizeRowsToContents();
    // Zone files are what the servers publish: their TTLs are the zone's. A resolver's
    // are what is left in its cache, so they wait for the diagnostics.
    m_authoritativeTtl.reset();
    m_authoritativeTtlSource.clear();
    if (m_session->source().isOffline() && result.verdict == ClimbVerdict::Found) {
        m_authoritativeTtl = result.relevantRecords().first().ttl;
        m_authoritativeTtlSource = tr("the zone file");
    }
    if (m_generator) {
        m_generator->setLiveCheck(result);
        m_generator->setAuthoritativeTtl(m_authoritativeTtl, m_authoritativeTtlSource);
    }
    if (m_diagnostics)
        m_diagnostics->checkChanged(result);
    recomputeMatrix();
    const bool decided = result.verdict != ClimbVerdict::Incomplete && !result.name.isEmail();
    m_ctLookUp->setEnabled(decided && !m_session->source().isOffline());
    m_ctImport->setEnabled(decided);
    refreshCt();
    updateVerdict(); // also for a check that did not finish (the matrix stays empty then)
    const int focusLevel = result.decidingIndex >= 0 ? result.decidingIndex : 0;
    if (m_climbModel->rowCount() > 0)
        m_tree->setCurrentIndex(m_climbModel->index(focusLevel, 0));
}

void MainWindow::recomputeMatrix()
{
    ensureViews();
    if (m_result.steps.isEmpty() || m_result.verdict == ClimbVerdict::Incomplete)
        return;
    const SimulationInputs inputs{m_account->text().trimmed().toUtf8(), m_method->currentText().trimmed().toUtf8(), {}, m_asOf->date()};
    m_matrixModel->setMatrix(simulate(m_result, directory(), inputs));
    m_explanation->clear();
    m_recordsModel->setHighlighted({});
    updateVerdict();
}

void MainWindow::updateVerdict()
{
    if (m_result.steps.isEmpty()) {
        m_banner->hide();
        return;
    }
    // The matrix follows the account and method typed in "Who may issue": so does the line.
    const SimulationMatrix matrix = m_result.verdict == ClimbVerdict::Incomplete ? SimulationMatrix{} : m_matrixModel->matrix();
    m_banner->showLine(verdictLine(m_result, matrix, directory(), Settings::myCas().get()));
    m_banner->show();
}

void MainWindow::showViews()
{
    ensureViews();
    if (!m_startPage)
        return;
    // The keyboard goes on in the views when it was on the start page (a name or a sample
    // chosen there), as a stacked widget would have moved it.
    const bool hadFocus = m_startPage->isAncestorOf(QApplication::focusWidget());
    m_startPage->hide();
    m_tabs->show();
    if (hadFocus)
        m_tabs->setFocus();
    m_startPage->deleteLater();
    m_startPage = nullptr;
}

void MainWindow::showVerdictDetails()
{
    if (m_result.steps.isEmpty())
        return;
    showViews();
    m_tabs->setCurrentIndex(2);
    const VerdictLine line = verdictLine(m_result, m_matrixModel->matrix(), directory(), Settings::myCas().get());
    if (line.firstCa.isEmpty()) {
        m_matrixView->setFocus();
        return;
    }
    auto findRow = [this](const QString &ca) {
        for (int r = 0; r < matrixProxy()->rowCount(); ++r)
            if (matrixProxy()->index(r, MatrixModel::CaColumn).data().toString() == ca)
                return r;
        return -1;
    };
    int row = findRow(line.firstCa);
    if (row < 0 && !m_matrixSearch->text().isEmpty()) {
        m_matrixSearch->clear(); // the filter hid it
        row = findRow(line.firstCa);
    }
    if (row < 0)
        return;
    const int column = m_result.name.isEmail()                 ? MatrixModel::EmailColumn
                       : m_result.name.wildcard ? MatrixModel::WildcardColumn
                                                               : MatrixModel::SingleColumn;
    const QModelIndex cell = matrixProxy()->index(row, column);
    m_matrixView->setCurrentIndex(cell);
    m_matrixView->scrollTo(cell);
    m_matrixView->setFocus();
    showCellExplanation(cell);
}

void MainWindow::chooseMyCas()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("My CAs"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro = new QLabel(tr("Tick the CAs you use (or may use). The verdict line then says for them first whether they may issue."), &dialog);
    intro->setWordWrap(true);
    auto *filter = new QLineEdit(&dialog);
    filter->setPlaceholderText(tr("Filter CAs"));
    filter->setAccessibleName(tr("Filter CAs"));
    addClearButton(filter);
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("myCasList"));
    list->setAccessibleName(tr("CAs of the directory"));
    const QStringList pinned = Settings::myCas().get();
    for (const CaEntry &e : directory().entries) {
        auto *item = new QListWidgetItem(e.name, list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(pinned.contains(e.name) ? Qt::Checked : Qt::Unchecked);
    }
    connect(filter, &QLineEdit::textChanged, list, [list](const QString &text) {
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setHidden(!list->item(i)->text().contains(text, Qt::CaseInsensitive));
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Reset, &dialog);
    buttons->button(QDialogButtonBox::Reset)->setText(tr("None"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Reset), &QPushButton::clicked, list, [list] {
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(Qt::Unchecked);
    });
    layout->addWidget(intro);
    layout->addWidget(filter);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    dialog.resize(420, 520);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList chosen;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            chosen << list->item(i)->text();
    Settings::myCas().set(chosen);
    updateVerdict();
}

void MainWindow::showCellExplanation(const QModelIndex &proxyIndex)
{
    ensureViews();
    const QModelIndex index = matrixProxy()->mapToSource(proxyIndex);
    const Decision *d = m_matrixModel->decision(index);
    if (!d) {
        m_explanation->clear();
        m_recordsModel->setHighlighted({});
        return;
    }
    QString text = d->explanation + QStringLiteral("\n\n") + tr("Rule: %1").arg(d->reference);
    if (!d->conditions.isEmpty()) {
        QStringList alternatives;
        for (const PermitCondition &c : d->conditions)
            alternatives << c.describe();
        text += QStringLiteral("\n") + tr("Conditions (any one): %1").arg(alternatives.join(QStringLiteral("; ")));
    }
    if (!d->deciding.isEmpty()) {
        // Through an alias the records belong to another name than the level asked.
        QByteArray owner = d->deciding.first().owner.toLower();
        if (owner.endsWith('.'))
            owner.chop(1);
        text += QStringLiteral("\n")
                + (owner == d->foundAt.toLower() ? tr("Deciding records at %1:").arg(QString::fromLatin1(d->foundAt))
                                                 : tr("Deciding records at %1, owned by %2 (reached through an alias):")
                                                       .arg(QString::fromLatin1(d->foundAt), QString::fromLatin1(owner)));
        for (const Dns::CaaAnswer &a : d->deciding)
            text += QStringLiteral("\n  ") + QString::fromLatin1(caaPresentation(a.record));
    }
    m_explanation->setPlainText(text);
    // Point at the deciding records in the other views too.
    m_recordsModel->setHighlighted(d->deciding);
    if (m_result.decidingIndex >= 0)
        m_tree->setCurrentIndex(m_climbModel->index(m_result.decidingIndex, 0));
}

QStringList MainWindow::reportFocusCas() const
{
    // What the user looks at: the CAs pinned as "My CAs", the CA of the selected cell,
    // and, when the list is filtered, the CAs it still shows.
    QStringList cas;
    for (const QString &ca : Settings::myCas().get())
        if (directory().findByName(ca))
            cas << ca;
    auto add = [&cas](const QString &ca) {
        if (!ca.isEmpty() && !cas.contains(ca))
            cas << ca;
    };
    if (!m_matrixView) // the views are not built yet: nothing selected or filtered
        return cas;
    const QModelIndex current = m_matrixView->currentIndex();
    if (current.isValid())
        add(matrixProxy()->index(current.row(), MatrixModel::CaColumn).data().toString());
    if (!m_matrixSearch->text().trimmed().isEmpty())
        for (int r = 0; r < matrixProxy()->rowCount(); ++r)
            add(matrixProxy()->index(r, MatrixModel::CaColumn).data().toString());
    return cas;
}

QList<CertificateKind> MainWindow::reportFocusKinds() const
{
    QList<CertificateKind> kinds{m_result.name.isEmail() ? CertificateKind::Email : tlsKindFor(m_result.name)};
    const QModelIndex current = m_matrixView ? m_matrixView->currentIndex() : QModelIndex();
    if (current.isValid() && current.column() != MatrixModel::CaColumn) {
        const qsizetype k = current.column() - MatrixModel::SingleColumn;
        const QList<CertificateKind> &columns = m_matrixModel->matrix().kinds;
        if (k >= 0 && k < columns.size() && !kinds.contains(columns[k]))
            kinds << columns[k];
    }
    return kinds;
}

CheckReport MainWindow::currentReport() const
{
    CheckReport report;
    report.input = m_domain->text();
    report.inputOk = !m_result.steps.isEmpty();
    report.check = m_result;
    report.findings = analyse(m_result, &directory(), asOfDate());
    const SimulationMatrix &m = m_matrixModel->matrix();
    TicketAnswer answer = ticketAnswer(m_result, m, directory(), reportFocusCas(), reportFocusKinds());
    answer.resolver = resolverDescription(m_checkedThrough, m_result);
    answer.checkedAt = m_checkedAt.isValid() ? m_checkedAt : QDateTime::currentDateTimeUtc();
    answer.matrixIncluded = Settings::reportAppendix().get();
    if (answer.matrixIncluded) {
        for (const MatrixRow &row : m.rows) {
            for (int k = 0; k < m.kinds.size() && k < row.cells.size(); ++k) {
                IssuanceRequest request = row.request;
                request.kind = m.kinds[k];
                report.decisions << CaDecision{request, row.cells[k]};
            }
        }
    } else {
        for (const AnswerItem &item : std::as_const(answer.items))
            report.decisions << CaDecision{item.request, item.decision};
    }
    report.answer = answer;
    // Only diagnostics run for this very check: not those of an earlier check of the name.
    if (m_diagnostics)
        report.diagnostics = m_diagnostics->diagnosticsOfCurrentCheck();
    return report;
}

namespace {

struct ReportFormat
{
    QString id;
    QString label;
    QString suffix;
};

QList<ReportFormat> reportFormats()
{
    return {{QStringLiteral("text"), QCoreApplication::translate("MainWindow", "Plain text"), QStringLiteral("txt")},
            {QStringLiteral("markdown"), QCoreApplication::translate("MainWindow", "Markdown"), QStringLiteral("md")},
            {QStringLiteral("html"), QCoreApplication::translate("MainWindow", "HTML"), QStringLiteral("html")},
            {QStringLiteral("json"), QCoreApplication::translate("MainWindow", "JSON"), QStringLiteral("json")}};
}

} // namespace

bool MainWindow::chooseReportOptions()
{
    // The answer always comes first; what the user decides here is the format and whether
    // the full matrix follows it. Both are remembered for the next export and Copy report.
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("exportOptions"));
    dialog.setWindowTitle(tr("Export report"));
    auto *layout = new QVBoxLayout(&dialog);
    const CheckReport preview = currentReport();
    QStringList about;
    for (const AnswerItem &item : preview.answer->items)
        about << tr("%1 (%2)").arg(item.request.caName, certificateKindWords(item.request.kind).toLower());
    auto *intro = new QLabel(about.isEmpty()
                                 ? tr("The report starts with the answer for %1: %2").arg(m_result.name.display(), preview.answer->headline)
                                 : tr("The report starts with the answer for %1: %2. Select other CAs in \"Who may issue\" or pin them with My CAs to answer for them.")
                                       .arg(m_result.name.display(), about.join(tr(", "))),
                             &dialog);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *format = new QComboBox(&dialog);
    format->setObjectName(QStringLiteral("reportFormat"));
    for (const ReportFormat &f : reportFormats())
        format->addItem(f.label, f.id);
    format->setCurrentIndex(qMax(0, format->findData(Settings::reportFormat().get())));
    form->addRow(tr("&Format:"), format);
    auto *appendix = new QCheckBox(tr("&Append every CA and certificate kind (%n verdict(s))", nullptr,
                                      int(m_matrixModel->matrix().rows.size() * m_matrixModel->matrix().kinds.size())),
                                   &dialog);
    appendix->setObjectName(QStringLiteral("reportAppendix"));
    appendix->setChecked(Settings::reportAppendix().get());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save…"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(appendix);
    layout->addWidget(buttons);
    dialog.resize(520, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QSettings settings; // both values in one write of the file
    Settings::reportFormat().set(settings, format->currentData().toString());
    Settings::reportAppendix().set(settings, appendix->isChecked());
    return true;
}

void MainWindow::exportReport()
{
    if (m_result.steps.isEmpty()) {
        QMessageBox::information(this, tr("Export report"), tr("Check a name first."));
        return;
    }
    if (!chooseReportOptions())
        return;
    const QString formatId = Settings::reportFormat().get();
    ReportFormat chosen = reportFormats().first();
    for (const ReportFormat &f : reportFormats())
        if (f.id == formatId)
            chosen = f;
    const QString suggested = QString::fromLatin1(m_result.name.ace) + QStringLiteral("-caa.") + chosen.suffix;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report"), suggested,
                                                      tr("%1 (*.%2)").arg(chosen.label, chosen.suffix));
    if (path.isEmpty())
        return;
    // A file name typed with another format's suffix ("ticket.md") says what the user wants.
    for (const ReportFormat &f : reportFormats())
        if (path.endsWith(QLatin1Char('.') + f.suffix, Qt::CaseInsensitive) && f.id != chosen.id) {
            chosen = f;
            Settings::reportFormat().set(f.id);
        }
    const QList<CheckReport> reports{currentReport()};
    QByteArray bytes;
    if (chosen.id == QStringLiteral("json"))
        bytes = reportsToJson(reports);
    else if (chosen.id == QStringLiteral("html"))
        bytes = reportsToHtml(reports).toUtf8();
    else if (chosen.id == QStringLiteral("markdown"))
        bytes = reportsToMarkdown(reports).toUtf8();
    else
        bytes = reportsToText(reports).toUtf8();
    const QString problem = saveFileAtomically(path, bytes);
    if (!problem.isEmpty())
        QMessageBox::warning(this, tr("Export report"), problem);
    else
        m_status->setText(tr("Report saved to %1.").arg(path));
}

void MainWindow::lookUpCt()
{
    ensureViews();
    if (m_result.steps.isEmpty() || m_result.verdict == ClimbVerdict::Incomplete)
        return;
    QSettings settings;
    const CtService service = Settings::ctService().get(settings) == QStringLiteral("sslmate") ? CtService::SslMate : CtService::CrtSh;
    if (!Settings::ctPrivacyAccepted().get(settings)) {
        QMessageBox box(QMessageBox::Question, tr("Look up in Certificate Transparency"),
                        tr("This asks %1 which certificates were logged for %2. The service learns which name you look at.")
                            .arg(ctServiceName(service), m_result.name.display()),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        auto *remember = new QCheckBox(tr("Do not ask again"), &box);
        box.setCheckBox(remember);
        box.button(QMessageBox::Yes)->setText(tr("Ask the service"));
        if (box.exec() != QMessageBox::Yes)
            return;
        if (remember->isChecked())
            Settings::ctPrivacyAccepted().set(settings, true);
    }
    CtFetchOptions options;
    options.service = service;
    options.baseUrl = QUrl(Settings::ctBaseUrl().get(settings));
    options.apiKey = qEnvironmentVariable("SSLMATE_API_KEY");
    options.subdomains = m_ctSubdomains->isChecked();
    if (options.service == CtService::SslMate) {
        // The key from the system keychain first (the environment's when it has none).
        m_ctLookUp->setEnabled(false);
        readSslMateKey(this, [this, options](const QString &key, const QString &) mutable {
            if (!key.isEmpty())
                options.apiKey = key;
            startCtFetch(options);
        });
        return;
    }
    startCtFetch(options);
}

void MainWindow::startCtFetch(const CtFetchOptions &options)
{
    if (m_ctFetch)
        m_ctFetch->cancel();
    auto *fetch = new CtFetch(options, this);
    m_ctFetch = fetch;
    const QByteArray name = m_result.name.ace;
    connect(fetch, &CtFetch::finished, this, [this, fetch, name] {
        fetch->deleteLater();
        m_ctLookUp->setEnabled(true);
        if (name != m_result.name.ace)
            return; // another name is checked now
        if (!fetch->result().ok()) {
            // What was shown stays; the reason is said.
            m_ctStatus->setText(fetch->result().error);
            statusBar()->showMessage(fetch->result().error, 10000);
            return;
        }
        m_ctName = name;
        applyCt(fetch->result(), fetch->url().toString(), fetch->fetchedAt());
    });
    m_ctLookUp->setEnabled(false);
    m_ctStatus->setText(tr("Asking %1…").arg(ctServiceName(options.service)));
    fetch->start(QString::fromLatin1(name));
}

bool MainWindow::importCtResults(const QString &path)
{
    ensureViews();
    QDateTime modified;
    const CtParse data = loadCtFile(path, &modified);
    if (!data.ok()) {
        m_ctStatus->setText(data.error);
        statusBar()->showMessage(data.error, 10000);
        return false;
    }
    m_ctName = m_result.name.ace;
    applyCt(data, path, modified);
    return true;
}

void MainWindow::applyCt(const CtParse &data, const QString &source, const QDateTime &fetchedAt)
{
    m_ctData = data;
    m_ctSource = source;
    m_ctFetchedAt = fetchedAt;
    refreshCt();
}

void MainWindow::refreshCt()
{
    ensureViews();
    if (!m_ctData || m_ctName != m_result.name.ace || m_result.steps.isEmpty() || m_result.verdict == ClimbVerdict::Incomplete) {
        m_ctDraft->setEnabled(false);
        return;
    }
    m_ctReport = ctReportFor(*m_ctData, m_ctSource, m_ctFetchedAt, QString::fromLatin1(m_result.name.ace), m_ctSubdomains->isChecked());
    const QByteArray account = m_account->text().trimmed().toUtf8();
    const QByteArray method = m_method->currentText().trimmed().toUtf8();
    const QDate asOf = m_asOf->date();
    const QList<Finding> ctFindings = ctRenewalCheck(*m_ctReport, m_result, directory(), [&](IssuanceRequest &req) {
        req.accountUri = account;
        req.method = method;
        req.asOf = asOf;
    });
    QList<Finding> findings = analyse(m_result, &directory(), asOf);
    findings += ctFindings;
    // Errors first, as analyse() orders them.
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) { return int(a.severity) > int(b.severity); });
    m_findingsModel->setFindings(findings);
    m_matrixModel->setCtIssuers(m_ctReport->issuers);
    // The marks make the CA column wider: show them whole.
    m_matrixView->resizeColumnToContents(MatrixModel::CaColumn);
    int blocked = 0;
    for (const CtIssuer &i : m_ctReport->issuers)
        blocked += i.deniedByPolicy ? 1 : 0;
    QString status = tr("CT: %1, %2 UTC; %n entries.", nullptr, m_ctReport->entries)
                         .arg(m_ctSource, m_ctFetchedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (m_ctReport->truncated)
        status += tr(" The service's limit of %1 rows was reached: there may be more.").arg(kCrtShRowLimit);
    status += u' ' + (m_ctReport->issuers.isEmpty() ? tr("No current certificate for this name.")
                      : blocked ? tr("%n CA(s) that issue here would be refused at renewal: see the findings.", nullptr, blocked)
                                : tr("Every CA that issues here may go on doing so."));
    m_ctStatus->setText(status);
    m_ctDraft->setEnabled(!m_ctReport->issuers.isEmpty());
    if (m_generator)
        m_generator->setCtReport(m_ctReport, m_result.name.ace);
}

void MainWindow::startDraftFromCt()
{
    if (!m_ctReport)
        return;
    GeneratorPage *generator = generatorPage();
    // The CAs seen in CT, plus the user's own choices: the other CAs already in the draft,
    // iodef, contacts, critical tags and extra records, when it is for the same name.
    PolicyDraft draft = draftFromCt(m_result.name.ace, m_ctReport->issuers, directory());
    const PolicyDraft current = generator->draft();
    draft.ttl = current.ttl;
    if (current.owner == draft.owner) {
        for (const CaGrant &g : current.grants)
            if (std::none_of(draft.grants.cbegin(), draft.grants.cend(), [&](const CaGrant &seen) { return seen.caName == g.caName; }))
                draft.grants << g;
        draft.iodef = current.iodef;
        draft.contactEmails = current.contactEmails;
        draft.contactPhones = current.contactPhones;
        draft.criticalTags = current.criticalTags;
        draft.compactParameters = current.compactParameters;
        draft.extraRecords = current.extraRecords;
    }
    generator->setDraft(draft); // undoable
    showViews();
    m_tabs->setCurrentIndex(m_tabs->indexOf(m_generatorTab));
}

ExplainDialog *MainWindow::explainDialog() const
{
    return m_explainDialog;
}

void MainWindow::explainError(const QString &text)
{
    if (!m_explainDialog) {
        m_explainDialog = new ExplainDialog(m_session->source(), directory(), this);
        m_explainDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_explainDialog, &ExplainDialog::checkRequested, this, [this](const QString &name) {
            m_domain->setText(name);
            check();
            activateWindow();
        });
    }
    m_explainDialog->show();
    m_explainDialog->raise();
    m_explainDialog->activateWindow();
    if (text.trimmed().isEmpty()) {
        m_explainDialog->textEdit()->setFocus();
        return;
    }
    m_explainDialog->setText(text);
    m_explainDialog->explain();
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *table = new QTableWidget(0, 2, &dialog);
    table->setObjectName(QStringLiteral("shortcutTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setAccessibleDescription(tr("Every key of the window and what it does"));
    table->setHorizontalHeaderLabels({tr("Keys"), tr("What they do")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    auto add = [table](const QString &keys, const QString &what) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(keys));
        table->setItem(row, 1, new QTableWidgetItem(what));
    };
    add(tr("Enter"), tr("In the domain field: check the name"));
    // Every menu entry with keys, read from the menus themselves so the list cannot drift.
    for (QAction *menuAction : menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        for (QAction *a : menu->actions()) {
            QStringList keys;
            for (const QKeySequence &k : a->shortcuts())
                keys << k.toString(QKeySequence::NativeText);
            if (!keys.isEmpty())
                add(keys.join(tr(" or ")), QString(menuAction->text() + QStringLiteral(" → ") + a->text()).remove(u'&'));
        }
    }
    add(tr("Tab, Shift+Tab"), tr("Move between the entry row, the verdict line and the views"));
    add(tr("Enter or Space on the verdict line"), tr("Open \"Who may issue\" at the CA the line names"));
    table->resizeColumnToContents(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(560, 480);
    dialog.exec();
}

void MainWindow::copyFromFocus()
{
    QWidget *focus = QApplication::focusWidget();
    QString selected;
    if (auto *plain = qobject_cast<QPlainTextEdit *>(focus))
        selected = plain->textCursor().selectedText().replace(QChar::ParagraphSeparator, u'\n');
    else if (auto *line = qobject_cast<QLineEdit *>(focus))
        selected = line->selectedText();
    else if (auto *view = qobject_cast<QAbstractItemView *>(focus); view && view->selectionModel()) {
        // Selected cells as the view shows them: a row per line, cells separated by tabs.
        QModelIndexList cells = view->selectionModel()->selectedIndexes();
        std::sort(cells.begin(), cells.end(), [](const QModelIndex &a, const QModelIndex &b) {
            return a.row() != b.row() ? a.row() < b.row() : a.column() < b.column();
        });
        QStringList lines;
        int row = -1;
        for (const QModelIndex &cell : std::as_const(cells)) {
            if (cell.row() != row || cell.parent() != cells.first().parent()) {
                lines << QString();
                row = cell.row();
            } else {
                lines.last() += u'\t';
            }
            lines.last() += cell.data().toString();
        }
        selected = lines.join(u'\n');
    }
    if (selected.isEmpty()) {
        copyReport();
        return;
    }
    QApplication::clipboard()->setText(selected);
    m_status->setText(tr("Selection copied to the clipboard."));
}

void MainWindow::copyReport()
{
    if (m_result.steps.isEmpty())
        return;
    QApplication::clipboard()->setText(reportsToText({currentReport()}));
    m_status->setText(tr("Report copied to the clipboard."));
}

void MainWindow::openZoneFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open zone file"), QString(), tr("Zone files (*.zone *.db *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    bool ok = true;
    const QString origin = QInputDialog::getText(this, tr("Zone origin"),
                                                 tr("Origin for relative names (leave empty if the file has $ORIGIN or only absolute names):"),
                                                 QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const ZoneText zone = loadZoneFile(path, origin.trimmed().toUtf8());
    if (!zone.ok()) {
        QMessageBox::warning(this, tr("Open zone file"), zone.error);
        return;
    }
    setZoneFiles({zone}, QFileInfo(path).fileName());
}

void MainWindow::openSample(const QString &resourcePath)
{
    const ZoneText zone = loadZoneFile(resourcePath);
    if (!zone.ok()) {
        QMessageBox::warning(this, tr("Open sample"), zone.error);
        return;
    }
    setZoneFiles({zone}, QFileInfo(resourcePath).fileName());
    m_domain->setText(QStringLiteral("legacy.") + QString::fromLatin1(zone.apex()));
    check();
}

void MainWindow::about()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About CAA Inspector"));
    box.setIconPixmap(icon("caa-inspector").pixmap(64, 64));
    box.setTextFormat(Qt::PlainText);
    box.setText(tr("CAA Inspector %1").arg(QStringLiteral(CAA_VERSION)));
    box.setInformativeText(tr("Which certificate authorities may issue for this name, and why — following RFC 8659, RFC 8657, "
                              "RFC 9495 and the CA/B Forum Baseline Requirements.\n\n"
                              "Licence: MIT.\n\n"
                              "CA directory: %1 CAs, data compiled %2. Derived from the Common CA Database (CCADB), ccadb.org, "
                              "under the Community Data License Agreement – Permissive 2.0 (CDLA-Permissive-2.0).")
                               .arg(directory().entries.size())
                               .arg(directory().dataDate));
    box.setDetailedText(directory().attribution);
    box.exec();
}

} // namespace Caa::Ui
