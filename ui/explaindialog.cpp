#include "explaindialog.h"

#include "explain/explainjob.h"
#include "explain/explanation.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Caa::Ui {

namespace {

// The answer as HTML: zone-file lines and names the answer puts in backticks are code.
QString answerHtml(const QString &answer)
{
    const QStringList pieces = answer.split(u'`');
    QString html;
    for (qsizetype i = 0; i < pieces.size(); ++i)
        html += i % 2 ? QStringLiteral("<code>%1</code>").arg(pieces[i].toHtmlEscaped()) : pieces[i].toHtmlEscaped();
    return html;
}

} // namespace

ExplainDialog::ExplainDialog(const LookupSource &source, const CaDirectory &directory, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("explainDialog"));
    setWindowTitle(tr("Explain a CA's error"));
    m_session.setSource(source);
    m_session.setDirectory(directory);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Paste what the CA or the ACME client printed (certbot, lego, acme.sh, Caddy, cert-manager, win-acme, "
                                "a cloud console or a CA portal). The names it mentions are checked through %1, for the CA it names.")
                                 .arg(source.label.isEmpty() ? tr("the resolver chosen in the window") : source.label),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    auto *textLabel = new QLabel(tr("The &error message:"), this);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("explainText"));
    m_text->setPlaceholderText(tr("e.g. urn:ietf:params:acme:error:caa :: While processing CAA for shop.example.net: "
                                  "CAA record for example.net prevents issuance"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTabChangesFocus(true);
    m_text->setAccessibleName(tr("The CA's error message"));
    textLabel->setBuddy(m_text);
    layout->addWidget(textLabel);
    layout->addWidget(m_text, 2);

    auto *row = new QHBoxLayout;
    m_explain = new QPushButton(tr("E&xplain"), this);
    m_explain->setObjectName(QStringLiteral("explainButton"));
    m_explain->setToolTip(tr("Read the message and check the names it mentions (Ctrl+Enter)"));
    m_explain->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_explain->setDefault(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("explainStatus"));
    m_status->setWordWrap(true);
    row->addWidget(m_explain);
    row->addWidget(m_status, 1);
    layout->addLayout(row);

    m_result = new QTextBrowser(this);
    m_result->setObjectName(QStringLiteral("explainResult"));
    m_result->setOpenLinks(false);
    m_result->setAccessibleName(tr("What the CA said and the answer"));
    m_result->setPlaceholderText(tr("The problems read from the message and the answer appear here."));
    layout->addWidget(m_result, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy answer"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyAnswer"));
    m_copy->setToolTip(tr("Copy the answer paragraph, for the ticket"));
    m_openCheck = buttons->addButton(tr("&Show the check"), QDialogButtonBox::ActionRole);
    m_openCheck->setObjectName(QStringLiteral("showCheck"));
    m_openCheck->setToolTip(tr("Check the first name in the window, with every view"));
    layout->addWidget(buttons);
    m_copy->setEnabled(false);
    m_openCheck->setEnabled(false);

    connect(m_explain, &QPushButton::clicked, this, &ExplainDialog::explain);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_answer); });
    connect(m_openCheck, &QPushButton::clicked, this, [this] {
        const QList<ExplainTarget> targets = explainTargets(m_problems);
        if (!targets.isEmpty())
            Q_EMIT checkRequested(targets.first().name);
    });
    resize(760, 620);
}

ExplainDialog::~ExplainDialog()
{
    // The job refers to the session; it goes first.
    m_job.reset();
}

void ExplainDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

bool ExplainDialog::isRunning() const
{
    return m_job && !m_job->isFinished();
}

void ExplainDialog::setRunning(bool running)
{
    m_explain->setText(running ? tr("&Stop") : tr("E&xplain"));
    m_text->setReadOnly(running);
}

void ExplainDialog::explain()
{
    if (isRunning()) {
        m_job->cancel();
        return;
    }
    const QString text = m_text->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_status->setText(tr("Paste the CA's error message first."));
        m_text->setFocus();
        return;
    }
    m_problems = readCaErrors(text, &m_session.directory());
    m_answer.clear();
    m_copy->setEnabled(false);
    m_openCheck->setEnabled(false);
    if (m_problems.isEmpty()) {
        showResult();
        return;
    }
    m_job = std::make_unique<ExplainJob>(m_session, explainTargets(m_problems), m_session.directory());
    connect(m_job.get(), &ExplainJob::progress, m_status, &QLabel::setText);
    connect(m_job.get(), &ExplainJob::finished, this, &ExplainDialog::showResult);
    setRunning(true);
    m_status->setText(tr("Checking…"));
    m_job->start();
}

void ExplainDialog::showResult()
{
    setRunning(false);
    const QList<CheckReport> reports = m_job && !m_problems.isEmpty() ? m_job->reports() : QList<CheckReport>{};
    if (m_job && !m_job->error().isEmpty())
        m_status->setText(m_job->error());
    else if (m_job && m_job->isCancelled())
        m_status->setText(tr("Stopped: the answer says what was found until then."));
    else if (m_problems.isEmpty())
        m_status->setText(tr("Nothing recognised."));
    else
        m_status->setText(tr("%n problem(s) read; the names were checked just now.", nullptr, int(m_problems.size())));
    m_answer = explainAnswer(m_problems, reports, true);

    QString html = QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("What the CA said").toHtmlEscaped());
    for (const CaProblem &p : std::as_const(m_problems))
        html += QStringLiteral("<li>%1</li>").arg(caProblemLine(p).toHtmlEscaped());
    if (m_problems.isEmpty())
        html += QStringLiteral("<li>%1</li>").arg(tr("nothing recognised").toHtmlEscaped());
    html += QStringLiteral("</ul><p><b>%1</b></p><p>%2</p>").arg(tr("Answer").toHtmlEscaped(), answerHtml(m_answer));
    m_result->setHtml(html);
    m_copy->setEnabled(!m_answer.isEmpty());
    m_openCheck->setEnabled(!explainTargets(m_problems).isEmpty());
    if (!explainTargets(m_problems).isEmpty())
        m_openCheck->setText(tr("&Show the check of %1").arg(explainTargets(m_problems).first().name));
    Q_EMIT explained();
}

} // namespace Caa::Ui
