#include "report/report.h"

#include "ca/csv.h"
#include "caa/issuevalue.h"
#include "engine/failureorigin.h"
#include "report/diagnosticsreport.h"
#include "report/jsonwriter.h"
#include "report/markdown.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTextStream>

#include <algorithm>

namespace Caa {

void completeReport(CheckReport &report, const QList<IssuanceRequest> &requests, const CaDirectory *directory, FindingsMemo *memo,
                    PreparedSetMemo *prepared)
{
    report.findings = analyse(report.check, directory, requests.isEmpty() ? QDate() : requests.first().asOf, memo);
    decideReport(report, requests, prepared);
}

void decideReport(CheckReport &report, const QList<IssuanceRequest> &requests, PreparedSetMemo *memo)
{
    report.decisions.clear();
    report.decisions.reserve(requests.size());
    if (memo) {
        // The run's memo decides each relevant set once for all its names.
        const QList<Decision> decided = memo->decideAll(report.check, requests);
        for (qsizetype i = 0; i < requests.size(); ++i)
            report.decisions.append({requests.at(i), decided.at(i)});
    } else {
        // One prepared set for all the requests (every CA × kind by default).
        PreparedSet local;
        if (report.check.verdict == ClimbVerdict::Found && !requests.isEmpty())
            local = prepareSet(report.check.relevantRecords());
        for (const IssuanceRequest &r : requests)
            report.decisions.append({r, decide(report.check, r, local.isEmpty() ? nullptr : &local)});
    }
    report.likelyDecisions.clear();
    if (const auto &origin = report.check.origin; origin && origin->origin == FailureOrigin::Resolver) {
        for (const IssuanceRequest &r : requests)
            report.likelyDecisions.append({r, decide(origin->likelyClimb, r)});
    }
}


namespace {

QString kindWord(CertificateKind kind)
{
    return kind == CertificateKind::Email ? QStringLiteral("email")
           : kind == CertificateKind::Vmc ? QStringLiteral("vmc")
                                          : QStringLiteral("tls");
}

// "What a CA's own resolver would most likely see", for a resolver failure: one line per
// decision made on the authoritative answers.
QStringList likelyViewLines(const CheckReport &r)
{
    QStringList lines;
    if (!r.check.origin || r.check.origin->origin != FailureOrigin::Resolver)
        return lines;
    const CheckResult &likely = r.check.origin->likelyClimb;
    lines << (likely.verdict == ClimbVerdict::Found
                  ? QCoreApplication::translate("Report", "What a CA's own resolver would most likely see (the domain's servers asked directly): the relevant set at %1.")
                        .arg(QString::fromLatin1(likely.relevantName()))
                  : QCoreApplication::translate("Report", "What a CA's own resolver would most likely see (the domain's servers asked directly): no CAA records up to the top-level domain."));
    for (const CaDecision &d : r.likelyDecisions)
        lines << QStringLiteral("%1 %2: %3. %4").arg(d.request.caName, certificateKindName(d.request.kind), verdictName(d.decision.verdict).toUpper(), d.decision.explanation);
    return lines;
}

// RFC 8914: what the server said about its answer, e.g. " · the server says: DNSSEC Bogus (6): …".
QString extendedErrorsSuffix(const Dns::LookupResult &s)
{
    if (s.extendedErrors.isEmpty())
        return QString();
    return QCoreApplication::translate("Report", " · the server says: %1").arg(Dns::extendedErrorsText(s.extendedErrors));
}

QString outcomeSummary(const CheckResult &check, int i)
{
    const Dns::LookupResult &s = check.steps[i];
    switch (check.levelOutcome(i)) {
    case LevelOutcome::Pending: return QStringLiteral("pending");
    case LevelOutcome::Records: return QCoreApplication::translate("Report", "%1 CAA record%2").arg(s.caa.size()).arg(s.caa.size() == 1 ? QString() : QStringLiteral("s"));
    case LevelOutcome::Empty: return s.rcode == Dns::Rcode::NXDomain ? QCoreApplication::translate("Report", "NXDOMAIN (no such name)") : QStringLiteral("no CAA (NODATA)");
    case LevelOutcome::Failure:
        if (const LevelOrigin *o = check.origin ? check.origin->level(i) : nullptr)
            return QCoreApplication::translate("Report", "%1 — lookup failure (%2)").arg(s.outcomeName(), failureOriginWords(o->origin));
        return QCoreApplication::translate("Report", "%1 — lookup failure").arg(s.outcomeName());
    }
    return QString();
}

QString stepSummary(const CheckResult &check, int i)
{
    return outcomeSummary(check, i) + extendedErrorsSuffix(check.steps[i]);
}

QString verdictWord(Verdict v)
{
    switch (v) {
    case Verdict::Permit: return QStringLiteral("PERMIT");
    case Verdict::Deny: return QStringLiteral("DENY");
    case Verdict::LookupFailure: return QStringLiteral("LOOKUP-FAILURE");
    }
    return QString();
}

QString aliasText(const Dns::AliasHop &h)
{
    return QStringLiteral("%1 %2 %3").arg(QString::fromLatin1(h.owner), Dns::typeName(h.type), QString::fromLatin1(h.target));
}

QString checkedText(const TicketAnswer &a)
{
    return QCoreApplication::translate("Report", "Checked %1 UTC through %2.")
        .arg(a.checkedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), a.resolver);
}

// The full matrix is written when there is no answer (the CLI's listing) or when the
// user asked for it as an appendix.
bool writesMatrix(const CheckReport &r)
{
    return !r.answer || r.answer->matrixIncluded;
}

QString matrixTitle(const CheckReport &r)
{
    return r.answer ? QCoreApplication::translate("Report", "Appendix: every CA and certificate kind")
                    : QCoreApplication::translate("Report", "Who may issue");
}

QJsonObject answerJson(const TicketAnswer &a)
{
    QJsonArray items;
    for (const AnswerItem &item : a.items) {
        QJsonObject fix{{QStringLiteral("remove"), QJsonArray::fromStringList(item.fix.remove)},
                        {QStringLiteral("add"), QJsonArray::fromStringList(item.fix.add)},
                        {QStringLiteral("text"), item.fix.text.isEmpty() ? QJsonValue() : QJsonValue(item.fix.text)}};
        items.append(QJsonObject{{QStringLiteral("ca"), item.request.caName},
                                 {QStringLiteral("kind"), kindWord(item.request.kind)},
                                 {QStringLiteral("wildcard"), item.request.kind == CertificateKind::TlsWildcard},
                                 {QStringLiteral("verdict"), verdictName(item.decision.verdict)},
                                 {QStringLiteral("reason"), reasonCodeName(item.decision.reason)},
                                 {QStringLiteral("explanation"), item.decision.explanation},
                                 {QStringLiteral("reference"), item.decision.reference},
                                 {QStringLiteral("fix"), item.fix.isEmpty() ? QJsonValue() : QJsonValue(fix)}});
    }
    return QJsonObject{{QStringLiteral("headline"), a.headline},
                       {QStringLiteral("advice"), a.advice.isEmpty() ? QJsonValue() : QJsonValue(a.advice)},
                       {QStringLiteral("resolver"), a.resolver},
                       {QStringLiteral("checked_at"), a.checkedAt.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("matrix_included"), a.matrixIncluded},
                       {QStringLiteral("items"), items}};
}

void answerText(QTextStream &t, const CheckReport &r)
{
    const TicketAnswer &a = *r.answer;
    t << QCoreApplication::translate("Report", "Answer for %1").arg(r.check.name.display()) << "\n\n  " << a.headline << "\n\n";
    for (const AnswerItem &item : a.items) {
        t << "  " << QCoreApplication::translate("Report", "%1, %2: %3. %4 (%5)")
                         .arg(item.request.caName, certificateKindWords(item.request.kind).toLower(), verdictWord(item.decision.verdict),
                              item.decision.explanation, item.decision.reference)
          << '\n';
        for (const QString &line : item.fix.remove)
            t << "      " << QCoreApplication::translate("Report", "Remove: %1").arg(line) << '\n';
        for (const QString &line : item.fix.add)
            t << "      " << QCoreApplication::translate("Report", "Add:    %1").arg(line) << '\n';
        if (!item.fix.text.isEmpty())
            t << "      " << item.fix.text << '\n';
    }
    if (!a.advice.isEmpty())
        t << "  " << a.advice << '\n';
    if (!a.items.isEmpty() || !a.advice.isEmpty())
        t << '\n';
    t << "  " << checkedText(a) << "\n\n";
}

void answerMarkdown(QTextStream &t, const CheckReport &r)
{
    using Markdown::code;
    using Markdown::text;
    const TicketAnswer &a = *r.answer;
    t << "**" << QCoreApplication::translate("Report", "Answer:") << "** " << text(a.headline) << "\n\n";
    for (const AnswerItem &item : a.items) {
        t << "- **" << text(item.request.caName) << "**, " << text(certificateKindWords(item.request.kind).toLower()) << ": **"
          << verdictWord(item.decision.verdict) << "**. " << text(item.decision.explanation) << " (" << text(item.decision.reference) << ")\n";
        for (const QString &line : item.fix.remove)
            t << "  - " << QCoreApplication::translate("Report", "Remove:") << ' ' << code(line, false) << '\n';
        for (const QString &line : item.fix.add)
            t << "  - " << QCoreApplication::translate("Report", "Add:") << ' ' << code(line, false) << '\n';
        if (!item.fix.text.isEmpty())
            t << "  - " << text(item.fix.text) << '\n';
    }
    if (!a.items.isEmpty())
        t << '\n';
    if (!a.advice.isEmpty())
        t << text(a.advice) << "\n\n";
    t << '*' << text(checkedText(a)) << "*\n\n";
}

void answerHtml(QTextStream &t, const CheckReport &r)
{
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    const TicketAnswer &a = *r.answer;
    t << "<p><strong>" << esc(QCoreApplication::translate("Report", "Answer:")) << "</strong> " << esc(a.headline) << "</p>\n";
    if (!a.items.isEmpty()) {
        t << "<ul>\n";
        for (const AnswerItem &item : a.items) {
            const char *cls = item.decision.verdict == Verdict::Permit ? "permit" : item.decision.verdict == Verdict::Deny ? "deny" : "failure";
            t << "<li><strong>" << esc(item.request.caName) << "</strong>, " << esc(certificateKindWords(item.request.kind).toLower())
              << ": <strong class=\"" << cls << "\">" << verdictWord(item.decision.verdict) << "</strong>. " << esc(item.decision.explanation)
              << " (" << esc(item.decision.reference) << ")";
            if (!item.fix.isEmpty()) {
                t << "<ul>";
                for (const QString &line : item.fix.remove)
                    t << "<li>" << esc(QCoreApplication::translate("Report", "Remove:")) << " <code>" << esc(line) << "</code></li>";
                for (const QString &line : item.fix.add)
                    t << "<li>" << esc(QCoreApplication::translate("Report", "Add:")) << " <code>" << esc(line) << "</code></li>";
                if (!item.fix.text.isEmpty())
                    t << "<li>" << esc(item.fix.text) << "</li>";
                t << "</ul>";
            }
            t << "</li>\n";
        }
        t << "</ul>\n";
    }
    if (!a.advice.isEmpty())
        t << "<p>" << esc(a.advice) << "</p>\n";
    t << "<p><em>" << esc(checkedText(a)) << "</em></p>\n";
}

} // namespace

namespace {

// {"code": …, "message": …}: an input error, a failed level.
void writeError(JsonWriter &w, const QString &code, const QString &message)
{
    w.beginObject();
    w.key("code");
    w.value(code);
    w.key("message");
    w.value(message);
    w.endObject();
}

void writeRecords(JsonWriter &w, const QList<Dns::CaaAnswer> &records)
{
    w.beginArray();
    for (const Dns::CaaAnswer &a : records) {
        w.beginObject();
        w.key("flags");
        w.value(int(a.record.flags));
        w.key("owner");
        w.valueLatin1(a.owner);
        w.key("tag");
        w.valueLatin1(escapeCharacterString(a.record.tag)); // displayText() without the QString
        w.key("ttl");
        w.value(qint64(a.ttl));
        w.key("value");
        w.valueLatin1(escapeCharacterString(a.record.value));
        w.endObject();
    }
    w.endArray();
}

// The origin of a lookup failure (issue #21): whose failure, the servers asked directly,
// and for a resolver failure what a CA would most likely see.
void writeFailureOrigin(JsonWriter &w, const CheckReport &report)
{
    const FailureOriginReport &o = *report.check.origin;
    w.beginObject();
    w.key("origin");
    w.value(failureOriginName(o.origin));
    w.key("failed_at");
    w.valueLatin1(report.check.steps.value(o.failedIndex).name);
    w.key("resolver");
    w.value(o.resolver);
    w.key("advice");
    w.value(failureOriginAdvice(o));
    w.key("levels");
    w.beginArray();
    for (const LevelOrigin &l : o.levels) {
        w.beginObject();
        w.key("name");
        w.valueLatin1(l.name);
        w.key("zone");
        if (l.zone.isEmpty())
            w.null();
        else
            w.valueLatin1(l.zone);
        w.key("origin");
        w.value(failureOriginName(l.origin));
        w.key("explanation");
        w.value(l.explanation);
        w.key("servers");
        w.beginArray();
        for (const OriginAnswer &a : l.servers) {
            w.beginObject();
            w.key("host");
            w.valueLatin1(a.host);
            w.key("address");
            w.value(a.address);
            w.key("outcome");
            w.value(serverOutcomeName(classifyAuthoritative(a.answer)));
            w.key("answer");
            w.value(answerSignature(a.answer));
            w.endObject();
        }
        w.endArray();
        w.key("compared");
        w.beginArray();
        for (const ComparedResolver &c : l.compared) {
            w.beginObject();
            w.key("resolver");
            w.value(c.resolver);
            w.key("answer");
            w.value(answerSignature(c.answer));
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.key("likely");
    if (o.origin == FailureOrigin::Resolver) {
        const CheckResult &likely = o.likelyClimb;
        w.beginObject();
        w.key("label");
        w.value(QCoreApplication::translate("Report", "what a CA's own resolver would most likely see"));
        w.key("relevant");
        if (likely.verdict == ClimbVerdict::Found) {
            w.beginObject();
            w.key("name");
            w.valueLatin1(likely.relevantName());
            w.key("records");
            writeRecords(w, likely.relevantRecords());
            w.endObject();
        } else {
            w.null();
        }
        w.key("decisions");
        w.beginArray();
        for (const CaDecision &d : report.likelyDecisions) {
            w.beginObject();
            w.key("ca");
            w.value(d.request.caName);
            w.key("kind");
            w.value(kindWord(d.request.kind));
            w.key("verdict");
            w.value(verdictName(d.decision.verdict));
            w.key("reason");
            w.value(reasonCodeName(d.decision.reason));
            w.key("explanation");
            w.value(d.decision.explanation);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    } else {
        w.null();
    }
    w.endObject();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// One level of the climb, as an element of "steps".
void writeStep(JsonWriter &w, const CheckResult &c, int i, LevelOutcome outcome, bool relevant)
{
    const Dns::LookupResult &s = c.steps[i];
    w.beginObject();
    w.key("name");
    w.valueLatin1(s.name);
    w.key("outcome");
    w.value(levelOutcomeName(outcome));
    w.key("rcode");
    if (s.isAnswered())
        w.value(Dns::rcodeName(s.rcode));
    else
        w.null();
    w.key("authenticated");
    w.value(s.authenticated);
    w.key("ede");
    w.beginArray();
    for (const Dns::ExtendedDnsError &e : s.extendedErrors) {
        w.beginObject();
        w.key("code");
        w.value(int(e.code));
        w.key("name");
        w.value(Dns::extendedErrorName(e.code));
        w.key("text");
        w.value(e.text);
        w.endObject();
    }
    w.endArray();
    w.key("elapsed_ms");
    w.value(s.elapsedMs);
    w.key("server");
    w.value(s.server);
    w.key("relevant");
    w.value(relevant);
    w.key("failure_origin");
    if (const LevelOrigin *o = c.origin ? c.origin->level(i) : nullptr)
        w.value(failureOriginName(o->origin));
    else
        w.null();
    w.key("aliases");
    w.beginArray();
    for (const Dns::AliasHop &h : s.aliases) {
        w.beginObject();
        w.key("owner");
        w.valueLatin1(h.owner);
        w.key("type");
        w.value(Dns::typeName(h.type));
        w.key("target");
        w.valueLatin1(h.target);
        w.key("ttl");
        w.value(qint64(h.ttl));
        w.endObject();
    }
    w.endArray();
    w.key("records");
    writeRecords(w, s.caa);
    w.key("error");
    if (outcome == LevelOutcome::Failure) {
        writeError(w, s.isAnswered() ? Dns::rcodeName(s.rcode).toLower() : Dns::lookupStatusName(s.status),
                   s.errorMessage.isEmpty() ? QCoreApplication::translate("Report", "The server answered %1.").arg(s.outcomeName()) : s.errorMessage);
    } else {
        w.null();
    }
    w.endObject();
}

// One element of "findings".
void writeFinding(JsonWriter &w, const Finding &f)
{
    w.beginObject();
    w.key("severity");
    w.value(severityName(f.severity));
    w.key("code");
    w.value(f.code);
    w.key("message");
    w.value(f.message);
    w.key("reference");
    w.value(f.reference);
    if (!f.fix.isEmpty()) {
        w.key("fix");
        w.value(f.fix);
    }
    if (!f.owner.isEmpty()) {
        w.key("owner");
        w.valueLatin1(f.owner);
    }
    if (f.hasRecord) {
        w.key("record");
        w.valueLatin1(caaPresentation(f.record));
    }
    w.endObject();
}

// Where a ReportJsonMemo keeps a step or a finding: by the owner's name (FNV-1a, with
// `salt` for what else tells them apart), so that the few parents of a run each have a
// slot; two that meet in a slot take turns.
constexpr std::size_t MemoSlots = 64;
std::size_t slotOf(const QByteArray &name, qsizetype salt = 0)
{
    quint32 h = 2166136261u ^ quint32(salt);
    for (const char ch : name)
        h = (h ^ quint8(ch)) * 16777619u;
    return h % MemoSlots;
}

// Everything a step without aliases, extended errors or a failure is written from
// (writeStep()); the numbers first, as == compares in this order.
struct StepKey
{
    qint64 elapsedMs = 0;
    int rcode = 0;
    LevelOutcome outcome = LevelOutcome::Pending;
    bool answered = false;
    bool authenticated = false;
    bool relevant = false;
    QByteArray name;
    QString server;
    QList<Dns::CaaAnswer> records;

    friend bool operator==(const StepKey &, const StepKey &) = default;
};

// A part of a report as last written, and what it was written from.
template <typename Key>
struct Kept
{
    Key key;
    QByteArray json; ///< empty: nothing kept yet
};

// Copies what `kept` holds when it was written from `key`; else writes with `write` and,
// with a `kept`, keeps that (without the separator before it, the writer's, not the part's).
template <typename Key, typename Write>
void writeOrCopy(JsonWriter &w, Kept<Key> *kept, const Key &key, Write write)
{
    if (kept && !kept->json.isEmpty() && kept->key == key) {
        w.raw(kept->json);
        return;
    }
    const std::size_t before = w.size();
    write();
    if (!kept)
        return;
    const QByteArrayView written = w.view().sliced(qsizetype(before));
    kept->key = key;
    kept->json = (written.startsWith(',') ? written.sliced(1) : written).toByteArray();
}

} // namespace

struct ReportJsonMemo::Parts
{
    Kept<StepKey> steps[MemoSlots];
    Kept<Finding> findings[MemoSlots];
    Kept<QList<Dns::CaaAnswer>> records[MemoSlots];
};

ReportJsonMemo::ReportJsonMemo() : m_parts(std::make_unique<Parts>()) {}
ReportJsonMemo::~ReportJsonMemo() = default;

namespace {

// writeRecords(), copying what it wrote for the same records before (a relevant set and
// what decides are the same set for every name under its owner).
void writeRecords(JsonWriter &w, const QList<Dns::CaaAnswer> &records, ReportJsonMemo::Parts *parts)
{
    Kept<QList<Dns::CaaAnswer>> *kept = parts && !records.isEmpty() ? &parts->records[slotOf(records.constFirst().owner, records.size())] : nullptr;
    writeOrCopy(w, kept, records, [&] { writeRecords(w, records); });
}

} // namespace

void writeReportJson(JsonWriter &w, const CheckReport &report, ReportJsonMemo *memo)
{
    // Written straight to bytes: one QJsonObject per name cost most of a big run's CPU.
    w.beginObject();
    if (report.index >= 0) {
        w.key("index");
        w.value(report.index);
    }
    w.key("input");
    w.value(report.input);
    if (!report.inputOk) {
        w.key("error");
        writeError(w, inputErrorCodeName(report.inputError.code), report.inputError.message);
        w.endObject();
        return;
    }
    const CheckResult &c = report.check;
    w.key("name");
    w.valueLatin1(c.name.ace);
    w.key("unicode");
    w.value(c.name.unicode);
    w.key("wildcard");
    w.value(c.name.wildcard);
    if (c.name.isEmail()) {
        w.key("email");
        w.value(c.name.display());
    }
    // One kind for all the decisions, or "all" (tls and tls-wildcard are both "tls").
    std::optional<QString> kind;
    for (const CaDecision &d : report.decisions) {
        const QString word = kindWord(d.request.kind);
        if (!kind)
            kind = word;
        else if (*kind != word)
            kind = QStringLiteral("all");
    }
    w.key("kind");
    w.value(kind ? *kind : kindWord(c.name.isEmail() ? CertificateKind::Email : CertificateKind::TlsSingle));

    w.key("steps");
    w.beginArray();
    for (int i = 0; i < c.steps.size(); ++i) {
        const Dns::LookupResult &s = c.steps[i];
        const LevelOutcome outcome = c.levelOutcome(i);
        const bool relevant = c.verdict == ClimbVerdict::Found && i == c.decidingIndex;
        // A parent's step is the same object for every name under it: copied when it was
        // written from the same answer before. Only the plain ones: no alias, no extended
        // error, no failure (nor its origin).
        if (memo && i > 0 && !c.origin && outcome != LevelOutcome::Failure && s.aliases.isEmpty() && s.extendedErrors.isEmpty()) {
            const StepKey key{s.elapsedMs, s.rcode, outcome, s.isAnswered(), s.authenticated, relevant, s.name, s.server, s.caa};
            writeOrCopy(w, &memo->m_parts->steps[slotOf(s.name)], key, [&] { writeStep(w, c, i, outcome, relevant); });
        } else {
            writeStep(w, c, i, outcome, relevant);
        }
    }
    w.endArray();
    w.key("relevant");
    if (c.verdict == ClimbVerdict::Found) {
        w.beginObject();
        w.key("name");
        w.valueLatin1(c.relevantName());
        w.key("records");
        writeRecords(w, c.relevantRecords(), memo ? memo->m_parts.get() : nullptr);
        w.endObject();
    } else {
        w.null();
    }
    w.key("failure_origin");
    if (c.origin)
        writeFailureOrigin(w, report);
    else
        w.null();
    w.key("findings");
    w.beginArray();
    for (const Finding &f : report.findings) {
        // What is said about a level above the name (its DNSSEC state, …) is said alike
        // for every name under it: copied when the same finding was written before.
        Kept<Finding> *kept = memo && !f.owner.isEmpty() && f.owner != c.name.ace ? &memo->m_parts->findings[slotOf(f.owner, f.code.size())] : nullptr;
        writeOrCopy(w, kept, f, [&] { writeFinding(w, f); });
    }
    w.endArray();
    w.key("decisions");

    w.beginArray();
    for (const CaDecision &cd : report.decisions) {
        w.beginObject();
        w.key("ca");
        w.value(cd.request.caName);
        w.key("identifiers");
        w.beginArray();
        for (const QByteArray &id : cd.request.identifiers)
            w.valueLatin1(id);
        w.endArray();
        w.key("profile");
        w.value(cd.request.profile.id);
        w.key("kind");
        w.value(kindWord(cd.request.kind));
        w.key("wildcard");
        w.value(cd.request.kind == CertificateKind::TlsWildcard);
        w.key("verdict");
        w.value(verdictName(cd.decision.verdict));
        w.key("conditions");
        w.beginArray();
        for (const PermitCondition &pc : cd.decision.conditions) {
            w.beginObject();
            w.key("accounturi");
            if (pc.accountUri.isEmpty())
                w.null();
            else
                w.value(displayText(pc.accountUri));
            w.key("methods");
            w.beginArray();
            for (const QByteArray &m : pc.methods)
                w.value(displayText(m));
            w.endArray();
            w.key("text");
            w.value(pc.describe());
            w.endObject();
        }
        w.endArray();
        w.key("reason");
        w.value(reasonCodeName(cd.decision.reason));
        w.key("explanation");
        w.value(cd.decision.explanation);
        w.key("reference");
        w.value(cd.decision.reference);
        w.key("found_at");
        if (cd.decision.foundAt.isEmpty())
            w.null();
        else
            w.valueLatin1(cd.decision.foundAt);
        w.key("deciding");
        writeRecords(w, cd.decision.deciding, memo ? memo->m_parts.get() : nullptr);
        if (const std::optional<LaterDecision> &later = cd.decision.fromMandatoryDate) {
            // Reason parameters-not-yet-binding: the verdict once RFC 8657 binds the CA.
            w.key("parameters_bind_from");
            w.beginObject();
            w.key("date");
            w.value(later->from.toString(Qt::ISODate));
            w.key("verdict");
            w.value(verdictName(later->verdict));
            w.key("reason");
            w.value(reasonCodeName(later->reason));
            w.key("explanation");
            w.value(later->explanation);
            w.key("conditions");
            w.beginArray();
            for (const PermitCondition &pc : later->conditions)
                w.value(pc.describe());
            w.endArray();
            w.endObject();
        }
        w.endObject();
    }
    w.endArray();
    if (report.answer) {
        w.key("answer");
        w.raw(compact(answerJson(*report.answer)));
    }
    if (report.diagnostics) {
        w.key("diagnostics");
        w.raw(compact(diagnosticsToJson(*report.diagnostics)));
    }
    if (report.ct) {
        w.key("ct");
        w.raw(compact(ctReportToJson(*report.ct)));
    }
    if (report.draftEffect) {
        w.key("draft_on_path");
        w.value(report.draftEffect->onPath);
        w.key("draft_changes");
        w.beginArray();
        for (const VerdictChange &ch : report.draftEffect->changes) {
            w.beginObject();
            w.key("ca");
            w.value(ch.ca);
            w.key("kind");
            w.value(certificateKindName(ch.kind));
            w.key("before");
            w.value(verdictName(ch.before.verdict));
            w.key("after");
            w.value(verdictName(ch.after.verdict));
            w.key("reason_after");
            w.value(reasonCodeName(ch.after.reason));
            w.key("explanation_after");
            w.value(ch.after.explanation);
            w.endObject();
        }
        w.endArray();
    }
    w.endObject();
}

QByteArray reportToJsonBytes(const CheckReport &report)
{
    JsonWriter w;
    writeReportJson(w, report);
    return w.bytes();
}

QJsonObject reportToJson(const CheckReport &report)
{
    return QJsonDocument::fromJson(reportToJsonBytes(report)).object();
}

QByteArray reportsToJson(const QList<CheckReport> &reports)
{
    QJsonArray results;
    for (const CheckReport &r : reports)
        results.append(reportToJson(r));
    return QJsonDocument(QJsonObject{{QStringLiteral("results"), results}}).toJson(QJsonDocument::Indented);
}

QString reportsToText(const QList<CheckReport> &reports)
{
    QString out;
    QTextStream t(&out);
    for (const CheckReport &r : reports) {
        if (!r.inputOk) {
            t << r.input << ": " << r.inputError.message << "\n\n";
            continue;
        }
        const CheckResult &c = r.check;
        t << c.name.display();
        if (c.name.isIdn())
            t << "  (" << c.name.unicode << ")";
        t << "\n\n";
        if (r.answer)
            answerText(t, r);
        t << "DNS climb (RFC 8659 §3):\n";
        for (int i = 0; i < c.steps.size(); ++i) {
            const Dns::LookupResult &s = c.steps[i];
            const bool relevant = (c.verdict == ClimbVerdict::Found || c.verdict == ClimbVerdict::Failure) && i == c.decidingIndex;
            t << (relevant ? "  > " : "    ") << QString::fromLatin1(s.name).leftJustified(30) << ' ' << stepSummary(c, i);
            if (s.isAnswered())
                t << (s.authenticated ? "  [DNSSEC: validated]" : "");
            if (relevant)
                t << (c.verdict == ClimbVerdict::Found ? "  <- the relevant set" : "  <- decides");
            t << '\n';
            for (const Dns::AliasHop &h : s.aliases)
                t << "        via " << aliasText(h) << '\n';
            for (const Dns::CaaAnswer &a : s.caa)
                t << "        " << QString::fromLatin1(caaPresentation(a.record)) << "   (TTL " << a.ttl << ")\n";
            if (!s.isAnswered() && !s.errorMessage.isEmpty())
                t << "        " << s.errorMessage << '\n';
            if (const LevelOrigin *o = c.origin ? c.origin->level(i) : nullptr)
                t << "        " << o->explanation << '\n';
        }
        if (const QStringList likely = likelyViewLines(r); !likely.isEmpty()) {
            t << '\n' << likely.first() << '\n';
            for (qsizetype k = 1; k < likely.size(); ++k)
                t << "  " << likely[k] << '\n';
        }
        if (!r.findings.isEmpty()) {
            t << "\nFindings:\n";
            for (const Finding &f : r.findings) {
                if (f.code == QStringLiteral("dnssec"))
                    continue;
                t << "  [" << severityName(f.severity) << "] " << f.message;
                if (!f.fix.isEmpty())
                    t << " Fix: " << f.fix;
                t << " (" << f.reference << ")\n";
            }
        }
        if (!r.decisions.isEmpty() && writesMatrix(r)) {
            t << '\n' << matrixTitle(r) << ":\n";
            for (const CaDecision &d : r.decisions)
                t << "  " << verdictWord(d.decision.verdict).leftJustified(15) << certificateKindWords(d.request.kind).leftJustified(12)
                  << d.decision.explanation << " [" << reasonCodeName(d.decision.reason) << "; " << d.decision.reference << "]\n";
        }
        if (r.diagnostics)
            t << "\n" << diagnosticsToText(*r.diagnostics);
        if (r.ct)
            t << "\n" << ctReportToText(*r.ct);
        t << '\n';
    }
    return out;
}

QString reportsToMarkdown(const QList<CheckReport> &reports)
{
    // Names, record values, CA names and the user's input are untrusted: Markdown::text()
    // and Markdown::code() keep each one literal, in its line and its table cell.
    using Markdown::code;
    using Markdown::text;
    QString out;
    QTextStream t(&out);
    for (const CheckReport &r : reports) {
        if (!r.inputOk) {
            t << "## " << code(r.input, false) << "\n\n**Input error:** " << text(r.inputError.message) << "\n\n";
            continue;
        }
        const CheckResult &c = r.check;
        t << "## CAA for " << code(c.name.display(), false) << "\n\n";
        if (r.answer)
            answerMarkdown(t, r);
        t << "| Name | Answer | DNSSEC | Records |\n|---|---|---|---|\n";
        for (int i = 0; i < c.steps.size(); ++i) {
            const Dns::LookupResult &s = c.steps[i];
            const bool relevant = c.verdict == ClimbVerdict::Found && i == c.decidingIndex;
            QStringList recs;
            for (const Dns::AliasHop &h : s.aliases)
                recs << QStringLiteral("via %1").arg(text(aliasText(h)));
            for (const Dns::CaaAnswer &a : s.caa)
                recs << code(QString::fromLatin1(caaPresentation(a.record)), true);
            const QString name = text(QString::fromLatin1(s.name));
            t << "| " << (relevant ? QCoreApplication::translate("Report", "**%1** (relevant)").arg(name) : name)
              << " | " << text(stepSummary(c, i)) << " | " << (s.authenticated ? "validated" : "—") << " | "
              << recs.value(0) << " |\n";
            // One record per row, no raw <br>: Markdown readers that take no HTML (or take
            // it badly, like Qt's) show the table as written.
            for (qsizetype k = 1; k < recs.size(); ++k)
                t << "| | | | " << recs[k] << " |\n";
        }
        if (c.origin) {
            t << '\n';
            for (const LevelOrigin &o : c.origin->levels)
                t << "- " << code(QString::fromLatin1(o.name), false) << ": " << text(o.explanation) << '\n';
        }
        if (const QStringList likely = likelyViewLines(r); !likely.isEmpty()) {
            t << "\n**" << text(likely.first()) << "**\n\n";
            for (qsizetype k = 1; k < likely.size(); ++k)
                t << "- " << text(likely[k]) << '\n';
        }
        QList<Finding> shown;
        for (const Finding &f : r.findings)
            if (f.code != QStringLiteral("dnssec"))
                shown << f;
        if (!shown.isEmpty()) {
            t << "\n**Findings**\n\n";
            for (const Finding &f : shown)
                t << "- **" << severityName(f.severity) << "**: " << text(f.message) << (f.fix.isEmpty() ? QString() : QCoreApplication::translate("Report", " *Fix:* ") + text(f.fix))
                  << " (" << text(f.reference) << ")\n";
        }
        if (!r.decisions.isEmpty() && writesMatrix(r)) {
            if (r.answer)
                t << "\n### " << text(matrixTitle(r)) << '\n';
            t << "\n| CA | Kind | Verdict | Why |\n|---|---|---|---|\n";
            for (const CaDecision &d : r.decisions)
                t << "| " << text(d.request.caName) << " | " << text(certificateKindWords(d.request.kind)) << " | "
                  << verdictWord(d.decision.verdict) << " | " << text(d.decision.explanation) << " |\n";
        }
        if (r.diagnostics)
            t << "\n### Diagnostics\n\n" << diagnosticsToMarkdown(*r.diagnostics);
        if (r.ct)
            t << "\n### Certificate Transparency\n\n```\n" << ctReportToText(*r.ct) << "```\n";
        t << '\n';
    }
    return out;
}

} // namespace Caa

namespace Caa {

QString reportsToHtml(const QList<CheckReport> &reports)
{
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString out;
    QTextStream t(&out);
    t << "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>CAA report</title>\n"
      << "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}table{border-collapse:collapse}"
         "td,th{border:1px solid #999;padding:.2em .5em;text-align:left;vertical-align:top}"
         ".permit{color:#1e7d3a}.deny{color:#b3261e}.failure{color:#a15c00}code{white-space:pre-wrap}</style></head><body>\n";
    for (const CheckReport &r : reports) {
        if (!r.inputOk) {
            t << "<h2>" << esc(r.input) << "</h2><p><strong>Input error:</strong> " << esc(r.inputError.message) << "</p>\n";
            continue;
        }
        const CheckResult &c = r.check;
        t << "<h2>CAA for " << esc(c.name.display()) << "</h2>\n";
        if (r.answer)
            answerHtml(t, r);
        t << "<table><tr><th>Name</th><th>Answer</th><th>DNSSEC</th><th>Records</th></tr>\n";
        for (int i = 0; i < c.steps.size(); ++i) {
            const Dns::LookupResult &s = c.steps[i];
            const bool relevant = c.verdict == ClimbVerdict::Found && i == c.decidingIndex;
            t << "<tr><td>" << (relevant ? "<strong>" : "") << esc(QString::fromLatin1(s.name)) << (relevant ? "</strong> (relevant)" : "")
              << "</td><td>" << esc(stepSummary(c, i)) << "</td><td>" << (s.authenticated ? "validated" : "&mdash;") << "</td><td>";
            for (const Dns::AliasHop &h : s.aliases)
                t << "via " << esc(aliasText(h)) << "<br>";
            for (const Dns::CaaAnswer &a : s.caa)
                t << "<code>" << esc(QString::fromLatin1(caaPresentation(a.record))) << "</code><br>";
            t << "</td></tr>\n";
        }
        t << "</table>\n";
        if (c.origin) {
            t << "<ul>\n";
            for (const LevelOrigin &o : c.origin->levels)
                t << "<li>" << esc(QString::fromLatin1(o.name)) << ": " << esc(o.explanation) << "</li>\n";
            t << "</ul>\n";
        }
        if (const QStringList likely = likelyViewLines(r); !likely.isEmpty()) {
            t << "<p><strong>" << esc(likely.first()) << "</strong></p><ul>\n";
            for (qsizetype k = 1; k < likely.size(); ++k)
                t << "<li>" << esc(likely[k]) << "</li>\n";
            t << "</ul>\n";
        }
        QList<Finding> shown;
        for (const Finding &f : r.findings)
            if (f.code != QStringLiteral("dnssec"))
                shown << f;
        if (!shown.isEmpty()) {
            t << "<h3>Findings</h3><ul>\n";
            for (const Finding &f : shown)
                t << "<li><strong>" << severityName(f.severity) << "</strong>: " << esc(f.message)
                  << (f.fix.isEmpty() ? QString() : QCoreApplication::translate("Report", " <em>Fix:</em> ") + esc(f.fix)) << " (" << esc(f.reference) << ")</li>\n";
            t << "</ul>\n";
        }
        if (!r.decisions.isEmpty() && writesMatrix(r)) {
            t << "<h3>" << esc(matrixTitle(r)) << "</h3><table><tr><th>CA</th><th>Kind</th><th>Verdict</th><th>Why</th></tr>\n";
            for (const CaDecision &d : r.decisions) {
                const char *cls = d.decision.verdict == Verdict::Permit ? "permit" : d.decision.verdict == Verdict::Deny ? "deny" : "failure";
                t << "<tr><td>" << esc(d.request.caName) << "</td><td>" << esc(certificateKindWords(d.request.kind)) << "</td><td class=\"" << cls << "\">"
                  << verdictWord(d.decision.verdict) << "</td><td>" << esc(d.decision.explanation) << "</td></tr>\n";
            }
            t << "</table>\n";
        }
        if (r.diagnostics)
            t << "<h3>Diagnostics</h3><pre>" << esc(diagnosticsToText(*r.diagnostics)) << "</pre>\n";
        if (r.ct)
            t << "<h3>Certificate Transparency</h3><pre>" << esc(ctReportToText(*r.ct)) << "</pre>\n";
    }
    t << "<p><small>CAA Inspector " << CAA_VERSION << ". CA data derived from CCADB (CDLA-Permissive-2.0).</small></p></body></html>\n";
    return out;
}

} // namespace Caa

namespace Caa {

QString draftEffectsText(const QList<CheckReport> &reports)
{
    QString text;
    for (const CheckReport &r : reports) {
        if (!r.draftEffect)
            continue;
        const DraftEffect &e = *r.draftEffect;
        text += QCoreApplication::translate("Report", "With the draft for %1 published, %2:\n").arg(QString::fromLatin1(e.draftOwner), r.check.name.display());
        if (!e.onPath)
            text += QCoreApplication::translate("Report", "  nothing changes: %1 is not on the path climbed for %2.\n").arg(QString::fromLatin1(e.draftOwner), r.check.name.display());
        else if (e.changes.isEmpty())
            text += QCoreApplication::translate("Report", "  no verdict changes.\n");
        for (const VerdictChange &ch : e.changes)
            text += QStringLiteral("  %1 %2: %3 -> %4. %5\n").arg(ch.ca, certificateKindName(ch.kind), verdictName(ch.before.verdict).toUpper(),
                                                                 verdictName(ch.after.verdict).toUpper(), ch.after.explanation);
    }
    return text;
}

QString csvHeader(bool withIndex)
{
    return (withIndex ? QStringLiteral("index,") : QString()) + QStringLiteral("input,name,relevant,ca,kind,verdict,reason,explanation,failure_origin\r\n");
}

QString reportCsvRows(const CheckReport &r)
{
    // Every cell through csvField(): input names come from customers' lists and
    // certificates, CA names from an editable directory.
    const auto field = csvField;
    const QString index = r.index >= 0 ? QString::number(r.index) + u',' : QString();
    if (!r.inputOk)
        return index + QStringList{field(r.input), QString(), QString(), QString(), QString(), QStringLiteral("input-error"),
                                   field(inputErrorCodeName(r.inputError.code)), field(r.inputError.message), QString()}.join(u',')
               + QStringLiteral("\r\n");
    QString out;
    const QString origin = r.check.origin ? failureOriginName(r.check.origin->origin) : QString();
    for (const CaDecision &d : r.decisions)
        out += index + QStringList{field(r.input), field(QString::fromLatin1(r.check.name.ace)), field(QString::fromLatin1(r.check.relevantName())),
                           field(d.request.caName), field(certificateKindName(d.request.kind)), field(verdictName(d.decision.verdict)),
                           field(reasonCodeName(d.decision.reason)), field(d.decision.explanation),
                           d.decision.verdict == Verdict::LookupFailure ? origin : QString()}
                   .join(u',') + QStringLiteral("\r\n");
    return out;
}

QString reportsToCsv(const QList<CheckReport> &reports)
{
    QString out = csvHeader();
    for (const CheckReport &r : reports)
        out += reportCsvRows(r);
    return out;
}

void ReportTally::add(const CheckReport &r)
{
    ++names;
    if (!r.inputOk) {
        ++inputErrors;
        exitStatus = qMax(exitStatus, 3);
        return;
    }
    for (const CaDecision &d : r.decisions) {
        (d.decision.verdict == Verdict::Permit ? permit : d.decision.verdict == Verdict::Deny ? deny : failure)++;
        exitStatus = qMax(exitStatus, d.decision.verdict == Verdict::Deny ? 1 : d.decision.verdict == Verdict::LookupFailure ? 2 : 0);
    }
    // A CA that issues here but would be refused at renewal counts as a deny (issue #19).
    if (r.ct)
        for (const CtIssuer &i : r.ct->issuers)
            if (i.deniedByPolicy || i.deniedByDraft)
                exitStatus = qMax(exitStatus, 1);
}

void ReportTally::merge(const ReportTally &other)
{
    names += other.names;
    permit += other.permit;
    deny += other.deny;
    failure += other.failure;
    inputErrors += other.inputErrors;
    exitStatus = qMax(exitStatus, other.exitStatus);
}

QString ReportTally::summary() const
{
    return QCoreApplication::translate("Report", "%1 name%2: %3 permit, %4 deny, %5 lookup failure, %6 input error%7")
        .arg(names).arg(names == 1 ? QString() : QStringLiteral("s"))
        .arg(permit).arg(deny).arg(failure).arg(inputErrors).arg(inputErrors == 1 ? QString() : QStringLiteral("s"));
}

QString reportsSummary(const QList<CheckReport> &reports)
{
    ReportTally tally;
    for (const CheckReport &r : reports)
        tally.add(r);
    return tally.summary();
}

int exitStatusFor(const QList<CheckReport> &reports)
{
    ReportTally tally;
    for (const CheckReport &r : reports)
        tally.add(r);
    return tally.exitStatus;
}

void RunSummary::add(const CheckReport &report)
{
    tally.add(report);
    if (!report.inputOk)
        return;
    QSet<QString> named;
    for (const CaDecision &d : report.decisions) {
        ++reasons[reasonCodeName(d.decision.reason)];
        if (d.decision.reason == ReasonCode::Authorised || d.decision.reason == ReasonCode::ParametersNotYetBinding)
            named.insert(d.request.caName);
    }
    for (const QString &ca : std::as_const(named))
        ++namedCas[ca];
    // Issuer domains as written, directory CA or not (a private CA, a typo).
    QSet<QString> written;
    for (const Dns::CaaAnswer &a : report.check.relevantRecords()) {
        const QByteArray tag = a.record.normalizedTag();
        if (tag != "issue" && tag != "issuewild")
            continue;
        const IssueValue value = parseIssueValue(a.record.value);
        if (value.wellFormed && !value.issuer.isEmpty())
            written.insert(QString::fromLatin1(value.issuer.toLower()));
    }
    for (const QString &issuer : std::as_const(written))
        ++issuers[issuer];
    QSet<QString> codes;
    for (const Finding &f : report.findings)
        codes.insert(f.code);
    for (const QString &code : std::as_const(codes))
        ++findings[code];
    if (report.check.origin)
        ++failureOrigins[failureOriginName(report.check.origin->origin)];
}

void RunSummary::merge(const RunSummary &other)
{
    tally.merge(other.tally);
    for (auto [counts, more] : {std::pair{&reasons, &other.reasons}, {&namedCas, &other.namedCas}, {&issuers, &other.issuers},
                                {&findings, &other.findings}, {&failureOrigins, &other.failureOrigins}})
        for (auto it = more->cbegin(); it != more->cend(); ++it)
            (*counts)[it.key()] += it.value();
}

namespace {

QJsonObject countsJson(const QMap<QString, int> &counts)
{
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QStringList largestFirst(const QMap<QString, int> &counts)
{
    QList<std::pair<int, QString>> sorted;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        sorted.append({-it.value(), it.key()});
    std::sort(sorted.begin(), sorted.end());
    QStringList lines;
    for (const auto &[negative, key] : sorted)
        lines << QStringLiteral("  %1  %2").arg(-negative, 9).arg(key);
    return lines;
}

} // namespace

QJsonObject RunSummary::toJson() const
{
    return QJsonObject{{QStringLiteral("names"), tally.names},
                       {QStringLiteral("permit"), tally.permit},
                       {QStringLiteral("deny"), tally.deny},
                       {QStringLiteral("lookup_failure"), tally.failure},
                       {QStringLiteral("input_error"), tally.inputErrors},
                       {QStringLiteral("reasons"), countsJson(reasons)},
                       {QStringLiteral("cas"), countsJson(namedCas)},
                       {QStringLiteral("issuers"), countsJson(issuers)},
                       {QStringLiteral("findings"), countsJson(findings)},
                       {QStringLiteral("failure_origins"), countsJson(failureOrigins)}};
}

QString RunSummary::toText() const
{
    QStringList lines{tally.summary()};
    if (!reasons.isEmpty())
        lines << QCoreApplication::translate("Report", "Decisions by reason:") << largestFirst(reasons);
    if (!namedCas.isEmpty())
        lines << QCoreApplication::translate("Report", "CAs the relevant records name (names each may issue for):") << largestFirst(namedCas);
    if (!issuers.isEmpty())
        lines << QCoreApplication::translate("Report", "Issuer domains in issue and issuewild records (names with each):") << largestFirst(issuers);
    if (!findings.isEmpty())
        lines << QCoreApplication::translate("Report", "Findings (names with each):") << largestFirst(findings);
    if (!failureOrigins.isEmpty())
        lines << QCoreApplication::translate("Report", "Lookup failures by origin (resolver, domain, undetermined):") << largestFirst(failureOrigins);
    return lines.join(u'\n') + u'\n';
}

} // namespace Caa
