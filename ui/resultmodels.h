#pragma once

#include "ct/ctlog.h"
#include "engine/findings.h"
#include "generator/draft.h"
#include "engine/simulator.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace Caa::Ui {

/// The relevant RRset, parsed: flags (critical bit spelled out), tag, issuer or value,
/// parameters, TTL. Records that decided the selected verdict can be highlighted.
class RecordsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordsModel)

public:
    enum Column { FlagsColumn, TagColumn, ValueColumn, ParametersColumn, TtlColumn, ColumnCount };
    explicit RecordsModel(QObject *parent = nullptr);

    void setRecords(const QList<Dns::CaaAnswer> &records);
    void setHighlighted(const QList<Dns::CaaAnswer> &records);
    const QList<Dns::CaaAnswer> &records() const { return m_records; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Dns::CaaAnswer> m_records;
    QList<Dns::CaaAnswer> m_highlighted;
};

/// Findings: severity, what is wrong, how to fix it, the rule.
class FindingsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsModel)

public:
    enum Column { SeverityColumn, MessageColumn, FixColumn, ReferenceColumn, ColumnCount };
    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    const QList<Finding> &findings() const { return m_findings; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Finding> m_findings;
};

/// Who may issue: one row per CA, one column per certificate kind.
class MatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatrixModel)

public:
    enum Column { CaColumn, SingleColumn, WildcardColumn, EmailColumn, VmcColumn, ColumnCount };
    enum Role { VerdictRole = Qt::UserRole + 1, ReasonRole };
    explicit MatrixModel(QObject *parent = nullptr);

    void setMatrix(const SimulationMatrix &matrix);
    const SimulationMatrix &matrix() const { return m_matrix; }
    /// Marks the CAs that issued for the name in Certificate Transparency (issue #19):
    /// "issued here: 3 certificates, latest expires 2027-03-02" beside the CA's name,
    /// in bold. Empty: no marks.
    void setCtIssuers(const QList<CtIssuer> &issuers);
    /// The decision behind a cell (nullptr for the CA column or an invalid index).
    const Decision *decision(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    SimulationMatrix m_matrix;
    QHash<QString, CtIssuer> m_ctByCa;
};

/// What a draft would change (the generator's what-if): one row per CA × kind whose
/// verdict changes. Rows come in the order that matters: the CAs the user cares about
/// first (pinned ones and those the draft names), then what is lost (a permit that
/// becomes a refusal) before what is gained, then by CA and kind. SortKeyRole gives each
/// column a key to sort on (a proxy's setSortRole) when the user sorts by a header.
class WhatIfModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhatIfModel)

public:
    enum Column { CaColumn, KindColumn, NowColumn, AfterColumn, WhyColumn, ColumnCount };
    enum Role { SortKeyRole = Qt::UserRole + 1 };
    explicit WhatIfModel(QObject *parent = nullptr);

    /// `important`: CA names that come first.
    void setChanges(const QList<VerdictChange> &changes, const QStringList &important);
    const QList<VerdictChange> &changes() const { return m_changes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<VerdictChange> m_changes;
};

} // namespace Caa::Ui
