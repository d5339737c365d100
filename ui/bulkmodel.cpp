#include "bulkmodel.h"

#include "engine/failureorigin.h"

#include "theme.h"

#include <algorithm>

namespace Caa::Ui {

BulkModel::BulkModel(QObject *parent) : QAbstractTableModel(parent), m_flushTimer(new QTimer(this))
{
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(50);
    connect(m_flushTimer, &QTimer::timeout, this, &BulkModel::flushChanges);
}

void BulkModel::markDirty(int row)
{
    m_dirtyFirst = m_dirtyFirst < 0 ? row : qMin(m_dirtyFirst, row);
    m_dirtyLast = qMax(m_dirtyLast, row);
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void BulkModel::flushChanges()
{
    m_flushTimer->stop();
    if (m_dirtyFirst < 0)
        return;
    const int first = m_dirtyFirst;
    const int last = qMin(m_dirtyLast, int(m_rows.size()) - 1);
    m_dirtyFirst = m_dirtyLast = -1;
    if (first <= last)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void BulkModel::tally(const Row &row, int delta)
{
    m_stateCounts[size_t(row.state)] += delta;
    if (row.state == RowState::Checked)
        m_verdictCounts[size_t(row.verdict)] += delta;
    if (row.state == RowState::Checked && row.check.origin)
        m_originCounts[size_t(row.check.origin->origin)] += delta;
}

void BulkModel::setInputs(const QStringList &inputs)
{
    beginResetModel();
    m_flushTimer->stop();
    m_dirtyFirst = m_dirtyLast = -1;
    m_nextToParse = 0;
    m_rows.clear();
    m_stateCounts = {};
    m_verdictCounts = {};
    m_originCounts = {};
    m_rows.resize(inputs.size());
    for (qsizetype i = 0; i < inputs.size(); ++i)
        m_rows[i].input = inputs[i];
    m_stateCounts[size_t(RowState::Waiting)] = int(inputs.size());
    endResetModel();
}

void BulkModel::appendInputs(const QStringList &inputs, qsizetype expectedTotal)
{
    if (inputs.isEmpty())
        return;
    if (expectedTotal > m_rows.capacity())
        m_rows.reserve(expectedTotal);
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(inputs.size()) - 1);
    m_rows.resize(first + inputs.size());
    for (qsizetype i = 0; i < inputs.size(); ++i)
        m_rows[first + i].input = inputs[i];
    m_stateCounts[size_t(RowState::Waiting)] += int(inputs.size());
    endInsertRows();
}

std::optional<QPair<int, DomainName>> BulkModel::nextToCheck()
{
    while (m_nextToParse < m_rows.size()) {
        const int i = m_nextToParse++;
        Row &row = m_rows[i];
        if (row.state != RowState::Waiting)
            continue;
        const DomainParse parsed = parseDomainInput(row.input);
        row.parsed = true;
        markDirty(i); // the name is shown as parsed (lower case, IDNA) from now on
        if (parsed.ok()) {
            row.check = makeCheck(parsed.name);
            return qMakePair(i, parsed.name);
        }
        tally(row, -1);
        row.inputError = parsed.error;
        row.state = RowState::InputError;
        tally(row, +1);
    }
    return std::nullopt;
}

IssuanceRequest BulkModel::requestForRow(const CheckResult &check) const
{
    CertificateKind kind = m_kind;
    if (check.name.isEmail())
        kind = CertificateKind::Email;
    else if (kind == CertificateKind::TlsSingle || kind == CertificateKind::TlsWildcard)
        kind = tlsKindFor(check.name);
    return Caa::requestFor(m_ca, kind);
}

Decision BulkModel::decisionFor(const Row &row) const
{
    return decide(row.check, requestForRow(row.check));
}

void BulkModel::decideRow(Row &row) const
{
    const Decision d = decisionFor(row);
    row.verdict = d.verdict;
    row.reason = d.reason;
    row.conditional = d.verdict == Verdict::Permit && !d.conditions.isEmpty();
}

CheckReport BulkModel::reportOf(const Row &row) const
{
    CheckReport r;
    r.input = row.input;
    r.inputOk = row.state != RowState::InputError;
    r.inputError = row.inputError;
    r.check = row.check;
    if (row.state == RowState::Checked)
        completeReport(r, {requestForRow(row.check)}, m_directory);
    return r;
}

CheckReport BulkModel::report(int row) const
{
    return reportOf(m_rows.at(row));
}

void BulkModel::setRequest(const CaEntry &ca, CertificateKind kind)
{
    flushChanges();
    m_ca = ca;
    m_kind = kind;
    Q_EMIT headerDataChanged(Qt::Horizontal, VerdictColumn, VerdictColumn);
    if (count(RowState::Checked) == 0)
        return; // nothing decided yet: no row changes
    for (Row &row : m_rows) {
        if (row.state != RowState::Checked)
            continue;
        tally(row, -1);
        decideRow(row);
        tally(row, +1);
    }
    Q_EMIT dataChanged(index(0, VerdictColumn), index(rowCount() - 1, ReasonColumn));
}

void BulkModel::setDirectory(const CaDirectory *directory)
{
    m_directory = directory;
    m_findingsMemo = FindingsMemo(directory); // a directory changed in place says new things
}

void BulkModel::setChecked(int row, const CheckResult &check)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].state == RowState::InputError)
        return;
    Row &r = m_rows[row];
    tally(r, -1);
    r.check = check;
    // The raw replies are for the single-name views; a double-click there checks again.
    for (Dns::LookupResult &step : r.check.steps)
        step.rawReply = QByteArray();
    decideRow(r);
    // Only the counts are kept: the rows under one zone share its set's findings.
    const QList<Finding> findings = analyse(r.check, m_directory, {}, &m_findingsMemo);
    r.findings = quint16(qMin<qsizetype>(findings.size(), 0xffff));
    r.errors = quint16(std::count_if(findings.cbegin(), findings.cend(), [](const Finding &f) { return f.severity == Severity::Error; }));
    r.warnings = quint16(std::count_if(findings.cbegin(), findings.cend(), [](const Finding &f) { return f.severity == Severity::Warning; }));
    r.state = RowState::Checked;
    tally(r, +1);
    markDirty(row);
}

void BulkModel::markUnchecked()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].state != RowState::Waiting)
            continue;
        tally(m_rows[i], -1);
        m_rows[i].state = RowState::NotChecked;
        tally(m_rows[i], +1);
        markDirty(i);
    }
    // One announcement for the lot: a cancel early in a 100,000-name run changes nearly
    // every row, and a signal per row kept the window busy for seconds.
    flushChanges();
}

QList<CheckReport> BulkModel::finishedReports(const QList<int> &rows) const
{
    QList<CheckReport> reports;
    if (rows.isEmpty()) {
        for (const Row &row : m_rows)
            if (row.state == RowState::Checked || row.state == RowState::InputError)
                reports << reportOf(row);
        return reports;
    }
    for (const int i : rows) {
        const Row &row = m_rows.at(i);
        if (row.state == RowState::Checked || row.state == RowState::InputError)
            reports << reportOf(row);
    }
    return reports;
}

int BulkModel::count(RowState state) const
{
    return m_stateCounts[size_t(state)];
}

int BulkModel::count(Verdict verdict) const
{
    return m_verdictCounts[size_t(verdict)];
}

int BulkModel::count(FailureOrigin origin) const
{
    return m_originCounts[size_t(origin)];
}

int BulkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BulkModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const bool checked = row.state == RowState::Checked;
    const bool inputOk = row.state != RowState::InputError;
    if (role == StateRole)
        return int(row.state);
    if (role == VerdictRole)
        return checked ? QVariant(int(row.verdict)) : QVariant();

    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return inputOk && row.parsed ? row.check.name.display() : row.input;
        if (role == Qt::ToolTipRole && inputOk && row.parsed && row.input.trimmed() != row.check.name.display())
            return tr("Typed as %1").arg(row.input);
        return {};
    case RelevantColumn:
        if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
            return {};
        if (!checked)
            return {};
        switch (row.check.verdict) {
        case ClimbVerdict::Found: return QString::fromLatin1(row.check.relevantName());
        case ClimbVerdict::NoRecords: return role == Qt::ToolTipRole ? tr("No level up to the TLD has CAA records.") : tr("(none)");
        case ClimbVerdict::Failure:
            return tr("%1 failed").arg(QString::fromLatin1(row.check.name.climbNames().value(row.check.decidingIndex)));
        case ClimbVerdict::Incomplete: return {};
        }
        return {};
    case VerdictColumn:
        switch (row.state) {
        case RowState::InputError:
            if (role == Qt::DisplayRole || role == SortRole)
                return tr("Input error");
            if (role == Qt::ToolTipRole)
                return row.inputError.message;
            if (role == Qt::DecorationRole)
                return icon("error");
            if (role == Qt::ForegroundRole)
                return failureColor();
            return {};
        case RowState::Waiting:
            return role == Qt::DisplayRole || role == SortRole ? tr("Waiting…") : QVariant();
        case RowState::NotChecked:
            if (role == Qt::DisplayRole || role == SortRole)
                return tr("Not checked");
            return role == Qt::ToolTipRole ? tr("The run was cancelled before this name was checked.") : QVariant();
        case RowState::Checked:
            break;
        }
        switch (role) {
        case Qt::DisplayRole:
        case SortRole: {
            // An address row under a TLS or VMC column is decided for S/MIME: say so.
            const bool otherKind = row.check.name.isEmail() && m_kind != CertificateKind::Email;
            const QString text = decisionCellText(row.verdict, row.reason, row.conditional);
            return otherKind ? tr("%1 (S/MIME)").arg(text) : text;
        }
        case Qt::DecorationRole: return verdictIcon(row.verdict);
        case Qt::ForegroundRole: return verdictColor(row.verdict);
        case Qt::ToolTipRole: return decisionFor(row).explanation;
        }
        return {};
    case ReasonColumn:
        // Words in the table; the code (as in JSON and CSV) in the tooltip and for sorting.
        if (role == Qt::DisplayRole) {
            if (!inputOk)
                return inputErrorText(row.inputError.code);
            if (checked && row.reason == ReasonCode::LookupFailure && row.check.origin)
                return tr("%1 (%2)").arg(reasonText(row.reason), failureOriginWords(row.check.origin->origin));
            return checked ? reasonText(row.reason) : QVariant();
        }
        if (role == SortRole || role == CodeRole) {
            if (!inputOk)
                return inputErrorCodeName(row.inputError.code);
            return checked ? reasonCodeName(row.reason) : QVariant();
        }
        if (role == Qt::ToolTipRole) {
            if (!inputOk)
                return QStringLiteral("%1 (%2)").arg(row.inputError.message, inputErrorCodeName(row.inputError.code));
            return checked ? QStringLiteral("%1 (%2)").arg(decisionFor(row).explanation, reasonCodeName(row.reason)) : QVariant();
        }
        return {};
    case FindingsColumn: {
        if (!checked)
            return role == SortRole ? QVariant(-1) : QVariant(); // unchecked rows sort below "0 findings"
        switch (role) {
        case Qt::DisplayRole: return QString::number(row.findings);
        case SortRole: return int(row.findings) + 1000 * row.warnings + 1000000 * row.errors; // worst first when descending
        case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::DecorationRole:
            return row.errors ? severityIcon(Severity::Error) : row.warnings ? severityIcon(Severity::Warning) : QVariant();
        case Qt::ToolTipRole: {
            QStringList lines;
            for (const Finding &f : analyse(row.check, m_directory))
                lines << QStringLiteral("%1: %2").arg(severityName(f.severity), f.message);
            return lines.isEmpty() ? tr("No findings.") : lines.join(u'\n');
        }
        }
        return {};
    }
    }
    return {};
}

QVariant BulkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case RelevantColumn: return tr("Relevant set at");
    case VerdictColumn: {
        if (m_ca.name.isEmpty())
            return tr("Verdict");
        const QString kind = m_kind == CertificateKind::Email ? tr("S/MIME") : m_kind == CertificateKind::Vmc ? tr("VMC") : tr("TLS");
        return tr("Verdict for %1 (%2)").arg(m_ca.name, kind);
    }
    case ReasonColumn: return tr("Reason");
    case FindingsColumn: return tr("Findings");
    }
    return {};
}

BulkFilterProxy::BulkFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(BulkModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void BulkFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void BulkFilterProxy::setOutcome(Outcome outcome)
{
    m_outcome = outcome;
    invalidateFilter();
}

bool BulkFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // Unfiltered (the usual case), no row's data is needed: a run's start resets the
    // model and every one of 100,000 rows is asked again while the window waits.
    if (m_text.isEmpty() && m_outcome == Outcome::All)
        return true;
    const QAbstractItemModel *m = sourceModel();
    if (!m_text.isEmpty()) {
        const QString name = m->index(sourceRow, BulkModel::NameColumn, sourceParent).data().toString();
        const QString relevant = m->index(sourceRow, BulkModel::RelevantColumn, sourceParent).data().toString();
        if (!name.contains(m_text, Qt::CaseInsensitive) && !relevant.contains(m_text, Qt::CaseInsensitive))
            return false;
    }
    const QModelIndex any = m->index(sourceRow, 0, sourceParent);
    const auto state = BulkModel::RowState(any.data(BulkModel::StateRole).toInt());
    const QVariant verdict = any.data(BulkModel::VerdictRole);
    switch (m_outcome) {
    case Outcome::All: return true;
    case Outcome::Permit: return verdict.isValid() && Verdict(verdict.toInt()) == Verdict::Permit;
    case Outcome::Deny: return verdict.isValid() && Verdict(verdict.toInt()) == Verdict::Deny;
    case Outcome::LookupFailure: return verdict.isValid() && Verdict(verdict.toInt()) == Verdict::LookupFailure;
    case Outcome::InputError: return state == BulkModel::RowState::InputError;
    case Outcome::NotPermitted:
        return state == BulkModel::RowState::InputError || (verdict.isValid() && Verdict(verdict.toInt()) != Verdict::Permit);
    case Outcome::WithFindings:
        return m->index(sourceRow, BulkModel::FindingsColumn, sourceParent).data().toInt() > 0;
    }
    return true;
}

} // namespace Caa::Ui
