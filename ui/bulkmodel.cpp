#include "bulkmodel.h"

#include "theme.h"

namespace Caa::Ui {

BulkModel::BulkModel(QObject *parent) : QAbstractTableModel(parent) {}

void BulkModel::tally(const Row &row, int delta)
{
    m_stateCounts[size_t(row.state)] += delta;
    if (row.state == RowState::Checked && !row.report.decisions.isEmpty())
        m_verdictCounts[size_t(row.report.decisions.first().decision.verdict)] += delta;
}

void BulkModel::setInputs(const QStringList &inputs)
{
    beginResetModel();
    m_rows.clear();
    m_stateCounts = {};
    m_verdictCounts = {};
    m_rows.reserve(inputs.size());
    for (const QString &input : inputs) {
        Row row;
        row.report.input = input;
        const DomainParse parsed = parseDomainInput(input);
        row.report.inputOk = parsed.ok();
        if (parsed.ok()) {
            row.report.check = makeCheck(parsed.name);
        } else {
            row.report.inputError = parsed.error;
            row.state = RowState::InputError;
        }
        tally(row, +1);
        m_rows << row;
    }
    endResetModel();
}

IssuanceRequest BulkModel::requestForRow(const CheckReport &report) const
{
    CertificateKind kind = m_kind;
    if (report.check.name.isEmail())
        kind = CertificateKind::Email;
    else if (kind == CertificateKind::TlsSingle || kind == CertificateKind::TlsWildcard)
        kind = tlsKindFor(report.check.name);
    return Caa::requestFor(m_ca, kind);
}

void BulkModel::decideRow(Row &row) const
{
    const IssuanceRequest request = requestForRow(row.report);
    row.report.decisions = {CaDecision{request, decide(row.report.check, request)}};
}

void BulkModel::setRequest(const CaEntry &ca, CertificateKind kind)
{
    m_ca = ca;
    m_kind = kind;
    for (Row &row : m_rows) {
        if (row.state != RowState::Checked)
            continue;
        tally(row, -1);
        decideRow(row);
        tally(row, +1);
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, VerdictColumn), index(rowCount() - 1, ReasonColumn));
    Q_EMIT headerDataChanged(Qt::Horizontal, VerdictColumn, VerdictColumn);
}

void BulkModel::setDirectory(const CaDirectory *directory)
{
    m_directory = directory;
}

void BulkModel::setChecked(int row, const CheckResult &check)
{
    if (row < 0 || row >= m_rows.size() || !m_rows[row].report.inputOk)
        return;
    Row &r = m_rows[row];
    tally(r, -1);
    r.report.check = check;
    r.report.decisions.clear();
    completeReport(r.report, {requestForRow(r.report)}, m_directory);
    r.state = RowState::Checked;
    tally(r, +1);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void BulkModel::markUnchecked()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].state != RowState::Waiting)
            continue;
        tally(m_rows[i], -1);
        m_rows[i].state = RowState::NotChecked;
        tally(m_rows[i], +1);
        Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
    }
}

QList<QPair<int, DomainName>> BulkModel::namesToCheck() const
{
    QList<QPair<int, DomainName>> names;
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].report.inputOk)
            names << qMakePair(i, m_rows[i].report.check.name);
    return names;
}

QList<CheckReport> BulkModel::finishedReports(const QList<int> &rows) const
{
    QList<CheckReport> reports;
    if (rows.isEmpty()) {
        for (const Row &row : m_rows)
            if (row.state == RowState::Checked || row.state == RowState::InputError)
                reports << row.report;
        return reports;
    }
    for (const int i : rows) {
        const Row &row = m_rows.at(i);
        if (row.state == RowState::Checked || row.state == RowState::InputError)
            reports << row.report;
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
    const CheckReport &r = row.report;
    const Decision *d = row.state == RowState::Checked && !r.decisions.isEmpty() ? &r.decisions.first().decision : nullptr;
    if (role == StateRole)
        return int(row.state);
    if (role == VerdictRole)
        return d ? QVariant(int(d->verdict)) : QVariant();

    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return r.inputOk ? r.check.name.display() : r.input;
        if (role == Qt::ToolTipRole && r.inputOk && r.input.trimmed() != r.check.name.display())
            return tr("Typed as %1").arg(r.input);
        return {};
    case RelevantColumn:
        if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
            return {};
        if (row.state != RowState::Checked)
            return {};
        switch (r.check.verdict) {
        case ClimbVerdict::Found: return QString::fromLatin1(r.check.relevantName());
        case ClimbVerdict::NoRecords: return role == Qt::ToolTipRole ? tr("No level up to the TLD has CAA records.") : tr("(none)");
        case ClimbVerdict::Failure:
            return tr("%1 failed").arg(QString::fromLatin1(r.check.name.climbNames().value(r.check.decidingIndex)));
        case ClimbVerdict::Incomplete: return {};
        }
        return {};
    case VerdictColumn:
        switch (row.state) {
        case RowState::InputError:
            if (role == Qt::DisplayRole || role == SortRole)
                return tr("Input error");
            if (role == Qt::ToolTipRole)
                return r.inputError.message;
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
        if (!d)
            return {};
        switch (role) {
        case Qt::DisplayRole:
        case SortRole: {
            // An address row under a TLS or VMC column is decided for S/MIME: say so.
            const bool otherKind = r.check.name.isEmail() && m_kind != CertificateKind::Email;
            return otherKind ? tr("%1 (S/MIME)").arg(decisionCellText(*d)) : decisionCellText(*d);
        }
        case Qt::DecorationRole: return verdictIcon(d->verdict);
        case Qt::ForegroundRole: return verdictColor(d->verdict);
        case Qt::ToolTipRole: return d->explanation;
        }
        return {};
    case ReasonColumn:
        // Words in the table; the code (as in JSON and CSV) in the tooltip and for sorting.
        if (role == Qt::DisplayRole) {
            if (row.state == RowState::InputError)
                return inputErrorText(r.inputError.code);
            return d ? reasonText(d->reason) : QVariant();
        }
        if (role == SortRole || role == CodeRole) {
            if (row.state == RowState::InputError)
                return inputErrorCodeName(r.inputError.code);
            return d ? reasonCodeName(d->reason) : QVariant();
        }
        if (role == Qt::ToolTipRole) {
            if (row.state == RowState::InputError)
                return QStringLiteral("%1 (%2)").arg(r.inputError.message, inputErrorCodeName(r.inputError.code));
            return d ? QStringLiteral("%1 (%2)").arg(d->explanation, reasonCodeName(d->reason)) : QVariant();
        }
        return {};
    case FindingsColumn: {
        if (row.state != RowState::Checked)
            return role == SortRole ? QVariant(-1) : QVariant(); // unchecked rows sort below "0 findings"
        const int errors = int(std::count_if(r.findings.cbegin(), r.findings.cend(), [](const Finding &f) { return f.severity == Severity::Error; }));
        const int warnings = int(std::count_if(r.findings.cbegin(), r.findings.cend(), [](const Finding &f) { return f.severity == Severity::Warning; }));
        switch (role) {
        case Qt::DisplayRole: return QString::number(r.findings.size());
        case SortRole: return int(r.findings.size()) + 1000 * warnings + 1000000 * errors; // worst first when descending
        case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::DecorationRole:
            return errors ? severityIcon(Severity::Error) : warnings ? severityIcon(Severity::Warning) : QVariant();
        case Qt::ToolTipRole: {
            QStringList lines;
            for (const Finding &f : r.findings)
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
