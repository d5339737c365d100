#pragma once

#include <QWidget>

class QListWidget;
class QVBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Caa::Ui {

/// What the window shows before the first check: what to type, two examples to click,
/// the bundled sample zone (works with no network), a field for a CA's error message
/// (issue #20) and the names checked lately. The
/// window replaces it with the views once a check starts.
class StartPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartPage)

public:
    explicit StartPage(QWidget *parent = nullptr);
    ~StartPage() override;

    /// The names checked lately, newest first; the list hides when there are none.
    void setRecentNames(const QStringList &names);
    /// nullptr until there was a name to show.
    QListWidget *recentList() const { return m_recent; }
    QList<QPushButton *> exampleButtons() const { return m_examples; }
    QPushButton *sampleButton() const { return m_sample; }
    QPlainTextEdit *errorField() const { return m_errorText; }
    QPushButton *explainButton() const { return m_explain; }

Q_SIGNALS:
    /// Check this name (an example or a recent one was chosen).
    void nameChosen(const QString &name);
    void openSampleRequested();
    /// Explain this pasted CA error (Check → Explain an error… with the text).
    void explainRequested(const QString &text);

private:
    QList<QPushButton *> m_examples;
    QPushButton *m_sample = nullptr;
    QPlainTextEdit *m_errorText = nullptr;
    QPushButton *m_explain = nullptr;
    QLabel *m_recentLabel = nullptr;
    QListWidget *m_recent = nullptr;
    QWidget *m_panel = nullptr;
    QVBoxLayout *m_column = nullptr;
};

} // namespace Caa::Ui
