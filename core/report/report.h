#pragma once

#include "ca/cadirectory.h"
#include "engine/decision.h"
#include "engine/diagnosticsresult.h"
#include "ct/ctlog.h"
#include "engine/findings.h"
#include "generator/draft.h"
#include "report/ticketanswer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

namespace Caa {

class JsonWriter;

/// One CA's verdict inside a report.
struct CaDecision
{
    IssuanceRequest request;
    Decision decision;
};

/// Everything known about one checked input: the climb, the findings, the verdicts.
struct CheckReport
{
    QString input;
    /// Position in the run's input (0 = the first name read), written first as "index"
    /// (JSON) or the index column (CSV) when ≥ 0: results written as they finish rather
    /// than in input order carry it (`check --order completion`).
    qint64 index = -1;
    bool inputOk = false;
    InputError inputError; ///< when !inputOk
    CheckResult check;
    QList<Finding> findings;
    QList<CaDecision> decisions;
    /// When the climb failed through the resolver but the zone's own servers answer
    /// (check.origin, FailureOrigin::Resolver): the same requests decided on their
    /// answers, what a CA's own resolver would most likely see. The official verdicts
    /// above stay lookup failures.
    QList<CaDecision> likelyDecisions;
    /// Helpdesk diagnostics (authoritative servers, DNSSEC, resolvers), when they were run.
    std::optional<Diagnostics> diagnostics;
    /// What-if: what a draft would change, when one was given.
    std::optional<DraftEffect> draftEffect;
    /// Certificate Transparency beside the policy (issue #19), when asked for.
    std::optional<CtReport> ct;
    /// When set, every format starts with this answer (the ticket answer: what the user
    /// looked at, the fix, the resolver, the time), and `decisions` is the full matrix
    /// only when TicketAnswer::matrixIncluded (then written as an appendix).
    std::optional<TicketAnswer> answer;
};


/// Fills findings (checked against `directory` when given) and decisions for a finished
/// climb. A run of many names passes its `memo` (made for `directory`).
void completeReport(CheckReport &report, const QList<IssuanceRequest> &requests, const CaDirectory *directory = nullptr,
                    FindingsMemo *memo = nullptr, PreparedSetMemo *prepared = nullptr);
/// Only the decisions, for output that shows no findings (CSV without a summary): the
/// findings' sentences cost a large share of a bulk run (issue #18).
void decideReport(CheckReport &report, const QList<IssuanceRequest> &requests, PreparedSetMemo *prepared = nullptr);

/// The worst outcome over reports, as the CLI's exit status: 0 every decision permit,
/// 1 some deny, 2 some lookup failure, 3 some input error (highest wins).
int exitStatusFor(const QList<CheckReport> &reports);

/// JSON for one report (the CLI contract, see README), as compact UTF-8 bytes: the
/// fast form, for output written name by name (jsonl).
QByteArray reportToJsonBytes(const CheckReport &report);
/// The JSON writeReportJson() wrote for a parent level's step, for the findings about
/// levels above the name checked and for record sets, kept so that the next report with
/// the same part copies it instead of writing it again: the names of a run climb through
/// a few shared parents (issue #18). The bytes are the same as without it; a part is copied
/// only when everything it is written from is equal. One per writer, used by one thread
/// at a time.
class ReportJsonMemo
{
public:
    ReportJsonMemo();
    ~ReportJsonMemo();
    ReportJsonMemo(const ReportJsonMemo &) = delete;
    ReportJsonMemo &operator=(const ReportJsonMemo &) = delete;

    struct Parts; ///< what is kept (report.cpp)

private:
    friend void writeReportJson(JsonWriter &writer, const CheckReport &report, ReportJsonMemo *memo);
    std::unique_ptr<Parts> m_parts;
};

/// The same, appended to `writer`: a run that writes many reports reuses one writer, and
/// passes its `memo`.
void writeReportJson(JsonWriter &writer, const CheckReport &report, ReportJsonMemo *memo = nullptr);
/// The same as an object (read back from reportToJsonBytes(), so the two never differ).
QJsonObject reportToJson(const CheckReport &report);
/// {"results":[…]}, indented.
QByteArray reportsToJson(const QList<CheckReport> &reports);
/// Plain text for a terminal or a ticket.
QString reportsToText(const QList<CheckReport> &reports);
/// Markdown for a ticket or a wiki.
QString reportsToMarkdown(const QList<CheckReport> &reports);
/// A self-contained HTML page; every DNS value is escaped, never interpreted.
QString reportsToHtml(const QList<CheckReport> &reports);
/// The what-if of every report that has one, as text: "With the draft for OWNER
/// published, NAME:" and one line per change. Empty when none has one.
QString draftEffectsText(const QList<CheckReport> &reports);

/// CSV (RFC 4180) for bulk runs: one row per name × CA × kind (or per input error), with
/// columns input, name, relevant, ca, kind, verdict, reason, explanation.
QString reportsToCsv(const QList<CheckReport> &reports);
/// The CSV header line, for output written as it comes; `withIndex` puts an "index"
/// column first (see CheckReport::index).
QString csvHeader(bool withIndex = false);
/// The report's CSV rows, starting with its index when CheckReport::index ≥ 0.
QString reportCsvRows(const CheckReport &report);
/// "12 names: 30 permit, 650 deny, 0 lookup failure, 1 input error" — for the end of a bulk run.
QString reportsSummary(const QList<CheckReport> &reports);

/// Counts over reports seen one at a time (a streamed run keeps none of them).
struct ReportTally
{
    int names = 0;
    int permit = 0;
    int deny = 0;
    int failure = 0;
    int inputErrors = 0;
    int exitStatus = 0; ///< as exitStatusFor()

    void add(const CheckReport &report);
    /// Adds the counts of another part of the same run (a run on several threads).
    void merge(const ReportTally &other);
    /// As reportsSummary().
    QString summary() const;
};

/// What a big run comes to, for reading without a spreadsheet: the counts of ReportTally,
/// decisions per reason, for each CA how many names' relevant sets name it (it may issue
/// for them, RFC 8659 §4.2), and how many names have each finding.
struct RunSummary
{
    ReportTally tally;
    QMap<QString, int> reasons;    ///< reasonCodeName() → decisions
    QMap<QString, int> namedCas;   ///< CA name → names whose relevant set authorises it
    QMap<QString, int> issuers;    ///< issuer domain in an issue/issuewild record → names
    QMap<QString, int> findings;   ///< finding code → names with it
    QMap<QString, int> failureOrigins; ///< failureOriginName() → names whose lookup failure it explains

    void add(const CheckReport &report);
    /// Adds another part of the same run, as if its reports had been add()ed here.
    void merge(const RunSummary &other);
    /// {"names", "permit", "deny", "lookup_failure", "input_error", "reasons": {code: n},
    /// "cas": {name: names}, "issuers": {domain: names}, "findings": {code: names},
    /// "failure_origins": {origin: names}}.
    QJsonObject toJson() const;
    /// The same as lines of text, largest counts first.
    QString toText() const;
};

} // namespace Caa
