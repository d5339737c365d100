#pragma once

#include "engine/checksession.h"
#include "explain/caerror.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace Caa {
class ExplainJob;
}

namespace Caa::Ui {

/// Check → Explain an error… (issue #20): the customer's pasted CA error in, the problems
/// read from it, the names checked through the window's lookup source, and one paragraph
/// a helpdesk can paste. Not modal: the window stays usable beside it.
class ExplainDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplainDialog)

public:
    /// Lookups go to `source` (the window's choice when the dialog opened), decided for
    /// the CAs of `directory`.
    ExplainDialog(const LookupSource &source, const CaDirectory &directory, QWidget *parent = nullptr);
    ~ExplainDialog() override;

    void setText(const QString &text);
    QPlainTextEdit *textEdit() const { return m_text; }
    QPushButton *explainButton() const { return m_explain; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *openCheckButton() const { return m_openCheck; }
    QTextBrowser *resultView() const { return m_result; }
    /// The paragraph of the last explanation (empty before the first one).
    QString answer() const { return m_answer; }
    const QList<CaProblem> &problems() const { return m_problems; }
    bool isRunning() const;

public Q_SLOTS:
    /// Reads the text and, when it names problems, checks their names; a second press
    /// while it runs stops it.
    void explain();

Q_SIGNALS:
    /// "Show the check": check this name in the window.
    void checkRequested(const QString &name);
    /// An explanation is shown (after the lookups, or at once when nothing was recognised).
    void explained();

private:
    void showResult();
    void setRunning(bool running);

    CheckSession m_session;
    std::unique_ptr<ExplainJob> m_job;
    QList<CaProblem> m_problems;
    QString m_answer;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_explain = nullptr;
    QLabel *m_status = nullptr;
    QTextBrowser *m_result = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_openCheck = nullptr;
};

} // namespace Caa::Ui
