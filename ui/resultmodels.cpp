#include "resultmodels.h"

#include "caa/registry.h"

#include "caa/issuevalue.h"
#include "theme.h"

#include <QFont>

#include <algorithm>
#include <tuple>

namespace Caa::Ui {

RecordsModel::RecordsModel(QObject *parent) : QAbstractTableModel(parent) {}

void RecordsModel::setRecords(const QList<Dns::CaaAnswer> &records)
{
    beginResetModel();
    m_records = records;
    m_highlighted.clear();
    endResetModel();
}

void RecordsModel::setHighlighted(const QList<Dns::CaaAnswer> &records)
{
    m_highlighted = records;
    if (!m_records.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::BackgroundRole, Qt::FontRole});
}

int RecordsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_records.size()); }
int RecordsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FlagsColumn: return tr("Flags");
    case TagColumn: return tr("Tag");
    case ValueColumn: return tr("Issuer / value");
    case ParametersColumn: return tr("Parameters");
    case TtlColumn: return tr("TTL");
    }
    return {};
}

QVariant RecordsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const Dns::CaaAnswer &a = m_records[index.row()];
    const CaaRecord &r = a.record;
    const bool highlighted = m_highlighted.contains(a);
    if (role == Qt::BackgroundRole && highlighted)
        return tint(recordsColor());
    if (role == Qt::FontRole && highlighted) {
        QFont f;
        f.setBold(true);
        return f;
    }
    const QByteArray tag = r.normalizedTag();
    const bool issueFamily = r.hasValidTagCharacters() && isIssuerPropertyTag(tag);
    const IssueValue v = issueFamily ? parseIssueValue(r.value) : IssueValue{};
    switch (index.column()) {
    case FlagsColumn:
        if (role == Qt::DisplayRole) {
            QString text = QString::number(r.flags);
            if (r.isCritical())
                text += tr(" (critical)");
            else if (r.flags & 0x01)
                text += tr(" (not critical; Let's Encrypt: critical)");
            else if (r.flags)
                text += tr(" (reserved bits, ignored)");
            return text;
        }
        if (role == Qt::ToolTipRole)
            return tr("Bit 128 is the Issuer Critical flag: a CA that does not recognise the tag must refuse (RFC 8659 §4.1).");
        break;
    case TagColumn:
        if (role == Qt::DisplayRole)
            return displayText(r.tag);
        break;
    case ValueColumn:
        if (role == Qt::DisplayRole) {
            if (!issueFamily)
                return displayText(r.value);
            if (!v.wellFormed)
                return tr("malformed: \"%1\" (names no CA)").arg(displayText(r.value));
            return v.issuer.isEmpty() ? tr("(no CA: forbids this kind)") : QString::fromLatin1(v.issuer);
        }
        if (role == Qt::ToolTipRole && issueFamily && !v.wellFormed)
            return v.error;
        if (role == Qt::ForegroundRole && issueFamily && !v.wellFormed)
            return denyColor();
        break;
    case ParametersColumn:
        if (role == Qt::DisplayRole && issueFamily && v.wellFormed) {
            QStringList params;
            for (const IssueParameter &p : v.parameters)
                params << QString::fromLatin1(p.tag + '=' + p.value);
            return params.join(QStringLiteral("; "));
        }
        break;
    case TtlColumn:
        if (role == Qt::DisplayRole)
            return a.ttl;
        break;
    }
    return {};
}

FindingsModel::FindingsModel(QObject *parent) : QAbstractTableModel(parent) {}

void FindingsModel::setFindings(const QList<Finding> &findings)
{
    beginResetModel();
    m_findings.clear();
    for (const Finding &f : findings)
        if (f.code != QStringLiteral("dnssec")) // shown per level in the tree
            m_findings << f;
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_findings.size()); }
int FindingsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case MessageColumn: return tr("Finding");
    case FixColumn: return tr("How to fix");
    case ReferenceColumn: return tr("Rule");
    }
    return {};
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_findings.size())
        return {};
    const Finding &f = m_findings[index.row()];
    if (role == Qt::ToolTipRole)
        return f.message + (f.fix.isEmpty() ? QString() : QStringLiteral("\n\n") + tr("Fix: ") + f.fix);
    switch (index.column()) {
    case SeverityColumn:
        if (role == Qt::DisplayRole)
            return f.severity == Severity::Error ? tr("Error") : f.severity == Severity::Warning ? tr("Warning") : tr("Note");
        if (role == Qt::DecorationRole)
            return severityIcon(f.severity);
        break;
    case MessageColumn:
        if (role == Qt::DisplayRole)
            return f.message;
        break;
    case FixColumn:
        if (role == Qt::DisplayRole)
            return f.fix;
        break;
    case ReferenceColumn:
        if (role == Qt::DisplayRole)
            return f.reference;
        break;
    }
    return {};
}

MatrixModel::MatrixModel(QObject *parent) : QAbstractTableModel(parent) {}

void MatrixModel::setMatrix(const SimulationMatrix &matrix)
{
    beginResetModel();
    m_matrix = matrix;
    endResetModel();
}

void MatrixModel::setCtIssuers(const QList<CtIssuer> &issuers)
{
    beginResetModel();
    m_ctByCa.clear();
    for (const CtIssuer &i : issuers)
        if (!i.ca.isEmpty())
            m_ctByCa.insert(i.ca, i);
    endResetModel();
}

const Decision *MatrixModel::decision(const QModelIndex &index) const
{
    if (!index.isValid() || index.column() == CaColumn || index.row() >= m_matrix.rows.size())
        return nullptr;
    const MatrixRow &row = m_matrix.rows[index.row()];
    return index.column() - 1 < row.cells.size() ? &row.cells[index.column() - 1] : nullptr;
}

int MatrixModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_matrix.rows.size()); }
int MatrixModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant MatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case CaColumn: return tr("Certificate authority");
        case SingleColumn: return tr("Single name");
        case WildcardColumn: return tr("Wildcard");
        case EmailColumn: return tr("S/MIME e-mail");
        case VmcColumn: return tr("VMC");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SingleColumn: return tr("TLS certificate for the name itself (issue, RFC 8659 §4.2)");
        case WildcardColumn: return tr("TLS certificate for *.name (issuewild, else issue; RFC 8659 §4.3)");
        case EmailColumn: return tr("S/MIME certificate for an address @name (issuemail, RFC 9495)");
        case VmcColumn: return tr("Mark certificate (VMC) for the name (issuevmc)");
        }
    }
    return {};
}

QVariant MatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_matrix.rows.size())
        return {};
    const MatrixRow &row = m_matrix.rows[index.row()];
    if (index.column() == CaColumn) {
        const auto ct = m_ctByCa.constFind(row.request.caName);
        if (role == Qt::DisplayRole) {
            if (ct == m_ctByCa.constEnd())
                return row.request.caName;
            return tr("%1 — issued here: %n certificate(s), latest expires %2", nullptr, ct->certificates)
                .arg(row.request.caName, ct->latestNotAfter.date().toString(Qt::ISODate));
        }
        if (role == Qt::FontRole && ct != m_ctByCa.constEnd()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::ToolTipRole) {
            QStringList ids;
            for (const QByteArray &id : row.request.identifiers)
                ids << QString::fromLatin1(id);
            QString tip = tr("CAA identifiers: %1\nProcessing profile: %2").arg(ids.join(QStringLiteral(", ")), row.request.profile.id);
            if (ct != m_ctByCa.constEnd())
                tip += u'\n' + tr("In Certificate Transparency: %1 (latest issuer: %2)").arg(ct->names.join(QStringLiteral(", ")), ct->issuerName)
                       + (ct->deniedByPolicy ? u'\n' + tr("The CAA records would refuse its renewal.") : QString());
            return tip;
        }
        return {};
    }
    const Decision *d = decision(index);
    if (!d)
        return {};
    switch (role) {
    case Qt::DisplayRole: return decisionCellText(*d);
    case Qt::DecorationRole: return verdictIcon(d->verdict);
    case Qt::ForegroundRole: return verdictColor(d->verdict);
    case Qt::BackgroundRole: return tint(verdictColor(d->verdict));
    case Qt::ToolTipRole: return d->explanation;
    case VerdictRole: return int(d->verdict);
    case ReasonRole: return reasonCodeName(d->reason);
    }
    return {};
}

WhatIfModel::WhatIfModel(QObject *parent) : QAbstractTableModel(parent) {}

void WhatIfModel::setChanges(const QList<VerdictChange> &changes, const QStringList &important)
{
    beginResetModel();
    m_changes = changes;
    // A lost permission breaks renewals; a gained one only widens the policy.
    auto rank = [&important](const VerdictChange &c) {
        const bool lost = c.before.verdict == Verdict::Permit && c.after.verdict != Verdict::Permit;
        return std::make_tuple(important.contains(c.ca) ? 0 : 1, lost ? 0 : 1, c.ca.toLower(), int(c.kind));
    };
    std::stable_sort(m_changes.begin(), m_changes.end(), [&rank](const VerdictChange &a, const VerdictChange &b) { return rank(a) < rank(b); });
    endResetModel();
}

int WhatIfModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int WhatIfModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WhatIfModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_changes.size())
        return {};
    const VerdictChange &c = m_changes[index.row()];
    const Decision &shown = index.column() == NowColumn ? c.before : c.after;
    switch (index.column()) {
    case CaColumn:
        if (role == Qt::DisplayRole)
            return c.ca;
        if (role == SortKeyRole)
            return c.ca.toLower();
        break;
    case KindColumn:
        if (role == Qt::DisplayRole)
            return kindText(c.kind);
        if (role == Qt::ToolTipRole)
            return certificateKindName(c.kind);
        if (role == SortKeyRole)
            return int(c.kind);
        break;
    case NowColumn:
    case AfterColumn:
        switch (role) {
        case Qt::DisplayRole: return decisionCellText(shown);
        case Qt::DecorationRole: return verdictIcon(shown.verdict);
        case Qt::ForegroundRole: return verdictColor(shown.verdict);
        case Qt::ToolTipRole: return shown.explanation + QStringLiteral("\n") + reasonCodeName(shown.reason);
        case SortKeyRole: return int(shown.verdict);
        default: break;
        }
        break;
    case WhyColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortKeyRole)
            return c.after.explanation;
        break;
    default: break;
    }
    return {};
}

QVariant WhatIfModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CaColumn: return tr("CA");
    case KindColumn: return tr("Kind");
    case NowColumn: return tr("Now");
    case AfterColumn: return tr("With the draft");
    case WhyColumn: return tr("Why, with the draft");
    default: return {};
    }
}

} // namespace Caa::Ui
