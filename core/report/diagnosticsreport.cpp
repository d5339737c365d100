#include "report/diagnosticsreport.h"

#include "report/markdown.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

namespace Caa {


namespace {

QString serverAnswerCell(const Dns::LookupResult &r)
{
    switch (classifyAuthoritative(r)) {
    case ServerOutcome::Records: return caaAnswersText(r.caa);
    case ServerOutcome::NoData: return QStringLiteral("NODATA");
    case ServerOutcome::NxDomain: return QStringLiteral("NXDOMAIN");
    case ServerOutcome::Refused: return QStringLiteral("REFUSED");
    case ServerOutcome::Lame: return r.rcode == 2 ? QCoreApplication::translate("DiagnosticsReport", "SERVFAIL (lame)") : QCoreApplication::translate("DiagnosticsReport", "no AA (lame)");
    case ServerOutcome::Timeout: return QStringLiteral("timeout");
    case ServerOutcome::Failure: return r.outcomeName();
    }
    return QString();
}

// Text export: a level some server was not compared at never reads "OK".
QString agreementMark(Agreement a)
{
    switch (a) {
    case Agreement::Consistent: return QStringLiteral("OK   ");
    case Agreement::Differ: return QStringLiteral("DIFF ");
    case Agreement::Incomplete: return QStringLiteral("NOT ALL COMPARED ");
    case Agreement::NoAnswer: return QStringLiteral("NO ANSWER ");
    }
    return QString();
}

} // namespace

QString diagnosticsToText(const Diagnostics &diag)
{
    QString out;
    QTextStream t(&out);
    if (diag.authoritativeAsked) {
        t << "Authoritative servers (asked directly, RD=0):\n";
        for (const ZoneDiagnosis &z : diag.zones) {
            t << "  zone " << QString::fromLatin1(z.zone) << ":\n";
            if (!z.problem.isEmpty()) {
                t << "    " << z.problem << "\n";
                continue;
            }
            for (const ServerView &s : z.servers) {
                t << "    " << s.label() << ", " << serialText(s) << "\n";
                for (const QByteArray &name : z.names)
                    t << "      " << QString::fromLatin1(name) << ": " << serverAnswerCell(s.caa.value(name)) << "\n";
            }
            for (const NameComparison &c : z.comparisons)
                t << "    " << agreementMark(c.agreement) << QString::fromLatin1(c.name) << ": " << c.verdict << "\n";
        }
    }
    t << "DNSSEC:\n";
    for (const DnssecLevel &l : diag.dnssec)
        t << "  " << QString::fromLatin1(l.name) << ": " << dnssecStateName(l.state) << " — " << l.explanation << "\n";
    t << "  " << dnssecRuleText() << "\n";
    if (!diag.resolvers.isEmpty()) {
        t << "Resolvers:\n";
        for (const ResolverView &v : diag.resolvers) {
            t << "  " << v.label << ": ";
            if (v.check.verdict == ClimbVerdict::Found) {
                const QList<Dns::CaaAnswer> rel = v.check.relevantRecords();
                t << "relevant set at " << QString::fromLatin1(v.check.relevantName()) << ": " << caaAnswersText(rel);
                if (!rel.isEmpty())
                    t << " (TTL " << rel.first().ttl << " s left)";
            } else if (v.check.verdict == ClimbVerdict::NoRecords) {
                t << "no CAA records on the path";
            } else {
                t << "lookup failure at " << QString::fromLatin1(v.check.name.climbNames().value(v.check.decidingIndex));
            }
            t << "\n";
        }
        if (diag.resolverDisagreements.isEmpty())
            t << "  they agree at every level.\n";
        for (const QString &dis : diag.resolverDisagreements)
            t << "  " << dis << "\n";
    }
    if (!diag.findings.isEmpty()) {
        t << "Diagnostic findings:\n";
        for (const Finding &f : diag.findings)
            t << "  [" << severityName(f.severity) << "] " << f.message << (f.fix.isEmpty() ? QString() : QCoreApplication::translate("DiagnosticsReport", " Fix: ") + f.fix)
              << " (" << f.reference << ")\n";
    }
    t.flush();
    return out;
}

QString diagnosticsToMarkdown(const Diagnostics &diag)
{
    // Server answers, names and messages come from the network: kept literal.
    using Markdown::code;
    using Markdown::text;
    QString out;
    QTextStream t(&out);
    if (diag.authoritativeAsked) {
        t << "**Authoritative servers** (asked directly, RD=0)\n\n";
        for (const ZoneDiagnosis &z : diag.zones) {
            t << "Zone " << code(QString::fromLatin1(z.zone), false);
            if (!z.problem.isEmpty()) {
                t << ": " << text(z.problem) << "\n\n";
                continue;
            }
            t << "\n\n| server | serial |";
            for (const QByteArray &name : z.names)
                t << " " << code(QString::fromLatin1(name), true) << " |";
            t << "\n| --- | --- |";
            for (int i = 0; i < z.names.size(); ++i)
                t << " --- |";
            t << "\n";
            for (const ServerView &s : z.servers) {
                t << "| " << text(s.label()) << " | " << (s.serial ? QString::number(*s.serial) : QStringLiteral("—")) << " |";
                for (const QByteArray &name : z.names)
                    t << " " << text(serverAnswerCell(s.caa.value(name))) << " |";
                t << "\n";
            }
            t << "\n";
            for (const NameComparison &c : z.comparisons)
                t << "- " << (c.agreement == Agreement::Consistent ? "✔ " : c.agreement == Agreement::Differ ? "✘ " : "⚠ not compared: ")
                  << code(QString::fromLatin1(c.name), false) << ": " << text(c.verdict) << "\n";
            t << "\n";
        }
    }
    t << "**DNSSEC**\n\n";
    for (const DnssecLevel &l : diag.dnssec)
        t << "- " << code(QString::fromLatin1(l.name), false) << ": " << dnssecStateName(l.state) << " — " << text(l.explanation) << "\n";
    t << "\n" << text(dnssecRuleText()) << "\n\n";
    if (!diag.resolvers.isEmpty()) {
        t << "**Resolvers**\n\n";
        for (const ResolverView &v : diag.resolvers)
            t << "- " << text(v.label) << ": "
              << (v.check.verdict == ClimbVerdict::Found
                      ? QCoreApplication::translate("DiagnosticsReport", "relevant set at %1: %2").arg(code(QString::fromLatin1(v.check.relevantName()), false), text(caaAnswersText(v.check.relevantRecords())))
                      : v.check.verdict == ClimbVerdict::NoRecords ? QCoreApplication::translate("DiagnosticsReport", "no CAA records") : QCoreApplication::translate("DiagnosticsReport", "lookup failure"))
              << "\n";
        for (const QString &dis : diag.resolverDisagreements)
            t << "- ✘ " << text(dis) << "\n";
        t << "\n";
    }
    for (const Finding &f : diag.findings)
        t << "- **" << severityName(f.severity) << "** " << text(f.message) << (f.fix.isEmpty() ? QString() : QCoreApplication::translate("DiagnosticsReport", " *Fix:* ") + text(f.fix))
          << " *" << text(f.reference) << "*\n";
    t.flush();
    return out;
}

QJsonObject diagnosticsToJson(const Diagnostics &diag)
{
    QJsonObject root;
    if (diag.authoritativeAsked) {
        QJsonArray zones;
        for (const ZoneDiagnosis &z : diag.zones) {
            QJsonObject zo{{QStringLiteral("zone"), QString::fromLatin1(z.zone)}};
            QJsonArray names, ns, servers, comparisons;
            for (const QByteArray &n : z.names)
                names.append(QString::fromLatin1(n));
            for (const QByteArray &n : z.nameservers)
                ns.append(QString::fromLatin1(n));
            for (const ServerView &s : z.servers) {
                QJsonObject answers;
                for (const QByteArray &n : z.names) {
                    const Dns::LookupResult r = s.caa.value(n);
                    QJsonArray records;
                    for (const Dns::CaaAnswer &a : r.caa)
                        records.append(QJsonObject{{QStringLiteral("flags"), a.record.flags},
                                                   {QStringLiteral("tag"), QString::fromLatin1(a.record.tag)},
                                                   {QStringLiteral("value"), displayText(a.record.value)},
                                                   {QStringLiteral("ttl"), qint64(a.ttl)}});
                    answers.insert(QString::fromLatin1(n), QJsonObject{{QStringLiteral("outcome"), serverOutcomeName(classifyAuthoritative(r))},
                                                                       {QStringLiteral("rcode"), r.isAnswered() ? r.outcomeName() : QString()},
                                                                       {QStringLiteral("status"), Dns::lookupStatusName(r.status)},
                                                                       {QStringLiteral("records"), records}});
                }
                QJsonObject so{{QStringLiteral("host"), QString::fromLatin1(s.host)},
                               {QStringLiteral("address"), s.address},
                               {QStringLiteral("answers"), answers}};
                so.insert(QStringLiteral("serial"), s.serial ? QJsonValue(qint64(*s.serial)) : QJsonValue());
                servers.append(so);
            }
            for (const NameComparison &c : z.comparisons)
                comparisons.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(c.name)},
                                               {QStringLiteral("consistent"), c.consistent},
                                               {QStringLiteral("agreement"), agreementName(c.agreement)},
                                               {QStringLiteral("verdict"), c.verdict}});
            zo.insert(QStringLiteral("names"), names);
            zo.insert(QStringLiteral("nameservers"), ns);
            zo.insert(QStringLiteral("servers"), servers);
            zo.insert(QStringLiteral("comparisons"), comparisons);
            if (!z.problem.isEmpty())
                zo.insert(QStringLiteral("problem"), z.problem);
            zones.append(zo);
        }
        root.insert(QStringLiteral("authoritative"), zones);
    }
    QJsonArray dnssec;
    for (const DnssecLevel &l : diag.dnssec)
        dnssec.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(l.name)},
                                  {QStringLiteral("state"), dnssecStateName(l.state)},
                                  {QStringLiteral("explanation"), l.explanation}});
    root.insert(QStringLiteral("dnssec"), dnssec);
    root.insert(QStringLiteral("dnssec_rule"), dnssecRuleText());
    if (!diag.resolvers.isEmpty()) {
        QJsonArray resolvers;
        for (const ResolverView &v : diag.resolvers) {
            QJsonArray levels;
            for (const Dns::LookupResult &r : v.check.steps)
                levels.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(r.name)}, {QStringLiteral("answer"), answerSignature(r)}});
            resolvers.append(QJsonObject{{QStringLiteral("resolver"), v.label},
                                         {QStringLiteral("relevant"), QString::fromLatin1(v.check.relevantName())},
                                         {QStringLiteral("levels"), levels}});
        }
        root.insert(QStringLiteral("resolvers"), resolvers);
        root.insert(QStringLiteral("resolver_disagreements"), QJsonArray::fromStringList(diag.resolverDisagreements));
    }
    QJsonArray findings;
    for (const Finding &f : diag.findings)
        findings.append(QJsonObject{{QStringLiteral("severity"), severityName(f.severity)},
                                    {QStringLiteral("code"), f.code},
                                    {QStringLiteral("message"), f.message},
                                    {QStringLiteral("fix"), f.fix},
                                    {QStringLiteral("reference"), f.reference},
                                    {QStringLiteral("owner"), QString::fromLatin1(f.owner)}});
    root.insert(QStringLiteral("findings"), findings);
    return root;
}

} // namespace Caa
