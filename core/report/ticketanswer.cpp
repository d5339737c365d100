#include "report/ticketanswer.h"

#include "engine/failureorigin.h"

#include "report/verdictline.h"

#include <QCoreApplication>

namespace Caa {

namespace {

// The property that would authorise `kind` (RFC 8659 §4.2–4.3, RFC 9495 §4): for a
// wildcard it is issuewild only when the relevant set already has one, since then
// issue no longer governs wildcards.
QByteArray tagToAdd(const CheckResult &check, CertificateKind kind)
{
    switch (kind) {
    case CertificateKind::TlsSingle: return "issue";
    case CertificateKind::TlsWildcard:
        for (const Dns::CaaAnswer &a : check.relevantRecords())
            if (a.record.normalizedTag() == "issuewild")
                return "issuewild";
        return "issue";
    case CertificateKind::Email: return "issuemail";
    case CertificateKind::Vmc: return "issuevmc";
    }
    return "issue";
}

QString zoneLine(const QByteArray &owner, const CaaRecord &record)
{
    // Every name ends in a dot so the line means the same in any zone it is pasted into.
    QByteArray name = owner.toLower();
    if (!name.endsWith('.'))
        name += '.';
    return QString::fromLatin1(name + " IN CAA " + caaPresentation(record));
}

// Where the relevant set lives: the alias target when the level was reached through a
// CNAME (records cannot sit beside a CNAME, RFC 1034 §3.6.2), else the level itself.
QByteArray ownerOfRelevantSet(const CheckResult &check, const Decision &decision)
{
    if (!decision.deciding.isEmpty())
        return decision.deciding.first().owner;
    const QList<Dns::CaaAnswer> records = check.relevantRecords();
    if (!records.isEmpty())
        return records.first().owner;
    return decision.foundAt.isEmpty() ? check.relevantName() : decision.foundAt;
}

} // namespace

QString certificateKindWords(CertificateKind kind)
{
    switch (kind) {
    case CertificateKind::TlsSingle: return QCoreApplication::translate("TicketAnswer", "Single name");
    case CertificateKind::TlsWildcard: return QCoreApplication::translate("TicketAnswer", "Wildcard");
    case CertificateKind::Email: return QCoreApplication::translate("TicketAnswer", "S/MIME");
    case CertificateKind::Vmc: return QCoreApplication::translate("TicketAnswer", "VMC");
    }
    return certificateKindName(kind);
}

RecordFix fixFor(const CheckResult &check, const IssuanceRequest &request, const Decision &decision)
{
    RecordFix fix;
    if (decision.verdict == Verdict::Permit)
        return fix;
    if (decision.verdict == Verdict::LookupFailure) {
        if (check.origin) {
            // Whose failure it is decides the fix: a resolver failure needs none in the
            // domain (issue #21).
            fix.text = failureOriginAdvice(*check.origin);
            return fix;
        }
        const QString level = QString::fromLatin1(decision.foundAt.isEmpty() ? check.name.ace : decision.foundAt);
        fix.text = QCoreApplication::translate("TicketAnswer", "Make the nameservers of %1 answer CAA queries (RFC 8659 §3); the diagnostics name the server that fails.").arg(level);
        return fix;
    }
    const QByteArray owner = ownerOfRelevantSet(check, decision);
    if (decision.reason == ReasonCode::CriticalUnknownTag) {
        for (const Dns::CaaAnswer &a : decision.deciding) {
            fix.remove << zoneLine(a.owner, a.record);
            CaaRecord cleared = a.record;
            cleared.flags &= quint8(~0x80);
            fix.add << zoneLine(a.owner, cleared);
        }
        fix.text = QCoreApplication::translate("TicketAnswer", "Clear the critical flag (128) of the property no CA knows, or remove it (RFC 8659 §4.5).");
        return fix;
    }
    // A record that names this CA for exactly this request: the account and the method
    // the request carries become its parameters (RFC 8657 §3–4).
    QByteArray value = request.identifiers.value(0);
    if (value.isEmpty()) {
        fix.text = QCoreApplication::translate("TicketAnswer", "%1 has no CAA identifier in the directory: ask the CA which domain to name.").arg(request.caName);
        return fix;
    }
    if (!request.accountUri.isEmpty())
        value += "; accounturi=" + request.accountUri;
    if (!request.method.isEmpty())
        value += (request.accountUri.isEmpty() ? "; " : " ") + QByteArray("validationmethods=") + request.method;
    const CaaRecord wanted{0, tagToAdd(check, request.kind), value};
    // A value that forbids every CA or is malformed only confuses the set once the new
    // record is there: it goes (RFC 8659 §4.2: ";" means no CA).
    if (decision.reason == ReasonCode::IssuanceForbidden || decision.reason == ReasonCode::MalformedProperty)
        for (const Dns::CaaAnswer &a : decision.deciding)
            if (a.record.normalizedTag() == wanted.tag)
                fix.remove << zoneLine(a.owner, a.record);
    fix.add << zoneLine(owner, wanted);
    auto bare = [](QByteArray name) {
        name = name.toLower();
        if (name.endsWith('.'))
            name.chop(1);
        return name;
    };
    if (!decision.foundAt.isEmpty() && bare(owner) != bare(decision.foundAt))
        fix.text = QCoreApplication::translate("TicketAnswer", "%1 is an alias: the record goes where the alias leads, at %2.")
                       .arg(QString::fromLatin1(decision.foundAt), QString::fromLatin1(bare(owner)));
    return fix;
}

QString resolverDescription(const QString &sourceLabel, const CheckResult &check)
{
    QStringList servers;
    for (const Dns::LookupResult &step : check.steps)
        if (!step.server.isEmpty() && !servers.contains(step.server) && !sourceLabel.contains(step.server, Qt::CaseInsensitive))
            servers << step.server;
    if (servers.isEmpty())
        return sourceLabel;
    return QCoreApplication::translate("TicketAnswer", "%1 (answers from %2)").arg(sourceLabel, servers.join(QCoreApplication::translate("TicketAnswer", ", ")));
}

TicketAnswer ticketAnswer(const CheckResult &check, const SimulationMatrix &matrix, const CaDirectory &directory,
                          const QStringList &cas, const QList<CertificateKind> &kinds)
{
    TicketAnswer answer;
    QList<CertificateKind> asked = kinds;
    if (asked.isEmpty())
        asked << (check.name.isEmail() ? CertificateKind::Email : tlsKindFor(check.name));
    QStringList chosen = cas;
    if (chosen.isEmpty()) {
        // The CAs the relevant set names for the first kind: what the owner wrote.
        const qsizetype column = matrix.kinds.indexOf(asked.first());
        for (const MatrixRow &row : matrix.rows)
            if (column >= 0 && column < row.cells.size() && row.cells[column].reason == ReasonCode::Authorised)
                chosen << row.request.caName;
    }
    answer.headline = verdictLine(check, matrix, directory, cas).text;
    if (check.verdict == ClimbVerdict::Failure)
        answer.advice = fixFor(check, {}, Decision{Verdict::LookupFailure, ReasonCode::LookupFailure, {}, {},
                                                   check.steps.value(check.decidingIndex).name, {}, {}, {}}).text;
    for (const QString &ca : std::as_const(chosen)) {
        for (const MatrixRow &row : matrix.rows) {
            if (row.request.caName != ca)
                continue;
            for (const CertificateKind kind : std::as_const(asked)) {
                const qsizetype column = matrix.kinds.indexOf(kind);
                if (column < 0 || column >= row.cells.size())
                    continue;
                IssuanceRequest request = row.request;
                request.kind = kind;
                const Decision &decision = row.cells[column];
                answer.items << AnswerItem{request, decision, fixFor(check, request, decision)};
            }
            break;
        }
    }
    return answer;
}

} // namespace Caa
