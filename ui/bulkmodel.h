#pragma once

#include "ca/cadirectory.h"
#include "report/report.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <array>

namespace Caa::Ui {

/// The "Many names" table: one row per name of a bulk run with the owner of the relevant
/// RRset, the verdict for one chosen CA and certificate kind, and the number of findings.
class BulkModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkModel)

public:
    enum Column { NameColumn, RelevantColumn, VerdictColumn, ReasonColumn, FindingsColumn, ColumnCount };
    /// What a row stands for: a bad input, a name waiting for its answers, a finished
    /// check, or one that was not checked because the run was cancelled.
    enum class RowState { InputError, Waiting, Checked, NotChecked };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< numbers for the findings column, text elsewhere
        StateRole,                   ///< RowState as int
        VerdictRole,                 ///< Verdict as int (Checked rows only)
        CodeRole,                    ///< the reason's code ("issuer-not-listed"), as in JSON and CSV
    };
    explicit BulkModel(QObject *parent = nullptr);

    /// Starts over with these inputs; each is parsed, bad ones become InputError rows.
    void setInputs(const QStringList &inputs);
    /// The CA and kind the verdict column is about (recomputed for every finished row).
    /// For a TLS kind, names starting with "*." are decided as wildcards; user@domain
    /// inputs are always S/MIME.
    void setRequest(const CaEntry &ca, CertificateKind kind);
    void setDirectory(const CaDirectory *directory);
    /// Stores the finished climb of row `row` and computes its findings and verdict.
    void setChecked(int row, const CheckResult &check);
    /// Marks every Waiting row NotChecked (after a cancel).
    void markUnchecked();

    const CheckReport &report(int row) const { return m_rows.at(row).report; }
    RowState state(int row) const { return m_rows.at(row).state; }
    /// Inputs that parsed, with their row numbers: what a run has to check.
    QList<QPair<int, DomainName>> namesToCheck() const;
    /// Rows that finished (checked or input errors), as reports for export, in input order.
    /// The checked rows and input errors, as reports: of `rows` (source rows) when given,
    /// else of every row.
    QList<CheckReport> finishedReports(const QList<int> &rows = {}) const;
    /// Rows in a state, and checked rows with a verdict (kept as rows change: no scan).
    int count(RowState state) const;
    int count(Verdict verdict) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        CheckReport report;
        RowState state = RowState::Waiting;
    };
    void decideRow(Row &row) const;
    void tally(const Row &row, int delta);
    IssuanceRequest requestForRow(const CheckReport &report) const;

    QList<Row> m_rows;
    std::array<int, 4> m_stateCounts{};   // by RowState
    std::array<int, 3> m_verdictCounts{}; // by Verdict, Checked rows only
    CaEntry m_ca;
    CertificateKind m_kind = CertificateKind::TlsSingle;
    const CaDirectory *m_directory = nullptr;
};

/// Filters the bulk table by text (in the name or relevant-owner column) and by outcome.
class BulkFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkFilterProxy)

public:
    enum class Outcome { All, Permit, Deny, LookupFailure, InputError, WithFindings, NotPermitted };
    explicit BulkFilterProxy(QObject *parent = nullptr);
    void setText(const QString &text);
    void setOutcome(Outcome outcome);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    Outcome m_outcome = Outcome::All;
};

} // namespace Caa::Ui
