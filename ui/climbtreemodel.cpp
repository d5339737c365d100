#include "climbtreemodel.h"

#include "engine/failureorigin.h"

#include "theme.h"

#include <QFont>

namespace Caa::Ui {

ClimbTreeModel::ClimbTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void ClimbTreeModel::setCheck(const CheckResult &check)
{
    beginResetModel();
    m_check = check;
    endResetModel();
}

void ClimbTreeModel::updateCheck(const CheckResult &check, int level)
{
    bool sameShape = check.steps.size() == m_check.steps.size() && level >= 0 && level < check.steps.size();
    for (int i = 0; sameShape && i < check.steps.size(); ++i)
        sameShape = i == level || check.steps[i].aliases.size() + check.steps[i].caa.size() == qsizetype(childCount(i));
    if (!sameShape) {
        setCheck(check);
        return;
    }
    const QModelIndex parentIndex = index(level, 0);
    const int before = childCount(level);
    if (before > 0) {
        beginRemoveRows(parentIndex, 0, before - 1);
        m_check.steps[level].aliases.clear();
        m_check.steps[level].caa.clear();
        endRemoveRows();
    }
    const int after = int(check.steps[level].aliases.size() + check.steps[level].caa.size());
    if (after > 0) {
        beginInsertRows(parentIndex, 0, after - 1);
        m_check = check;
        endInsertRows();
    } else {
        m_check = check;
    }
    // Which level decides can change with any answer.
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ClimbTreeModel::childCount(int level) const
{
    if (level < 0 || level >= m_check.steps.size())
        return 0;
    const Dns::LookupResult &s = m_check.steps[level];
    return int(s.aliases.size() + s.caa.size());
}

bool ClimbTreeModel::isDeciding(int level) const
{
    return (m_check.verdict == ClimbVerdict::Found || m_check.verdict == ClimbVerdict::Failure) && level == m_check.decidingIndex;
}

QModelIndex ClimbTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_check.steps.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0 || row >= childCount(parent.row()))
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ClimbTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ClimbTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_check.steps.size());
    if (parent.internalId() == 0 && parent.column() == 0)
        return childCount(parent.row());
    return 0;
}

int ClimbTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ClimbTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case OutcomeColumn: return tr("Answer");
    case TtlColumn: return tr("TTL");
    case DnssecColumn: return tr("DNSSEC");
    case DetailColumn: return tr("Details");
    }
    return {};
}

QVariant ClimbTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0)
        return levelData(index.row(), index.column(), role);
    return childData(int(index.internalId() - 1), index.row(), index.column(), role);
}

QVariant ClimbTreeModel::levelData(int level, int column, int role) const
{
    const Dns::LookupResult &s = m_check.steps[level];
    const LevelOutcome outcome = m_check.levelOutcome(level);
    const bool deciding = isDeciding(level);
    // Whose failure it is, when the zone's own servers were asked (issue #21).
    const LevelOrigin *origin = m_check.origin && outcome == LevelOutcome::Failure ? m_check.origin->level(level) : nullptr;
    if (role == OutcomeRole)
        return int(outcome);
    if (role == RelevantRole)
        return deciding;
    if (role == LevelRole)
        return level;
    if (role == Qt::FontRole && deciding) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::BackgroundRole && deciding)
        return tint(outcome == LevelOutcome::Failure ? failureColor() : recordsColor());
    switch (column) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return QString::fromLatin1(s.name);
        if (role == Qt::DecorationRole)
            return levelIcon(outcome);
        if (role == Qt::ToolTipRole)
            return level == 0 ? tr("The checked name") : tr("Parent %1 of the checked name").arg(level);
        break;
    case OutcomeColumn:
        if (role == Qt::DisplayRole) {
            switch (outcome) {
            case LevelOutcome::Pending: return tr("waiting…");
            case LevelOutcome::Records: return s.caa.size() == 1 ? tr("1 CAA record") : tr("%1 CAA records").arg(s.caa.size());
            case LevelOutcome::Empty:
                if (s.outsideSource)
                    return tr("outside the zone file");
                return s.rcode == Dns::Rcode::NXDomain ? tr("no such name (NXDOMAIN)") : tr("no CAA (NODATA)");
            case LevelOutcome::Failure:
                // RFC 8914: the resolver's reason, when it gave one ("SERVFAIL · DNSSEC Bogus").
                if (s.isAnswered() && !s.extendedErrors.isEmpty())
                    return tr("%1 · %2").arg(Dns::rcodeName(s.rcode), Dns::extendedErrorName(s.extendedErrors.first().code));
                return s.isAnswered() ? Dns::rcodeName(s.rcode) : Dns::lookupStatusName(s.status);
            }
        }
        if (role == Qt::ForegroundRole) {
            if (outcome == LevelOutcome::Failure)
                return failureColor();
            if (outcome == LevelOutcome::Records)
                return recordsColor();
        }
        if (role == Qt::ToolTipRole && !s.extendedErrors.isEmpty())
            return tr("The server says: %1").arg(Dns::extendedErrorsText(s.extendedErrors))
                   + (s.errorMessage.isEmpty() ? QString() : u'\n' + s.errorMessage);
        if (role == Qt::ToolTipRole && !s.errorMessage.isEmpty())
            return s.errorMessage;
        break;
    case TtlColumn:
        if (role == Qt::DisplayRole && !s.caa.isEmpty()) {
            quint32 ttl = s.caa.first().ttl;
            for (const Dns::CaaAnswer &a : s.caa)
                ttl = qMin(ttl, a.ttl);
            return ttl;
        }
        break;
    case DnssecColumn:
        if (!s.isAnswered() || outcome == LevelOutcome::Failure)
            break;
        if (role == Qt::DisplayRole)
            return s.authenticated ? tr("validated") : tr("not validated");
        if (role == Qt::DecorationRole && s.authenticated)
            return icon("secure");
        if (role == Qt::ToolTipRole)
            return s.authenticated ? tr("The resolver validated this answer with DNSSEC (AD bit set).")
                                   : tr("Unsigned zone, or the resolver does not validate.");
        break;
    case DetailColumn:
        if (role == Qt::ToolTipRole && origin)
            return origin->explanation;
        if (role == Qt::DisplayRole) {
            if (deciding && outcome == LevelOutcome::Records)
                return tr("← this set decides");
            if (deciding && origin)
                return tr("← this failure decides: CAs must refuse · %1").arg(failureOriginWords(origin->origin));
            if (deciding)
                return tr("← this failure decides: CAs must refuse");
            const bool aboveDecision = m_check.decidingIndex >= 0 && level > m_check.decidingIndex;
            if (aboveDecision && outcome == LevelOutcome::Records)
                return tr("not used: the climb stops at %1").arg(QString::fromLatin1(m_check.steps[m_check.decidingIndex].name));
            if (aboveDecision && outcome == LevelOutcome::Failure)
                return tr("does not matter: %1 decides first").arg(QString::fromLatin1(m_check.steps[m_check.decidingIndex].name));
            if (outcome == LevelOutcome::Failure && origin)
                return failureOriginWords(origin->origin);
            if (outcome == LevelOutcome::Failure)
                return s.errorMessage.isEmpty() ? tr("the server answered %1").arg(s.outcomeName()) : s.errorMessage;
            if (!s.aliases.isEmpty())
                return tr("via %1").arg(QString::fromLatin1(s.canonicalName()));
            if (s.elapsedMs > 0)
                return tr("%1 ms from %2").arg(s.elapsedMs).arg(s.server);
        }
        break;
    }
    return {};
}

QVariant ClimbTreeModel::childData(int level, int child, int column, int role) const
{
    const Dns::LookupResult &s = m_check.steps[level];
    if (role == LevelRole)
        return level;
    const bool isAlias = child < s.aliases.size();
    if (isAlias) {
        const Dns::AliasHop &h = s.aliases[child];
        if (column == NameColumn && role == Qt::DisplayRole)
            return QString::fromLatin1(h.owner);
        if (column == NameColumn && role == Qt::DecorationRole)
            return icon("alias");
        if (column == OutcomeColumn && role == Qt::DisplayRole)
            return Dns::typeName(h.type);
        if (column == TtlColumn && role == Qt::DisplayRole)
            return h.ttl;
        if (column == DetailColumn && role == Qt::DisplayRole)
            return tr("→ %1").arg(QString::fromLatin1(h.target));
        return {};
    }
    const Dns::CaaAnswer &a = s.caa[child - s.aliases.size()];
    if (column == NameColumn && role == Qt::DisplayRole)
        return QString::fromLatin1(a.owner);
    if (column == OutcomeColumn && role == Qt::DisplayRole)
        return QStringLiteral("CAA");
    if (column == TtlColumn && role == Qt::DisplayRole)
        return a.ttl;
    if (column == DetailColumn && role == Qt::DisplayRole)
        return QString::fromLatin1(caaPresentation(a.record));
    if (column == DetailColumn && role == Qt::FontRole) {
        QFont f(QStringLiteral("monospace"));
        f.setStyleHint(QFont::TypeWriter);
        return f;
    }
    return {};
}

QString ClimbTreeModel::rawAnswer(int level) const
{
    if (level < 0 || level >= m_check.steps.size())
        return QString();
    const Dns::LookupResult &s = m_check.steps[level];
    if (!m_check.answered.value(level))
        return tr("%1: waiting for the answer…").arg(QString::fromLatin1(s.name));
    QString text = tr(";; %1 CAA → %2").arg(QString::fromLatin1(s.name), s.outcomeName());
    if (s.isAnswered())
        text += tr("   flags:%1%2%3").arg(s.authoritative ? QStringLiteral(" aa") : QString(), s.authenticated ? QStringLiteral(" ad") : QString(),
                                       s.authoritative || s.authenticated ? QString() : tr(" (no AA, no AD)"));
    text += tr("\n;; %1 ms, server %2\n").arg(s.elapsedMs).arg(s.server.isEmpty() ? tr("(unknown)") : s.server);
    if (!s.errorMessage.isEmpty())
        text += QStringLiteral(";; ") + s.errorMessage + u'\n';
    // As dig prints them: "; EDE: 6 (DNSSEC Bogus): (text)".
    for (const Dns::ExtendedDnsError &e : s.extendedErrors)
        text += QStringLiteral("; EDE: %1 (%2)%3\n").arg(e.code).arg(Dns::extendedErrorName(e.code), e.text.isEmpty() ? QString() : QStringLiteral(": (%1)").arg(e.text));
    if (const LevelOrigin *origin = m_check.origin ? m_check.origin->level(level) : nullptr) {
        // Whose failure it is (issue #21): what the zone's own servers said, and the
        // records they gave.
        text += tr(";; %1\n;; %2\n").arg(failureOriginWords(origin->origin), origin->explanation);
        if (origin->authoritative)
            for (const Dns::CaaAnswer &a : origin->authoritative->caa)
                text += tr(";; from the zone's servers: %1.\t%2\tIN\tCAA\t%3\n").arg(QString::fromLatin1(a.owner)).arg(a.ttl).arg(QString::fromLatin1(caaPresentation(a.record)));
    }
    for (const Dns::AliasHop &h : s.aliases)
        text += QStringLiteral("%1.\t%2\tIN\t%3\t%4.\n").arg(QString::fromLatin1(h.owner)).arg(h.ttl).arg(Dns::typeName(h.type), QString::fromLatin1(h.target));
    for (const Dns::CaaAnswer &a : s.caa)
        text += QStringLiteral("%1.\t%2\tIN\tCAA\t%3\n").arg(QString::fromLatin1(a.owner)).arg(a.ttl).arg(QString::fromLatin1(caaPresentation(a.record)));
    if (!s.rawReply.isEmpty()) {
        text += tr("\n;; reply, %1 octets:\n").arg(s.rawReply.size());
        for (qsizetype off = 0; off < s.rawReply.size(); off += 16) {
            const QByteArray row = s.rawReply.mid(off, 16);
            QString ascii;
            for (const char ch : row)
                ascii += (uchar(ch) >= 0x20 && uchar(ch) < 0x7F) ? QChar::fromLatin1(ch) : QChar(u'.');
            text += QStringLiteral("%1  %2  %3\n").arg(off, 4, 16, QLatin1Char('0')).arg(QString::fromLatin1(row.toHex(' ')).leftJustified(47), ascii);
        }
    }
    return text;
}

} // namespace Caa::Ui
