#pragma once

#include "ca/cadirectory.h"
#include "engine/climb.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMimeData;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace Caa {
class BulkCheck;
class CheckSession;
namespace Dns {
class LookupService;
class QueryScheduler;
} // namespace Dns
} // namespace Caa

namespace Caa::Ui {

class BulkFilterProxy;
class BulkModel;

/// "Many names": paste a list, open a file, or drop a list or a certificate; check them
/// all in one run (bounded queries in flight, shared parents asked once), watch the
/// progress, cancel, then sort, filter and export the table.
class BulkPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkPage)

public:
    explicit BulkPage(QWidget *parent = nullptr);
    ~BulkPage() override;

    void setDirectory(const CaDirectory &directory);
    /// The window's session: runs go through its current source (resolver or zone files).
    void setSession(CheckSession *session);

    void setNamesText(const QString &text);
    QString namesText() const;
    /// Adds the names of a list file (one per line, '#' comments) or of a certificate
    /// (PEM or DER: its subjectAlternativeName entries). False with `error` set when the
    /// file cannot be used; the names already there are kept.
    bool addNamesFromFile(const QString &path, QString *error = nullptr);

    void start();
    void cancel();
    bool isRunning() const;
    /// Which rows an export writes: those the filter shows, or all.
    enum class ExportRows { Shown, All };
    /// Writes the finished rows (CSV, JSON, Markdown or text by the file's suffix) atomically.
    bool exportTo(const QString &path, QString *error = nullptr, ExportRows rows = ExportRows::All) const;

    BulkModel *model() const { return m_model; }
    BulkFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QComboBox *caCombo() const { return m_ca; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *outcomeCombo() const { return m_outcome; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLabel *statusLabel() const { return m_status; }
    QProgressBar *progressBar() const { return m_progress; }
    /// The scheduler of the current or last network run (nullptr before the first one).
    const Dns::QueryScheduler *scheduler() const;
    /// Where the last run's lookups went: the resolver, or a ZoneLookupService offline.
    const Dns::LookupService *lookupSource() const;

Q_SIGNALS:
    void runFinished(bool cancelled);
    /// The user asked to see one name in detail (double-click or Enter on a row).
    void openName(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildUi();
    void requestChanged();
    void onNameChecked(int index, const Caa::CheckResult &result);
    void countNames();
    void readListPiece();
    void beginRun();
    /// Ends a Check all that found nothing to run, saying why.
    void listNotRun(const QString &why);
    void finishRun(bool cancelled);
    void updateStatus();
    void setRunning(bool running);
    void openListFile();
    void openCertificate();
    void exportDialog(ExportRows rows);
    bool acceptDrop(const QMimeData *mime);
    void dropMime(const QMimeData *mime);

    CaDirectory m_directory;
    CheckSession *m_session = nullptr;
    QString m_sourceLabel; ///< where the running run's lookups go, for the status line
    QList<int> m_rowOfName; // index in the run → row in the model
    bool m_running = false;     ///< from Check all until the run ends (reading the list is part of it)
    bool m_readingList = false; ///< the list is being read into the table, before the run
    int m_nextLine = 0;         ///< the editor's next line (block number) to read, while m_readingList
    QElapsedTimer m_clock;
    QPointer<BulkCheck> m_run; ///< belongs to the session
    int m_queriesSent = -1;    ///< by the current or last run; -1 before the first
    QTimer *m_readMore = nullptr;   ///< reads the next piece of a long list
    QTimer *m_countLater = nullptr; ///< counts the names a moment after the typing stops
    /// While a run goes: the progress bar and the counts, ten times a second. Drawing them
    /// for every name cost more than checking the names (issue #18).
    QTimer *m_progressTick = nullptr;

    QPlainTextEdit *m_names = nullptr;
    QPushButton *m_openList = nullptr;
    QPushButton *m_openCert = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_export = nullptr;
    QComboBox *m_ca = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_outcome = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_view = nullptr;
    BulkModel *m_model = nullptr;
    BulkFilterProxy *m_proxy = nullptr;
};

} // namespace Caa::Ui
