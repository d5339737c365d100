#include "diagnosticspage.h"

#include "settings.h"

#include "theme.h"

#include "engine/checksession.h"
#include "engine/diagnostics.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Caa::Ui {

namespace {

enum Column { ItemColumn, DetailColumn, SerialColumn };

QString answerText(const Dns::LookupResult &r)
{
    switch (classifyAuthoritative(r)) {
    case ServerOutcome::Records: return caaAnswersText(r.caa);
    case ServerOutcome::NoData: return QCoreApplication::translate("Caa::Ui::DiagnosticsPage", "no CAA (NODATA)");
    case ServerOutcome::NxDomain: return QCoreApplication::translate("Caa::Ui::DiagnosticsPage", "NXDOMAIN");
    case ServerOutcome::Refused: return QCoreApplication::translate("Caa::Ui::DiagnosticsPage", "REFUSED (lame)");
    case ServerOutcome::Lame: return r.rcode == 2 ? QCoreApplication::translate("Caa::Ui::DiagnosticsPage", "SERVFAIL (lame)") : QCoreApplication::translate("Caa::Ui::DiagnosticsPage", "answer without AA (lame)");
    case ServerOutcome::Timeout: return QCoreApplication::translate("Caa::Ui::DiagnosticsPage", "no answer (timeout)");
    case ServerOutcome::Failure: return r.errorMessage.isEmpty() ? r.outcomeName() : r.errorMessage;
    }
    return QString();
}

// A server's answer in a few words, for the line that sums up a server over all names.
QString outcomeWords(const Dns::LookupResult &r)
{
    switch (classifyAuthoritative(r)) {
    case ServerOutcome::Records: return QCoreApplication::translate("Caa::Ui::DiagnosticsPage", "CAA records");
    case ServerOutcome::Failure: return lookupOutcomeText(r);
    default: return answerText(r);
    }
}

QIcon outcomeIcon(ServerOutcome o)
{
    switch (o) {
    case ServerOutcome::Records: return icon("records");
    case ServerOutcome::NoData:
    case ServerOutcome::NxDomain: return icon("empty");
    default: return icon("failure");
    }
}

QIcon dnssecIcon(DnssecState s)
{
    switch (s) {
    case DnssecState::Secure: return icon("secure");
    case DnssecState::Insecure: return icon("info");
    case DnssecState::Bogus:
    case DnssecState::ServerFailure: return icon("error");
    case DnssecState::Unknown: return icon("warning");
    }
    return {};
}

QString dnssecText(DnssecState s)
{
    switch (s) {
    case DnssecState::Secure: return QCoreApplication::translate("Caa::Ui::DiagnosticsPage", "Secure");
    case DnssecState::Insecure: return QCoreApplication::translate("Caa::Ui::DiagnosticsPage", "Insecure");
    case DnssecState::Bogus: return QCoreApplication::translate("Caa::Ui::DiagnosticsPage", "Bogus");
    case DnssecState::ServerFailure: return QCoreApplication::translate("Caa::Ui::DiagnosticsPage", "Server failure");
    case DnssecState::Unknown: return QCoreApplication::translate("Caa::Ui::DiagnosticsPage", "Unknown");
    }
    return QString();
}

} // namespace

DiagnosticsPage::DiagnosticsPage(QWidget *parent) : QWidget(parent)
{
    buildUi();
}

DiagnosticsPage::~DiagnosticsPage() = default;

void DiagnosticsPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("For tickets like \"the CA says CAA forbids it, but my records allow it\": ask every nameserver "
                                "directly, check DNSSEC, and compare resolvers — for the name last checked."),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *row = new QHBoxLayout;
    m_authoritative = new QCheckBox(tr("Ask every &authoritative server"), this);
    m_authoritative->setObjectName(QStringLiteral("diagAuthoritative"));
    m_authoritative->setChecked(true);
    m_authoritative->setToolTip(tr("Find the zones on the climbed path, their nameservers and addresses, and ask each address "
                                   "directly (no recursion) for CAA and the SOA serial"));
    auto *portLabel = new QLabel(tr("Nameserver p&ort:"), this);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("diagPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(Settings::diagnosticsNameserverPort().get());
    m_port->setToolTip(tr("Port of the nameservers: 53 on the Internet; other values for test beds. Also the port a failed "
                          "lookup's zone servers are asked on, to tell the resolver's failure from the domain's."));
    // A failed check asks the zone's servers on this port too: from the next check on.
    connect(m_port, &QSpinBox::valueChanged, this, [this](int port) {
        Settings::diagnosticsNameserverPort().set(port);
        if (m_session)
            m_session->setNameserverPort(quint16(port));
    });
    portLabel->setBuddy(m_port);
    auto *resolversLabel = new QLabel(tr("Compare &resolvers:"), this);
    m_resolvers = new QLineEdit(this);
    m_resolvers->setObjectName(QStringLiteral("diagResolvers"));
    m_resolvers->setPlaceholderText(tr("e.g. 1.1.1.1, 8.8.8.8 (empty: none)"));
    m_resolvers->setAccessibleName(tr("Resolvers to compare"));
    addClearButton(m_resolvers);
    resolversLabel->setBuddy(m_resolvers);
    m_public = new QPushButton(tr("Public"), this);
    m_public->setToolTip(tr("Public resolvers: Cloudflare 1.1.1.1, Google 8.8.8.8 and Quad9 9.9.9.9 unless changed in the settings"));
    m_run = new QPushButton(icon("records"), tr("Run &diagnostics"), this);
    m_run->setAccessibleDescription(tr("Ask every nameserver and the resolvers given, for the name last checked"));
    m_run->setObjectName(QStringLiteral("diagRun"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    row->addWidget(m_authoritative);
    row->addWidget(portLabel);
    row->addWidget(m_port);
    row->addSpacing(12);
    row->addWidget(resolversLabel);
    row->addWidget(m_resolvers, 1);
    row->addWidget(m_public);
    row->addWidget(m_run);
    row->addWidget(m_cancel);
    layout->addLayout(row);

    // Whose failure a failed lookup is: the zone's own servers are always asked; public
    // resolvers only when the user says so, because they learn the name (issue #21).
    m_originPublic = new QCheckBox(tr("When a lookup fails, also ask the &public resolvers, to tell whose failure it is"), this);
    m_originPublic->setObjectName(QStringLiteral("originPublicBox"));
    m_originPublic->setChecked(Settings::failureOriginComparePublic().get());
    m_originPublic->setToolTip(tr("A failed lookup is always asked again at the domain's own nameservers, to tell your resolver's failure from the "
                                  "domain's. With this on, the public resolvers of the \"Public\" list (%1) are asked too, which helps "
                                  "when the nameservers cannot be reached from here; they learn which name you checked.")
                                   .arg(Settings::publicResolvers().get()));
    m_originPublic->setAccessibleDescription(m_originPublic->toolTip());
    connect(m_originPublic, &QCheckBox::toggled, this, [this](bool on) {
        Settings::failureOriginComparePublic().set(on);
        if (m_session)
            m_session->setOriginCompareResolvers(Settings::failureOriginCompareResolvers());
    });
    layout->addWidget(m_originPublic);

    m_status = new QLabel(tr("Check a name first, then run the diagnostics for it."), this);
    m_status->setObjectName(QStringLiteral("diagStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_tree = new QTreeWidget(this);
    m_tree->setAccessibleDescription(tr("What the diagnostics found: the servers compared, DNSSEC per level, the resolvers and the findings"));
    m_tree->setObjectName(QStringLiteral("diagTree"));
    m_tree->setAccessibleName(tr("Diagnostics"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Server, name or level"), tr("Answer or verdict"), tr("Serial")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(DetailColumn, QHeaderView::Stretch);
    m_tree->setColumnWidth(ItemColumn, 330);
    m_tree->setColumnWidth(SerialColumn, 110);
    // The decisive lines are long (which server differs, each finding and its fix): the
    // selected one is shown whole below, never only as "…" and a tooltip.
    auto *split = new QSplitter(Qt::Vertical, this);
    m_tree->setParent(split);
    split->addWidget(m_tree);
    m_detail = new QPlainTextEdit(split);
    m_detail->setObjectName(QStringLiteral("diagDetail"));
    m_detail->setReadOnly(true);
    m_detail->setAccessibleName(tr("The selected line in full"));
    m_detail->setAccessibleDescription(tr("The whole text of the line selected above"));
    m_detail->setPlaceholderText(tr("Select a line above to read it in full."));
    split->addWidget(m_detail);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item) {
            m_detail->clear();
            return;
        }
        QStringList parts{item->text(ItemColumn)};
        for (const int column : {int(DetailColumn), int(SerialColumn)})
            if (!item->text(column).isEmpty())
                parts << (column == SerialColumn ? tr("Serial: %1").arg(item->text(column)) : item->text(column));
        m_detail->setPlainText(parts.join(u'\n'));
    });

    // The resolvers to compare are remembered; the "Public" list can be changed in the
    // settings file (key diagnostics/publicResolvers).
    m_resolvers->setText(Settings::diagnosticsResolvers().get());
    connect(m_public, &QPushButton::clicked, this, [this] {
        m_resolvers->setText(Settings::publicResolvers().get());
    });
    connect(m_run, &QPushButton::clicked, this, &DiagnosticsPage::start);
    connect(m_cancel, &QPushButton::clicked, this, &DiagnosticsPage::cancel);
    connect(m_resolvers, &QLineEdit::returnPressed, this, &DiagnosticsPage::start);
}

void DiagnosticsPage::setSession(CheckSession *session)
{
    m_session = session;
}

void DiagnosticsPage::checkChanged(const CheckResult &check)
{
    cancel(); // what runs was asked for the check before this one
    m_check = check;
    ++m_checkSerial;
    m_checkedAt = QDateTime::currentDateTimeUtc();
    if (m_diagnostics && m_diagnostics->name.ace == check.name.ace) {
        // The same name checked again (after a fix, say): the diagnostics stay on screen for
        // comparison, but they describe the earlier check and the report leaves them out.
        m_status->setText(tr("These diagnostics belong to the earlier check of %1 (%2 UTC); it was checked again since. "
                             "Run them again to diagnose the new check: until then the report leaves them out.")
                              .arg(check.name.display(), m_diagnosedAt.toString(QStringLiteral("HH:mm:ss"))));
        return;
    }
    m_diagnostics.reset();
    m_tree->clear();
    m_status->setText(check.steps.isEmpty() ? tr("Check a name first, then run the diagnostics for it.")
                                            : tr("Ready to diagnose %1.").arg(check.name.display()));
}

std::optional<Diagnostics> DiagnosticsPage::diagnosticsOfCurrentCheck() const
{
    return m_diagnosedSerial == m_checkSerial ? m_diagnostics : std::nullopt;
}

bool DiagnosticsPage::isRunning() const
{
    return m_job && !m_job->isFinished();
}

void DiagnosticsPage::start()
{
    if (isRunning() || !m_session)
        return;
    if (m_check.steps.isEmpty() || m_check.verdict == ClimbVerdict::Incomplete) {
        m_status->setText(tr("Check a name first (and let it finish), then run the diagnostics for it."));
        return;
    }
    if (m_session->source().isOffline()) {
        m_status->setText(tr("Diagnostics ask the network; the check was answered from a zone file. Choose a resolver at the top and check again."));
        return;
    }
    DiagnosticsOptions options;
    options.authoritative = m_authoritative->isChecked();
    options.nameserverPort = quint16(m_port->value());
    options.timeoutMs = qMin(m_session->source().timeoutMs, 3000);
    const Dns::ServerListParse compare = Dns::parseServerList(m_resolvers->text());
    if (!compare.ok()) {
        m_status->setText(tr("Resolvers to compare: %1").arg(compare.error));
        m_resolvers->setFocus();
        return;
    }
    options.compareResolvers = compare.servers;
    {
        QSettings settings; // both values in one write of the file
        Settings::diagnosticsResolvers().set(settings, m_resolvers->text().trimmed());
        Settings::diagnosticsNameserverPort().set(settings, m_port->value());
    }
    if (m_session)
        m_session->setNameserverPort(quint16(m_port->value()));
    m_tree->clear();
    m_diagnostics.reset();
    QString error;
    m_job = m_session->startDiagnostics(m_check, options, &error);
    if (!m_job) {
        m_status->setText(error);
        return;
    }
    connect(m_job, &DiagnosticsJob::progress, m_status, &QLabel::setText);
    m_diagnosedSerial = m_checkSerial;
    m_diagnosedAt = m_checkedAt;
    connect(m_job, &DiagnosticsJob::finished, this, [this](const Diagnostics &d) {
        m_diagnostics = d;
        showDiagnostics(d);
        m_run->setEnabled(true);
        m_cancel->setEnabled(false);
        Q_EMIT finished();
    });
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_status->setText(tr("Diagnosing %1…").arg(m_check.name.display()));
    m_job->start();
}

void DiagnosticsPage::cancel()
{
    if (isRunning()) {
        m_job->cancel(); // reports what was gathered so far through finished()
        m_status->setText(m_status->text() + tr(" Cancelled: what was gathered so far is shown."));
    }
}

QTreeWidgetItem *DiagnosticsPage::section(const QString &title, const char *iconName)
{
    auto *item = new QTreeWidgetItem(m_tree, {title});
    item->setIcon(ItemColumn, icon(iconName));
    QFont bold = item->font(ItemColumn);
    bold.setBold(true);
    item->setFont(ItemColumn, bold);
    return item;
}

void DiagnosticsPage::showDiagnostics(const Diagnostics &d)
{
    m_tree->clear();
    int notCompared = 0; // names at which not every authoritative server could be compared
    if (d.authoritativeAsked) {
        QTreeWidgetItem *auth = section(tr("Authoritative servers (asked directly)"), "records");
        for (const ZoneDiagnosis &z : d.zones) {
            auto *zoneItem = new QTreeWidgetItem(auth, {tr("zone %1").arg(QString::fromLatin1(z.zone))});
            if (!z.problem.isEmpty()) {
                zoneItem->setText(DetailColumn, z.problem);
                zoneItem->setIcon(DetailColumn, icon("warning"));
                continue;
            }
            for (const NameComparison &c : z.comparisons) {
                auto *cmp = new QTreeWidgetItem(zoneItem, {QString::fromLatin1(c.name), c.verdict});
                // Green only when every server answered alike; a level some server was not
                // compared at is a warning, whatever the others said.
                switch (c.agreement) {
                case Agreement::Consistent:
                    cmp->setIcon(ItemColumn, verdictIcon(Verdict::Permit));
                    cmp->setForeground(DetailColumn, permitColor());
                    break;
                case Agreement::Differ:
                    cmp->setIcon(ItemColumn, verdictIcon(Verdict::Deny));
                    cmp->setForeground(DetailColumn, denyColor());
                    break;
                case Agreement::Incomplete:
                case Agreement::NoAnswer:
                    cmp->setIcon(ItemColumn, icon(c.agreement == Agreement::NoAnswer ? "error" : "warning"));
                    cmp->setForeground(DetailColumn, failureColor());
                    ++notCompared;
                    break;
                }
                cmp->setData(ItemColumn, Qt::UserRole, agreementName(c.agreement));
                cmp->setToolTip(DetailColumn, c.verdict);
            }
            for (const ServerView &s : z.servers) {
                auto *server = new QTreeWidgetItem(zoneItem, {s.label(), QString(), s.serial ? QString::number(*s.serial) : tr("—")});
                for (const QByteArray &name : z.names) {
                    const Dns::LookupResult r = s.caa.value(name);
                    auto *answer = new QTreeWidgetItem(server, {QString::fromLatin1(name), answerText(r)});
                    answer->setIcon(DetailColumn, outcomeIcon(classifyAuthoritative(r)));
                    answer->setToolTip(DetailColumn, answerText(r));
                }
                QStringList summary;
                for (const QByteArray &name : z.names) {
                    const Dns::LookupResult r = s.caa.value(name);
                    summary << outcomeWords(r);
                }
                summary.removeDuplicates(); // "no CAA (NODATA), CAA records", not one per name twice over
                server->setText(DetailColumn, summary.join(QStringLiteral(", ")));
                server->setExpanded(true);
            }
            zoneItem->setExpanded(true);
        }
        auth->setExpanded(true);
    }
    QTreeWidgetItem *dnssec = section(tr("DNSSEC"), "secure");
    for (const DnssecLevel &l : d.dnssec) {
        auto *item = new QTreeWidgetItem(dnssec, {QString::fromLatin1(l.name), dnssecText(l.state) + QStringLiteral(": ") + l.explanation});
        item->setIcon(DetailColumn, dnssecIcon(l.state));
        item->setToolTip(DetailColumn, l.explanation);
    }
    auto *rule = new QTreeWidgetItem(dnssec, {tr("The rule"), dnssecRuleText()});
    rule->setIcon(DetailColumn, icon("info"));
    dnssec->setExpanded(true);
    if (!d.resolvers.isEmpty()) {
        QTreeWidgetItem *resolvers = section(tr("Resolvers"), "alias");
        for (const ResolverView &v : d.resolvers) {
            QString text;
            if (v.check.verdict == ClimbVerdict::Found) {
                const QList<Dns::CaaAnswer> records = v.check.relevantRecords();
                const quint32 ttl = records.isEmpty() ? 0 : records.last().ttl;
                text = tr("relevant set at %1: %2 (TTL %3 s left)").arg(QString::fromLatin1(v.check.relevantName()), caaAnswersText(records)).arg(ttl);
            } else if (v.check.verdict == ClimbVerdict::NoRecords) {
                text = tr("no CAA records on the path");
            } else {
                text = tr("lookup failure");
            }
            new QTreeWidgetItem(resolvers, {v.label, text});
        }
        if (d.resolverDisagreements.isEmpty()) {
            auto *agree = new QTreeWidgetItem(resolvers, {tr("Verdict"), tr("They agree at every level.")});
            agree->setIcon(ItemColumn, verdictIcon(Verdict::Permit));
        }
        for (const QString &dis : d.resolverDisagreements) {
            auto *item = new QTreeWidgetItem(resolvers, {tr("Disagreement"), dis});
            item->setIcon(ItemColumn, verdictIcon(Verdict::Deny));
            item->setForeground(DetailColumn, denyColor());
            item->setToolTip(DetailColumn, dis);
        }
        resolvers->setExpanded(true);
    }
    if (!d.findings.isEmpty()) {
        QTreeWidgetItem *findings = section(tr("Findings"), "warning");
        for (const Finding &f : d.findings) {
            const QString severity = f.severity == Severity::Error ? tr("Error") : f.severity == Severity::Warning ? tr("Warning") : tr("Note");
            auto *item = new QTreeWidgetItem(findings, {severity, f.message + (f.fix.isEmpty() ? QString() : tr(" Fix: ") + f.fix)
                                                                      + QStringLiteral(" (") + f.reference + u')'});
            item->setIcon(ItemColumn, severityIcon(f.severity));
            item->setToolTip(DetailColumn, item->text(DetailColumn));
        }
        findings->setExpanded(true);
    }
    const int errors = int(std::count_if(d.findings.cbegin(), d.findings.cend(), [](const Finding &f) { return f.severity == Severity::Error; }));
    QString summary = d.findings.isEmpty() && notCompared == 0
                          ? tr("%1: every server and resolver asked agrees; no DNSSEC problem.").arg(d.name.display())
                          : tr("%1: %n finding(s), see below.", nullptr, int(d.findings.size())).arg(d.name.display())
                                + (errors == 0 ? QString()
                                   : errors == 1 ? u' ' + tr("One is an error.")
                                                 : u' ' + tr("%1 of them are errors.").arg(errors));
    if (notCompared > 0)
        summary += u' ' + tr("At %n name(s) not every nameserver answered, so they could not all be compared.", nullptr, notCompared);
    m_status->setText(summary);
}

} // namespace Caa::Ui
