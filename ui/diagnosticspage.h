#pragma once

#include "engine/diagnosticsresult.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace Caa {
class CheckSession;
class DiagnosticsJob;
} // namespace Caa

namespace Caa::Ui {

/// "Diagnostics" for helpdesk tickets: every authoritative server of the zones on the
/// climbed path asked directly and compared, DNSSEC per level (SERVFAIL retried with
/// CD=1), and the same climb through other resolvers. One click runs them for the name
/// last checked; the result joins the exported report.
class DiagnosticsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsPage)

public:
    explicit DiagnosticsPage(QWidget *parent = nullptr);
    ~DiagnosticsPage() override;

    /// The window's session: the diagnostics ask through its source (resolver, timeout).
    void setSession(CheckSession *session);
    /// A new check finished: earlier diagnostics no longer apply.
    void checkChanged(const CheckResult &check);

    void start();
    void cancel();
    bool isRunning() const;
    /// The diagnostics shown: of the current check, or of an earlier check of the same name.
    const std::optional<Diagnostics> &diagnostics() const { return m_diagnostics; }
    /// The diagnostics run for the check shown now (what a report may carry); nothing when
    /// they were run for an earlier check, even of the same name.
    std::optional<Diagnostics> diagnosticsOfCurrentCheck() const;

    QCheckBox *authoritativeBox() const { return m_authoritative; }
    QLineEdit *resolversEdit() const { return m_resolvers; }
    QSpinBox *portSpin() const { return m_port; }
    QCheckBox *originPublicBox() const { return m_originPublic; }
    QTreeWidget *tree() const { return m_tree; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void finished();

private:
    void buildUi();
    void showDiagnostics(const Diagnostics &d);
    QTreeWidgetItem *section(const QString &title, const char *iconName);

    CheckSession *m_session = nullptr;
    CheckResult m_check; ///< the check shown in the window
    int m_checkSerial = 0; ///< counts the checks shown, so a repeat of the same name differs
    QDateTime m_checkedAt;
    int m_diagnosedSerial = -1; ///< the check the diagnostics were run for
    QDateTime m_diagnosedAt;
    QPointer<DiagnosticsJob> m_job; ///< belongs to the session
    std::optional<Diagnostics> m_diagnostics;

    QCheckBox *m_authoritative = nullptr;
    QLineEdit *m_resolvers = nullptr;
    QPushButton *m_public = nullptr;
    QSpinBox *m_port = nullptr;
    QCheckBox *m_originPublic = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPlainTextEdit *m_detail = nullptr;
};

} // namespace Caa::Ui
