#include "report/verdictline.h"

#include "engine/failureorigin.h"

#include "caa/issuevalue.h"

#include <QCoreApplication>
#include <QSet>

namespace Caa {

namespace {

// What one certificate kind gets, for the CAs that matter.
struct KindAnswer
{
    enum class Scope { AnyCa, Some, NoCa, Blocked, Failure };
    Scope scope = Scope::AnyCa;
    QStringList allowed;    ///< CAs that may issue (directory names, or issuer domains as written)
    QStringList refused;    ///< pinned CAs that may not
    QString conditions;     ///< the conditions every allowed CA shares ("only validation method dns-01")
    QString criticalTag;    ///< Blocked: the tag

    friend bool operator==(const KindAnswer &, const KindAnswer &) = default;
};

// The tag that governs `kind` in the relevant set (RFC 8659 §4.2–4.3, RFC 9495 §4).
QByteArray governingTag(const CheckResult &check, CertificateKind kind)
{
    switch (kind) {
    case CertificateKind::TlsSingle: return "issue";
    case CertificateKind::TlsWildcard:
        for (const Dns::CaaAnswer &a : check.relevantRecords())
            if (a.record.tag.toLower() == "issuewild")
                return "issuewild";
        return "issue";
    case CertificateKind::Email: return "issuemail";
    case CertificateKind::Vmc: return "issuevmc";
    }
    return "issue";
}

// Issuer domains the governing records name that no CA of the directory uses: the user
// wrote them for a reason (a private CA, a typo), so they are named, as written.
QStringList issuersOutsideDirectory(const CheckResult &check, CertificateKind kind, const CaDirectory &directory)
{
    QSet<QByteArray> known;
    for (const CaEntry &e : directory.entries)
        for (const QByteArray &id : e.identifiers)
            known.insert(id.toLower());
    const QByteArray tag = governingTag(check, kind);
    QStringList out;
    for (const Dns::CaaAnswer &a : check.relevantRecords()) {
        if (a.record.tag.toLower() != tag)
            continue;
        const IssueValue value = parseIssueValue(a.record.value);
        const QString issuer = QString::fromLatin1(value.issuer.toLower());
        if (value.wellFormed && !issuer.isEmpty() && !known.contains(value.issuer.toLower()) && !out.contains(issuer))
            out << issuer;
    }
    return out;
}

KindAnswer answerFor(const CheckResult &check, const SimulationMatrix &matrix, const CaDirectory &directory, CertificateKind kind,
                     const QStringList &pinned)
{
    KindAnswer answer;
    if (check.verdict == ClimbVerdict::Failure) {
        answer.scope = KindAnswer::Scope::Failure;
        return answer;
    }
    const qsizetype column = matrix.kinds.indexOf(kind);
    bool everyonePermitted = !matrix.rows.isEmpty();
    QStringList conditionTexts;
    for (const MatrixRow &row : matrix.rows) {
        if (column < 0 || column >= row.cells.size())
            return answer;
        const Decision &d = row.cells[column];
        const bool permitted = d.verdict == Verdict::Permit;
        everyonePermitted = everyonePermitted && permitted && d.conditions.isEmpty() && !d.fromMandatoryDate;
        if (d.reason == ReasonCode::CriticalUnknownTag && !d.deciding.isEmpty())
            answer.criticalTag = QString::fromLatin1(d.deciding.first().record.tag);
        const bool matters = pinned.isEmpty() || pinned.contains(row.request.caName);
        if (!matters)
            continue;
        if (permitted) {
            answer.allowed << row.request.caName;
            QStringList alternatives;
            for (const PermitCondition &c : d.conditions)
                alternatives << c.describe();
            // A permit that holds only until the CA must process the parameters says so.
            if (const std::optional<LaterDecision> &later = d.fromMandatoryDate) {
                const QString from = later->from.toString(Qt::ISODate);
                if (later->verdict != Verdict::Permit) {
                    alternatives << QCoreApplication::translate("VerdictLine", "only until %1, when the record's parameters bind").arg(from);
                } else {
                    QStringList then;
                    for (const PermitCondition &c : later->conditions)
                        then << c.describe();
                    alternatives << QCoreApplication::translate("VerdictLine", "from %1 %2").arg(from, then.join(QCoreApplication::translate("VerdictLine", ", or ")));
                }
            }
            conditionTexts << alternatives.join(QCoreApplication::translate("VerdictLine", ", or "));
        } else if (!pinned.isEmpty()) {
            answer.refused << row.request.caName;
        }
    }
    const QStringList outside = issuersOutsideDirectory(check, kind, directory);
    if (everyonePermitted && outside.isEmpty()) {
        answer = {};
        answer.scope = KindAnswer::Scope::AnyCa;
        return answer;
    }
    if (pinned.isEmpty())
        answer.allowed << outside;
    // One condition for all is said once; different ones are for "Who may issue" to show.
    conditionTexts.removeDuplicates();
    if (conditionTexts.size() == 1)
        answer.conditions = conditionTexts.first();
    else if (conditionTexts.size() > 1)
        answer.conditions = QCoreApplication::translate("VerdictLine", "conditions differ by CA");
    if (!answer.allowed.isEmpty() || !answer.refused.isEmpty())
        answer.scope = KindAnswer::Scope::Some;
    else
        answer.scope = answer.criticalTag.isEmpty() ? KindAnswer::Scope::NoCa : KindAnswer::Scope::Blocked;
    return answer;
}

// "A", "A and B", "A, B and C", "A, B, C and 4 others".
QString listed(const QStringList &names)
{
    if (names.size() <= 1)
        return names.value(0);
    if (names.size() > 4)
        return QCoreApplication::translate("VerdictLine", "%1 and %2 others").arg(names.mid(0, 3).join(QCoreApplication::translate("VerdictLine", ", ")), QString::number(names.size() - 3));
    return QCoreApplication::translate("VerdictLine", "%1 and %2").arg(names.mid(0, names.size() - 1).join(QCoreApplication::translate("VerdictLine", ", ")), names.last());
}

QString withConditions(const QString &text, const KindAnswer &a)
{
    return a.conditions.isEmpty() || a.conditions == QCoreApplication::translate("Decision", "no conditions")
               ? text
               : QCoreApplication::translate("VerdictLine", "%1 (%2)").arg(text, a.conditions);
}

QString mainSentence(const KindAnswer &a, const QString &name, const CheckResult &check)
{
    const QString at = QString::fromLatin1(check.relevantName());
    switch (a.scope) {
    case KindAnswer::Scope::Failure: {
        const Dns::LookupResult &failed = check.steps.value(check.decidingIndex);
        return QCoreApplication::translate("VerdictLine", "Lookup failure at %1 (%2): no CA may issue for %3 until it answers")
            .arg(QString::fromLatin1(failed.name), failed.outcomeName(), name);
    }
    case KindAnswer::Scope::AnyCa:
        return check.verdict == ClimbVerdict::NoRecords
                   ? QCoreApplication::translate("VerdictLine", "Any CA may issue for %1: no CAA records from it up to the TLD").arg(name)
                   : QCoreApplication::translate("VerdictLine", "Any CA may issue for %1: the records at %2 do not restrict it").arg(name, at);
    case KindAnswer::Scope::NoCa:
        return QCoreApplication::translate("VerdictLine", "No CA may issue for %1: the records at %2 allow none").arg(name, at);
    case KindAnswer::Scope::Blocked:
        return QCoreApplication::translate("VerdictLine", "No CA may issue for %1: the critical tag %2 at %3 is one CAs do not know")
            .arg(name, a.criticalTag, at);
    case KindAnswer::Scope::Some:
        break;
    }
    QString text;
    if (a.refused.isEmpty())
        text = QCoreApplication::translate("VerdictLine", "Only %1 may issue for %2").arg(listed(a.allowed), name);
    else if (a.allowed.isEmpty())
        text = QCoreApplication::translate("VerdictLine", "%1 may not issue for %2").arg(listed(a.refused), name);
    else
        text = QCoreApplication::translate("VerdictLine", "%1 may issue for %2; %3 may not").arg(listed(a.allowed), name, listed(a.refused));
    return withConditions(text, a);
}

QString briefAnswer(const KindAnswer &a, const KindAnswer &main)
{
    if (a == main)
        return QCoreApplication::translate("VerdictLine", "the same");
    switch (a.scope) {
    case KindAnswer::Scope::AnyCa: return QCoreApplication::translate("VerdictLine", "any CA");
    case KindAnswer::Scope::NoCa:
    case KindAnswer::Scope::Blocked:
    case KindAnswer::Scope::Failure: return QCoreApplication::translate("VerdictLine", "no CA");
    case KindAnswer::Scope::Some: break;
    }
    if (a.refused.isEmpty())
        return withConditions(QCoreApplication::translate("VerdictLine", "only %1").arg(listed(a.allowed)), a);
    if (a.allowed.isEmpty())
        return QCoreApplication::translate("VerdictLine", "not %1").arg(listed(a.refused));
    return withConditions(QCoreApplication::translate("VerdictLine", "%1, not %2").arg(listed(a.allowed), listed(a.refused)), a);
}

QString kindLabel(CertificateKind kind)
{
    switch (kind) {
    case CertificateKind::TlsSingle: return QCoreApplication::translate("VerdictLine", "single names");
    case CertificateKind::TlsWildcard: return QCoreApplication::translate("VerdictLine", "wildcards");
    case CertificateKind::Email: return QCoreApplication::translate("VerdictLine", "S/MIME");
    case CertificateKind::Vmc: return QCoreApplication::translate("VerdictLine", "VMC");
    }
    return {};
}

bool hasTag(const CheckResult &check, const QByteArray &tag)
{
    for (const Dns::CaaAnswer &a : check.relevantRecords())
        if (a.record.tag.toLower() == tag)
            return true;
    return false;
}

} // namespace

VerdictLine verdictLine(const CheckResult &check, const SimulationMatrix &matrix, const CaDirectory &directory, const QStringList &pinned)
{
    VerdictLine line;
    const QString name = check.name.display();
    // A level cancelled by the user is no answer from the domain: nothing can be said yet.
    const bool cancelled = check.verdict == ClimbVerdict::Failure
                           && check.steps.value(check.decidingIndex).status == Dns::LookupStatus::Cancelled;
    if (check.verdict == ClimbVerdict::Incomplete || cancelled) {
        line.text = QCoreApplication::translate("VerdictLine", "The check of %1 did not finish: nothing can be said about it yet.").arg(name);
        line.tone = VerdictLine::Tone::Warning;
        return line;
    }
    const CertificateKind mainKind = check.name.isEmail() ? CertificateKind::Email : tlsKindFor(check.name);
    // Pinned CAs that are not in the directory any more are left out rather than guessed.
    QStringList mine;
    for (const QString &ca : pinned)
        if (directory.findByName(ca))
            mine << ca;
    const KindAnswer main = answerFor(check, matrix, directory, mainKind, mine);
    QStringList parts{mainSentence(main, name, check)};
    if (main.scope != KindAnswer::Scope::Failure) {
        QList<CertificateKind> others;
        if (mainKind == CertificateKind::TlsSingle)
            others << CertificateKind::TlsWildcard;
        if (mainKind == CertificateKind::Email)
            others << CertificateKind::TlsSingle;
        if (mainKind != CertificateKind::Email)
            others << CertificateKind::Email;
        if (hasTag(check, "issuevmc"))
            others << CertificateKind::Vmc;
        for (const CertificateKind kind : std::as_const(others))
            parts << QCoreApplication::translate("VerdictLine", "%1: %2").arg(kindLabel(kind), briefAnswer(answerFor(check, matrix, directory, kind, mine), main));
        bool validated = !check.steps.isEmpty();
        for (const Dns::LookupResult &step : check.steps)
            validated = validated && step.authenticated;
        parts << (validated ? QCoreApplication::translate("VerdictLine", "lookup OK, DNSSEC-validated") : QCoreApplication::translate("VerdictLine", "lookup OK, not DNSSEC-validated"));
    }
    if (main.scope == KindAnswer::Scope::Failure && check.origin) {
        // Whose failure it is (issue #21). The official verdict stays the failure.
        const FailureOriginReport &o = *check.origin;
        switch (o.origin) {
        case FailureOrigin::Resolver: {
            SimulationMatrix likelyMatrix = matrix;
            for (MatrixRow &row : likelyMatrix.rows)
                for (qsizetype k = 0; k < row.cells.size() && k < likelyMatrix.kinds.size(); ++k) {
                    IssuanceRequest cell = row.request;
                    cell.kind = likelyMatrix.kinds[k];
                    row.cells[k] = decide(o.likelyClimb, cell);
                }
            const VerdictLine likely = verdictLine(o.likelyClimb, likelyMatrix, directory, pinned);
            QStringList likelyParts = likely.text.split(QStringLiteral(" · "));
            // Its "lookup OK" part is about the servers asked directly, said already.
            if (o.likelyClimb.verdict != ClimbVerdict::Failure && likelyParts.size() > 1)
                likelyParts.removeLast();
            parts << QCoreApplication::translate("VerdictLine", "your resolver %1 fails, the domain's own servers answer").arg(o.resolver)
                  << QCoreApplication::translate("VerdictLine", "what a CA would most likely see: %1").arg(likelyParts.join(QStringLiteral(" · ")));
            line.text = parts.join(QStringLiteral(" · "));
            line.tone = VerdictLine::Tone::Warning;
            line.firstCa = likely.firstCa;
            return line;
        }
        case FailureOrigin::Domain:
            parts << QCoreApplication::translate("VerdictLine", "the domain's own servers fail too");
            break;
        case FailureOrigin::Undetermined:
            parts << QCoreApplication::translate("VerdictLine", "the domain's own servers could not be reached from here");
            break;
        }
    }
    line.text = parts.join(QStringLiteral(" · "));
    const bool problem = main.scope == KindAnswer::Scope::Failure || main.scope == KindAnswer::Scope::NoCa
                         || main.scope == KindAnswer::Scope::Blocked || !main.refused.isEmpty();
    line.tone = problem ? VerdictLine::Tone::Problem : VerdictLine::Tone::Fine;
    const QStringList named = main.allowed + main.refused;
    for (const QString &ca : named)
        if (directory.findByName(ca)) {
            line.firstCa = ca;
            break;
        }
    return line;
}

} // namespace Caa
