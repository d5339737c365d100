#include "generatorpage.h"

#include "methodsdialog.h"
#include "caa/brrules.h"

#include "theme.h"
#include "engine/checksession.h"
#include "engine/checkjob.h"

#include "ca/directorystore.h"
#include "generator/writers.h"
#include "generator/zonereader.h"
#include "resultmodels.h"
#include "settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QGridLayout>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QKeyEvent>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QStyle>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Caa::Ui {

namespace {

const QList<QByteArray> criticalTags{"issue", "issuewild", "issuemail", "issuevmc", "iodef", "contactemail", "contactphone"};

enum GrantColumn { CaCol, IdCol, SingleCol, WildCol, MailCol, VmcCol, CriticalCol, AccountCol, MethodsCol, GrantColumns };

QList<QByteArray> splitList(const QString &text)
{
    QList<QByteArray> out;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        out << part.toUtf8();
    return out;
}

QString joinList(const QList<QByteArray> &list)
{
    QStringList out;
    for (const QByteArray &b : list)
        out << QString::fromUtf8(b);
    return out.join(QStringLiteral(", "));
}

QComboBox *uncoveredCombo(QWidget *parent, const QString &accessible)
{
    auto *c = new QComboBox(parent);
    c->addItem(QCoreApplication::translate("Caa::Ui::GeneratorPage", "no CA may issue"), int(UncoveredKind::Nobody));
    c->addItem(QCoreApplication::translate("Caa::Ui::GeneratorPage", "not restricted"), int(UncoveredKind::Anyone));
    c->setAccessibleName(accessible);
    c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon); // two a row: keep them narrow
    c->setMinimumContentsLength(10);
    c->setAccessibleDescription(QCoreApplication::translate("Caa::Ui::GeneratorPage", "What the policy says for this kind when no CA row above covers it"));
    return c;
}

// The formats in words; zoneFormatName() keeps the code the CLI's --format takes.
QString zoneFormatText(ZoneFormat format)
{
    switch (format) {
    case ZoneFormat::Bind: return QCoreApplication::translate("Caa::Ui::GeneratorPage", "Zone file (BIND, Knot, NSD, PowerDNS)");
    case ZoneFormat::Rfc3597: return QCoreApplication::translate("Caa::Ui::GeneratorPage", "Zone file, generic form (TYPE257, RFC 3597)");
    case ZoneFormat::Tinydns: return QCoreApplication::translate("Caa::Ui::GeneratorPage", "tinydns-data lines");
    case ZoneFormat::Dnsmasq: return QCoreApplication::translate("Caa::Ui::GeneratorPage", "dnsmasq dns-rr lines");
    case ZoneFormat::Table: return QCoreApplication::translate("Caa::Ui::GeneratorPage", "Table for a provider's web form");
    case ZoneFormat::Dnscontrol: return QCoreApplication::translate("Caa::Ui::GeneratorPage", "DNSControl (dnsconfig.js)");
    case ZoneFormat::Octodns: return QCoreApplication::translate("Caa::Ui::GeneratorPage", "octoDNS (YAML)");
    case ZoneFormat::Json: return QCoreApplication::translate("Caa::Ui::GeneratorPage", "Saved policy (JSON)");
    }
    return zoneFormatName(format);
}

} // namespace

/// One edit of the draft: the whole draft before and after (drafts are small values).
/// Consecutive edits of one typed field (`mergeField` >= 0: the extra records, the TTL)
/// merge into one step, as a text editor's typing does; every other edit is a step.
class DraftCommand final : public QUndoCommand
{
public:
    DraftCommand(GeneratorPage *page, PolicyDraft before, PolicyDraft after, bool fromWidgets, int mergeField = -1)
        : m_page(page), m_before(std::move(before)), m_after(std::move(after)), m_skipFirstRedo(fromWidgets), m_mergeField(mergeField)
    {
        setText(QCoreApplication::translate("Caa::Ui::GeneratorPage", "Edit policy"));
    }
    int id() const override { return m_mergeField; }
    bool mergeWith(const QUndoCommand *other) override
    {
        if (other->id() != id())
            return false;
        m_after = static_cast<const DraftCommand *>(other)->m_after;
        return true;
    }
    void undo() override { m_page->restoreDraft(m_before); }
    void redo() override
    {
        if (m_skipFirstRedo) { // the widgets already show it
            m_skipFirstRedo = false;
            m_page->m_draft = m_after;
            m_page->refreshPreview();
            return;
        }
        m_page->restoreDraft(m_after);
    }

private:
    GeneratorPage *m_page;
    PolicyDraft m_before;
    PolicyDraft m_after;
    bool m_skipFirstRedo;
    int m_mergeField;
};

GeneratorPage::GeneratorPage(QWidget *parent, QUndoStack *undo)
    : QWidget(parent), m_undo(undo ? undo : new QUndoStack(this))
{
    m_draft.owner = "example.com";
    buildUi();
    showDraft();
    refreshPreview();
}

GeneratorPage::~GeneratorPage() = default;

void GeneratorPage::buildUi()
{
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("generatorSplitter"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(split);

    // Left: the policy (scrolls when the window is small).
    auto *leftScroll = new QScrollArea(split);
    leftScroll->setAccessibleName(tr("Policy settings"));
    leftScroll->setAccessibleDescription(tr("The owner, TTL, CAs and other properties of the draft policy"));
    leftScroll->setObjectName(QStringLiteral("policyScroll"));
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    auto *left = new QWidget(leftScroll);
    leftScroll->setWidget(left);
    auto *l = new QVBoxLayout(left);
    auto *ownerRow = new QFormLayout;
    m_owner = new QLineEdit(left);
    m_owner->setObjectName(QStringLiteral("generatorOwner"));
    m_owner->setAccessibleName(tr("Owner name of the records"));
    m_owner->setToolTip(tr("The name the CAA records are published at (usually your domain)."));
    m_ttl = new QSpinBox(left);
    m_ttl->setAccessibleDescription(tr("How long resolvers may keep the records, in seconds"));
    m_ttl->setObjectName(QStringLiteral("ttlSpin"));
    m_ttl->setRange(0, 604800);
    m_ttl->setSuffix(tr(" s"));
    m_ttl->setAccessibleName(tr("TTL in seconds"));
    ownerRow->addRow(tr("&Publish at:"), m_owner);
    ownerRow->addRow(tr("&TTL:"), m_ttl);
    // Where the TTL of imported records came from (the zone's servers, or unknown).
    m_ttlNote = new QLabel(left);
    m_ttlNote->setObjectName(QStringLiteral("ttlNote"));
    m_ttlNote->setAccessibleName(tr("Where the TTL comes from"));
    m_ttlNote->setAccessibleDescription(tr("Whether the TTL was read from the zone's own servers or kept from the draft"));
    m_ttlNote->setTextFormat(Qt::PlainText);
    m_ttlNote->setWordWrap(true);
    m_ttlNote->hide();
    ownerRow->addRow(QString(), m_ttlNote);
    l->addLayout(ownerRow);

    auto *casBox = new QGroupBox(tr("Certificate authorities allowed to issue"), left);
    auto *cl = new QVBoxLayout(casBox);
    auto *pickRow = new QHBoxLayout;
    m_caPicker = new QComboBox(casBox);
    m_caPicker->setAccessibleDescription(tr("Pick a CA of the directory or type an issuer domain, then Add"));
    m_caPicker->setEditable(true);
    m_caPicker->setInsertPolicy(QComboBox::NoInsert);
    m_caPicker->setObjectName(QStringLiteral("caPicker"));
    m_caPicker->setAccessibleName(tr("CA to add: a name from the directory or a CAA identifier"));
    m_caPicker->lineEdit()->setPlaceholderText(tr("Search CAs or type an identifier…"));
    m_caPicker->completer()->setFilterMode(Qt::MatchContains);
    m_caPicker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_addCa = new QPushButton(tr("&Add"), casBox);
    m_addCa->setAccessibleDescription(tr("Add the CA picked beside it to the policy"));
    m_removeCa = new QPushButton(tr("&Remove"), casBox);
    m_removeCa->setAccessibleDescription(tr("Remove the selected CA from the policy"));
    m_methodsButton = new QPushButton(tr("&Methods…"), casBox);
    m_methodsButton->setObjectName(QStringLiteral("methodsButton"));
    m_methodsButton->setAccessibleDescription(tr("Choose the validation methods of the selected CA: ACME names or BR ca-tbr-N labels"));
    m_methodsButton->setEnabled(false);
    pickRow->addWidget(m_caPicker, 1);
    pickRow->addWidget(m_addCa);
    pickRow->addWidget(m_removeCa);
    pickRow->addWidget(m_methodsButton);
    cl->addLayout(pickRow);
    m_grants = new QTableWidget(0, GrantColumns, casBox);
    m_grants->setAccessibleDescription(tr("The CAs the policy allows, the kinds each may issue, and its account and validation methods"));
    m_grants->setObjectName(QStringLiteral("grantsTable"));
    m_grants->setItemDelegate(new VisibleCheckDelegate(m_grants));
    m_grants->setAccessibleName(tr("Allowed CAs and what they may issue"));
    // Short headers, each column as wide as its header or content: the table reads whole
    // at 1280 px and scrolls inside itself (never the page) below that.
    m_grants->setHorizontalHeaderLabels({tr("CA"), tr("Identifier"), tr("Single"), tr("Wildcard"), tr("S/MIME"), tr("VMC"), tr("Critical"),
                                         tr("Account URI"), tr("Methods")});
    m_grants->horizontalHeaderItem(CriticalCol)->setToolTip(tr("Flag 128 on this CA's records: CAs that do not understand the tag must refuse"));
    m_grants->horizontalHeaderItem(AccountCol)->setToolTip(tr("Optional: only this ACME account may use the grant (RFC 8657 accounturi)"));
    m_grants->horizontalHeaderItem(MethodsCol)->setToolTip(tr("Optional: only these validation methods, comma-separated (RFC 8657 validationmethods); "
                                                              "Methods… lists them with their meaning, ACME names and BR ca-tbr-N labels"));
    m_grants->horizontalHeader()->setMinimumSectionSize(40);
    m_grants->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_grants->horizontalHeader()->setSectionResizeMode(AccountCol, QHeaderView::Stretch);
    m_grants->verticalHeader()->hide();
    m_grants->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_grants->setMinimumHeight(150);
    cl->addWidget(m_grants, 1);
    auto *uncovered = new QGridLayout;
    m_singleUncovered = uncoveredCombo(casBox, tr("Single names without a CA above"));
    m_wildcardUncovered = uncoveredCombo(casBox, tr("Wildcards without a CA above"));
    m_emailUncovered = uncoveredCombo(casBox, tr("S/MIME without a CA above"));
    m_vmcUncovered = uncoveredCombo(casBox, tr("VMC without a CA above"));
    cl->addWidget(new QLabel(tr("When no CA above is ticked for a kind:"), casBox));
    uncovered->addWidget(new QLabel(tr("Single names:"), casBox), 0, 0, Qt::AlignRight);
    uncovered->addWidget(m_singleUncovered, 0, 1);
    uncovered->addWidget(new QLabel(tr("Wildcards:"), casBox), 0, 2, Qt::AlignRight);
    uncovered->addWidget(m_wildcardUncovered, 0, 3);
    uncovered->addWidget(new QLabel(tr("S/MIME:"), casBox), 1, 0, Qt::AlignRight);
    uncovered->addWidget(m_emailUncovered, 1, 1);
    uncovered->addWidget(new QLabel(tr("VMC:"), casBox), 1, 2, Qt::AlignRight);
    uncovered->addWidget(m_vmcUncovered, 1, 3);
    uncovered->setColumnStretch(1, 1);
    uncovered->setColumnStretch(3, 1);
    cl->addLayout(uncovered);
    l->addWidget(casBox, 1);

    auto *contacts = new QGroupBox(tr("Reports and contacts"), left);
    auto *fl = new QFormLayout(contacts);
    m_iodef = new QLineEdit(contacts);
    m_iodef->setPlaceholderText(tr("mailto:security@example.com, https://example.com/caa-report"));
    m_iodef->setAccessibleName(tr("iodef report URLs"));
    m_contactEmail = new QLineEdit(contacts);
    m_contactEmail->setPlaceholderText(tr("hostmaster@example.com"));
    m_contactPhone = new QLineEdit(contacts);
    m_contactPhone->setPlaceholderText(tr("+1 555 0100"));
    fl->addRow(tr("&iodef (violation reports):"), m_iodef);
    fl->addRow(tr("contact&email:"), m_contactEmail);
    fl->addRow(tr("contact&phone:"), m_contactPhone);
    l->addWidget(contacts);

    auto *advanced = new QGroupBox(tr("Advanced"), left);
    auto *al = new QVBoxLayout(advanced);
    al->addWidget(new QLabel(tr("Critical flag (128) on:"), advanced));
    auto *critRow = new QGridLayout;
    for (const QByteArray &tag : criticalTags) {
        auto *box = new QCheckBox(QString::fromLatin1(tag), advanced);
        box->setToolTip(tr("CAs that do not understand \"%1\" must then refuse to issue. Let's Encrypt does not understand contactemail/contactphone.")
                            .arg(QString::fromLatin1(tag)));
        critRow->addWidget(box, int(m_critical.size()) / 3, int(m_critical.size()) % 3); // three a row fit 1024 px
        m_critical << box;
    }
    al->addLayout(critRow);
    m_compact = new QCheckBox(tr("Write parameters without spaces"), advanced);
    m_compact->setToolTip(tr("For DNS providers that split values on spaces (DigitalOcean, Hetzner, Linode, Porkbun, Vultr…)"));
    al->addWidget(m_compact);
    auto *extraLabel = new QLabel(tr("Extra records, one per line as in a zone file (FLAGS TAG \"VALUE\"):"), advanced);
    extraLabel->setWordWrap(true); // else it alone makes the policy side scroll sideways at 1024 px
    al->addWidget(extraLabel);
    m_extra = new QPlainTextEdit(advanced);
    m_extra->setAccessibleDescription(tr("More CAA records in zone-file form, one per line: FLAGS TAG VALUE"));
    m_extra->setObjectName(QStringLiteral("extraRecords"));
    m_extra->setAccessibleName(tr("Extra records"));
    m_extra->setMaximumHeight(90);
    m_extra->setTabChangesFocus(true);
    // Its typing is undone through the page's steps (merged per field), not through a
    // second, private history that Ctrl+Z would reach first.
    m_extra->setUndoRedoEnabled(false);
    m_extra->installEventFilter(this);
    al->addWidget(m_extra);
    m_extraError = new QLabel(advanced);
    m_extraError->setTextFormat(Qt::PlainText);
    m_extraError->setWordWrap(true);
    al->addWidget(m_extraError);
    l->addWidget(advanced);

    // Right: preview, warnings, what-if.
    auto *right = new QWidget(split);
    auto *r = new QVBoxLayout(right);
    auto *formatRow = new QHBoxLayout;
    m_format = new QComboBox(right);
    m_format->setAccessibleDescription(tr("The form of the preview: a zone file, a DNS tool or a provider"));
    m_format->setObjectName(QStringLiteral("formatCombo"));
    // The names are long; the box need not be as wide as the longest.
    m_format->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_format->setMinimumContentsLength(14);
    m_format->setAccessibleName(tr("Output format"));
    for (const ZoneFormat f : allZoneFormats())
        m_format->addItem(zoneFormatText(f), int(f));
    m_provider = new QComboBox(right);
    m_provider->setAccessibleDescription(tr("Your DNS provider: the draft is checked against its limits"));
    m_provider->setAccessibleName(tr("DNS provider"));
    m_provider->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_provider->setMinimumContentsLength(12);
    for (const DnsProvider p : allDnsProviders())
        m_provider->addItem(dnsProviderName(p), int(p));
    auto *copy = new QPushButton(tr("&Copy"), right);
    copy->setAccessibleDescription(tr("Copy the preview to the clipboard"));
    copy->setToolTip(tr("Copy the preview to the clipboard"));
    auto *formatLabel = new QLabel(tr("F&ormat:"), right);
    formatLabel->setBuddy(m_format);
    auto *providerLabel = new QLabel(tr("Pro&vider:"), right);
    providerLabel->setBuddy(m_provider);
    formatRow->addWidget(formatLabel);
    formatRow->addWidget(m_format);
    formatRow->addWidget(providerLabel);
    formatRow->addWidget(m_provider, 1);
    formatRow->addWidget(copy);
    r->addLayout(formatRow);
    m_preview = new QPlainTextEdit(right);
    m_preview->setAccessibleDescription(tr("The records of the draft in the chosen form"));
    m_preview->setObjectName(QStringLiteral("generatorPreview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setAccessibleName(tr("Generated records"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_preview->setFont(mono);
    // Zone lines are tab-separated; narrow tab stops show whole lines (the copied text keeps its tabs).
    m_preview->setTabStopDistance(QFontMetricsF(mono).horizontalAdvance(QLatin1Char(' ')) * 2);
    // Preview, warnings and what-if share the height; the user moves the borders.
    auto *rightSplit = new QSplitter(Qt::Vertical, right);
    rightSplit->setObjectName(QStringLiteral("generatorRightSplit"));
    rightSplit->setChildrenCollapsible(false);
    r->addWidget(rightSplit, 1);
    m_preview->setParent(rightSplit);
    rightSplit->addWidget(m_preview);
    auto *warnings = new QWidget(rightSplit);
    auto *wl = new QVBoxLayout(warnings);
    wl->setContentsMargins(0, 0, 0, 0);
    m_findings = new FindingsModel(this);
    m_findingsView = new QTableView(warnings);
    m_findingsView->setAccessibleDescription(tr("Problems of the draft and of the chosen provider, each with its fix"));
    m_findingsView->setModel(m_findings);
    m_findingsView->setAccessibleName(tr("Warnings about this draft"));
    m_findingsView->verticalHeader()->hide();
    m_findingsView->setWordWrap(true);
    // The finding and its fix share what the pane has: a small window keeps both readable.
    m_findingsView->horizontalHeader()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_findingsView->horizontalHeader()->setSectionResizeMode(FindingsModel::FixColumn, QHeaderView::Stretch);
    m_findingsView->setColumnWidth(FindingsModel::SeverityColumn, 90);
    m_findingsView->setColumnWidth(FindingsModel::ReferenceColumn, 120);
    wl->addWidget(new QLabel(tr("Warnings:"), warnings));
    wl->addWidget(m_findingsView, 1);
    rightSplit->addWidget(warnings);
    auto *whatIfBox = new QWidget(rightSplit);
    auto *wi = new QVBoxLayout(whatIfBox);
    wi->setContentsMargins(0, 0, 0, 0);
    rightSplit->addWidget(whatIfBox);
    auto *buttons = new QHBoxLayout;
    auto *fromLive = new QPushButton(tr("Start from the &live records"), right);
    fromLive->setAccessibleDescription(tr("Start the draft from the records the last check found"));
    fromLive->setObjectName(QStringLiteral("startFromLive"));
    auto *simulate = new QPushButton(tr("&Simulate this draft"), right);
    simulate->setAccessibleDescription(tr("Compare the verdicts of the draft with those of the live records"));
    simulate->setObjectName(QStringLiteral("simulateDraft"));
    auto *save = new QPushButton(tr("Sa&ve draft…"), right);
    save->setAccessibleDescription(tr("Save the draft as JSON, to load again or to use with the command line"));
    auto *load = new QPushButton(tr("L&oad draft…"), right);
    load->setAccessibleDescription(tr("Load a draft saved before"));
    auto *fresh = new QPushButton(tr("&New draft"), right);
    fresh->setObjectName(QStringLiteral("newDraft"));
    fresh->setAccessibleDescription(tr("Start an empty draft for the same name (undo brings the old one back)"));
    fresh->setToolTip(fresh->accessibleDescription());
    connect(fresh, &QPushButton::clicked, this, &GeneratorPage::newDraft);
    // Two rows: in one the preview side would need 700 px and squeeze the policy side.
    auto *files = new QHBoxLayout;
    buttons->addWidget(fromLive);
    buttons->addWidget(simulate);
    buttons->addStretch();
    files->addWidget(fresh);
    files->addStretch();
    files->addWidget(load);
    files->addWidget(save);
    wi->addLayout(buttons);
    wi->addLayout(files);
    m_whatIf = new QLabel(tr("Simulate this draft to see which verdicts it would change compared with the live records."), whatIfBox);
    m_whatIf->setObjectName(QStringLiteral("whatIf"));
    m_whatIf->setAccessibleName(tr("What the draft would change"));
    m_whatIf->setAccessibleDescription(tr("How many verdicts publishing the draft would change, by kind, and whether permissions would be lost"));
    m_whatIf->setTextFormat(Qt::PlainText);
    m_whatIf->setWordWrap(true);
    m_whatIf->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    wi->addWidget(m_whatIf);
    m_whatIfModel = new WhatIfModel(this);
    auto *whatIfProxy = new QSortFilterProxyModel(this);
    whatIfProxy->setSourceModel(m_whatIfModel);
    whatIfProxy->setSortRole(WhatIfModel::SortKeyRole);
    m_whatIfView = new QTableView(whatIfBox);
    m_whatIfView->setObjectName(QStringLiteral("whatIfView"));
    m_whatIfView->setAccessibleName(tr("Verdict changes the draft would cause"));
    m_whatIfView->setAccessibleDescription(tr("Each CA and kind whose verdict the draft changes: now, with the draft, and why. "
                                              "Your CAs and the draft's come first, then lost permissions; a header sorts by its column."));
    m_whatIfView->setModel(whatIfProxy);
    m_whatIfView->setSortingEnabled(true);
    m_whatIfView->sortByColumn(-1, Qt::AscendingOrder); // the model's order until the user sorts
    m_whatIfView->verticalHeader()->hide();
    m_whatIfView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_whatIfView->setWordWrap(false);
    // The short columns as wide as what they hold; "why" takes the rest (whole in its tooltip).
    m_whatIfView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_whatIfView->horizontalHeader()->setSectionResizeMode(WhatIfModel::WhyColumn, QHeaderView::Stretch);
    m_whatIfView->hide(); // until there are changes to list
    wi->addWidget(m_whatIfView, 1);
    // A draft is a handful of lines; the what-if may list dozens of changes.
    rightSplit->setStretchFactor(0, 2);
    rightSplit->setStretchFactor(1, 2);
    rightSplit->setStretchFactor(2, 5);
    rightSplit->setSizes({180, 150, 360});
    // The policy side needs the room (a table of nine columns, two combos a row); the
    // preview side wraps.
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({690, 590}); // the CA table reads whole; a zone line still fits the preview
    // The policy side never gets narrower than its controls: the splitter takes the width
    // from the preview side (which wraps and scrolls) instead of scrolling the form sideways.
    leftScroll->setMinimumWidth(left->minimumSizeHint().width() + leftScroll->verticalScrollBar()->sizeHint().width() + 2);

    // Every edit becomes one undoable step.
    connect(m_owner, &QLineEdit::editingFinished, this, &GeneratorPage::ownerEdited);
    connect(m_ttl, &QSpinBox::valueChanged, this, &GeneratorPage::widgetsEdited);
    connect(m_ttl, &QSpinBox::valueChanged, m_ttlNote, &QWidget::hide); // the user's own TTL now
    connect(m_grants, &QTableWidget::itemChanged, this, &GeneratorPage::widgetsEdited);
    for (QComboBox *c : {m_singleUncovered, m_wildcardUncovered, m_emailUncovered, m_vmcUncovered})
        connect(c, &QComboBox::currentIndexChanged, this, &GeneratorPage::widgetsEdited);
    for (QLineEdit *e : {m_iodef, m_contactEmail, m_contactPhone})
        connect(e, &QLineEdit::editingFinished, this, &GeneratorPage::widgetsEdited);
    for (QCheckBox *b : std::as_const(m_critical))
        connect(b, &QCheckBox::toggled, this, &GeneratorPage::widgetsEdited);
    connect(m_compact, &QCheckBox::toggled, this, &GeneratorPage::widgetsEdited);
    connect(m_extra, &QPlainTextEdit::textChanged, this, &GeneratorPage::widgetsEdited);
    connect(m_format, &QComboBox::currentIndexChanged, this, &GeneratorPage::refreshPreview);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &GeneratorPage::refreshPreview);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_preview->toPlainText()); });
    connect(m_addCa, &QPushButton::clicked, this, [this] { addCa(m_caPicker->currentText()); });
    connect(m_caPicker->lineEdit(), &QLineEdit::returnPressed, this, [this] { addCa(m_caPicker->currentText()); });
    connect(m_removeCa, &QPushButton::clicked, this, [this] {
        const int row = m_grants->currentRow();
        if (row < 0)
            return;
        PolicyDraft d = m_draft;
        d.grants.removeAt(row);
        setDraft(d);
    });
    connect(m_grants, &QTableWidget::currentCellChanged, this, [this](int row) { m_methodsButton->setEnabled(row >= 0); });
    connect(m_methodsButton, &QPushButton::clicked, this, [this] {
        const int row = m_grants->currentRow();
        if (row < 0 || row >= m_draft.grants.size())
            return;
        const CaGrant &grant = m_draft.grants[row];
        const CaEntry *ca = m_directory.findByName(grant.caName);
        auto *dialog = new MethodsDialog(grant.methods, ca, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // The draft may change while the dialog is open (undo): apply to the same CA row.
        const QString caName = grant.caName;
        connect(dialog, &QDialog::accepted, this, [this, dialog, row, caName] {
            if (row >= m_draft.grants.size() || m_draft.grants[row].caName != caName)
                return;
            PolicyDraft d = m_draft;
            d.grants[row].methods = dialog->chosen();
            setDraft(d);
        });
        dialog->open();
    });
    connect(fromLive, &QPushButton::clicked, this, &GeneratorPage::startFromLiveRecords);
    connect(simulate, &QPushButton::clicked, this, &GeneratorPage::simulateDraft);
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save draft"), QString::fromLatin1(m_draft.owner) + QStringLiteral(".caa.json"),
                                                          tr("CAA drafts (*.json)"));
        QString error;
        if (!path.isEmpty() && !saveDraft(path, &error))
            QMessageBox::warning(this, tr("Save draft"), error);
    });
    connect(load, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load draft"), QString(), tr("CAA drafts (*.json);;All files (*)"));
        QString error;
        if (!path.isEmpty() && !loadDraft(path, &error))
            QMessageBox::warning(this, tr("Load draft"), error);
    });
}

void GeneratorPage::setAsOf(const QDate &day)
{
    if (day == m_asOf)
        return;
    m_asOf = day;
    refreshPreview();
}

void GeneratorPage::setDirectory(const CaDirectory &directory)
{
    m_directory = directory;
    m_caPicker->clear();
    for (const CaEntry &e : directory.entries)
        m_caPicker->addItem(e.name, QString::fromLatin1(e.identifiers.value(0)));
    m_caPicker->setCurrentIndex(-1);
    m_caPicker->setEditText(QString());
}

void GeneratorPage::setLiveCheck(const CheckResult &check)
{
    m_live = check;
    m_ownerClimb.reset(); // a newer check may cover the draft's name; otherwise it is asked again
    if (m_draft.grants.isEmpty() && m_draft.extraRecords.isEmpty() && !check.name.ace.isEmpty()) {
        // A fresh draft starts at the name the records would belong to.
        PolicyDraft d = m_draft;
        d.owner = check.verdict == ClimbVerdict::Found ? check.relevantName() : check.name.ace;
        m_draft = d;
        showDraft();
        refreshPreview();
    }
}

void GeneratorPage::addCa(const QString &text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return;
    CaGrant g;
    if (const CaEntry *e = m_directory.findByName(wanted)) {
        g.caName = e->name;
        g.identifier = e->identifiers.value(0);
    } else if (isIssuerDomainSyntax(wanted.toLower().toLatin1())) {
        const QList<const CaEntry *> byId = m_directory.findByIdentifier(wanted.toLower().toLatin1());
        g.caName = byId.isEmpty() ? wanted.toLower() : byId.first()->name;
        g.identifier = wanted.toLower().toLatin1();
    } else {
        QMessageBox::information(this, tr("Add CA"),
                                 tr("\"%1\" is neither a CA in the directory nor a CAA identifier (a domain such as letsencrypt.org).").arg(wanted));
        return;
    }
    PolicyDraft d = m_draft;
    d.grants << g;
    setDraft(d);
    m_caPicker->setEditText(QString());
}

void GeneratorPage::setDraft(const PolicyDraft &draft)
{
    if (draft == m_draft)
        return;
    m_undo->push(new DraftCommand(this, m_draft, draft, false));
}

void GeneratorPage::restoreDraft(const PolicyDraft &draft)
{
    m_draft = draft;
    showDraft();
    refreshPreview();
}

void GeneratorPage::newDraft()
{
    m_ttlNote->hide(); // it spoke of the imported records
    PolicyDraft fresh;
    fresh.owner = m_draft.owner;
    fresh.ttl = m_draft.ttl;
    setDraft(fresh); // one undo step
}

void GeneratorPage::ownerEdited()
{
    if (m_updating)
        return;
    const DomainParse owner = parseDomainInput(m_owner->text());
    const bool moved = owner.ok() && !owner.name.wildcard && !owner.name.isEmail() && owner.name.ace != m_draft.owner;
    const bool hasContent = !m_draft.grants.isEmpty() || !m_draft.iodef.isEmpty() || !m_draft.contactEmails.isEmpty()
                            || !m_draft.contactPhones.isEmpty() || !m_draft.extraRecords.isEmpty();
    if (!moved || !hasContent || m_draft.owner.isEmpty()) {
        widgetsEdited();
        return;
    }
    // Another name: the CAs and contacts may not be what that name wants.
    QMessageBox ask(QMessageBox::Question, tr("Publish at another name"),
                    tr("Keep the CAs, contacts and records of this draft for %1?").arg(owner.name.display()),
                    QMessageBox::NoButton, this);
    QPushButton *keep = ask.addButton(tr("&Keep them"), QMessageBox::AcceptRole);
    ask.addButton(tr("&Start empty"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(keep);
    ask.exec();
    if (ask.clickedButton() == keep) {
        widgetsEdited();
        return;
    }
    PolicyDraft fresh;
    fresh.owner = owner.name.ace;
    fresh.ttl = m_draft.ttl;
    setDraft(fresh); // one undo step; the old draft comes back with Ctrl+Z
}

bool GeneratorPage::eventFilter(QObject *watched, QEvent *event)
{
    // The text box still claims Ctrl+Z / Ctrl+Shift+Z as its own keys (with its own undo
    // off they would do nothing): they step through the page's history instead.
    if (watched == m_extra && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo)) {
            m_undo->undo();
            return true;
        }
        if (key->matches(QKeySequence::Redo)) {
            m_undo->redo();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void GeneratorPage::widgetsEdited()
{
    if (m_updating)
        return;
    const PolicyDraft edited = readWidgets();
    if (edited == m_draft) {
        refreshPreview();
        return;
    }
    // Typing in one field is one step; a checkbox, a table cell or a finished line edit is one each.
    enum MergeField { ExtraRecords = 1, Ttl = 2 };
    const QObject *from = sender();
    const int field = from == m_extra ? ExtraRecords : from == m_ttl ? Ttl : -1;
    m_undo->push(new DraftCommand(this, m_draft, edited, true, field));
}

void GeneratorPage::showDraft()
{
    m_updating = true;
    m_owner->setText(QString::fromLatin1(m_draft.owner));
    m_ttl->setValue(int(qMin<quint32>(m_draft.ttl, 604800)));
    m_grants->setRowCount(int(m_draft.grants.size()));
    for (int row = 0; row < m_draft.grants.size(); ++row) {
        const CaGrant &g = m_draft.grants[row];
        auto text = [&](int col, const QString &value, bool editable) {
            auto *item = new QTableWidgetItem(value);
            if (!editable)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_grants->setItem(row, col, item);
        };
        auto check = [&](int col, bool on) {
            auto *item = new QTableWidgetItem;
            item->setFlags((item->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            m_grants->setItem(row, col, item);
        };
        text(CaCol, g.caName, false);
        text(IdCol, QString::fromLatin1(g.identifier), true);
        check(SingleCol, g.single);
        check(WildCol, g.wildcard);
        check(MailCol, g.email);
        check(VmcCol, g.vmc);
        check(CriticalCol, g.critical);
        text(AccountCol, QString::fromUtf8(g.accountUri), true);
        text(MethodsCol, joinList(g.methods), true);
        QStringList meanings;
        for (const QByteArray &m : g.methods) {
            const QString meaning = describeMethodLabel(m.toLower());
            meanings << (meaning.isEmpty() ? QString::fromLatin1(m) : meaning);
        }
        m_grants->item(row, MethodsCol)->setToolTip(meanings.join(u'\n'));
    }
    for (const int col : {CaCol, IdCol, SingleCol, WildCol, MailCol, VmcCol, CriticalCol, MethodsCol})
        m_grants->resizeColumnToContents(col);
    auto setCombo = [](QComboBox *c, UncoveredKind k) { c->setCurrentIndex(c->findData(int(k))); };
    setCombo(m_singleUncovered, m_draft.singleUncovered);
    setCombo(m_wildcardUncovered, m_draft.wildcardUncovered);
    setCombo(m_emailUncovered, m_draft.emailUncovered);
    setCombo(m_vmcUncovered, m_draft.vmcUncovered);
    m_iodef->setText(joinList(m_draft.iodef));
    m_contactEmail->setText(joinList(m_draft.contactEmails));
    m_contactPhone->setText(QString::fromUtf8(m_draft.contactPhones.join(", ")));
    for (int i = 0; i < m_critical.size(); ++i)
        m_critical[i]->setChecked(m_draft.criticalTags.contains(criticalTags[i]));
    m_compact->setChecked(m_draft.compactParameters);
    QStringList extra;
    for (const CaaRecord &r : m_draft.extraRecords)
        extra << QString::fromLatin1(caaPresentation(r));
    if (m_extra->toPlainText() != extra.join(u'\n'))
        m_extra->setPlainText(extra.join(u'\n'));
    m_extraError->clear();
    m_updating = false;
}

PolicyDraft GeneratorPage::readWidgets() const
{
    PolicyDraft d = m_draft;
    const DomainParse owner = parseDomainInput(m_owner->text());
    if (owner.ok() && !owner.name.wildcard && !owner.name.isEmail())
        d.owner = owner.name.ace;
    d.ttl = quint32(m_ttl->value());
    d.grants.clear();
    for (int row = 0; row < m_grants->rowCount(); ++row) {
        CaGrant g = row < m_draft.grants.size() ? m_draft.grants[row] : CaGrant{};
        auto item = [&](int col) { return m_grants->item(row, col); };
        if (item(IdCol))
            g.identifier = item(IdCol)->text().trimmed().toLower().toLatin1();
        g.single = item(SingleCol) && item(SingleCol)->checkState() == Qt::Checked;
        g.wildcard = item(WildCol) && item(WildCol)->checkState() == Qt::Checked;
        g.email = item(MailCol) && item(MailCol)->checkState() == Qt::Checked;
        g.vmc = item(VmcCol) && item(VmcCol)->checkState() == Qt::Checked;
        g.critical = item(CriticalCol) && item(CriticalCol)->checkState() == Qt::Checked;
        g.accountUri = item(AccountCol) ? item(AccountCol)->text().trimmed().toUtf8() : QByteArray();
        g.methods = item(MethodsCol) ? splitList(item(MethodsCol)->text()) : QList<QByteArray>{};
        d.grants << g;
    }
    d.singleUncovered = UncoveredKind(m_singleUncovered->currentData().toInt());
    d.wildcardUncovered = UncoveredKind(m_wildcardUncovered->currentData().toInt());
    d.emailUncovered = UncoveredKind(m_emailUncovered->currentData().toInt());
    d.vmcUncovered = UncoveredKind(m_vmcUncovered->currentData().toInt());
    d.iodef = splitList(m_iodef->text());
    d.contactEmails = splitList(m_contactEmail->text());
    d.contactPhones.clear();
    for (const QString &p : m_contactPhone->text().split(u',', Qt::SkipEmptyParts))
        d.contactPhones << p.trimmed().toUtf8();
    d.criticalTags.clear();
    for (int i = 0; i < m_critical.size(); ++i)
        if (m_critical[i]->isChecked())
            d.criticalTags.insert(criticalTags[i]);
    d.compactParameters = m_compact->isChecked();
    d.extraRecords.clear();
    QStringList errors;
    const QStringList lines = m_extra->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty())
            continue;
        const RecordLineParse r = parseCaaRecordText(lines[i]);
        if (r.ok())
            d.extraRecords << r.record;
        else
            errors << tr("Line %1: %2").arg(i + 1).arg(r.error);
    }
    m_extraError->setText(errors.join(u'\n'));
    return d;
}

CaaPolicy GeneratorPage::policy() const
{
    return buildPolicy(m_draft);
}

QString GeneratorPage::previewText() const
{
    return m_preview->toPlainText();
}

void GeneratorPage::refreshPreview()
{
    // A what-if on screen follows the draft: computed again when the climb is at hand,
    // otherwise marked as out of date (no lookup starts by itself).
    if (m_whatIfShown) {
        const DomainParse owner = parseDomainInput(QString::fromLatin1(policy().owner));
        const std::optional<CheckResult> climb = owner.ok() ? knownClimb(owner.name) : std::nullopt;
        if (climb)
            showWhatIf(*climb);
        else
            showWhatIfMessage(tr("The draft changed since it was simulated: press \"Simulate this draft\" to compare it again."));
    }
    const CaaPolicy p = policy();
    const WriterOutput out = writePolicy(p, ZoneFormat(m_format->currentData().toInt()));
    m_preview->setPlainText(out.text);
    QList<Finding> findings = draftFindings(p, DnsProvider(m_provider->currentData().toInt()), &m_directory, m_asOf);
    for (const QString &w : out.warnings) {
        Finding f;
        f.severity = Severity::Warning;
        f.code = QStringLiteral("format-limit");
        f.message = w;
        f.reference = m_format->currentText();
        findings.prepend(f);
    }
    m_findings->setFindings(findings);
    m_findingsView->resizeRowsToContents();
    Q_EMIT draftChanged();
}

void GeneratorPage::startFromLiveRecords()
{
    if (m_live.verdict != ClimbVerdict::Found) {
        QMessageBox::information(this, tr("Start from the live records"),
                                 tr("The last check found no CAA records to start from. Check a name first, or build the policy here."));
        return;
    }
    PolicyDraft d = draftFromPolicy(policyFromAnswers(m_live.relevantName(), m_live.relevantRecords()), &m_directory);
    // A resolver reports what is left of the TTL in its cache (1,616 s of 3,600), which is
    // no TTL to publish: only the zone's own servers (or its file) say what it is.
    const quint32 cached = m_live.relevantRecords().first().ttl;
    if (m_authoritativeTtl) {
        d.ttl = *m_authoritativeTtl;
        m_ttlNote->setText(tr("TTL %1 s as %2 publishes it.").arg(d.ttl).arg(m_authoritativeTtlSource));
    } else {
        d.ttl = m_draft.ttl;
        m_ttlNote->setText(tr("The zone's TTL is unknown: the resolver reports %1 s left in its cache. The draft keeps its TTL of %2 s; "
                              "run the Diagnostics to read it from the zone's servers, then start from the live records again.")
                               .arg(cached)
                               .arg(d.ttl));
    }
    setDraft(d);
    m_ttlNote->show(); // after the draft is shown: the TTL's change would hide it
}

void GeneratorPage::setAuthoritativeTtl(std::optional<quint32> ttl, const QString &source)
{
    m_authoritativeTtl = ttl;
    m_authoritativeTtlSource = source;
}

QString GeneratorPage::ttlNote() const
{
    return m_ttlNote->isHidden() ? QString() : m_ttlNote->text();
}

void GeneratorPage::setSession(CheckSession *session)
{
    m_session = session;
}

std::optional<CheckResult> GeneratorPage::knownClimb(const DomainName &name) const
{
    if (m_ownerClimb && m_ownerClimb->name.ace == name.ace)
        return m_ownerClimb;
    if (m_live.steps.isEmpty() || m_live.verdict == ClimbVerdict::Incomplete)
        return std::nullopt;
    const QList<QByteArray> path = m_live.name.climbNames();
    const qsizetype from = path.indexOf(name.ace);
    if (from < 0)
        return std::nullopt;
    if (from == 0 && !m_live.name.wildcard && !m_live.name.isEmail())
        return m_live;
    // An ancestor of the checked name: its climb is the rest of the same climb.
    CheckResult climb = makeCheck(name);
    for (qsizetype i = 0; i < climb.steps.size() && from + i < m_live.steps.size(); ++i) {
        climb.steps[i] = m_live.steps[from + i];
        climb.answered[i] = m_live.answered[from + i];
    }
    selectRelevant(climb);
    return climb;
}

void GeneratorPage::simulateDraft()
{
    const CaaPolicy p = policy();
    const DomainParse owner = parseDomainInput(QString::fromLatin1(p.owner));
    if (p.owner.isEmpty() || !owner.ok() || owner.name.wildcard || owner.name.isEmail()) {
        showWhatIfMessage(tr("Give the draft the name it is published at (Publish at), then simulate it."));
        return;
    }
    m_whatIfShown = true;
    // The draft is simulated for its own name: from the last check when that name is on
    // its path, else after a check of that name.
    if (const std::optional<CheckResult> climb = knownClimb(owner.name)) {
        showWhatIf(*climb);
        return;
    }
    if (!m_session) {
        showWhatIfMessage(tr("Check %1 first: the draft is compared with what is published there now.").arg(owner.name.display()));
        return;
    }
    if (m_ownerCheck && m_ownerCheck->result().name.ace == owner.name.ace)
        return; // already on its way
    QString error;
    m_ownerCheck = m_session->startCheckAlongside(owner.name, &error);
    if (!m_ownerCheck) {
        showWhatIfMessage(error);
        return;
    }
    connect(m_ownerCheck, &CheckJob::finished, this, [this](const CheckResult &result) {
        m_ownerClimb = result;
        if (m_whatIfShown)
            simulateDraft(); // shows it, if the draft is still for that name
    });
    showWhatIfMessage(tr("Checking %1 through %2, to compare the draft with what is published there now…")
                               .arg(owner.name.display(), m_session->source().label));
    m_ownerCheck->start();
}

void GeneratorPage::showWhatIf(const CheckResult &climb)
{
    const CaaPolicy p = policy();
    bool onPath = false;
    const CheckResult after = Caa::applyDraft(climb, p, &onPath);
    const QList<VerdictChange> changes = onPath ? compareMatrices(simulate(climb, m_directory, {{}, {}, {}, m_asOf}),
                                                                simulate(after, m_directory, {{}, {}, {}, m_asOf}))
                                                : QList<VerdictChange>{};
    // The CAs the user cares about come first: the pinned ones and those the draft names.
    QStringList important = Settings::myCas().get();
    for (const CaGrant &g : std::as_const(m_draft.grants))
        important << g.caName;
    m_whatIfModel->setChanges(changes, important);
    QString text = tr("Publishing this draft at %1 changes %n verdict(s) there, compared with what is published now.", nullptr, int(changes.size()))
                       .arg(climb.name.display());
    if (!changes.isEmpty()) {
        QStringList perKind;
        for (const CertificateKind kind : {CertificateKind::TlsSingle, CertificateKind::TlsWildcard, CertificateKind::Email, CertificateKind::Vmc}) {
            const auto n = std::count_if(changes.cbegin(), changes.cend(), [kind](const VerdictChange &c) { return c.kind == kind; });
            perKind << tr("%1: %2").arg(kindText(kind)).arg(n);
        }
        const auto lost = std::count_if(changes.cbegin(), changes.cend(), [](const VerdictChange &c) {
            return c.before.verdict == Verdict::Permit && c.after.verdict != Verdict::Permit;
        });
        text += QLatin1Char(' ') + tr("By kind: %1.").arg(perKind.join(tr(", ")));
        if (lost > 0)
            text += QLatin1Char(' ') + tr("%n permission(s) would be lost: check that no certificate in use needs them.", nullptr, int(lost));
    }
    if (climb.verdict == ClimbVerdict::Failure)
        text += QLatin1Char(' ') + tr("The lookup of %1 failed; the comparison assumes the draft would answer there.").arg(climb.name.display());
    // Certificate Transparency: the renewals of the CAs that issue there, under the draft.
    if (m_ctReport && onPath && climb.name.ace == m_ctName) {
        CtReport ct = *m_ctReport;
        const QList<Finding> blocked = ctRenewalCheck(ct, after, m_directory, [this](IssuanceRequest &req) { req.asOf = m_asOf; }, /*draft=*/true);
        QStringList cas;
        for (const CtIssuer &i : std::as_const(ct.issuers))
            if (i.deniedByDraft)
                cas << i.ca;
        text += QLatin1Char(' ')
                + (cas.isEmpty() ? tr("No renewal of the CAs that issue here (Certificate Transparency) would be refused.")
                                 : tr("It would refuse the renewals of %1, who issue here (Certificate Transparency).").arg(cas.join(tr(", "))));
    }
    showWhatIfMessage(text, !changes.isEmpty());
}

void GeneratorPage::setCtReport(const std::optional<CtReport> &report, const QByteArray &name)
{
    m_ctReport = report;
    m_ctName = name;
}

void GeneratorPage::showWhatIfMessage(const QString &text, bool withTable)
{
    m_whatIf->setText(text);
    if (!withTable)
        m_whatIfModel->setChanges({}, {});
    m_whatIfView->setVisible(withTable);
}

QString GeneratorPage::whatIfText() const
{
    QStringList lines{m_whatIf->text()};
    if (!m_whatIfView->isHidden()) {
        const QAbstractItemModel *rows = m_whatIfView->model();
        for (int r = 0; r < rows->rowCount(); ++r)
            lines << QStringLiteral("• %1, %2: %3 → %4. %5")
                         .arg(rows->index(r, WhatIfModel::CaColumn).data().toString(), rows->index(r, WhatIfModel::KindColumn).data().toString(),
                              rows->index(r, WhatIfModel::NowColumn).data().toString(), rows->index(r, WhatIfModel::AfterColumn).data().toString(),
                              rows->index(r, WhatIfModel::WhyColumn).data().toString());
    }
    return lines.join(u'\n');
}

bool GeneratorPage::saveDraft(const QString &path, QString *error) const
{
    const QString problem = savePolicyFile(policy(), path);
    if (error)
        *error = problem;
    return problem.isEmpty();
}

bool GeneratorPage::loadDraft(const QString &path, QString *error)
{
    const PolicyParse loaded = loadPolicyFile(path);
    if (loaded.ok())
        m_ttlNote->hide(); // the file's TTL is the user's own
    if (!loaded.ok()) {
        if (error)
            *error = loaded.error;
        return false;
    }
    setDraft(draftFromPolicy(loaded.policy, &m_directory));
    return true;
}

} // namespace Caa::Ui
