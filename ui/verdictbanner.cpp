#include "verdictbanner.h"

#include "theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QStyle>
#include <QToolButton>

namespace Caa::Ui {

VerdictBanner::VerdictBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("verdictBanner"));
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(tr("Verdict"));
    setToolTip(tr("Click (or Enter) to see every CA in \"Who may issue\""));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 6, 8, 6);
    m_icon = new QLabel(this);
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setFixedSize(side, side);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("verdictText"));
    m_text->setTextFormat(Qt::PlainText); // names and records are data, never markup
    m_text->setWordWrap(true);
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    m_myCas = new QToolButton(this);
    m_myCas->setObjectName(QStringLiteral("myCasButton"));
    m_myCas->setText(tr("My CAs…"));
    m_myCas->setToolTip(tr("Choose the CAs you use: the verdict line then speaks of them first"));
    m_myCas->setAccessibleName(tr("My CAs"));
    m_myCas->setAccessibleDescription(m_myCas->toolTip());
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addWidget(m_text, 1);
    row->addWidget(m_myCas, 0, Qt::AlignTop);
    connect(m_myCas, &QToolButton::clicked, this, &VerdictBanner::myCasRequested);
}

VerdictBanner::~VerdictBanner() = default;

void VerdictBanner::showLine(const VerdictLine &line)
{
    m_progress = false;
    m_tone = line.tone;
    m_text->setText(line.text);
    setAccessibleDescription(line.text);
    applyTone();
}

void VerdictBanner::showProgress(const QString &text)
{
    m_progress = true;
    m_tone = VerdictLine::Tone::Fine;
    m_text->setText(text);
    setAccessibleDescription(text);
    applyTone();
}

QString VerdictBanner::text() const
{
    return m_text->text();
}

void VerdictBanner::applyTone()
{
    const int side = m_icon->width();
    QColor colour = palette().color(QPalette::WindowText);
    QIcon shape = icon("info");
    if (!m_progress) {
        switch (m_tone) {
        case VerdictLine::Tone::Fine: shape = icon("permit"); break;
        case VerdictLine::Tone::Warning:
            shape = icon("warning");
            colour = failureColor();
            break;
        case VerdictLine::Tone::Problem:
            shape = icon("deny");
            colour = denyColor();
            break;
        }
    }
    m_icon->setPixmap(shape.pixmap(side, side));
    QPalette pal = m_text->palette();
    pal.setColor(QPalette::WindowText, colour);
    m_text->setPalette(pal);
}

void VerdictBanner::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        Q_EMIT activated();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void VerdictBanner::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier) {
            Q_EMIT activated();
            return;
        }
        break;
    default:
        break;
    }
    QFrame::keyPressEvent(event);
}

void VerdictBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyTone();
}

} // namespace Caa::Ui
