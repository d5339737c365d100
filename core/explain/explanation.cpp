#include "explain/explanation.h"

#include "caa/caarecord.h"
#include "dns/dnsmessage.h"
#include "engine/failureorigin.h"
#include "report/markdown.h"
#include "report/ticketanswer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Caa {

namespace {

QString caWords(const CaProblem &p)
{
    return p.ca.isEmpty() ? QCoreApplication::translate("Explanation", "The CA") : p.ca;
}

QString namesWords(const QStringList &names)
{
    return names.isEmpty() ? QCoreApplication::translate("Explanation", "the name it was asked for") : names.join(QStringLiteral(", "));
}

// What the CA reported, in one sentence.
QString whatTheCaSaw(const CaProblem &p)
{
    const QString at = p.foundAt.isEmpty() ? QString() : QCoreApplication::translate("Explanation", " (records found at %1)").arg(p.foundAt);
    QString sentence;
    switch (p.kind) {
    case CaProblemKind::CaaForbids:
        sentence = QCoreApplication::translate("Explanation", "%1 said the CAA records do not allow it to issue for %2%3").arg(caWords(p), namesWords(p.names), at);
        break;
    case CaProblemKind::CriticalUnknownTag:
        sentence = QCoreApplication::translate("Explanation", "%1 found a CAA record for %2 with the critical flag and a property it does not know%3").arg(caWords(p), namesWords(p.names), at);
        break;
    case CaProblemKind::LookupFailure: {
        QString cause = p.cause.isEmpty() ? QCoreApplication::translate("Explanation", "no cause given") : p.cause;
        if (!p.foundAt.isEmpty())
            cause += QCoreApplication::translate("Explanation", " at %1").arg(p.foundAt);
        if (p.ede)
            cause += QCoreApplication::translate("Explanation", "; the resolver said: %1").arg(p.ede->text.isEmpty() ? p.ede->name : p.ede->name + QStringLiteral(": ") + p.ede->text);
        sentence = QCoreApplication::translate("Explanation", "%1 could not look up the CAA records for %2: %3").arg(caWords(p), namesWords(p.names), cause);
        break;
    }
    case CaProblemKind::MultiPerspective:
        sentence = QCoreApplication::translate("Explanation", "%1's network perspectives did not agree on the CAA records for %2, or some could not look them up").arg(caWords(p), namesWords(p.names));
        break;
    case CaProblemKind::Unknown:
        sentence = QCoreApplication::translate("Explanation", "%1 mentions CAA for %2 without saying what went wrong").arg(caWords(p), namesWords(p.names));
        break;
    }
    if (p.secondary)
        sentence += QCoreApplication::translate("Explanation", ", from a secondary network perspective (BR 3.2.2.9)");
    if (p.recheck)
        sentence += QCoreApplication::translate("Explanation", ", when it checked CAA again before issuing");
    return sentence + u'.';
}

const CheckReport *reportFor(const QList<CheckReport> &reports, const QString &name)
{
    for (const CheckReport &r : reports)
        if (r.input.compare(name, Qt::CaseInsensitive) == 0)
            return &r;
    return nullptr;
}

const CaDecision *decisionFor(const CheckReport &report, const QString &ca)
{
    for (const CaDecision &d : report.decisions)
        if (!ca.isEmpty() && d.request.caName.compare(ca, Qt::CaseInsensitive) == 0)
            return &d;
    return nullptr;
}

QString recordsWords(const QList<Dns::CaaAnswer> &records)
{
    QStringList lines;
    for (const Dns::CaaAnswer &a : records)
        lines << u'`' + QString::fromUtf8(caaPresentation(a.record)) + u'`';
    return lines.join(QStringLiteral(", "));
}

QString fixWords(const RecordFix &fix, const QString &ca)
{
    QStringList steps;
    for (const QString &line : fix.remove)
        steps << QCoreApplication::translate("Explanation", "remove `%1`").arg(line);
    for (const QString &line : fix.add)
        steps << QCoreApplication::translate("Explanation", "add `%1`").arg(line);
    QString words;
    if (!steps.isEmpty())
        words = QCoreApplication::translate("Explanation", "To let %1 issue, %2.").arg(ca, steps.join(QCoreApplication::translate("Explanation", " and ")));
    if (!fix.text.isEmpty())
        words += (words.isEmpty() ? QString() : QStringLiteral(" ")) + fix.text;
    return words;
}

// The failing level as we see it: "SERVFAIL at example.net; the server says: DNSSEC Bogus (6)".
QString failureWords(const CheckResult &check)
{
    const Dns::LookupResult &f = check.steps.value(check.decidingIndex);
    QString words = QCoreApplication::translate("Explanation", "%1 at %2").arg(f.outcomeName(), QString::fromLatin1(f.name));
    if (!f.extendedErrors.isEmpty())
        words += QCoreApplication::translate("Explanation", "; the server says: %1").arg(Dns::extendedErrorsText(f.extendedErrors));
    return words;
}

// The TTL that remains of what decided, as the resolver we asked reported it.
QString ttlWords(const CheckResult &check)
{
    const QList<Dns::CaaAnswer> records = check.relevantRecords();
    if (records.isEmpty())
        return QCoreApplication::translate("Explanation", "A CA's resolver may still hold the old answer for as long as its TTL allowed when it was cached.");
    quint32 ttl = records.first().ttl;
    for (const Dns::CaaAnswer &a : records)
        ttl = qMin(ttl, a.ttl);
    return QCoreApplication::translate("Explanation", "The records at %1 have %2 s left of their TTL at the resolver we asked; a CA's resolver may hold the answer it saw for up to that long.")
        .arg(QString::fromLatin1(check.relevantName()))
        .arg(ttl);
}

// The diagnostics' warnings and errors, the first few, as sentences.
QString diagnosticsWords(const CheckReport &report)
{
    if (!report.diagnostics)
        return QString();
    QStringList messages;
    for (const Finding &f : report.diagnostics->findings)
        if (f.severity != Severity::Info && messages.size() < 3)
            messages << (f.message.endsWith(u'.') ? f.message : f.message + u'.');
    if (messages.isEmpty())
        return QCoreApplication::translate("Explanation", "The zone's nameservers, asked directly, all answer alike.");
    return QCoreApplication::translate("Explanation", "Asked directly: %1").arg(messages.join(u' '));
}

// The top-level domain does not exist: no public CA can ever issue (RFC 8659 §3 has
// nothing to climb to).
bool tldMissing(const CheckResult &check)
{
    if (check.steps.isEmpty())
        return false;
    const Dns::LookupResult &tld = check.steps.last();
    return tld.isAnswered() && tld.rcode == Dns::Rcode::NXDomain;
}

// What we see now for one name, whether it agrees with the CA, and what to change.
QString whatWeSee(const CaProblem &p, const QString &name, const CheckReport *report)
{
    if (!report)
        return QString();
    if (!report->inputOk)
        return QCoreApplication::translate("Explanation", "%1 cannot be checked: %2").arg(name, report->inputError.message);
    const CheckResult &check = report->check;
    if (check.verdict == ClimbVerdict::Incomplete)
        return QCoreApplication::translate("Explanation", "The check of %1 was stopped before it finished.").arg(name);
    if (tldMissing(check)) {
        return QCoreApplication::translate("Explanation", "The top-level domain %1 does not exist in the public DNS: a public CA cannot issue for %2 at all.")
            .arg(u'`' + QString::fromLatin1(check.steps.last().name) + u'`', name);
    }
    QStringList words;
    const CaDecision *d = decisionFor(*report, p.ca);
    const bool weFail = check.verdict == ClimbVerdict::Failure;
    if (weFail) {
        words << QCoreApplication::translate("Explanation", "We see the lookup fail too (%1).").arg(failureWords(check));
        // The origin already names the failing servers or the broken DNSSEC; the
        // diagnostics would say it again.
        words << (check.origin ? failureOriginAdvice(*check.origin) : diagnosticsWords(*report));
    } else if (!d) {
        words << (check.verdict == ClimbVerdict::Found
                      ? QCoreApplication::translate("Explanation", "Now the relevant CAA records for %1 are at %2: %3.")
                            .arg(name, QString::fromLatin1(check.relevantName()), recordsWords(check.relevantRecords()))
                      : QCoreApplication::translate("Explanation", "Now %1 has no CAA records up to its top-level domain, so any CA may issue.").arg(name));
        if (p.ca.isEmpty()) {
            QStringList permitted;
            for (const CaDecision &each : report->decisions)
                if (each.decision.verdict == Verdict::Permit && !permitted.contains(each.request.caName))
                    permitted << each.request.caName;
            words << QCoreApplication::translate("Explanation", "The text does not say which CA this was.");
            words << (permitted.isEmpty() ? QCoreApplication::translate("Explanation", "No CA of the directory may issue for %1 now.").arg(name)
                      : permitted.size() > 8
                          ? QCoreApplication::translate("Explanation", "%1 CAs of the directory may issue for %2 now, among them %3.")
                                .arg(permitted.size())
                                .arg(name, permitted.mid(0, 8).join(QStringLiteral(", ")))
                          : QCoreApplication::translate("Explanation", "Of the directory's CAs, these may issue for %1 now: %2.").arg(name, permitted.join(QStringLiteral(", "))));
        }
        else
            words << QCoreApplication::translate("Explanation", "%1 is not in the CA directory, so no verdict can be given for it.").arg(p.ca);
    } else if (d->decision.verdict == Verdict::Permit) {
        switch (p.kind) {
        case CaProblemKind::CaaForbids:
        case CaProblemKind::CriticalUnknownTag:
        case CaProblemKind::Unknown:
            words << QCoreApplication::translate("Explanation", "Now it is otherwise: %1 That does not agree with what the CA saw: the records have changed since, "
                        "or one of the CA's network perspectives sees other nameservers than we do.")
                         .arg(d->decision.explanation.endsWith(u'.') ? d->decision.explanation : d->decision.explanation + u'.');
            words << ttlWords(check);
            break;
        case CaProblemKind::LookupFailure:
        case CaProblemKind::MultiPerspective:
            words << QCoreApplication::translate("Explanation", "Our lookup succeeds now and %1 may issue for %2: the failure has passed, or the CA's perspectives reach nameservers we do not.")
                         .arg(p.ca, name);
            words << diagnosticsWords(*report);
            break;
        }
    } else {
        // Deny: the records as they are now forbid this CA.
        const bool agrees = p.kind == CaProblemKind::CaaForbids || p.kind == CaProblemKind::CriticalUnknownTag || p.kind == CaProblemKind::Unknown;
        words << (agrees ? QCoreApplication::translate("Explanation", "We see the same: %1").arg(d->decision.explanation)
                         : QCoreApplication::translate("Explanation", "Our lookup succeeds now, but the records forbid %1 anyway: %2").arg(p.ca, d->decision.explanation));
        if (!agrees)
            words << diagnosticsWords(*report);
        words << fixWords(fixFor(check, d->request, d->decision), p.ca);
    }
    words.removeAll(QString());
    return words.join(u' ');
}

} // namespace

QList<ExplainTarget> explainTargets(const QList<CaProblem> &problems)
{
    QList<ExplainTarget> targets;
    for (const CaProblem &p : problems) {
        for (const QString &name : p.names) {
            auto it = std::find_if(targets.begin(), targets.end(), [&](const ExplainTarget &t) { return t.name.compare(name, Qt::CaseInsensitive) == 0; });
            if (it == targets.end()) {
                targets.append({name, {}, false});
                it = targets.end() - 1;
            }
            if (!p.ca.isEmpty() && !it->cas.contains(p.ca))
                it->cas << p.ca;
            it->diagnose = it->diagnose || p.kind == CaProblemKind::LookupFailure || p.kind == CaProblemKind::MultiPerspective;
        }
    }
    return targets;
}

QList<IssuanceRequest> explainRequests(const ExplainTarget &target, const DomainName &name, const CaDirectory &directory)
{
    const CertificateKind kind = name.isEmail() ? CertificateKind::Email : tlsKindFor(name);
    QList<IssuanceRequest> requests;
    for (const QString &ca : target.cas)
        if (const CaEntry *entry = directory.findByName(ca))
            requests << requestFor(*entry, kind);
    if (target.cas.isEmpty())
        for (const CaEntry &entry : directory.entries)
            requests << requestFor(entry, kind);
    return requests;
}

QString explainAnswer(const QList<CaProblem> &problems, const QList<CheckReport> &reports, bool checked)
{
    if (problems.isEmpty())
        return QCoreApplication::translate("Explanation", "The text names no CAA problem that CAA Inspector recognises: no CA's CAA wording, ACME problem type or client message. "
                  "Paste the CA's whole error, or check the name itself.");
    QStringList sentences;
    for (const CaProblem &p : problems) {
        const QString saw = whatTheCaSaw(p);
        if (!sentences.contains(saw))
            sentences << saw;
        if (!checked)
            continue;
        for (const QString &name : p.names) {
            const QString now = whatWeSee(p, name, reportFor(reports, name));
            if (!now.isEmpty() && !sentences.contains(now))
                sentences << now;
        }
    }
    if (!checked)
        sentences << QCoreApplication::translate("Explanation", "Nothing was looked up (--no-check): check the names to compare with what the DNS says now.");
    return sentences.join(u' ');
}

QString caProblemLine(const CaProblem &p)
{
    QStringList parts{p.ca.isEmpty() ? QCoreApplication::translate("Explanation", "CA not stated") : p.ca, caProblemKindName(p.kind)};
    if (!p.cause.isEmpty())
        parts.last() += QStringLiteral(" (%1)").arg(p.cause);
    parts << (p.names.isEmpty() ? QCoreApplication::translate("Explanation", "no name stated") : p.names.join(QStringLiteral(", ")));
    if (!p.foundAt.isEmpty())
        parts << QCoreApplication::translate("Explanation", "found at %1").arg(p.foundAt);
    if (p.ede)
        parts << QCoreApplication::translate("Explanation", "EDE %1").arg(p.ede->code >= 0 ? QStringLiteral("%1 (%2)").arg(p.ede->code).arg(p.ede->name) : p.ede->name);
    if (p.secondary)
        parts << QCoreApplication::translate("Explanation", "secondary perspective");
    if (p.recheck)
        parts << QCoreApplication::translate("Explanation", "re-check at finalize");
    return parts.join(QStringLiteral(" · "));
}

QJsonObject caProblemToJson(const CaProblem &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("ca"), p.ca.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.ca));
    o.insert(QStringLiteral("names"), QJsonArray::fromStringList(p.names));
    o.insert(QStringLiteral("found_at"), p.foundAt.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.foundAt));
    o.insert(QStringLiteral("kind"), caProblemKindName(p.kind));
    o.insert(QStringLiteral("cause"), p.cause.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.cause));
    o.insert(QStringLiteral("secondary"), p.secondary);
    o.insert(QStringLiteral("recheck"), p.recheck);
    if (p.ede) {
        QJsonObject ede;
        ede.insert(QStringLiteral("code"), p.ede->code >= 0 ? QJsonValue(p.ede->code) : QJsonValue(QJsonValue::Null));
        ede.insert(QStringLiteral("name"), p.ede->name);
        ede.insert(QStringLiteral("text"), p.ede->text);
        o.insert(QStringLiteral("ede"), ede);
    } else {
        o.insert(QStringLiteral("ede"), QJsonValue(QJsonValue::Null));
    }
    o.insert(QStringLiteral("source_text"), p.sourceText);
    return o;
}

QByteArray explanationToJson(const QList<CaProblem> &problems, const QList<CheckReport> &reports, const QString &answer)
{
    QJsonArray problemArray;
    for (const CaProblem &p : problems)
        problemArray.append(caProblemToJson(p));
    QJsonArray results;
    for (const CheckReport &r : reports)
        results.append(reportToJson(r));
    return QJsonDocument(QJsonObject{{QStringLiteral("problems"), problemArray}, {QStringLiteral("results"), results}, {QStringLiteral("answer"), answer}})
        .toJson(QJsonDocument::Indented);
}

QString explanationToText(const QList<CaProblem> &problems, const QList<CheckReport> &reports, const QString &answer)
{
    QString text = QCoreApplication::translate("Explanation", "What the CA said:") + u'\n';
    for (const CaProblem &p : problems)
        text += QStringLiteral("  - ") + caProblemLine(p) + u'\n';
    if (problems.isEmpty())
        text += QCoreApplication::translate("Explanation", "  (nothing recognised)") + u'\n';
    text += u'\n' + QCoreApplication::translate("Explanation", "Answer:") + u'\n' + answer + QStringLiteral("\n");
    if (!reports.isEmpty())
        text += u'\n' + reportsToText(reports);
    return text;
}

QString explanationToMarkdown(const QList<CaProblem> &problems, const QList<CheckReport> &reports, const QString &answer)
{
    QString text = QStringLiteral("**") + QCoreApplication::translate("Explanation", "What the CA said") + QStringLiteral("**\n\n");
    for (const CaProblem &p : problems)
        text += QStringLiteral("- ") + Markdown::text(caProblemLine(p)) + u'\n';
    if (problems.isEmpty())
        text += QStringLiteral("- ") + QCoreApplication::translate("Explanation", "(nothing recognised)") + u'\n';
    // The answer holds zone-file lines in backticks on purpose; everything else is text.
    text += QStringLiteral("\n**") + QCoreApplication::translate("Explanation", "Answer") + QStringLiteral("**\n\n");
    const QStringList pieces = answer.split(u'`');
    for (qsizetype i = 0; i < pieces.size(); ++i)
        text += i % 2 ? Markdown::code(pieces[i], false) : Markdown::text(pieces[i]);
    text += QStringLiteral("\n\n");
    if (!reports.isEmpty())
        text += reportsToMarkdown(reports);
    return text;
}

int explainExitStatus(const QList<CaProblem> &problems, const QList<CheckReport> &reports)
{
    if (problems.isEmpty())
        return 3;
    return reports.isEmpty() ? 0 : exitStatusFor(reports);
}

} // namespace Caa
