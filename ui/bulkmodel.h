#pragma once

#include "engine/failureorigin.h"

#include "ca/cadirectory.h"
#include "report/report.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QTimer>

#include <array>
#include <optional>

namespace Caa::Ui {

/// The "Many names" table: one row per name of a bulk run with the owner of the relevant
/// RRset, the verdict for one chosen CA and certificate kind, and the number of findings.
///
/// A run may be 100,000 names or more (issue #18), so a row keeps the climb (without the
/// raw replies) and compact codes: the verdict, the reason and the findings counts. The
/// sentences (explanations, finding messages) are made when a tooltip shows them or an
/// export asks for the reports.
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

    /// Starts over with these inputs, all Waiting. They are parsed as a run reaches them
    /// (nextToCheck()), so that a long list does not freeze the window at the start.
    void setInputs(const QStringList &inputs);
    /// Adds these inputs after the last row, Waiting: a long list comes in pieces, so that
    /// the view takes in a few thousand rows at a time (issue #18: no stall over 50 ms).
    /// `expectedTotal` rows are made room for when it is larger than the room there is.
    void appendInputs(const QStringList &inputs, qsizetype expectedTotal = 0);
    /// Parses the next inputs in order: the bad ones become InputError rows, and the first
    /// good one is returned with its row. nullopt when every input has been reached.
    std::optional<QPair<int, DomainName>> nextToCheck();
    /// The CA and kind the verdict column is about (recomputed for every finished row).
    /// For a TLS kind, names starting with "*." are decided as wildcards; user@domain
    /// inputs are always S/MIME.
    void setRequest(const CaEntry &ca, CertificateKind kind);
    void setDirectory(const CaDirectory *directory);
    /// Stores the finished climb of row `row` and computes its findings and verdict.
    void setChecked(int row, const CheckResult &check);
    /// Marks every Waiting row NotChecked (after a cancel).
    void markUnchecked();
    /// Sends the row changes collected since the last call now. A run's rows are
    /// announced together every 50 ms rather than one by one: with sorting on, each
    /// announcement moves rows in the view, which for 100,000 rows one at a time stalls it.
    void flushChanges();

    /// What was typed on that row.
    QString input(int row) const { return m_rows.at(row).input; }
    /// The row's full report (findings and the decision with its sentences), made now.
    CheckReport report(int row) const;
    RowState state(int row) const { return m_rows.at(row).state; }
    /// Rows that finished (checked or input errors), as reports for export, in input order.
    /// The checked rows and input errors, as reports: of `rows` (source rows) when given,
    /// else of every row.
    QList<CheckReport> finishedReports(const QList<int> &rows = {}) const;
    /// Rows in a state, and checked rows with a verdict (kept as rows change: no scan).
    int count(RowState state) const;
    int count(Verdict verdict) const;
    /// Checked rows whose lookup failure's origin was found (issue #21), by origin.
    int count(FailureOrigin origin) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString input;
        CheckResult check;      ///< the parsed name at first; the climb once Checked
        InputError inputError;  ///< InputError rows
        RowState state = RowState::Waiting;
        bool parsed = false;
        // Checked rows: the decision for the current request, and the findings counts.
        Verdict verdict = Verdict::LookupFailure;
        ReasonCode reason = ReasonCode::LookupFailure;
        bool conditional = false; ///< a permit with conditions
        quint16 findings = 0;
        quint16 warnings = 0;
        quint16 errors = 0;
    };
    void decideRow(Row &row) const;
    Decision decisionFor(const Row &row) const;
    void tally(const Row &row, int delta);
    void markDirty(int row);
    IssuanceRequest requestForRow(const CheckResult &check) const;
    CheckReport reportOf(const Row &row) const;

    QList<Row> m_rows;
    std::array<int, 4> m_stateCounts{};   // by RowState
    std::array<int, 3> m_verdictCounts{}; // by Verdict, Checked rows only
    std::array<int, 3> m_originCounts{};  // by FailureOrigin, Checked rows with one
    CaEntry m_ca;
    CertificateKind m_kind = CertificateKind::TlsSingle;
    const CaDirectory *m_directory = nullptr;
    FindingsMemo m_findingsMemo{nullptr}; ///< for the counts of each row's findings
    int m_nextToParse = 0;
    int m_dirtyFirst = -1;
    int m_dirtyLast = -1;
    QTimer *m_flushTimer = nullptr;
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
