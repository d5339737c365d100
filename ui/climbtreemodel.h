#pragma once

#include "engine/climb.h"

#include <QAbstractItemModel>

namespace Caa::Ui {

/// The climbed DNS tree: one top-level row per name from the checked name up to the TLD,
/// with its alias hops and CAA records as children. Read-only; updated level by level as
/// answers arrive.
class ClimbTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClimbTreeModel)

public:
    enum Column { NameColumn, OutcomeColumn, TtlColumn, DnssecColumn, DetailColumn, ColumnCount };
    enum Role {
        OutcomeRole = Qt::UserRole + 1, ///< int(LevelOutcome) on top-level rows
        RelevantRole,                   ///< bool: this level holds the deciding set (or failure)
        LevelRole,                      ///< int: level index, on every row
    };

    explicit ClimbTreeModel(QObject *parent = nullptr);

    /// Shows a new climb (resets the model).
    void setCheck(const CheckResult &check);
    /// The climb changed at `level` (an answer arrived); other levels may change role.
    void updateCheck(const CheckResult &check, int level);
    const CheckResult &check() const { return m_check; }
    /// A readable dump of one level's answer (for the detail pane).
    QString rawAnswer(int level) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int childCount(int level) const;
    bool isDeciding(int level) const;
    QVariant levelData(int level, int column, int role) const;
    QVariant childData(int level, int child, int column, int role) const;

    CheckResult m_check;
};

} // namespace Caa::Ui
