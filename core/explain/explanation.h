#pragma once

// From a CA's error to a helpdesk answer (issue #20): which names to check for which CAs,
// and, once they are checked, one paragraph that says what the CA saw, what we see now,
// whether the two agree, and what to change. The lookups themselves are the caller's
// (CheckSession); this only decides and words.

#include "ca/cadirectory.h"
#include "explain/caerror.h"
#include "report/report.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Caa {

/// One name to check because a problem mentions it.
struct ExplainTarget
{
    QString name;      ///< as the CA wrote it ("*.example.net" included)
    QStringList cas;   ///< directory names of the CAs that reported it; empty: not stated
    /// A lookup failure or a multi-perspective problem: the helpdesk diagnostics
    /// (authoritative servers, DNSSEC) are worth running too.
    bool diagnose = false;

    friend bool operator==(const ExplainTarget &, const ExplainTarget &) = default;
};

/// The names the problems mention, in order of first mention, each once (case-insensitive).
QList<ExplainTarget> explainTargets(const QList<CaProblem> &problems);

/// The requests to decide for `target` checked as `name`: each CA it names, from the
/// directory, for the kind `name` asks (single name, wildcard, S/MIME); every CA of the
/// directory when the CA was not stated.
QList<IssuanceRequest> explainRequests(const ExplainTarget &target, const DomainName &name, const CaDirectory &directory);

/// The answer a helpdesk can paste, one paragraph: for each problem what the CA saw,
/// then, when `reports` (one per target, by input) hold the check, what we see now,
/// whether that agrees, and what to change; the TTL left when we now permit.
/// `checked` false: only what the CA saw (no lookups were made).
QString explainAnswer(const QList<CaProblem> &problems, const QList<CheckReport> &reports, bool checked);

/// One problem in a line: "Let's Encrypt · caa-forbids · shop.example.net · found at
/// example.net · secondary perspective".
QString caProblemLine(const CaProblem &problem);

/// The JSON object of one problem (the CLI contract, see README): ca, names, found_at,
/// kind, cause, secondary, recheck, ede, source_text.
QJsonObject caProblemToJson(const CaProblem &problem);

/// explain's outputs: {"problems", "results", "answer"} (indented JSON), text and Markdown.
QByteArray explanationToJson(const QList<CaProblem> &problems, const QList<CheckReport> &reports, const QString &answer);
QString explanationToText(const QList<CaProblem> &problems, const QList<CheckReport> &reports, const QString &answer);
QString explanationToMarkdown(const QList<CaProblem> &problems, const QList<CheckReport> &reports, const QString &answer);

/// explain's exit status: 3 when nothing was recognised, otherwise as check's over the
/// reports (0 when none were made).
int explainExitStatus(const QList<CaProblem> &problems, const QList<CheckReport> &reports);

} // namespace Caa
