#pragma once

#include "report/verdictline.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace Caa::Ui {

/// The answer in one glance, above the views: the verdict line in words, with an icon and
/// a colour for its tone (never colour alone). Clicking it, or Enter / Space when it has
/// the focus, emits activated() (the window opens "Who may issue" there); "My CAs…" lets
/// the user pin the CAs the line speaks of.
class VerdictBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerdictBanner)

public:
    explicit VerdictBanner(QWidget *parent = nullptr);
    ~VerdictBanner() override;

    void showLine(const VerdictLine &line);
    /// A neutral line while a check runs ("Checking www.example.com…").
    void showProgress(const QString &text);
    QString text() const;
    VerdictLine::Tone tone() const { return m_tone; }
    QToolButton *myCasButton() const { return m_myCas; }

Q_SIGNALS:
    void activated();
    void myCasRequested();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyTone();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_myCas = nullptr;
    VerdictLine::Tone m_tone = VerdictLine::Tone::Fine;
    bool m_progress = false;
};

} // namespace Caa::Ui
