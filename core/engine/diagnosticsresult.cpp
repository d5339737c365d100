#include "engine/diagnosticsresult.h"

#include <QCoreApplication>
#include <QMap>

#include <arpa/inet.h>

#include <algorithm>

namespace Caa {


QString dnssecStateName(DnssecState state)
{
    switch (state) {
    case DnssecState::Secure: return QStringLiteral("secure");
    case DnssecState::Insecure: return QStringLiteral("insecure");
    case DnssecState::Bogus: return QStringLiteral("bogus");
    case DnssecState::ServerFailure: return QStringLiteral("server-failure");
    case DnssecState::Unknown: return QStringLiteral("unknown");
    }
    return QString();
}

QString serverOutcomeName(ServerOutcome outcome)
{
    switch (outcome) {
    case ServerOutcome::Records: return QStringLiteral("records");
    case ServerOutcome::NoData: return QStringLiteral("nodata");
    case ServerOutcome::NxDomain: return QStringLiteral("nxdomain");
    case ServerOutcome::Refused: return QStringLiteral("refused");
    case ServerOutcome::Lame: return QStringLiteral("lame");
    case ServerOutcome::Timeout: return QStringLiteral("timeout");
    case ServerOutcome::Failure: return QStringLiteral("failure");
    }
    return QString();
}

ServerOutcome classifyAuthoritative(const Dns::LookupResult &r)
{
    if (r.status == Dns::LookupStatus::Timeout)
        return ServerOutcome::Timeout;
    if (!r.isAnswered())
        return ServerOutcome::Failure;
    if (r.rcode == 5)
        return ServerOutcome::Refused;
    if (r.rcode == 2)
        return ServerOutcome::Lame;
    if (r.rcode != 0 && r.rcode != 3)
        return ServerOutcome::Failure;
    // An authoritative server sets AA for data of its own zones (RFC 1035 §4.1.1); a
    // referral or a cached answer without AA means it is not authoritative here.
    if (!r.authoritative)
        return ServerOutcome::Lame;
    if (r.rcode == 3)
        return ServerOutcome::NxDomain;
    return r.caa.isEmpty() ? ServerOutcome::NoData : ServerOutcome::Records;
}

QString ServerView::label() const
{
    return QStringLiteral("%1 (%2)").arg(QString::fromLatin1(host), address);
}

std::optional<AuthoritativeTtl> authoritativeCaaTtl(const Diagnostics &diagnostics, const CheckResult &check)
{
    const QList<Dns::CaaAnswer> relevant = check.relevantRecords();
    if (relevant.isEmpty())
        return std::nullopt;
    // Through an alias the records belong to the target: that owner's answer counts.
    const QByteArray owner = relevant.first().owner.toLower();
    for (const ZoneDiagnosis &zone : diagnostics.zones)
        for (const ServerView &server : zone.servers)
            for (auto it = server.caa.cbegin(); it != server.caa.cend(); ++it)
                for (const Dns::CaaAnswer &a : it.value().caa)
                    if (a.owner.toLower() == owner && it.value().isAnswered())
                        return AuthoritativeTtl{a.ttl, server.label()};
    return std::nullopt;
}

QString caaAnswersText(const QList<Dns::CaaAnswer> &answers)
{
    QStringList parts;
    for (const Dns::CaaAnswer &a : answers)
        parts << QString::fromLatin1(caaPresentation(a.record));
    std::sort(parts.begin(), parts.end());
    return parts.join(QStringLiteral(", "));
}

QString dnssecRuleText()
{
    return QCoreApplication::translate("DiagnosticsResult", "Since 2026-03-15 a CA must DNSSEC-validate its CAA lookups, and a validation failure is never "
                       "permission to issue (BR 2.2.8 §4.2.2.1.3).");
}

// What an answer says, independent of TTLs and of who said it.
QString answerSignature(const Dns::LookupResult &r)
{
    if (!r.isAnswered())
        return r.outcomeName();
    if (r.rcode == 3)
        return QStringLiteral("NXDOMAIN");
    if (r.rcode != 0)
        return r.outcomeName();
    if (r.caa.isEmpty())
        return r.aliases.isEmpty() ? QStringLiteral("no CAA (NODATA)")
                                   : QCoreApplication::translate("DiagnosticsResult", "alias to %1, no CAA").arg(QString::fromLatin1(r.canonicalName()));
    return caaAnswersText(r.caa);
}

std::optional<quint32> soaSerial(const Dns::LookupResult &r)
{
    if (!r.isAnswered() || r.rcode != 0)
        return std::nullopt;
    for (const Dns::ResourceRecord &rr : r.records)
        if (const std::optional<Dns::SoaCounters> soa = Dns::soaCounters(rr))
            return soa->serial;
    return std::nullopt;
}

QString serialText(const ServerView &s)
{
    return s.serial ? QCoreApplication::translate("DiagnosticsResult", "serial %1").arg(*s.serial) : QCoreApplication::translate("DiagnosticsResult", "no SOA serial");
}

namespace {

// RFC 1982 serial arithmetic: is a newer than b?
bool serialNewer(quint32 a, quint32 b)
{
    return a != b && quint32(a - b) < 0x80000000u;
}

bool responded(ServerOutcome o)
{
    return o == ServerOutcome::Records || o == ServerOutcome::NoData || o == ServerOutcome::NxDomain;
}

QString outcomeSentence(const ServerView &s, const Dns::LookupResult &r)
{
    switch (classifyAuthoritative(r)) {
    case ServerOutcome::Timeout: return QCoreApplication::translate("DiagnosticsResult", "%1 did not answer (timeout)").arg(s.label());
    case ServerOutcome::Refused: return QCoreApplication::translate("DiagnosticsResult", "%1 refused the query (lame)").arg(s.label());
    case ServerOutcome::Lame:
        return r.rcode == 2 ? QCoreApplication::translate("DiagnosticsResult", "%1 answered SERVFAIL (lame)").arg(s.label())
                            : QCoreApplication::translate("DiagnosticsResult", "%1 answered without the AA bit (lame)").arg(s.label());
    case ServerOutcome::Failure: return QCoreApplication::translate("DiagnosticsResult", "%1 could not be asked (%2)").arg(s.label(), r.outcomeName());
    default: return QString();
    }
}

QString serversAnswer(qsizetype count)
{
    return count == 1 ? QCoreApplication::translate("DiagnosticsResult", "1 server answers") : QCoreApplication::translate("DiagnosticsResult", "%1 servers answer").arg(count);
}

} // namespace

QString agreementName(Agreement agreement)
{
    switch (agreement) {
    case Agreement::Consistent: return QStringLiteral("consistent");
    case Agreement::Differ: return QStringLiteral("differ");
    case Agreement::Incomplete: return QStringLiteral("incomplete");
    case Agreement::NoAnswer: return QStringLiteral("no-answer");
    }
    return QString();
}

void compareServers(ZoneDiagnosis &zone)
{
    zone.comparisons.clear();
    for (const QByteArray &name : std::as_const(zone.names)) {
        NameComparison c;
        c.name = name;
        QMap<QString, QList<const ServerView *>> bySignature;
        QStringList silent;
        for (const ServerView &s : std::as_const(zone.servers)) {
            const Dns::LookupResult r = s.caa.value(name);
            if (responded(classifyAuthoritative(r)))
                bySignature[answerSignature(r)] << &s;
            else
                silent << outcomeSentence(s, r);
        }
        if (bySignature.size() <= 1) {
            c.agreement = bySignature.isEmpty() ? Agreement::NoAnswer : silent.isEmpty() ? Agreement::Consistent : Agreement::Incomplete;
            if (bySignature.isEmpty()) {
                c.verdict = QCoreApplication::translate("DiagnosticsResult", "no server answered, nothing could be compared");
            } else {
                const auto &servers = bySignature.first();
                QStringList serials;
                for (const ServerView *s : servers)
                    if (s->serial && !serials.contains(QString::number(*s->serial)))
                        serials << QString::number(*s->serial);
                c.verdict = c.agreement == Agreement::Consistent
                                ? QCoreApplication::translate("DiagnosticsResult", "consistent: %1 %2").arg(serversAnswer(servers.size()), bySignature.firstKey())
                                : QCoreApplication::translate("DiagnosticsResult", "not all compared: %1 %2").arg(serversAnswer(servers.size()), bySignature.firstKey());
                if (serials.size() == 1)
                    c.verdict += QCoreApplication::translate("DiagnosticsResult", " (serial %1)").arg(serials.first());
                else if (serials.size() > 1)
                    c.verdict += QCoreApplication::translate("DiagnosticsResult", " (serials differ: %1, but the CAA answer is the same)").arg(serials.join(QStringLiteral(", ")));
            }
        } else {
            c.agreement = Agreement::Differ;
            // The answer of the server with the newest serial is the current one.
            const ServerView *newest = nullptr;
            for (const auto &servers : std::as_const(bySignature))
                for (const ServerView *s : servers)
                    if (s->serial && (!newest || !newest->serial || serialNewer(*s->serial, *newest->serial)))
                        newest = s;
            QString current = newest ? answerSignature(newest->caa.value(name)) : bySignature.firstKey();
            QStringList parts;
            for (auto it = bySignature.cbegin(); it != bySignature.cend(); ++it) {
                if (it.key() == current)
                    continue;
                for (const ServerView *s : it.value()) {
                    const bool older = newest && s->serial && newest->serial && serialNewer(*newest->serial, *s->serial);
                    parts << (older ? QCoreApplication::translate("DiagnosticsResult", "%1 still serves the old answer (%2): %3").arg(s->label(), serialText(*s), it.key())
                                    : QCoreApplication::translate("DiagnosticsResult", "%1 serves a different answer (%2): %3").arg(s->label(), serialText(*s), it.key()));
                }
            }
            QStringList currentServers;
            for (const ServerView *s : bySignature.value(current))
                currentServers << QStringLiteral("%1, %2").arg(s->label(), serialText(*s));
            c.verdict = parts.join(QStringLiteral("; ")) + QCoreApplication::translate("DiagnosticsResult", "; the current answer (%1): %2")
                                                                .arg(currentServers.join(QStringLiteral("; ")), current);
        }
        if (!silent.isEmpty())
            c.verdict += QCoreApplication::translate("DiagnosticsResult", " (not compared: %1)").arg(silent.join(QStringLiteral("; ")));
        c.consistent = c.agreement == Agreement::Consistent;
        zone.comparisons << c;
    }
}

QStringList compareResolverViews(const QList<ResolverView> &views)
{
    QStringList out;
    if (views.size() < 2)
        return out;
    const int levels = int(views.first().check.steps.size());
    for (int i = 0; i < levels; ++i) {
        QMap<QString, QStringList> bySignature;
        for (const ResolverView &v : views) {
            const Dns::LookupResult &r = v.check.steps.value(i);
            QString who = v.label;
            if (!r.caa.isEmpty())
                who += QCoreApplication::translate("DiagnosticsResult", ", TTL %1 s left").arg(std::min_element(r.caa.cbegin(), r.caa.cend(), [](const auto &a, const auto &b) {
                                                           return a.ttl < b.ttl;
                                                       })->ttl);
            bySignature[answerSignature(r)] << who;
        }
        if (bySignature.size() < 2)
            continue;
        QStringList parts;
        for (auto it = bySignature.cbegin(); it != bySignature.cend(); ++it)
            parts << QCoreApplication::translate("DiagnosticsResult", "%1 (%2)").arg(it.key(), it.value().join(QStringLiteral("; ")));
        out << QCoreApplication::translate("DiagnosticsResult", "at %1: %2")
                   .arg(QString::fromLatin1(views.first().check.name.climbNames().value(i)), parts.join(QCoreApplication::translate("DiagnosticsResult", " vs ")));
    }
    return out;
}

QList<Finding> diagnosticsFindings(const Diagnostics &diag)
{
    QList<Finding> out;
    for (const ZoneDiagnosis &zone : diag.zones) {
        if (!zone.problem.isEmpty()) {
            out << makeFinding(Severity::Warning, "zone-servers-not-asked", zone.problem,
                           QCoreApplication::translate("DiagnosticsResult", "Check the delegation (NS records at the parent and in the zone) and the nameservers' addresses."),
                           "RFC 8659 §3", zone.zone);
            continue;
        }
        for (const NameComparison &c : zone.comparisons) {
            if (c.agreement == Agreement::NoAnswer)
                out << makeFinding(Severity::Error, "authoritative-no-answer",
                               QCoreApplication::translate("DiagnosticsResult", "No nameserver of %1 answered for CAA at %2 (%3). A CA that meets the same gets a "
                                           "lookup failure and must refuse to issue.")
                                   .arg(QString::fromLatin1(zone.zone), QString::fromLatin1(c.name), c.verdict),
                               QCoreApplication::translate("DiagnosticsResult", "Check that the nameservers run and are reachable (firewalls, rate limits), then "
                                           "run the diagnostics again."),
                               "RFC 8659 §3; BR 2.2.8 §3.2.2.9, §4.2.2.1.1 (multi-perspective corroboration)", c.name);
            if (c.agreement == Agreement::Differ)
                out << makeFinding(Severity::Error, "authoritative-mismatch",
                               QCoreApplication::translate("DiagnosticsResult", "The nameservers of %1 disagree about CAA at %2: %3. CAs ask from several network "
                                           "perspectives (from 2026-12-15 at least five remote ones, of which only one, or two when six or more, "
                                           "may fail to corroborate) and may reach any of them, so they can see different answers.")
                                   .arg(QString::fromLatin1(zone.zone), QString::fromLatin1(c.name), c.verdict),
                               QCoreApplication::translate("DiagnosticsResult", "Make every nameserver serve the current zone (compare the SOA serials; check zone "
                                           "transfers and NOTIFY), then check again."),
                               "BR 2.2.8 §3.2.2.9, §4.2.2.1.1 (multi-perspective corroboration); RFC 8659 §3", c.name);
        }
        for (const ServerView &s : zone.servers) {
            QList<ServerOutcome> outcomes;
            for (const Dns::LookupResult &r : s.caa)
                if (r.status != Dns::LookupStatus::Cancelled) // a cancelled run says nothing about the server
                    outcomes << classifyAuthoritative(r);
            const bool allTimeout = !outcomes.isEmpty() && std::all_of(outcomes.cbegin(), outcomes.cend(), [](ServerOutcome o) {
                return o == ServerOutcome::Timeout || o == ServerOutcome::Failure;
            });
            const bool anyLame = std::any_of(outcomes.cbegin(), outcomes.cend(), [](ServerOutcome o) {
                return o == ServerOutcome::Refused || o == ServerOutcome::Lame;
            });
            const bool ipv6 = s.address.contains(u':');
            const bool anyTimeout = std::any_of(outcomes.cbegin(), outcomes.cend(), [](ServerOutcome o) { return o == ServerOutcome::Timeout; });
            if (allTimeout && ipv6 && !anyTimeout) {
                // Refused at once over IPv6 is what a machine without an IPv6 route sees.
                out << makeFinding(Severity::Info, "nameserver-not-reached-ipv6",
                                   QCoreApplication::translate("DiagnosticsResult", "%1 could not be reached over IPv6 from this machine. If this machine has no IPv6 "
                                               "connectivity, that says nothing about the server; CAs with IPv6 will ask it.")
                                       .arg(s.label()),
                                   QCoreApplication::translate("DiagnosticsResult", "Run the diagnostics from a machine with IPv6 to compare this address too."), "RFC 8659 §3",
                                   zone.zone);
            } else if (allTimeout) {
                out << makeFinding(Severity::Warning, "nameserver-unreachable",
                               QCoreApplication::translate("DiagnosticsResult", "%1, a nameserver of %2, did not answer. CAs ask from several network perspectives "
                                           "and may reach this server; one that does gets a lookup failure and must refuse to "
                                           "issue. The other servers were still compared.")
                                   .arg(s.label(), QString::fromLatin1(zone.zone)),
                               QCoreApplication::translate("DiagnosticsResult", "Bring the server back or remove it from the NS records (at the parent too)."),
                               "RFC 8659 §3; BR 2.2.8 §4.2.2.1, §3.2.2.9", zone.zone);
            } else if (anyLame) {
                out << makeFinding(Severity::Warning, "nameserver-lame",
                               QCoreApplication::translate("DiagnosticsResult", "%1 is listed as a nameserver of %2 but does not answer for it with authority (lame delegation).")
                                   .arg(s.label(), QString::fromLatin1(zone.zone)),
                               QCoreApplication::translate("DiagnosticsResult", "Configure the zone on that server, or remove it from the NS records."), "RFC 1912 §2.8",
                               zone.zone);
            }
        }
    }
    for (const DnssecLevel &level : diag.dnssec) {
        if (level.state == DnssecState::Bogus)
            out << makeFinding(Severity::Error, "dnssec-bogus", level.explanation + u' ' + dnssecRuleText(),
                           QCoreApplication::translate("DiagnosticsResult", "Fix the zone's signatures or the DS record at the parent (DNSViz shows where the chain "
                                       "breaks), or remove the DS to go unsigned on purpose."),
                           "BR 2.2.8 §4.2.2.1.3; RFC 4035 §5.5", level.name);
        else if (level.state == DnssecState::ServerFailure)
            out << makeFinding(Severity::Error, "nameservers-fail", level.explanation,
                           QCoreApplication::translate("DiagnosticsResult", "Ask the DNS operator: the zone's nameservers fail for this name."), "RFC 8659 §3", level.name);
    }
    for (const QString &d : diag.resolverDisagreements)
        out << makeFinding(Severity::Warning, "resolver-disagreement",
                       QCoreApplication::translate("DiagnosticsResult", "The resolvers give different answers %1. A resolver keeps an answer until its TTL runs out, so "
                                   "a recent change reaches them at different times; CAs use their own resolvers.")
                           .arg(d),
                       QCoreApplication::translate("DiagnosticsResult", "Wait for the TTL shown to run out, or compare the authoritative servers to see which answer is current."),
                       "RFC 8659 §5.4", QByteArray());
    return out;
}

} // namespace Caa
