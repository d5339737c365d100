#pragma once

#include "ca/cadirectory.h"
#include "dns/dnsserver.h"
#include "engine/checksession.h"
#include "engine/climb.h"
#include "engine/simulator.h"
#include "generator/zonereader.h"
#include "report/report.h"

#include <QDateTime>
#include <QMainWindow>
#include <QPointer>

#include "ct/ctlog.h"
#include "net/ctfetch.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStringListModel;
class QTabWidget;
class QTableView;
class QTreeView;
class QUndoStack;
class QVBoxLayout;

namespace Caa {
class CheckJob;
} // namespace Caa

namespace Caa::Ui {

class BulkPage;
class StartPage;
class VerdictBanner;
class DiagnosticsPage;
class ExplainDialog;
class ClimbTreeModel;
class FindingsModel;
class GeneratorPage;
class MatrixModel;
class RecordsModel;

/// The main window: a domain entry, a resolver picker and four views of one check —
/// the climbed tree, the effective records with findings, who may issue, and the
/// generator — plus "Many names" for bulk runs through the same resolver choice. Checks run on the event loop; the window never blocks.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Uses these servers for the next checks (the "Custom" resolver entry).
    void setCustomServers(const QList<Dns::ServerAddress> &servers);
    /// Uses these zone files instead of the network (offline), as File → Open does.
    void setZoneFiles(const QList<ZoneText> &zones, const QString &label);
    /// Sets the lookup timeout in milliseconds (tests use short ones).
    void setTimeoutMs(int ms);
    /// Where the checks, runs and diagnostics of this window go.
    CheckSession *session() const { return m_session; }

    /// Starts a check of what the domain entry holds.
    void check();
    /// Stops the single check (the Cancel button); runs and diagnostics go on.
    void cancel();
    /// Ctrl+Enter: starts what the visible page runs (the bulk run, the diagnostics), else
    /// the check; from the domain field always the check.
    void runVisibleWork();
    /// Esc: stops what the visible page runs (the bulk run, the diagnostics), else the check.
    void cancelVisibleWork();
    bool isChecking() const;

    ClimbTreeModel *climbModel() const { return m_climbModel; }
    RecordsModel *recordsModel() const { return m_recordsModel; }
    FindingsModel *findingsModel() const { return m_findingsModel; }
    MatrixModel *matrixModel() const { return m_matrixModel; }
    /// The "Who may issue" rows as the view shows them (filtered, sorted); made on first use.
    QSortFilterProxyModel *matrixProxy() const;
    /// The generator and "Many names" pages are built the first time they are shown (or
    /// asked for here), which keeps them out of the start-up time.
    GeneratorPage *generatorPage();
    BulkPage *bulkPage();
    DiagnosticsPage *diagnosticsPage();
    QTabWidget *tabs() const;
    /// The answer in one line, above the views (hidden until a check starts).
    VerdictBanner *verdictBanner() const { return m_banner; }
    /// What the window shows before the first check; nullptr once a check started.
    StartPage *startPage() const { return m_startPage; }
    /// Opens "Who may issue" at the CA the verdict line names first (a click on the line).
    void showVerdictDetails();
    /// "My CAs…": pin the CAs the verdict line speaks of (remembered).
    void chooseMyCas();
    QLineEdit *domainEdit() const { return m_domain; }
    QLabel *inputMessage() const { return m_inputMessage; }
    /// The report of the last finished check (for export and Copy report): the answer for
    /// what the user looks at (reportFocusCas() × reportFocusKinds()), the fix, resolver
    /// and time; every CA × kind only when the appendix is chosen (Settings::reportAppendix);
    /// and the diagnostics when they were run for this check.
    CheckReport currentReport() const;
    /// The CAs a report answers for: pinned ones, the selected cell's, the filtered list's.
    QStringList reportFocusCas() const;
    /// The kinds a report answers for: the name's own, and the selected cell's.
    QList<CertificateKind> reportFocusKinds() const;
    /// Lookups sent and not answered yet (0 when idle).
    int pendingLookups() const;
    /// Check → Explain an error… (Ctrl+Shift+V): opens the dialog (or raises the open one)
    /// with `text` and, when there is any, explains it at once. Lookups go where the
    /// window's go.
    void explainError(const QString &text);
    /// The explain dialog, once opened (nullptr before).
    ExplainDialog *explainDialog() const;

    /// Certificate Transparency for the checked name (issue #19). lookUpCt() asks the CT
    /// service of the settings (ct/service, ct/baseUrl; crt.sh by default) after saying
    /// that the service learns the name (unless ct/privacyAccepted); importCtResults()
    /// reads a saved crt.sh or SSLMate response. Either marks the issuing CAs in "Who may
    /// issue", adds renewal-blocked findings, and keeps what was shown when it fails.
    void lookUpCt();
    bool importCtResults(const QString &path);
    /// "Start from the CAs that issue for you": the generator's draft from the CT issuers.
    void startDraftFromCt();
    const std::optional<CtReport> &ctReport() const { return m_ctReport; }
    /// These four build the views of a check first if they are not built yet.
    QLabel *ctStatus();
    QPushButton *ctLookUpButton();
    QPushButton *ctDraftButton();
    /// "and the names below it": list the issuers of the names below the checked one too.
    QCheckBox *ctSubdomainsBox();

Q_SIGNALS:
    void checkFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void buildUi();
    /// Builds the climbed tree, the records with findings and "Who may issue" (once): just
    /// after the window's first frame, or before, when something needs them.
    void ensureViews();
    /// The tabs of the views, with a placeholder page each (once).
    void ensureTabs();
    /// The status bar's progress of the check shown (the levels answered).
    QProgressBar *progressBar();
    void restoreViewSettings();
    /// The day "Who may issue" decides for (today, UTC, until the views are built).
    QDate asOfDate() const;
    /// The menu bar's titles (in the first frame) and, once, the menus' actions and their
    /// shortcuts: just after the first frame, or when a menu is first opened.
    void buildMenuTitles();
    void ensureActions();
    void restoreSettings();
    void saveSettings();
    void validateInput();
    void onLevel(int level);
    void onFinished(const CheckResult &result);
    void showResult(const CheckResult &result);
    void recomputeMatrix();
    void showCellExplanation(const QModelIndex &proxyIndex);
    void resolverChosen(int index);
    void openZoneFile();
    void openSample(const QString &resourcePath);
    void exportReport();
    /// The export dialog: format and appendix, remembered. False when cancelled.
    bool chooseReportOptions();
    void copyReport();
    void copyFromFocus();
    void showShortcuts();
    void about();
    void setBusy(bool busy);
    /// Sends the next lookups to `source` (labelled as the resolver picker shows it) and
    /// says in the status line which running work that ended, if any.
    void useSource(LookupSource source);
    /// The CA directory in use (the user's, else the bundled one), read on first use.
    const CaDirectory &directory() const;
    void rememberDomain(const QString &text);
    void updateVerdict();
    /// Replaces the start page by the views (for good).
    void showViews();

    CheckSession *m_session = nullptr;
    mutable bool m_directoryRead = false;
    CheckResult m_result;
    QList<Dns::ServerAddress> m_customServers; ///< the "Custom" entry's servers
    QList<ZoneText> m_zones;                   ///< the "Zone file" entry's zones
    int m_sourceIndex = 0;                     ///< the resolver entry in use
    QPointer<CheckJob> m_job; ///< the single check shown; belongs to the session
    QPointer<ExplainDialog> m_explainDialog;
    // Certificate Transparency for the name checked (issue #19).
    void applyCt(const CtParse &data, const QString &source, const QDateTime &fetchedAt);
    void startCtFetch(const CtFetchOptions &options);
    void refreshCt();
    std::optional<CtParse> m_ctData;
    QByteArray m_ctName; ///< the A-label name m_ctData was asked for
    QString m_ctSource;
    QDateTime m_ctFetchedAt;
    std::optional<CtReport> m_ctReport;
    QPointer<CtFetch> m_ctFetch;
    QLabel *m_ctStatus = nullptr;
    QPushButton *m_ctLookUp = nullptr;
    QPushButton *m_ctImport = nullptr;
    QPushButton *m_ctDraft = nullptr;
    QCheckBox *m_ctSubdomains = nullptr;
    qint64 m_startedMs = 0;
    QDateTime m_checkedAt;     ///< when the shown check finished (UTC)
    QString m_checkedThrough;  ///< the resolver entry it went through
    std::optional<quint32> m_authoritativeTtl; ///< of its relevant set, from the zone file or the zone's servers
    QString m_authoritativeTtlSource;

    QLineEdit *m_domain = nullptr;
    QStringListModel *m_history = nullptr;
    QComboBox *m_resolverCombo = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_inputMessage = nullptr;
    QTabWidget *m_tabs = nullptr;
    QVBoxLayout *m_centralLayout = nullptr; ///< the start page, then the views
    StartPage *m_startPage = nullptr;
    QWidget *m_treeTab = nullptr;    ///< holds the climbed tree once ensureViews() ran
    QWidget *m_recordsTab = nullptr; ///< the records and findings
    QWidget *m_matrixTab = nullptr;  ///< "Who may issue"
    bool m_viewsScheduled = false;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_checkMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    bool m_actionsBuilt = false;
    VerdictBanner *m_banner = nullptr;
    QTreeView *m_tree = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    QSplitter *m_treeSplit = nullptr;
    QTableView *m_recordsView = nullptr;
    QTableView *m_findingsView = nullptr;
    QSplitter *m_recordsSplit = nullptr;
    QLineEdit *m_matrixSearch = nullptr;
    QLineEdit *m_account = nullptr;
    QComboBox *m_method = nullptr;
    QDateEdit *m_asOf = nullptr;
    QTableView *m_matrixView = nullptr;
    QPlainTextEdit *m_explanation = nullptr;
    GeneratorPage *m_generator = nullptr;
    QWidget *m_generatorTab = nullptr;
    QUndoStack *m_generatorUndo = nullptr;
    BulkPage *m_bulk = nullptr;
    QWidget *m_bulkTab = nullptr;
    DiagnosticsPage *m_diagnostics = nullptr;
    QWidget *m_diagnosticsTab = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;

    ClimbTreeModel *m_climbModel = nullptr;
    RecordsModel *m_recordsModel = nullptr;
    FindingsModel *m_findingsModel = nullptr;
    MatrixModel *m_matrixModel = nullptr;
    mutable QSortFilterProxyModel *m_matrixProxy = nullptr;
};

} // namespace Caa::Ui
