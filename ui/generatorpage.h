#pragma once

#include "ct/ctlog.h"

#include "ca/cadirectory.h"
#include "engine/climb.h"
#include "generator/draft.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;
class QUndoStack;

namespace Caa {
class CheckJob;
class CheckSession;
} // namespace Caa

namespace Caa::Ui {

class FindingsModel;
class WhatIfModel;

/// The generator: a point-and-click CAA policy editor with a live preview in every output
/// format, provider warnings, undo/redo, "start from the live records", "simulate this
/// draft" and atomic save/load of drafts.
class GeneratorPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeneratorPage)

public:
    /// `undo` is the stack edits go on (the window's Edit menu drives it); the page makes
    /// its own when none is given.
    explicit GeneratorPage(QWidget *parent = nullptr, QUndoStack *undo = nullptr);
    ~GeneratorPage() override;

    void setDirectory(const CaDirectory &directory);
    /// The day the warnings and the what-if decide for ("As of" in Who may issue): before
    /// 2027-03-15 a CA not known to process RFC 8657 parameters may ignore them.
    void setAsOf(const QDate &day);
    /// The climb the draft is compared with ("simulate this draft") and imported from.
    void setLiveCheck(const CheckResult &check);
    /// The window's session: a draft for a name not on the last check's path is checked
    /// through it before it is simulated.
    void setSession(CheckSession *session);

    /// The TTL the zone's own servers (or its zone file) give the live records, and who
    /// said so ("ns1.example.net (192.0.2.53)", "the zone file"); "Start from the live
    /// records" uses it. nullopt: not known (a resolver's TTL is what is left in its cache).
    void setAuthoritativeTtl(std::optional<quint32> ttl, const QString &source = {});
    /// The line under the TTL saying where it came from (empty when none is shown).
    QString ttlNote() const;

    /// Certificate Transparency for a name (issue #19): the what-if then also says which
    /// renewals the draft would block there. nullopt: none known.
    void setCtReport(const std::optional<CtReport> &report, const QByteArray &name = {});

    PolicyDraft draft() const { return m_draft; }
    /// Replaces the draft (undoable).
    void setDraft(const PolicyDraft &draft);
    CaaPolicy policy() const;
    QString previewText() const;
    QUndoStack *undoStack() const { return m_undo; }

    bool saveDraft(const QString &path, QString *error = nullptr) const;
    bool loadDraft(const QString &path, QString *error = nullptr);

public Q_SLOTS:
    void startFromLiveRecords();
    void simulateDraft();
    /// An empty draft for the same name and TTL (one undo step).
    void newDraft();
    /// The what-if text as shown (for tests).
    QString whatIfText() const;
    void addCa(const QString &nameOrIdentifier);

Q_SIGNALS:
    void draftChanged();

private:
    /// The climb of `name` without asking the network: the last check's, or the levels of
    /// it from `name` up when `name` is on its path (the same answers); nothing otherwise.
    std::optional<CheckResult> knownClimb(const DomainName &name) const;
    /// "Publish at" changed: asks whether the CAs and contacts go along to the new name.
    void ownerEdited();
    void showWhatIf(const CheckResult &climb);
    /// The what-if line; the table of changes only with `withTable` (else it is emptied).
    void showWhatIfMessage(const QString &text, bool withTable = false);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    friend class DraftCommand;
    void buildUi();
    void showDraft();          // draft → widgets (signals blocked)
    PolicyDraft readWidgets() const;
    void widgetsEdited();      // widgets → undoable draft change
    void restoreDraft(const PolicyDraft &draft); // used by undo/redo
    void refreshPreview();

    CaDirectory m_directory;
    QDate m_asOf;
    CheckResult m_live;
    CheckSession *m_session = nullptr;
    std::optional<CheckResult> m_ownerClimb; ///< a check of the draft's own name, when one was needed
    QPointer<CheckJob> m_ownerCheck;          ///< that check while it runs
    bool m_whatIfShown = false;               ///< a what-if is shown: it follows the draft's edits
    std::optional<quint32> m_authoritativeTtl; ///< of the live records, from their zone's servers or file
    QString m_authoritativeTtlSource;
    PolicyDraft m_draft;
    QUndoStack *m_undo = nullptr;
    bool m_updating = false;

    QLineEdit *m_owner = nullptr;
    QSpinBox *m_ttl = nullptr;
    QLabel *m_ttlNote = nullptr;
    QComboBox *m_caPicker = nullptr;
    QPushButton *m_addCa = nullptr;
    QPushButton *m_removeCa = nullptr;
    QPushButton *m_methodsButton = nullptr;
    QTableWidget *m_grants = nullptr;
    QComboBox *m_singleUncovered = nullptr;
    QComboBox *m_wildcardUncovered = nullptr;
    QComboBox *m_emailUncovered = nullptr;
    QComboBox *m_vmcUncovered = nullptr;
    QLineEdit *m_iodef = nullptr;
    QLineEdit *m_contactEmail = nullptr;
    QLineEdit *m_contactPhone = nullptr;
    QList<QCheckBox *> m_critical;
    QCheckBox *m_compact = nullptr;
    QPlainTextEdit *m_extra = nullptr;
    QLabel *m_extraError = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_provider = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QTableView *m_findingsView = nullptr;
    FindingsModel *m_findings = nullptr;
    QLabel *m_whatIf = nullptr;          ///< what the draft changes, in a sentence
    std::optional<CtReport> m_ctReport;  ///< CT for the name it is for (issue #19)
    QByteArray m_ctName;                 ///< that name (A-labels)
    WhatIfModel *m_whatIfModel = nullptr;
    QTableView *m_whatIfView = nullptr;  ///< the changes, one row per CA × kind
};

} // namespace Caa::Ui
