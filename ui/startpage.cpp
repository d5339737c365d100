#include "startpage.h"

#include "theme.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Caa::Ui {

StartPage::StartPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("startPage"));
    // A panel on the base colour, centred: the page reads as a page, not an empty window.
    auto *outer = new QVBoxLayout(this);
    auto *middle = new QHBoxLayout;
    auto *panel = new QFrame(this);
    panel->setFrameShape(QFrame::StyledPanel);
    panel->setAutoFillBackground(true);
    panel->setBackgroundRole(QPalette::Base);
    panel->setMaximumWidth(760);
    outer->addStretch(1);
    outer->addLayout(middle);
    outer->addStretch(2);
    middle->addStretch(1);
    middle->addWidget(panel, 4);
    middle->addStretch(1);
    auto *column = new QVBoxLayout(panel);
    column->setContentsMargins(24, 20, 24, 20);
    column->setSpacing(10);

    auto *heading = new QHBoxLayout;
    auto *logo = new QLabel(panel);
    logo->setPixmap(icon("caa-inspector").pixmap(48, 48));
    auto *title = new WrappedLabel(tr("Which certificate authorities may issue for a name, and why?"), panel);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    auto *how = new WrappedLabel(tr("Type a domain in the field above and press Enter: a name, *.name for a wildcard, a pasted URL, "
                              "or an e-mail address (for S/MIME certificates). The answer appears in one line above the views; "
                              "the views show every name asked, the records that decide, and every CA of the directory."),
                           panel);
    heading->addWidget(logo, 0, Qt::AlignTop);
    heading->addWidget(title, 1);
    column->addLayout(heading);
    column->addWidget(how);

    auto *examples = new QHBoxLayout;
    examples->addWidget(new QLabel(tr("Try:"), panel));
    for (const QString &name : {QStringLiteral("letsencrypt.org"), QStringLiteral("*.wikipedia.org")}) {
        auto *button = new QPushButton(name, panel);
        button->setObjectName(QStringLiteral("example"));
        button->setToolTip(tr("Check %1 through the resolver chosen above").arg(name));
        button->setAccessibleName(tr("Check the example %1").arg(name));
        connect(button, &QPushButton::clicked, this, [this, name] { Q_EMIT nameChosen(name); });
        examples->addWidget(button);
        m_examples << button;
    }
    examples->addStretch(1);
    column->addLayout(examples);

    auto *offline = new QHBoxLayout;
    m_sample = new QPushButton(icon("records"), tr("Open the sample zone (no network)"), panel);
    m_sample->setObjectName(QStringLiteral("openSample"));
    m_sample->setToolTip(tr("File → Open sample: check names of example.net from a bundled zone file, offline"));
    m_sample->setAccessibleName(m_sample->text());
    connect(m_sample, &QPushButton::clicked, this, &StartPage::openSampleRequested);
    offline->addWidget(m_sample);
    offline->addStretch(1);
    column->addLayout(offline);

    // A helpdesk ticket starts with the CA's error, not with a name.
    auto *errorLabel = new QLabel(tr("Got an error from a CA? &Paste it here:"), panel);
    m_errorText = new QPlainTextEdit(panel);
    m_errorText->setObjectName(QStringLiteral("startErrorField"));
    m_errorText->setPlaceholderText(tr("e.g. CAA record for example.net prevents issuance"));
    m_errorText->setTabChangesFocus(true);
    m_errorText->setAccessibleName(tr("A CA's error message to explain"));
    m_errorText->setMaximumHeight(m_errorText->fontMetrics().lineSpacing() * 4);
    errorLabel->setBuddy(m_errorText);
    m_explain = new QPushButton(tr("E&xplain"), panel);
    m_explain->setObjectName(QStringLiteral("startExplain"));
    m_explain->setToolTip(tr("Read the error, check the names it mentions and answer in one paragraph (Check → Explain an error…)"));
    m_explain->setEnabled(false);
    connect(m_errorText, &QPlainTextEdit::textChanged, this, [this] { m_explain->setEnabled(!m_errorText->toPlainText().trimmed().isEmpty()); });
    connect(m_explain, &QPushButton::clicked, this, [this] { Q_EMIT explainRequested(m_errorText->toPlainText()); });
    auto *errorRow = new QHBoxLayout;
    errorRow->addWidget(m_errorText, 1);
    errorRow->addWidget(m_explain, 0, Qt::AlignTop);
    column->addWidget(errorLabel);
    column->addLayout(errorRow);

    // "Checked lately" is made with the first name it shows (setRecentNames()): a first
    // run has none, and an empty list is start-up time for nothing (issue #18).
    m_panel = panel;
    m_column = column;
}

StartPage::~StartPage() = default;

void StartPage::setRecentNames(const QStringList &names)
{
    if (!m_recent && names.isEmpty())
        return;
    if (!m_recent) {
        m_recentLabel = new QLabel(tr("Checked &lately:"), m_panel);
        m_recent = new QListWidget(m_panel);
        m_recent->setObjectName(QStringLiteral("recentNames"));
        m_recent->setAccessibleName(tr("Names checked lately"));
        m_recent->setToolTip(tr("Double-click or Enter to check again"));
        m_recent->setMaximumHeight(160);
        m_recentLabel->setBuddy(m_recent);
        connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { Q_EMIT nameChosen(item->text()); });
        m_column->addWidget(m_recentLabel);
        m_column->addWidget(m_recent);
    }
    m_recent->clear();
    m_recent->addItems(names.mid(0, 10));
    m_recentLabel->setVisible(!names.isEmpty());
    m_recent->setVisible(!names.isEmpty());
}

} // namespace Caa::Ui
