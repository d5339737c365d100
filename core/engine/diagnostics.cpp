#include "engine/diagnostics.h"

#include "engine/checkjob.h"
#include "report/markdown.h"

#include <QCoreApplication>
#include <QMap>
#include <QJsonArray>
#include <QTextStream>

#include <arpa/inet.h>

#include <algorithm>
#include <functional>

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
    return QObject::tr("Since 2026-03-15 a CA must DNSSEC-validate its CAA lookups, and a validation failure is never "
                       "permission to issue (Baseline Requirements §3.2.2.8.1).");
}

namespace {

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
                                   : QStringLiteral("alias to %1, no CAA").arg(QString::fromLatin1(r.canonicalName()));
    return caaAnswersText(r.caa);
}

std::optional<quint32> soaSerial(const Dns::LookupResult &r)
{
    if (!r.isAnswered() || r.rcode != 0)
        return std::nullopt;
    for (const Dns::ResourceRecord &rr : r.records) {
        // SOA RDATA ends with SERIAL REFRESH RETRY EXPIRE MINIMUM (RFC 1035 §3.3.13).
        if (rr.type == Dns::Type::SOA && rr.rdata.size() >= 22) {
            const qsizetype at = rr.rdata.size() - 20;
            return (quint32(quint8(rr.rdata[at])) << 24) | (quint32(quint8(rr.rdata[at + 1])) << 16)
                   | (quint32(quint8(rr.rdata[at + 2])) << 8) | quint32(quint8(rr.rdata[at + 3]));
        }
    }
    return std::nullopt;
}

// RFC 1982 serial arithmetic: is a newer than b?
bool serialNewer(quint32 a, quint32 b)
{
    return a != b && quint32(a - b) < 0x80000000u;
}

QString serialText(const ServerView &s)
{
    return s.serial ? QObject::tr("serial %1").arg(*s.serial) : QObject::tr("no SOA serial");
}

bool responded(ServerOutcome o)
{
    return o == ServerOutcome::Records || o == ServerOutcome::NoData || o == ServerOutcome::NxDomain;
}

QString outcomeSentence(const ServerView &s, const Dns::LookupResult &r)
{
    switch (classifyAuthoritative(r)) {
    case ServerOutcome::Timeout: return QObject::tr("%1 did not answer (timeout)").arg(s.label());
    case ServerOutcome::Refused: return QObject::tr("%1 refused the query (lame)").arg(s.label());
    case ServerOutcome::Lame:
        return r.rcode == 2 ? QObject::tr("%1 answered SERVFAIL (lame)").arg(s.label())
                            : QObject::tr("%1 answered without the AA bit (lame)").arg(s.label());
    case ServerOutcome::Failure: return QObject::tr("%1 could not be asked (%2)").arg(s.label(), r.outcomeName());
    default: return QString();
    }
}

QString serversAnswer(qsizetype count)
{
    return count == 1 ? QObject::tr("1 server answers") : QObject::tr("%1 servers answer").arg(count);
}

QString resolverLabel(const Dns::ResolverOptions &options)
{
    if (options.servers.isEmpty())
        return QObject::tr("system resolver");
    QStringList parts;
    for (const Dns::ServerAddress &s : options.servers)
        parts << s.toString();
    return parts.join(QStringLiteral(", "));
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
                c.verdict = QObject::tr("no server answered, nothing could be compared");
            } else {
                const auto &servers = bySignature.first();
                QStringList serials;
                for (const ServerView *s : servers)
                    if (s->serial && !serials.contains(QString::number(*s->serial)))
                        serials << QString::number(*s->serial);
                c.verdict = c.agreement == Agreement::Consistent
                                ? QObject::tr("consistent: %1 %2").arg(serversAnswer(servers.size()), bySignature.firstKey())
                                : QObject::tr("not all compared: %1 %2").arg(serversAnswer(servers.size()), bySignature.firstKey());
                if (serials.size() == 1)
                    c.verdict += QObject::tr(" (serial %1)").arg(serials.first());
                else if (serials.size() > 1)
                    c.verdict += QObject::tr(" (serials differ: %1, but the CAA answer is the same)").arg(serials.join(QStringLiteral(", ")));
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
                    parts << (older ? QObject::tr("%1 still serves the old answer (%2): %3").arg(s->label(), serialText(*s), it.key())
                                    : QObject::tr("%1 serves a different answer (%2): %3").arg(s->label(), serialText(*s), it.key()));
                }
            }
            QStringList currentServers;
            for (const ServerView *s : bySignature.value(current))
                currentServers << QStringLiteral("%1, %2").arg(s->label(), serialText(*s));
            c.verdict = parts.join(QStringLiteral("; ")) + QObject::tr("; the current answer (%1): %2")
                                                                .arg(currentServers.join(QStringLiteral("; ")), current);
        }
        if (!silent.isEmpty())
            c.verdict += QObject::tr(" (not compared: %1)").arg(silent.join(QStringLiteral("; ")));
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
                who += QObject::tr(", TTL %1 s left").arg(std::min_element(r.caa.cbegin(), r.caa.cend(), [](const auto &a, const auto &b) {
                                                           return a.ttl < b.ttl;
                                                       })->ttl);
            bySignature[answerSignature(r)] << who;
        }
        if (bySignature.size() < 2)
            continue;
        QStringList parts;
        for (auto it = bySignature.cbegin(); it != bySignature.cend(); ++it)
            parts << QObject::tr("%1 (%2)").arg(it.key(), it.value().join(QStringLiteral("; ")));
        out << QObject::tr("at %1: %2")
                   .arg(QString::fromLatin1(views.first().check.name.climbNames().value(i)), parts.join(QObject::tr(" vs ")));
    }
    return out;
}

QList<Finding> diagnosticsFindings(const Diagnostics &diag)
{
    QList<Finding> out;
    for (const ZoneDiagnosis &zone : diag.zones) {
        if (!zone.problem.isEmpty()) {
            out << makeFinding(Severity::Warning, "zone-servers-not-asked", zone.problem,
                           QObject::tr("Check the delegation (NS records at the parent and in the zone) and the nameservers' addresses."),
                           "RFC 8659 §3", zone.zone);
            continue;
        }
        for (const NameComparison &c : zone.comparisons) {
            if (c.agreement == Agreement::NoAnswer)
                out << makeFinding(Severity::Error, "authoritative-no-answer",
                               QObject::tr("No nameserver of %1 answered for CAA at %2 (%3). A CA that meets the same gets a "
                                           "lookup failure and must refuse to issue.")
                                   .arg(QString::fromLatin1(zone.zone), QString::fromLatin1(c.name), c.verdict),
                               QObject::tr("Check that the nameservers run and are reachable (firewalls, rate limits), then "
                                           "run the diagnostics again."),
                               "RFC 8659 §3; BR §3.2.2.9 (multi-perspective corroboration)", c.name);
            if (c.agreement == Agreement::Differ)
                out << makeFinding(Severity::Error, "authoritative-mismatch",
                               QObject::tr("The nameservers of %1 disagree about CAA at %2: %3. CAs ask from several network "
                                           "perspectives and may reach any of them, so they can see different answers.")
                                   .arg(QString::fromLatin1(zone.zone), QString::fromLatin1(c.name), c.verdict),
                               QObject::tr("Make every nameserver serve the current zone (compare the SOA serials; check zone "
                                           "transfers and NOTIFY), then check again."),
                               "BR §3.2.2.9 (multi-perspective corroboration); RFC 8659 §3", c.name);
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
                                   QObject::tr("%1 could not be reached over IPv6 from this machine. If this machine has no IPv6 "
                                               "connectivity, that says nothing about the server; CAs with IPv6 will ask it.")
                                       .arg(s.label()),
                                   QObject::tr("Run the diagnostics from a machine with IPv6 to compare this address too."), "RFC 8659 §3",
                                   zone.zone);
            } else if (allTimeout) {
                out << makeFinding(Severity::Warning, "nameserver-unreachable",
                               QObject::tr("%1, a nameserver of %2, did not answer. CAs ask from several network perspectives "
                                           "and may reach this server; one that does gets a lookup failure and must refuse to "
                                           "issue. The other servers were still compared.")
                                   .arg(s.label(), QString::fromLatin1(zone.zone)),
                               QObject::tr("Bring the server back or remove it from the NS records (at the parent too)."),
                               "RFC 8659 §3; BR §3.2.2.8, §3.2.2.9", zone.zone);
            } else if (anyLame) {
                out << makeFinding(Severity::Warning, "nameserver-lame",
                               QObject::tr("%1 is listed as a nameserver of %2 but does not answer for it with authority (lame delegation).")
                                   .arg(s.label(), QString::fromLatin1(zone.zone)),
                               QObject::tr("Configure the zone on that server, or remove it from the NS records."), "RFC 1912 §2.8",
                               zone.zone);
            }
        }
    }
    for (const DnssecLevel &level : diag.dnssec) {
        if (level.state == DnssecState::Bogus)
            out << makeFinding(Severity::Error, "dnssec-bogus", level.explanation + u' ' + dnssecRuleText(),
                           QObject::tr("Fix the zone's signatures or the DS record at the parent (DNSViz shows where the chain "
                                       "breaks), or remove the DS to go unsigned on purpose."),
                           "BR §3.2.2.8.1; RFC 4035 §5.5", level.name);
        else if (level.state == DnssecState::ServerFailure)
            out << makeFinding(Severity::Error, "nameservers-fail", level.explanation,
                           QObject::tr("Ask the DNS operator: the zone's nameservers fail for this name."), "RFC 8659 §3", level.name);
    }
    for (const QString &d : diag.resolverDisagreements)
        out << makeFinding(Severity::Warning, "resolver-disagreement",
                       QObject::tr("The resolvers give different answers %1. A resolver keeps an answer until its TTL runs out, so "
                                   "a recent change reaches them at different times; CAs use their own resolvers.")
                           .arg(d),
                       QObject::tr("Wait for the TTL shown to run out, or compare the authoritative servers to see which answer is current."),
                       "RFC 8659 §5.4", QByteArray());
    return out;
}

struct DiagnosticsJob::Private
{
    using Callback = std::function<void(const Dns::LookupResult &)>;

    DiagnosticsJob *q;
    Dns::ResolverOptions resolverOptions;
    DiagnosticsOptions options;
    CheckResult check;
    Diagnostics diag;
    std::unique_ptr<Dns::AresResolver> cdResolver;
    std::vector<std::unique_ptr<Dns::AresResolver>> extra; // direct and comparison resolvers
    std::vector<std::unique_ptr<CheckJob>> compareJobs;
    QHash<QPair<Dns::LookupService *, quint64>, Callback> callbacks;
    int outstanding = 0;
    int step = 0;
    bool started = false;
    bool finished = false;
    QHash<QByteArray, QByteArray> zoneOf;  // climbed name → zone apex
    QList<QByteArray> inheritsZone;        // names with a CNAME: in their parent's zone
    QHash<QByteArray, QList<QString>> addressesOf; // NS host → addresses

    Dns::AresResolver *makeResolver(const Dns::ResolverOptions &o)
    {
        extra.push_back(std::make_unique<Dns::AresResolver>(o));
        Dns::AresResolver *r = extra.back().get();
        connect(r);
        return r;
    }
    void connect(Dns::AresResolver *r)
    {
        QObject::connect(r, &Dns::LookupService::finished, q, [this, r](quint64 ticket, const Dns::LookupResult &result) {
            const Callback cb = callbacks.take({r, ticket});
            if (!cb)
                return;
            cb(result);
            done();
        });
    }
    void ask(Dns::AresResolver *r, const QByteArray &name, quint16 type, Callback cb)
    {
        ++outstanding;
        callbacks.insert({r, r->lookup(name, type)}, std::move(cb));
    }
    void done()
    {
        if (--outstanding == 0 && !finished)
            advance();
    }
    // Servers asked directly, with how many of their lookups are still out: when one is
    // done, progress names the ones still being waited for (a dead server is the slow part).
    QMap<QString, int> waitingFor;
    void answeredBy(const QString &label)
    {
        auto it = waitingFor.find(label);
        if (it == waitingFor.end() || --*it > 0)
            return;
        waitingFor.erase(it);
        if (waitingFor.isEmpty())
            return;
        QStringList names = waitingFor.keys();
        const int more = int(names.size()) - 3;
        if (more > 0)
            names = names.mid(0, 3) << QObject::tr("%n more", nullptr, more);
        Q_EMIT q->progress(QObject::tr("Waiting for %1…").arg(names.join(QStringLiteral(", "))));
    }
    void advance();
    void startDnssecAndZones();
    void askNameservers();
    void askAddresses();
    void askServersDirectly();
    void finish();
};

void DiagnosticsJob::Private::startDnssecAndZones()
{
    Q_EMIT q->progress(QObject::tr("Finding the zones and checking DNSSEC…"));
    const QList<QByteArray> names = check.name.climbNames();
    for (int i = 0; i < names.size(); ++i) {
        const Dns::LookupResult &r = check.steps.value(i);
        DnssecLevel level;
        level.name = names[i];
        if (r.isAnswered() && r.rcode == 2) {
            const int index = int(diag.dnssec.size());
            ask(cdResolver.get(), names[i], Dns::Type::CAA, [this, index](const Dns::LookupResult &cd) {
                DnssecLevel &l = diag.dnssec[index];
                if (cd.isAnswered() && (cd.rcode == 0 || cd.rcode == 3)) {
                    l.state = DnssecState::Bogus;
                    l.explanation = QObject::tr("DNSSEC validation fails for %1: the resolver answers SERVFAIL, but with checking "
                                                "disabled (CD=1) it gets %2 — the signatures or the chain of trust are broken.")
                                        .arg(QString::fromLatin1(l.name), cd.rcode == 3 ? QStringLiteral("NXDOMAIN") : answerSignature(cd));
                } else {
                    l.state = DnssecState::ServerFailure;
                    l.explanation = QObject::tr("The nameservers fail for %1: SERVFAIL with and without DNSSEC checking (CD=1 gave %2).")
                                        .arg(QString::fromLatin1(l.name), cd.outcomeName());
                }
            });
        } else if (r.isAnswered() && (r.rcode == 0 || r.rcode == 3)) {
            level.state = r.authenticated ? DnssecState::Secure : DnssecState::Insecure;
            level.explanation = r.authenticated ? QObject::tr("validated by the resolver (AD)")
                                                : QObject::tr("not validated (no AD): unsigned, or the resolver does not validate");
        } else {
            level.state = DnssecState::Unknown;
            level.explanation = QObject::tr("no answer to judge (%1)").arg(r.outcomeName());
        }
        diag.dnssec << level;

        if (options.authoritative) {
            const QByteArray name = names[i];
            ask(cdResolver.get(), name, Dns::Type::SOA, [this, name](const Dns::LookupResult &soa) {
                const Dns::ParseResult parsed = Dns::parseMessage(soa.rawReply);
                if (!soa.isAnswered() || !parsed.ok())
                    return;
                for (const Dns::ResourceRecord &rr : parsed.message.answers) {
                    if ((rr.type == Dns::Type::CNAME || rr.type == Dns::Type::DNAME) && rr.owner.compare(name, Qt::CaseInsensitive) == 0) {
                        inheritsZone << name; // an alias owner is never an apex: it lives in its parent's zone
                        return;
                    }
                    if (rr.type == Dns::Type::SOA && rr.owner.compare(name, Qt::CaseInsensitive) == 0) {
                        zoneOf.insert(name, name.toLower());
                        return;
                    }
                }
                for (const Dns::ResourceRecord &rr : parsed.message.authorities)
                    if (rr.type == Dns::Type::SOA) {
                        QByteArray apex = rr.owner.toLower();
                        if (apex.endsWith('.'))
                            apex.chop(1);
                        zoneOf.insert(name, apex);
                        return;
                    }
            });
        }
    }
    for (const Dns::ServerAddress &server : std::as_const(options.compareResolvers)) {
        Dns::ResolverOptions o = resolverOptions;
        o.servers = {server};
        extra.push_back(std::make_unique<Dns::AresResolver>(o));
        auto job = std::make_unique<CheckJob>(extra.back().get(), check.name);
        CheckJob *raw = job.get();
        const QString label = server.toString();
        ++outstanding;
        QObject::connect(raw, &CheckJob::finished, q, [this, label](const CheckResult &result) {
            diag.resolvers << ResolverView{label, result};
            done();
        });
        compareJobs.push_back(std::move(job));
        raw->start();
    }
}

void DiagnosticsJob::Private::askNameservers()
{
    const QList<QByteArray> names = check.name.climbNames();
    // Names behind an alias belong to their parent's zone (the next level up).
    for (int i = int(names.size()) - 1; i >= 0; --i)
        if (inheritsZone.contains(names[i]) && i + 1 < names.size() && zoneOf.contains(names[i + 1]))
            zoneOf.insert(names[i], zoneOf.value(names[i + 1]));
    for (const QByteArray &name : names) {
        if (!zoneOf.contains(name)) {
            ZoneDiagnosis unknown;
            unknown.zone = name;
            unknown.names = {name};
            unknown.problem = QObject::tr("The zone of %1 could not be found: its SOA lookup through the resolver failed.")
                                  .arg(QString::fromLatin1(name));
            diag.zones << unknown;
            continue;
        }
        const QByteArray zone = zoneOf.value(name);
        auto it = std::find_if(diag.zones.begin(), diag.zones.end(), [&](const ZoneDiagnosis &z) { return z.zone == zone && z.problem.isEmpty(); });
        if (it == diag.zones.end()) {
            ZoneDiagnosis z;
            z.zone = zone;
            diag.zones << z;
            it = diag.zones.end() - 1;
        }
        it->names << name;
    }
    Q_EMIT q->progress(QObject::tr("Asking for the nameservers of %n zone(s)…", nullptr, int(diag.zones.size())));
    for (int z = 0; z < diag.zones.size(); ++z) {
        if (!diag.zones[z].problem.isEmpty())
            continue;
        ask(cdResolver.get(), diag.zones[z].zone, Dns::Type::NS, [this, z](const Dns::LookupResult &ns) {
            ZoneDiagnosis &zone = diag.zones[z];
            for (const Dns::ResourceRecord &rr : ns.records)
                if (rr.type == Dns::Type::NS && !zone.nameservers.contains(rr.target.toLower()))
                    zone.nameservers << rr.target.toLower();
            std::sort(zone.nameservers.begin(), zone.nameservers.end());
            if (zone.nameservers.isEmpty())
                zone.problem = QObject::tr("No NS records for %1 could be read through the resolver (%2).")
                                   .arg(QString::fromLatin1(zone.zone), ns.outcomeName());
        });
    }
}

void DiagnosticsJob::Private::askAddresses()
{
    QList<QByteArray> hosts;
    for (const ZoneDiagnosis &z : std::as_const(diag.zones))
        for (const QByteArray &h : z.nameservers)
            if (!hosts.contains(h))
                hosts << h;
    Q_EMIT q->progress(QObject::tr("Finding the addresses of %n nameserver(s)…", nullptr, int(hosts.size())));
    for (const QByteArray &host : std::as_const(hosts)) {
        QByteArray name = host;
        if (name.endsWith('.'))
            name.chop(1);
        for (const quint16 type : {Dns::Type::A, Dns::Type::AAAA}) {
            ask(cdResolver.get(), name, type, [this, host, type](const Dns::LookupResult &r) {
                for (const Dns::ResourceRecord &rr : r.records) {
                    if (rr.type != type)
                        continue;
                    char text[INET6_ADDRSTRLEN] = {};
                    if (type == Dns::Type::A && rr.rdata.size() == 4)
                        inet_ntop(AF_INET, rr.rdata.constData(), text, sizeof text);
                    else if (type == Dns::Type::AAAA && rr.rdata.size() == 16)
                        inet_ntop(AF_INET6, rr.rdata.constData(), text, sizeof text);
                    const QString address = QString::fromLatin1(text);
                    if (!address.isEmpty() && !addressesOf[host].contains(address))
                        addressesOf[host] << address;
                }
            });
        }
    }
}

void DiagnosticsJob::Private::askServersDirectly()
{
    int count = 0;
    for (int z = 0; z < diag.zones.size(); ++z) {
        ZoneDiagnosis &zone = diag.zones[z];
        if (!zone.problem.isEmpty())
            continue;
        for (const QByteArray &host : std::as_const(zone.nameservers)) {
            const QList<QString> addresses = addressesOf.value(host);
            if (addresses.isEmpty()) {
                ServerView s;
                s.host = host.endsWith('.') ? host.chopped(1) : host;
                s.address = QObject::tr("no address");
                for (const QByteArray &name : std::as_const(zone.names)) {
                    Dns::LookupResult none;
                    none.name = name;
                    none.status = Dns::LookupStatus::NoServers;
                    none.errorMessage = QObject::tr("the resolver gave no A or AAAA record for %1").arg(QString::fromLatin1(s.host));
                    s.caa.insert(name, none);
                }
                zone.servers << s;
                continue;
            }
            for (const QString &address : addresses) {
                const int index = int(zone.servers.size());
                ServerView s;
                s.host = host.endsWith('.') ? host.chopped(1) : host;
                s.address = address;
                zone.servers << s;
                Dns::ResolverOptions direct;
                direct.servers = {Dns::ServerAddress{address, address.contains(u':'), options.nameserverPort}};
                direct.recursionDesired = false;
                direct.timeoutMs = options.timeoutMs;
                Dns::AresResolver *r = makeResolver(direct);
                ++count;
                const QString label = QStringLiteral("%1 (%2)").arg(QString::fromLatin1(s.host), address);
                waitingFor[label] += 1 + int(zone.names.size());
                ask(r, zone.zone, Dns::Type::SOA, [this, z, index, label](const Dns::LookupResult &soa) {
                    ServerView &view = diag.zones[z].servers[index];
                    view.soa = soa;
                    view.serial = soaSerial(soa);
                    answeredBy(label);
                });
                for (const QByteArray &name : std::as_const(zone.names))
                    ask(r, name, Dns::Type::CAA, [this, z, index, name, label](const Dns::LookupResult &caa) {
                        diag.zones[z].servers[index].caa.insert(name, caa);
                        answeredBy(label);
                    });
            }
        }
    }
    Q_EMIT q->progress(QObject::tr("Asking %n nameserver address(es) directly…", nullptr, count));
}

void DiagnosticsJob::Private::advance()
{
    // Each step runs when every lookup of the one before has answered.
    while (outstanding == 0 && !finished) {
        switch (step++) {
        case 0: startDnssecAndZones(); break;
        case 1: if (options.authoritative) askNameservers(); break;
        case 2: if (options.authoritative) askAddresses(); break;
        case 3: if (options.authoritative) askServersDirectly(); break;
        default: finish(); return;
        }
    }
}

void DiagnosticsJob::Private::finish()
{
    finished = true;
    diag.authoritativeAsked = options.authoritative;
    for (ZoneDiagnosis &z : diag.zones)
        if (z.problem.isEmpty())
            compareServers(z);
    if (!diag.resolvers.isEmpty()) {
        // The check's own resolver first, then the others in the order given.
        QList<ResolverView> ordered{ResolverView{resolverLabel(resolverOptions), check}};
        for (const Dns::ServerAddress &s : std::as_const(options.compareResolvers))
            for (const ResolverView &v : std::as_const(diag.resolvers))
                if (v.label == s.toString())
                    ordered << v;
        diag.resolvers = ordered;
        diag.resolverDisagreements = compareResolverViews(diag.resolvers);
    }
    diag.findings = diagnosticsFindings(diag);
    Q_EMIT q->finished(diag);
}

DiagnosticsJob::DiagnosticsJob(const Dns::ResolverOptions &resolverOptions, const CheckResult &check, const DiagnosticsOptions &options,
                               QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->q = this;
    d->resolverOptions = resolverOptions;
    d->options = options;
    d->check = check;
    d->diag.name = check.name;
    // Zone cuts, NS and addresses are found with checking disabled (CD=1), so that the
    // servers of a zone whose signatures are broken can still be asked and compared.
    Dns::ResolverOptions cd = resolverOptions;
    cd.checkingDisabled = true;
    d->cdResolver = std::make_unique<Dns::AresResolver>(cd);
    d->connect(d->cdResolver.get());
}

DiagnosticsJob::~DiagnosticsJob()
{
    d->compareJobs.clear(); // before the resolvers they use
}

void DiagnosticsJob::start()
{
    if (d->started)
        return;
    d->started = true;
    d->advance();
}

void DiagnosticsJob::cancel()
{
    if (d->finished)
        return;
    d->finished = true;
    d->callbacks.clear();
    for (auto &job : d->compareJobs)
        job->disconnect(this);
    // Report what was gathered: servers that had not answered yet say so.
    d->diag.authoritativeAsked = d->options.authoritative && d->step > 1;
    for (ZoneDiagnosis &z : d->diag.zones) {
        if (!z.problem.isEmpty())
            continue;
        for (ServerView &server : z.servers) {
            for (const QByteArray &name : std::as_const(z.names)) {
                if (server.caa.contains(name))
                    continue;
                Dns::LookupResult pending;
                pending.name = name;
                pending.status = Dns::LookupStatus::Cancelled;
                pending.errorMessage = QCoreApplication::translate("DiagnosticsJob", "cancelled before this server answered");
                server.caa.insert(name, pending);
            }
        }
        compareServers(z);
    }
    d->diag.findings = diagnosticsFindings(d->diag);
    Q_EMIT finished(d->diag);
}

bool DiagnosticsJob::isFinished() const { return d->finished; }
const Diagnostics &DiagnosticsJob::result() const { return d->diag; }

} // namespace Caa

namespace Caa {

namespace {

QString serverAnswerCell(const Dns::LookupResult &r)
{
    switch (classifyAuthoritative(r)) {
    case ServerOutcome::Records: return caaAnswersText(r.caa);
    case ServerOutcome::NoData: return QStringLiteral("NODATA");
    case ServerOutcome::NxDomain: return QStringLiteral("NXDOMAIN");
    case ServerOutcome::Refused: return QStringLiteral("REFUSED");
    case ServerOutcome::Lame: return r.rcode == 2 ? QStringLiteral("SERVFAIL (lame)") : QStringLiteral("no AA (lame)");
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
            t << "  [" << severityName(f.severity) << "] " << f.message << (f.fix.isEmpty() ? QString() : QStringLiteral(" Fix: ") + f.fix)
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
                      ? QStringLiteral("relevant set at %1: %2").arg(code(QString::fromLatin1(v.check.relevantName()), false), text(caaAnswersText(v.check.relevantRecords())))
                      : v.check.verdict == ClimbVerdict::NoRecords ? QStringLiteral("no CAA records") : QStringLiteral("lookup failure"))
              << "\n";
        for (const QString &dis : diag.resolverDisagreements)
            t << "- ✘ " << text(dis) << "\n";
        t << "\n";
    }
    for (const Finding &f : diag.findings)
        t << "- **" << severityName(f.severity) << "** " << text(f.message) << (f.fix.isEmpty() ? QString() : QStringLiteral(" *Fix:* ") + text(f.fix))
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
