#include "bulkpage.h"

#include "bulkmodel.h"
#include "cert/certificatenames.h"
#include "engine/bulkcheck.h"
#include "engine/checksession.h"
#include "io/savefile.h"
#include "theme.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace Caa::Ui {

namespace {

constexpr int MaxNames = 100000;
constexpr qint64 MaxListBytes = 16 * 1024 * 1024;
constexpr int QueriesInFlight = 64;
/// How long one piece of a long list is read for before the window gets its turn (adding
/// the piece to the table takes about as long again).
constexpr qint64 ListPieceMs = 6;
constexpr int ListPieceLines = 16384; ///< and at most this many lines, however fast

bool looksLikeCertificate(const QString &path, const QByteArray &head)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return head.contains("-----BEGIN CERTIFICATE") || head.contains("-----BEGIN TRUSTED CERTIFICATE")
           || suffix == QStringLiteral("pem") || suffix == QStringLiteral("crt") || suffix == QStringLiteral("cer")
           || suffix == QStringLiteral("der") || head.contains('\0');
}

} // namespace

BulkPage::BulkPage(QWidget *parent) : QWidget(parent)
{
    m_model = new BulkModel(this);
    m_proxy = new BulkFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    buildUi();
    setAcceptDrops(true);
}

BulkPage::~BulkPage()
{
    // The run (the session's) reports into the model and takes its names from it, and
    // both go with this page.
    if (m_run) {
        m_run->disconnect(this);
        m_run->cancel();
    }
}

void BulkPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *split = new QSplitter(Qt::Vertical, this);

    auto *top = new QWidget(split);
    auto *tl = new QVBoxLayout(top);
    tl->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(tr("Names to check, one per line (# starts a comment). Paste them, open a list or a certificate, "
                                "or drop a file here. Wildcards (*.name) and e-mail addresses (S/MIME) are accepted."), top);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    tl->addWidget(intro);
    m_names = new QPlainTextEdit(top);
    m_names->setAccessibleDescription(tr("The names to check, one per line; '#' starts a comment"));
    m_names->setObjectName(QStringLiteral("bulkNames"));
    m_names->setAccessibleName(tr("Names to check"));
    m_names->setPlaceholderText(tr("www.example.com\n*.example.org\nhelpdesk@example.net"));
    m_names->setTabChangesFocus(true);
    m_names->viewport()->installEventFilter(this);
    m_names->installEventFilter(this);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_names->setFont(mono);
    tl->addWidget(m_names, 1);

    auto *actions = new QHBoxLayout;
    m_openList = new QPushButton(tr("Open li&st…"), top);
    m_openList->setToolTip(tr("Add the names of a text file, one per line"));
    m_openCert = new QPushButton(tr("&Open certificate…"), top);
    m_openCert->setToolTip(tr("Add the names a certificate is for (PEM or DER: its subjectAlternativeName entries)"));
    auto *caLabel = new QLabel(tr("&Verdict for CA:"), top);
    m_ca = new QComboBox(top);
    m_ca->setAccessibleDescription(tr("The CA whose verdicts the table shows"));
    m_ca->setObjectName(QStringLiteral("bulkCa"));
    m_ca->setAccessibleName(tr("CA the verdict column is about"));
    m_ca->setMinimumContentsLength(18);
    m_ca->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    caLabel->setBuddy(m_ca);
    auto *kindLabel = new QLabel(tr("&Kind:"), top);
    m_kind = new QComboBox(top);
    m_kind->setAccessibleDescription(tr("The certificate kind the table shows"));
    m_kind->setObjectName(QStringLiteral("bulkKind"));
    m_kind->setAccessibleName(tr("Certificate kind the verdict column is about"));
    m_kind->addItem(tr("TLS (wildcard for *.names)"), int(CertificateKind::TlsSingle));
    m_kind->addItem(tr("S/MIME e-mail"), int(CertificateKind::Email));
    m_kind->addItem(tr("VMC (mark certificate)"), int(CertificateKind::Vmc));
    kindLabel->setBuddy(m_kind);
    m_start = new QPushButton(icon("records"), tr("Check a&ll"), top);
    m_start->setObjectName(QStringLiteral("bulkStart"));
    m_start->setToolTip(tr("Check every name (Ctrl+Enter)"));
    m_cancel = new QPushButton(tr("Ca&ncel"), top);
    m_cancel->setObjectName(QStringLiteral("bulkCancel"));
    m_cancel->setToolTip(tr("Stop the run; the names checked so far stay in the table"));
    m_cancel->setEnabled(false);
    actions->addWidget(m_openList);
    actions->addWidget(m_openCert);
    actions->addStretch(1);
    actions->addWidget(caLabel);
    actions->addWidget(m_ca);
    actions->addWidget(kindLabel);
    actions->addWidget(m_kind);
    actions->addWidget(m_start);
    actions->addWidget(m_cancel);
    tl->addLayout(actions);

    auto *bottom = new QWidget(split);
    auto *bl = new QVBoxLayout(bottom);
    bl->setContentsMargins(0, 0, 0, 0);
    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(bottom);
    m_progress->setObjectName(QStringLiteral("bulkProgress"));
    m_progress->setFormat(tr("no names yet"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setMaximumWidth(260);
    m_status = new QLabel(tr("Nothing checked yet."), bottom);
    m_status->setObjectName(QStringLiteral("bulkStatus"));
    m_status->setTextFormat(Qt::PlainText);
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_status, 1);
    bl->addLayout(progressRow);

    auto *filterRow = new QHBoxLayout;
    m_filter = new QLineEdit(bottom);
    m_filter->setObjectName(QStringLiteral("bulkFilter"));
    m_filter->setPlaceholderText(tr("Filter names…"));
    m_filter->setAccessibleName(tr("Filter names"));
    addClearButton(m_filter);
    m_outcome = new QComboBox(bottom);
    m_outcome->setAccessibleDescription(tr("Show only the rows with this outcome"));
    m_outcome->setObjectName(QStringLiteral("bulkOutcome"));
    m_outcome->setAccessibleName(tr("Show rows with this outcome"));
    m_outcome->addItem(tr("All outcomes"), int(BulkFilterProxy::Outcome::All));
    m_outcome->addItem(verdictIcon(Verdict::Permit), tr("Permit"), int(BulkFilterProxy::Outcome::Permit));
    m_outcome->addItem(verdictIcon(Verdict::Deny), tr("Deny"), int(BulkFilterProxy::Outcome::Deny));
    m_outcome->addItem(verdictIcon(Verdict::LookupFailure), tr("Lookup failure"), int(BulkFilterProxy::Outcome::LookupFailure));
    m_outcome->addItem(icon("error"), tr("Input error"), int(BulkFilterProxy::Outcome::InputError));
    m_outcome->addItem(icon("warning"), tr("With findings"), int(BulkFilterProxy::Outcome::WithFindings));
    m_outcome->addItem(verdictIcon(Verdict::Deny), tr("Not permitted (deny, lookup failure, input error)"), int(BulkFilterProxy::Outcome::NotPermitted));
    m_export = new QPushButton(tr("E&xport…"), bottom);
    m_export->setObjectName(QStringLiteral("bulkExport"));
    m_export->setToolTip(tr("Save the checked names as CSV, JSON, Markdown or text"));
    m_export->setEnabled(false);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_outcome);
    filterRow->addWidget(m_export);
    bl->addLayout(filterRow);

    m_view = new QTableView(bottom);
    m_view->setAccessibleDescription(tr("One row per name: verdict, relevant name, reason and findings; Enter opens the name in the views"));
    m_view->setObjectName(QStringLiteral("bulkTable"));
    m_view->setAccessibleName(tr("Results for many names"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(BulkModel::NameColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(BulkModel::RelevantColumn, 200);
    m_view->setColumnWidth(BulkModel::VerdictColumn, 260);
    m_view->setColumnWidth(BulkModel::ReasonColumn, 190);
    m_view->setColumnWidth(BulkModel::FindingsColumn, 80);
    m_view->setToolTip(tr("Double-click a name to see its climbed tree and every CA's verdict"));
    bl->addWidget(m_view, 1);

    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    layout->addWidget(split);

    connect(m_openList, &QPushButton::clicked, this, &BulkPage::openListFile);
    connect(m_openCert, &QPushButton::clicked, this, &BulkPage::openCertificate);
    connect(m_start, &QPushButton::clicked, this, &BulkPage::start);
    connect(m_cancel, &QPushButton::clicked, this, &BulkPage::cancel);
    // Export writes what the filter shows, or every row: the menu says how many each is.
    auto *exportMenu = new QMenu(m_export);
    QAction *exportShown = exportMenu->addAction(tr("Rows shown…"), this, [this] { exportDialog(ExportRows::Shown); });
    QAction *exportAll = exportMenu->addAction(tr("All rows…"), this, [this] { exportDialog(ExportRows::All); });
    connect(exportMenu, &QMenu::aboutToShow, this, [this, exportShown, exportAll] {
        exportShown->setText(tr("Rows shown (%1)…").arg(m_proxy->rowCount()));
        exportAll->setText(tr("All rows (%1)…").arg(m_model->rowCount()));
    });
    m_export->setMenu(exportMenu);
    connect(m_ca, &QComboBox::currentIndexChanged, this, &BulkPage::requestChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &BulkPage::requestChanged);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &BulkFilterProxy::setText);
    // The count follows the typing (comments and blank lines do not count), a little after
    // the last key so a pasted list of 100,000 lines is read once.
    m_progressTick = new QTimer(this);
    m_progressTick->setInterval(100);
    connect(m_progressTick, &QTimer::timeout, this, [this] {
        if (m_run)
            m_progress->setValue(m_run->checkedCount() + m_model->count(BulkModel::RowState::InputError));
        updateStatus();
    });
    // A zero timer rather than a posted call: under GLib's dispatcher posted calls can run
    // back to back before other timers get their turn, which doubled the longest stall.
    m_readMore = new QTimer(this);
    m_readMore->setSingleShot(true);
    m_readMore->setInterval(0);
    connect(m_readMore, &QTimer::timeout, this, &BulkPage::readListPiece);
    m_countLater = new QTimer(this);
    m_countLater->setSingleShot(true);
    m_countLater->setInterval(150);
    connect(m_names, &QPlainTextEdit::textChanged, m_countLater, qOverload<>(&QTimer::start));
    connect(m_countLater, &QTimer::timeout, this, &BulkPage::countNames);
    connect(m_outcome, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setOutcome(BulkFilterProxy::Outcome(m_outcome->currentData().toInt())); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &proxyIndex) {
        const QModelIndex source = m_proxy->mapToSource(proxyIndex);
        if (source.isValid())
            Q_EMIT openName(m_model->input(source.row()));
    });
}

void BulkPage::setDirectory(const CaDirectory &directory)
{
    const QString current = m_ca->currentText();
    m_directory = directory;
    m_model->setDirectory(&m_directory);
    m_ca->blockSignals(true);
    m_ca->clear();
    for (const CaEntry &e : m_directory.entries)
        m_ca->addItem(e.name);
    int index = m_ca->findText(current);
    if (index < 0)
        index = m_ca->findText(QStringLiteral("Let's Encrypt"));
    m_ca->setCurrentIndex(qMax(0, index));
    m_ca->blockSignals(false);
    requestChanged();
}

void BulkPage::setSession(CheckSession *session)
{
    m_session = session;
}

const Dns::QueryScheduler *BulkPage::scheduler() const
{
    return m_session ? m_session->bulkScheduler() : nullptr;
}

const Dns::LookupService *BulkPage::lookupSource() const
{
    return m_session ? m_session->lookupService() : nullptr;
}

void BulkPage::setNamesText(const QString &text)
{
    m_names->setPlainText(text);
}

QString BulkPage::namesText() const
{
    return m_names->toPlainText();
}

void BulkPage::requestChanged()
{
    const int index = m_ca->currentIndex();
    if (index < 0 || index >= m_directory.entries.size())
        return;
    m_model->setRequest(m_directory.entries[index], CertificateKind(m_kind->currentData().toInt()));
}

bool BulkPage::addNamesFromFile(const QString &path, QString *error)
{
    if (m_running) {
        if (error)
            *error = tr("The list cannot change during a run: wait for it to end, or cancel it.");
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2.").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = file.read(MaxListBytes + 1);
    if (data.size() > MaxListBytes) {
        if (error)
            *error = tr("%1 is larger than 16 MiB; split the list into smaller files.").arg(path);
        return false;
    }
    QStringList names;
    QStringList skipped;
    if (looksLikeCertificate(path, data.left(4096))) {
        const CertificateNames fromCert = certificateNamesFromData(data, QFileInfo(path).fileName());
        if (!fromCert.ok()) {
            if (error)
                *error = fromCert.error;
            return false;
        }
        names = fromCert.names;
        skipped = fromCert.skipped;
    } else {
        names = parseNameList(QString::fromUtf8(data));
        if (names.isEmpty()) {
            if (error)
                *error = tr("%1 has no names: write one name per line.").arg(path);
            return false;
        }
    }
    // One undoable edit in the text box, so Ctrl+Z takes the whole file back out.
    QTextCursor cursor(m_names->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText((m_names->toPlainText().isEmpty() || m_names->toPlainText().endsWith(u'\n') ? QString() : QStringLiteral("\n"))
                      + names.join(u'\n') + u'\n');
    QString note = tr("Added %n name(s) from %1.", nullptr, int(names.size())).arg(QFileInfo(path).fileName());
    if (!skipped.isEmpty())
        note += u' ' + tr("Skipped %1").arg(skipped.join(QStringLiteral("; ")));
    m_status->setText(note);
    return true;
}

void BulkPage::openListFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a list of names"), QString(), tr("Text files (*.txt *.csv *.list);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!addNamesFromFile(path, &error))
        QMessageBox::warning(this, tr("Open a list of names"), error);
}

void BulkPage::openCertificate()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a certificate"), QString(),
                                                      tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!addNamesFromFile(path, &error))
        QMessageBox::warning(this, tr("Open a certificate"), error);
}

bool BulkPage::isRunning() const
{
    return m_running;
}

void BulkPage::setRunning(bool running)
{
    m_running = running;
    m_start->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_export->setEnabled(!running && m_model->rowCount() > 0);
    m_names->setReadOnly(running);
    m_openList->setEnabled(!running);
    m_openCert->setEnabled(!running);
}

void BulkPage::start()
{
    if (m_running || !m_session)
        return;
    // The list is read from the editor's lines a piece at a time, each piece added to the
    // table at once: reading 100,000 lines and showing them in one go held the window for
    // 150 ms (issue #18). A short list is read whole here, as before.
    m_countLater->stop();
    m_run = nullptr; // the last run's object stays with the session until the next one
    m_rowOfName.clear();
    m_model->setInputs({});
    m_nextLine = 0;
    m_readingList = true;
    m_progress->setFormat(tr("%p% read")); // short: the bar is narrow, the status line says more
    m_progress->setRange(0, m_names->document()->blockCount());
    m_progress->setValue(0);
    m_clock.start();
    setRunning(true);
    m_status->setText(tr("Reading the list…"));
    readListPiece();
}

void BulkPage::readListPiece()
{
    if (!m_readingList)
        return;
    QElapsedTimer spent;
    spent.start();
    QStringList names;
    const auto take = [&names](QStringView line) {
        const QStringView name = nameOnListLine(line);
        if (!name.isEmpty())
            names << name.toString();
    };
    // By number, not by a kept QTextBlock: a block handle does not survive changes to the
    // document, and this runs across turns of the event loop.
    QTextBlock line = m_names->document()->findBlockByNumber(m_nextLine);
    int lines = 0;
    while (line.isValid()) {
        QString text = line.text();
        // What toPlainText() would have made of the line: a line separator (Shift+Enter,
        // or pasted) ends a name as a new line does, and a no-break space is a space.
        if (text.contains(QChar::LineSeparator) || text.contains(QChar::Nbsp)) {
            text.replace(QChar::Nbsp, u' ');
            for (const QStringView part : QStringView(text).split(QChar::LineSeparator))
                take(part);
        } else {
            take(text);
        }
        line = line.next();
        if (++lines % 256 == 0 && (lines >= ListPieceLines || spent.elapsed() >= ListPieceMs))
            break;
    }
    m_nextLine += lines;
    if (m_model->rowCount() + names.size() > MaxNames) {
        m_model->setInputs({});
        listNotRun(tr("The list has more than %1 names, the most one run takes; split it into smaller lists.")
                       .arg(QLocale().toString(MaxNames)));
        return;
    }
    m_model->appendInputs(names, m_names->document()->blockCount());
    if (line.isValid()) {
        m_progress->setValue(m_nextLine);
        m_readMore->start();
        return;
    }
    m_readingList = false;
    if (m_model->rowCount() == 0) {
        listNotRun(tr("Nothing to check: paste names, one per line, or open a list or a certificate."));
        m_names->setFocus();
        return;
    }
    beginRun();
}

void BulkPage::listNotRun(const QString &why)
{
    m_readingList = false;
    finishRun(true);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("not started"));
    m_status->setText(why);
}

void BulkPage::beginRun()
{
    m_sourceLabel = m_session->source().label;
    m_queriesSent = -1;
    requestChanged();
    m_progress->setFormat(tr("%v of %m names"));
    m_progress->setRange(0, m_model->rowCount());
    m_progress->setValue(0);
    updateStatus();
    // Offline the session answers from the zone files' index; the run is the same either way.
    QString problem;
    // Streamed: the run keeps no result of its own (the table keeps a compact row per
    // name), so 100,000 names are held once, not twice, and the inputs are parsed as the
    // run reaches them rather than all before the first query (issue #18).
    const QPointer<BulkModel> model = m_model;
    m_run = m_session->startBulk(
        [this, model]() -> std::optional<DomainName> {
            if (!model)
                return std::nullopt;
            const std::optional<QPair<int, DomainName>> next = model->nextToCheck();
            if (!next)
                return std::nullopt;
            m_rowOfName << next->first;
            return next->second;
        },
        QueriesInFlight, &problem);
    if (!m_run) {
        m_model->markUnchecked();
        finishRun(true);
        m_status->setText(problem);
        return;
    }
    connect(m_run, &BulkCheck::nameChecked, this, &BulkPage::onNameChecked);
    m_progressTick->start();
    connect(m_run, &BulkCheck::finished, this, [this](bool cancelled) {
        m_queriesSent = m_session->bulkQueriesSent();
        // finished() may come from inside cancel(); leave the run object alone until later.
        QTimer::singleShot(0, this, [this, cancelled] { finishRun(cancelled); });
    });
    m_run->start();
}

void BulkPage::countNames()
{
    if (m_running)
        return;
    const int count = int(parseNameList(m_names->toPlainText()).size());
    m_progress->setRange(0, qMax(1, count));
    m_progress->setValue(0);
    m_progress->setFormat(count == 0 ? tr("no names yet") : tr("%n name(s) to check", nullptr, count));
}

void BulkPage::onNameChecked(int index, const CheckResult &result)
{
    m_model->setChecked(m_rowOfName.value(index, -1), result);
}

void BulkPage::cancel()
{
    if (!m_running)
        return;
    m_readingList = false; // the rows read so far stay, as not checked
    if (m_run)
        m_run->cancel();
    else
        finishRun(true);
}

void BulkPage::finishRun(bool cancelled)
{
    if (!m_running)
        return;
    if (cancelled)
        m_model->markUnchecked();
    m_progressTick->stop();
    m_model->flushChanges(); // the view sorted and filtered as of the last row
    m_progress->setValue(m_model->count(BulkModel::RowState::Checked) + m_model->count(BulkModel::RowState::InputError));
    setRunning(false);
    updateStatus();
    Q_EMIT runFinished(cancelled);
}

void BulkPage::updateStatus()
{
    const QLocale locale;
    const int checked = m_model->count(BulkModel::RowState::Checked);
    const int inputErrors = m_model->count(BulkModel::RowState::InputError);
    const int notChecked = m_model->count(BulkModel::RowState::NotChecked);
    const int permit = m_model->count(Verdict::Permit);
    const int deny = m_model->count(Verdict::Deny);
    const int failure = m_model->count(Verdict::LookupFailure);
    QString text = tr("%1 checked: %2 permit, %3 deny, %4 lookup failure")
                       .arg(locale.toString(checked), locale.toString(permit), locale.toString(deny), locale.toString(failure));
    const int byResolver = m_model->count(FailureOrigin::Resolver);
    const int byDomain = m_model->count(FailureOrigin::Domain);
    const int undetermined = m_model->count(FailureOrigin::Undetermined);
    if (byResolver + byDomain + undetermined > 0)
        text += tr(" (%1 the resolver's, %2 the domain's, %3 undetermined)")
                    .arg(locale.toString(byResolver), locale.toString(byDomain), locale.toString(undetermined));
    if (inputErrors)
        text += tr("; %1 input error(s)").arg(locale.toString(inputErrors));
    if (notChecked)
        text += tr("; %1 not checked (cancelled)").arg(locale.toString(notChecked));
    const int sent = m_running && m_run ? m_session->bulkQueriesSent() : m_queriesSent;
    if (sent >= 0)
        text += tr(" · %1 queries sent").arg(locale.toString(sent));
    text += tr(" · %1 s").arg(locale.toString(m_clock.elapsed() / 1000.0, 'f', 1));
    if (m_running)
        text += tr(" · checking through %1…").arg(m_sourceLabel);
    m_status->setText(text);
}

bool BulkPage::exportTo(const QString &path, QString *error, ExportRows rows) const
{
    QList<int> shown;
    if (rows == ExportRows::Shown) {
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            shown << m_proxy->mapToSource(m_proxy->index(r, 0)).row();
        std::sort(shown.begin(), shown.end()); // in the order of the list, as "all" is
    }
    const QList<CheckReport> reports = rows == ExportRows::Shown && shown.isEmpty() ? QList<CheckReport>{} : m_model->finishedReports(shown);
    if (reports.isEmpty()) {
        if (error)
            *error = tr("Nothing to export yet: check some names first.");
        return false;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == QStringLiteral("json"))
        bytes = reportsToJson(reports);
    else if (suffix == QStringLiteral("md"))
        bytes = reportsToMarkdown(reports).toUtf8();
    else if (suffix == QStringLiteral("txt"))
        bytes = (reportsToText(reports) + u'\n' + reportsSummary(reports) + u'\n').toUtf8();
    else
        bytes = reportsToCsv(reports).toUtf8();
    const QString problem = saveFileAtomically(path, bytes);
    if (!problem.isEmpty() && error)
        *error = problem;
    return problem.isEmpty();
}

void BulkPage::exportDialog(ExportRows rows)
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export results"), QStringLiteral("caa-bulk.csv"),
                                                      tr("CSV (*.csv);;JSON (*.json);;Markdown (*.md);;Plain text (*.txt)"), &filter);
    if (path.isEmpty())
        return;
    QString chosen = path;
    if (QFileInfo(path).suffix().isEmpty()) {
        // The filter decides the format when the name has no suffix of its own.
        const qsizetype star = filter.indexOf(QStringLiteral("*."));
        if (star >= 0)
            chosen += filter.mid(star + 1, filter.indexOf(u')', star) - star - 1);
    }
    QString error;
    if (!exportTo(chosen, &error, rows))
        QMessageBox::warning(this, tr("Export results"), error);
    else if (rows == ExportRows::Shown && m_proxy->rowCount() < m_model->rowCount())
        m_status->setText(tr("Saved the %1 rows shown (of %2) to %3.").arg(m_proxy->rowCount()).arg(m_model->rowCount()).arg(chosen));
    else
        m_status->setText(tr("Saved %1.").arg(chosen));
}

bool BulkPage::acceptDrop(const QMimeData *mime)
{
    if (m_running || !mime)
        return false;
    if (mime->hasUrls()) {
        for (const QUrl &url : mime->urls())
            if (!url.isLocalFile())
                return false;
        return true;
    }
    return false;
}

void BulkPage::dropMime(const QMimeData *mime)
{
    QStringList problems;
    for (const QUrl &url : mime->urls()) {
        QString error;
        if (!addNamesFromFile(url.toLocalFile(), &error))
            problems << error;
    }
    if (!problems.isEmpty())
        QMessageBox::warning(this, tr("Add names"), problems.join(u'\n'));
}

void BulkPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (acceptDrop(event->mimeData()))
        event->acceptProposedAction();
}

void BulkPage::dropEvent(QDropEvent *event)
{
    if (!acceptDrop(event->mimeData()))
        return;
    event->acceptProposedAction();
    dropMime(event->mimeData());
}

bool BulkPage::eventFilter(QObject *watched, QEvent *event)
{
    // Files dropped on the text box are read (a list or a certificate), not pasted as URLs;
    // plain text drops stay with the text box.
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (acceptDrop(drag->mimeData())) {
            drag->acceptProposedAction();
            return true;
        }
        break;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        if (acceptDrop(drop->mimeData())) {
            drop->acceptProposedAction();
            dropMime(drop->mimeData());
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Caa::Ui
