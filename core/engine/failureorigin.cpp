#include "engine/failureorigin.h"

#include "engine/diagnosticsresult.h"

#include <QCoreApplication>
#include <QTimer>

#include <arpa/inet.h>

#include <algorithm>
#include <utility>

namespace Caa {

namespace {

QByteArray normalName(QByteArray name)
{
    name = name.toLower();
    if (name.endsWith('.') && name.size() > 1)
        name.chop(1);
    return name;
}

QByteArray parentOf(const QByteArray &name)
{
    const qsizetype dot = name.indexOf('.');
    return dot < 0 ? QByteArray() : name.mid(dot + 1);
}

bool isBelowOrAt(const QByteArray &name, const QByteArray &zone)
{
    return name == zone || name.endsWith('.' + zone);
}

// A failure that a resolver may cause while the zone's servers are fine.
bool probeable(const Dns::LookupResult &r)
{
    switch (r.status) {
    case Dns::LookupStatus::Answered:
        return r.rcode == Dns::Rcode::ServFail || r.rcode == Dns::Rcode::Refused || r.rcode == Dns::Rcode::FormErr
               || r.rcode == Dns::Rcode::NotImp;
    case Dns::LookupStatus::Timeout:
    case Dns::LookupStatus::Truncated:
    case Dns::LookupStatus::ConnectionRefused:
    case Dns::LookupStatus::NetworkError:
        return true;
    default:
        return false;
    }
}

bool unreachable(const Dns::LookupResult &r)
{
    return r.status == Dns::LookupStatus::Timeout || r.status == Dns::LookupStatus::ConnectionRefused
           || r.status == Dns::LookupStatus::NetworkError || r.status == Dns::LookupStatus::NoServers
           || r.status == Dns::LookupStatus::Cancelled;
}

QString deadlineText(const QByteArray &name, int seconds)
{
    return QCoreApplication::translate("FailureOrigin", "The servers of %1 did not answer within %n second(s).", nullptr, seconds)
        .arg(QString::fromLatin1(name));
}

QString answerText(const OriginAnswer &s)
{
    const Dns::LookupResult &r = s.answer;
    switch (classifyAuthoritative(r)) {
    case ServerOutcome::Timeout: return QCoreApplication::translate("FailureOrigin", "%1 did not answer").arg(s.label());
    case ServerOutcome::Refused: return QCoreApplication::translate("FailureOrigin", "%1 answered REFUSED").arg(s.label());
    case ServerOutcome::Lame:
        return r.rcode == Dns::Rcode::ServFail ? QCoreApplication::translate("FailureOrigin", "%1 answered SERVFAIL").arg(s.label())
                                               : QCoreApplication::translate("FailureOrigin", "%1 answered without the AA bit (not authoritative)").arg(s.label());
    case ServerOutcome::Failure: return QCoreApplication::translate("FailureOrigin", "%1 could not be asked (%2)").arg(s.label(), r.outcomeName());
    default: return QCoreApplication::translate("FailureOrigin", "%1 answered %2").arg(s.label(), answerSignature(r));
    }
}

} // namespace

QString failureOriginName(FailureOrigin origin)
{
    switch (origin) {
    case FailureOrigin::Resolver: return QStringLiteral("resolver");
    case FailureOrigin::Domain: return QStringLiteral("domain");
    case FailureOrigin::Undetermined: return QStringLiteral("undetermined");
    }
    return QString();
}

QString failureOriginWords(FailureOrigin origin)
{
    switch (origin) {
    case FailureOrigin::Resolver: return QCoreApplication::translate("FailureOrigin", "the resolver's failure: the domain's servers answer");
    case FailureOrigin::Domain: return QCoreApplication::translate("FailureOrigin", "the domain's failure: its servers fail too");
    case FailureOrigin::Undetermined: return QCoreApplication::translate("FailureOrigin", "origin undetermined: the domain's servers could not be reached");
    }
    return QString();
}

QString OriginAnswer::label() const
{
    return QStringLiteral("%1 (%2)").arg(QString::fromLatin1(host), address);
}

const LevelOrigin *FailureOriginReport::level(int index) const
{
    for (const LevelOrigin &l : levels)
        if (l.index == index)
            return &l;
    return nullptr;
}

bool originCanBeProbed(const CheckResult &check)
{
    return check.verdict == ClimbVerdict::Failure && check.decidingIndex >= 0 && check.decidingIndex < check.steps.size()
           && probeable(check.steps[check.decidingIndex]);
}

FailureOrigin classifyLevelOrigin(const QList<OriginAnswer> &servers)
{
    QStringList signatures;
    bool reached = false;
    for (const OriginAnswer &s : servers) {
        if (unreachable(s.answer))
            continue;
        reached = true;
        switch (classifyAuthoritative(s.answer)) {
        case ServerOutcome::Records:
        case ServerOutcome::NoData:
        case ServerOutcome::NxDomain: break;
        default: return FailureOrigin::Domain;
        }
        const QString signature = answerSignature(s.answer);
        if (!signatures.isEmpty() && !signatures.contains(signature))
            return FailureOrigin::Domain;
        signatures << signature;
    }
    return reached ? FailureOrigin::Resolver : FailureOrigin::Undetermined;
}

QString failureOriginAdvice(const FailureOriginReport &report)
{
    const int index = report.origin == FailureOrigin::Resolver || report.likelyClimb.verdict != ClimbVerdict::Failure
                          ? report.failedIndex
                          : report.likelyClimb.decidingIndex;
    const LevelOrigin *level = report.level(index);
    if (!level)
        level = report.level(report.failedIndex);
    const QString name = level ? QString::fromLatin1(level->name) : QString();
    switch (report.origin) {
    case FailureOrigin::Resolver: {
        QStringList answered;
        if (level)
            for (const OriginAnswer &s : level->servers)
                if (!unreachable(s.answer))
                    answered << s.label();
        if (answered.isEmpty() && level && !level->compared.isEmpty()) {
            QStringList others;
            for (const ComparedResolver &c : level->compared)
                others << c.resolver;
            return QCoreApplication::translate("FailureOrigin", "Your resolver %1 does not answer CAA queries for %2, but the other resolvers asked (%3) do; the domain's "
                                               "own servers could not be reached from here. The domain is most likely fine: pick another resolver "
                                               "(the Resolver box in the window, --server on the command line) to check as a CA would.")
                .arg(report.resolver, name, others.join(QStringLiteral(", ")));
        }
        return QCoreApplication::translate("FailureOrigin", "Your resolver %1 does not answer CAA queries for %2, but the domain's own servers (%3) do: the domain is fine. "
                  "A CA asks from its own resolvers; pick another resolver (the Resolver box in the window, --server on the command line) to check as a CA would.")
            .arg(report.resolver, name, answered.join(QStringLiteral(", ")));
    }
    case FailureOrigin::Domain:
        if (level && level->dnssecBogus)
            return QCoreApplication::translate("FailureOrigin", "Every validating resolver fails for %1, a CA's included. %2 Fix the zone's signatures, or the DS "
                                               "record at its parent.")
                .arg(name, level->explanation);
        return QCoreApplication::translate("FailureOrigin", "The domain's own servers fail for %1 too, so every CA's lookup fails. %2 Make the nameservers of %1 "
                                           "answer CAA queries (an empty answer is fine), or remove the failing ones.")
            .arg(name, level ? level->explanation : QString());
    case FailureOrigin::Undetermined:
        return QCoreApplication::translate("FailureOrigin", "The servers of %1 could not be reached from here, so it is not known whether the domain or the resolver %2 fails. %3 "
                  "Check from another network, or ask the domain's DNS provider.")
            .arg(name, report.resolver, level ? level->explanation : QString());
    }
    return QString();
}

// ---------------------------------------------------------------------------------------

constexpr qsizetype kMaxCachedAnswers = 50000;
constexpr qsizetype kMaxDirectResolvers = 256;

struct FailureOriginProbe::Private
{
    using Handler = std::function<void(const Dns::LookupResult &)>;
    struct Servers
    {
        QByteArray zone;
        QList<QPair<QByteArray, QString>> addresses; // host, address
        QString problem;
    };
    using ServersHandler = std::function<void(const Servers &)>;

    struct Entry
    {
        bool done = false;
        Dns::LookupResult result;
        QList<Handler> waiters;
    };

    struct Request
    {
        quint64 id = 0;
        Done done;
        bool over = false;
        int outstanding = 0;
        FailureOriginReport report;
        CheckResult check;
        std::unique_ptr<QTimer> deadline;
    };
    using RequestPtr = std::shared_ptr<Request>;

    FailureOriginProbe *q = nullptr;
    OriginProbeOptions options;
    std::unique_ptr<Dns::AresResolver> resolver; // the check's resolver, CD=1; see checkResolver()
    QHash<QString, std::shared_ptr<Dns::AresResolver>> direct;
    QHash<QString, std::shared_ptr<Dns::AresResolver>> comparison;
    QHash<QByteArray, Entry> cache;
    QHash<quint64, RequestPtr> requests;
    quint64 nextId = 1;
    int resolverQueries = 0;
    int directQueries = 0;

    void query(Dns::LookupService *service, const QByteArray &key, const QByteArray &name, quint16 type, bool isDirect, Handler handler)
    {
        const QByteArray cacheKey = key + '|' + name + '|' + QByteArray::number(type);
        // Bounded like the run's answer cache: a run of a million failing names must not
        // keep every answer. Shared parents are asked again at most once per this many.
        if (cache.size() >= kMaxCachedAnswers && !cache.contains(cacheKey))
            q->clearCache();
        Entry &entry = cache[cacheKey];
        if (entry.done) {
            // Queued, never inline: the caller is still counting what it asked.
            QMetaObject::invokeMethod(q, [handler, result = entry.result] { handler(result); }, Qt::QueuedConnection);
            return;
        }
        entry.waiters << std::move(handler);
        if (entry.waiters.size() > 1)
            return; // asked already, the answer will come to every waiter
        ++(isDirect ? directQueries : resolverQueries);
        service->lookupFor(q, name, type, [this, cacheKey](quint64, const Dns::LookupResult &result) {
            auto it = cache.find(cacheKey);
            if (it == cache.end())
                return; // cleared meanwhile
            it->done = true;
            it->result = result;
            const QList<Handler> waiters = std::exchange(it->waiters, {});
            for (const Handler &h : waiters)
                h(result);
        });
    }
    void askResolver(const QByteArray &name, quint16 type, Handler h) { query(checkResolver(), "r", name, type, false, std::move(h)); }
    // Made when first asked: most runs have no failure to probe, and a c-ares channel reads
    // the system's resolver configuration when it is made, before a bulk thread's first
    // query (issue #18).
    Dns::AresResolver *checkResolver()
    {
        if (!resolver) {
            Dns::ResolverOptions cd = options.resolver;
            cd.checkingDisabled = true;
            resolver = std::make_unique<Dns::AresResolver>(cd);
        }
        return resolver.get();
    }
    void askDirect(const QString &address, const QByteArray &name, quint16 type, Handler h)
    {
        if (!direct.contains(address) && direct.size() >= kMaxDirectResolvers) {
            // One c-ares channel (and its sockets) per server address: a run over many
            // domains must not run out of file descriptors. Idle ones go first.
            for (auto it = direct.begin(); it != direct.end();)
                it = it.value()->pendingCount() == 0 ? direct.erase(it) : std::next(it);
        }
        std::shared_ptr<Dns::AresResolver> &r = direct[address];
        if (!r) {
            Dns::ResolverOptions o;
            o.servers = {Dns::ServerAddress{address, address.contains(u':'), options.nameserverPort}};
            o.recursionDesired = false;
            o.timeoutMs = options.timeoutMs;
            o.tries = 2;
            r = std::make_shared<Dns::AresResolver>(o);
        }
        query(r.get(), '@' + address.toLatin1(), name, type, true, std::move(h));
    }

    void addressesOf(const QList<QByteArray> &hosts, const QList<Dns::ResourceRecord> &glue, const QByteArray &zone,
                     const ServersHandler &done);
    void serversOfZone(const QByteArray &zone, const ServersHandler &done);
    void serversFor(const QByteArray &name, const ServersHandler &done);
    void delegationBelow(const QByteArray &name, const Servers &parent, const ServersHandler &done);

    void start(const RequestPtr &request);
    void probeLevel(const RequestPtr &request, int index);
    void askServers(const RequestPtr &request, int levelSlot, const Servers &servers);
    void compareLevel(const RequestPtr &request, int slot);
    void levelDone(const RequestPtr &request);
    void finish(const RequestPtr &request);
};

void FailureOriginProbe::Private::addressesOf(const QList<QByteArray> &hosts, const QList<Dns::ResourceRecord> &glue, const QByteArray &zone,
                                              const ServersHandler &done)
{
    auto result = std::make_shared<Servers>();
    result->zone = zone;
    auto pending = std::make_shared<int>(0);
    auto add = [result](const QByteArray &host, const Dns::ResourceRecord &rr) {
        char text[INET6_ADDRSTRLEN] = {};
        if (rr.type == Dns::Type::A && rr.rdata.size() == 4)
            inet_ntop(AF_INET, rr.rdata.constData(), text, sizeof text);
        else if (rr.type == Dns::Type::AAAA && rr.rdata.size() == 16)
            inet_ntop(AF_INET6, rr.rdata.constData(), text, sizeof text);
        const QString address = QString::fromLatin1(text);
        if (!address.isEmpty() && !result->addresses.contains({host, address}))
            result->addresses << qMakePair(host, address);
    };
    QList<QByteArray> needLookup;
    for (const QByteArray &host : hosts) {
        bool glued = false;
        for (const Dns::ResourceRecord &rr : glue)
            if (normalName(rr.owner) == host && (rr.type == Dns::Type::A || rr.type == Dns::Type::AAAA)) {
                add(host, rr);
                glued = true;
            }
        if (!glued)
            needLookup << host;
    }
    auto complete = [result, done, zone] {
        if (result->addresses.isEmpty())
            result->problem = QCoreApplication::translate("FailureOrigin", "no address could be found for the nameservers of %1").arg(QString::fromLatin1(zone));
        done(*result);
    };
    if (needLookup.isEmpty()) {
        complete();
        return;
    }
    *pending = int(needLookup.size()) * 2;
    for (const QByteArray &host : std::as_const(needLookup))
        for (const quint16 type : {Dns::Type::A, Dns::Type::AAAA})
            askResolver(host, type, [host, type, add, pending, complete](const Dns::LookupResult &r) {
                for (const Dns::ResourceRecord &rr : r.records)
                    if (rr.type == type)
                        add(host, rr);
                if (--*pending == 0)
                    complete();
            });
}

void FailureOriginProbe::Private::serversOfZone(const QByteArray &zone, const ServersHandler &done)
{
    askResolver(zone, Dns::Type::NS, [this, zone, done](const Dns::LookupResult &ns) {
        QList<QByteArray> hosts;
        for (const Dns::ResourceRecord &rr : ns.records)
            if (rr.type == Dns::Type::NS && !hosts.contains(normalName(rr.target)))
                hosts << normalName(rr.target);
        std::sort(hosts.begin(), hosts.end());
        if (hosts.isEmpty()) {
            Servers none;
            none.zone = zone;
            none.problem = QCoreApplication::translate("FailureOrigin", "no NS records for %1 could be read through the resolver (%2)").arg(QString::fromLatin1(zone), ns.outcomeName());
            done(none);
            return;
        }
        addressesOf(hosts, {}, zone, done);
    });
}

void FailureOriginProbe::Private::serversFor(const QByteArray &name, const ServersHandler &done)
{
    askResolver(name, Dns::Type::SOA, [this, name, done](const Dns::LookupResult &soa) {
        const QByteArray parent = parentOf(name);
        if (soa.isAnswered() && (soa.rcode == Dns::Rcode::NoError || soa.rcode == Dns::Rcode::NXDomain)) {
            const Dns::ParseResult parsed = Dns::parseMessage(soa.rawReply);
            if (parsed.ok()) {
                for (const Dns::ResourceRecord &rr : parsed.message.answers) {
                    if (normalName(rr.owner) != name)
                        continue;
                    if (rr.type == Dns::Type::SOA) {
                        serversOfZone(name, done);
                        return;
                    }
                    if ((rr.type == Dns::Type::CNAME || rr.type == Dns::Type::DNAME) && !parent.isEmpty()) {
                        serversFor(parent, done); // an alias owner is never an apex
                        return;
                    }
                }
                for (const Dns::ResourceRecord &rr : parsed.message.authorities)
                    if (rr.type == Dns::Type::SOA && isBelowOrAt(name, normalName(rr.owner))) {
                        serversOfZone(normalName(rr.owner), done);
                        return;
                    }
            }
        }
        // The resolver cannot tell where the zone is (its servers fail, say): ask the
        // parent zone's servers for the delegation, as an iterative resolver would.
        if (parent.isEmpty()) {
            Servers none;
            none.problem = QCoreApplication::translate("FailureOrigin", "the zone of %1 could not be found through the resolver (%2)").arg(QString::fromLatin1(name), soa.outcomeName());
            done(none);
            return;
        }
        serversFor(parent, [this, name, done](const Servers &above) {
            if (above.addresses.isEmpty()) {
                done(above);
                return;
            }
            delegationBelow(name, above, done);
        });
    });
}

void FailureOriginProbe::Private::delegationBelow(const QByteArray &name, const Servers &parent, const ServersHandler &done)
{
    auto answers = std::make_shared<QList<Dns::LookupResult>>();
    auto pending = std::make_shared<int>(int(parent.addresses.size()));
    for (const auto &[host, address] : parent.addresses) {
        askDirect(address, name, Dns::Type::NS, [this, name, parent, done, answers, pending](const Dns::LookupResult &r) {
            *answers << r;
            if (--*pending > 0)
                return;
            for (const Dns::LookupResult &a : std::as_const(*answers)) {
                if (!a.isAnswered())
                    continue;
                if (a.authoritative && (a.rcode == Dns::Rcode::NoError || a.rcode == Dns::Rcode::NXDomain)) {
                    done(parent); // no cut between: the parent zone's servers serve the name
                    return;
                }
                const Dns::ParseResult parsed = Dns::parseMessage(a.rawReply);
                if (!parsed.ok())
                    continue;
                QByteArray cut;
                QList<QByteArray> hosts;
                for (const Dns::ResourceRecord &rr : parsed.message.authorities) {
                    const QByteArray owner = normalName(rr.owner);
                    if (rr.type != Dns::Type::NS || !isBelowOrAt(name, owner) || owner == parent.zone || !isBelowOrAt(owner, parent.zone))
                        continue;
                    cut = owner;
                    if (!hosts.contains(normalName(rr.target)))
                        hosts << normalName(rr.target);
                }
                if (hosts.isEmpty())
                    continue;
                std::sort(hosts.begin(), hosts.end());
                addressesOf(hosts, parsed.message.additionals, cut, done);
                return;
            }
            // Servers that answer without handing the name on (SERVFAIL, REFUSED, a
            // referral to themselves) are the ones a resolver is stuck with: ask them, and
            // their answers show the failure.
            for (const Dns::LookupResult &a : std::as_const(*answers))
                if (a.isAnswered()) {
                    done(parent);
                    return;
                }
            Servers none;
            none.zone = parent.zone;
            QList<OriginAnswer> asked;
            for (int i = 0; i < parent.addresses.size() && i < answers->size(); ++i)
                asked << OriginAnswer{parent.addresses[i].first, parent.addresses[i].second, answers->at(i)};
            QStringList outcomes;
            for (const OriginAnswer &s : std::as_const(asked))
                outcomes << answerText(s);
            none.problem = QCoreApplication::translate("FailureOrigin", "no server of %1 answered the question where %2 is delegated (%3)")
                               .arg(QString::fromLatin1(parent.zone), QString::fromLatin1(name), outcomes.join(QStringLiteral("; ")));
            done(none);
        });
    }
}

void FailureOriginProbe::Private::start(const RequestPtr &request)
{
    const CheckResult &check = request->check;
    FailureOriginReport &report = request->report;
    report.failedIndex = check.decidingIndex;
    report.likelyClimb = check;
    report.likelyClimb.origin.reset();
    QStringList servers;
    for (const Dns::ServerAddress &s : std::as_const(options.resolver.servers))
        servers << s.toString();
    report.resolver = servers.isEmpty() ? QCoreApplication::translate("FailureOrigin", "the system resolver") : servers.join(QStringLiteral(", "));

    const QList<QByteArray> names = check.name.climbNames();
    for (int i = check.decidingIndex; i < check.steps.size(); ++i)
        if (check.levelOutcome(i) == LevelOutcome::Failure && probeable(check.steps[i])) {
            LevelOrigin level;
            level.index = i;
            level.name = normalName(names.value(i));
            report.levels << level;
        }
    request->outstanding = int(report.levels.size());
    request->deadline = std::make_unique<QTimer>();
    request->deadline->setSingleShot(true);
    QObject::connect(request->deadline.get(), &QTimer::timeout, q, [this, weak = std::weak_ptr<Request>(request)] {
        if (RequestPtr r = weak.lock())
            finish(r);
    });
    request->deadline->start(options.deadlineMs);
    for (int slot = 0; slot < report.levels.size(); ++slot)
        probeLevel(request, slot);
}

void FailureOriginProbe::Private::probeLevel(const RequestPtr &request, int slot)
{
    const LevelOrigin &level = request->report.levels[slot];
    const Dns::LookupResult &step = request->check.steps[level.index];
    const QByteArray name = level.name;
    auto discover = [this, request, slot, name] {
        serversFor(name, [this, request, slot](const Servers &servers) {
            if (request->over)
                return;
            askServers(request, slot, servers);
        });
    };
    if (step.isAnswered() && step.rcode == Dns::Rcode::ServFail) {
        // A validating resolver answers SERVFAIL for broken signatures: with checking
        // disabled (CD=1) the same question then succeeds. That is the domain's failure,
        // whatever its servers answer (they do not validate).
        askResolver(name, Dns::Type::CAA, [this, request, slot, discover](const Dns::LookupResult &cd) {
            if (request->over)
                return;
            if (cd.isAnswered() && (cd.rcode == Dns::Rcode::NoError || cd.rcode == Dns::Rcode::NXDomain)) {
                LevelOrigin &l = request->report.levels[slot];
                l.origin = FailureOrigin::Domain;
                l.dnssecBogus = true;
                l.explanation = QCoreApplication::translate("FailureOrigin", "DNSSEC validation fails for %1: with checking disabled (CD=1) the resolver gets %2, so the signatures or the "
                                   "chain of trust are broken and every validating resolver, a CA's included, fails.")
                                    .arg(QString::fromLatin1(l.name), answerSignature(cd));
                levelDone(request);
                return;
            }
            discover();
        });
        return;
    }
    discover();
}

void FailureOriginProbe::Private::askServers(const RequestPtr &request, int slot, const Servers &servers)
{
    LevelOrigin &level = request->report.levels[slot];
    level.zone = servers.zone;
    if (servers.addresses.isEmpty()) {
        level.origin = FailureOrigin::Undetermined;
        level.explanation = QCoreApplication::translate("FailureOrigin", "The servers of %1 could not be found: %2.").arg(QString::fromLatin1(level.name), servers.problem);
        compareLevel(request, slot);
        return;
    }
    for (const auto &[host, address] : servers.addresses) {
        level.servers << OriginAnswer{host, address, {}};
        level.servers.last().answer.status = Dns::LookupStatus::Cancelled;
    }
    auto pending = std::make_shared<int>(int(servers.addresses.size()));
    for (int i = 0; i < servers.addresses.size(); ++i)
        askDirect(servers.addresses[i].second, level.name, Dns::Type::CAA, [this, request, slot, i, pending](const Dns::LookupResult &r) {
            if (request->over)
                return;
            LevelOrigin &l = request->report.levels[slot];
            l.servers[i].answer = r;
            if (--*pending > 0)
                return;
            l.origin = classifyLevelOrigin(l.servers);
            QStringList parts;
            for (const OriginAnswer &s : std::as_const(l.servers))
                parts << answerText(s);
            const QString zone = QString::fromLatin1(l.zone);
            switch (l.origin) {
            case FailureOrigin::Resolver:
                for (const OriginAnswer &s : std::as_const(l.servers))
                    if (!unreachable(s.answer)) {
                        l.authoritative = s.answer;
                        break;
                    }
                if (l.authoritative && l.authoritative->caa.isEmpty() && !l.authoritative->aliases.isEmpty()) {
                    // An alias to another zone: its servers were not asked, so the climb
                    // cannot be completed from these answers.
                    l.explanation = QCoreApplication::translate("FailureOrigin", "Asked directly, the servers of %1 answer consistently with an alias to %2: %3.")
                                        .arg(zone, QString::fromLatin1(l.authoritative->canonicalName()), parts.join(QStringLiteral("; ")));
                    l.authoritative.reset();
                } else {
                    l.explanation = QCoreApplication::translate("FailureOrigin", "Asked directly, the servers of %1 answer consistently: %2.").arg(zone, parts.join(QStringLiteral("; ")));
                }
                break;
            case FailureOrigin::Domain: {
                bool failing = false;
                for (const OriginAnswer &s : std::as_const(l.servers)) {
                    const ServerOutcome outcome = classifyAuthoritative(s.answer);
                    failing = failing || (!unreachable(s.answer) && outcome != ServerOutcome::Records && outcome != ServerOutcome::NoData
                                          && outcome != ServerOutcome::NxDomain);
                }
                l.explanation = failing ? QCoreApplication::translate("FailureOrigin", "Asked directly, the servers of %1 fail: %2.").arg(zone, parts.join(QStringLiteral("; ")))
                                        : QCoreApplication::translate("FailureOrigin", "Asked directly, the servers of %1 disagree: %2.").arg(zone, parts.join(QStringLiteral("; ")));
                break;
            }
            case FailureOrigin::Undetermined:
                l.explanation = QCoreApplication::translate("FailureOrigin", "None of the servers of %1 answered from here: %2.").arg(zone, parts.join(QStringLiteral("; ")));
                break;
            }
            compareLevel(request, slot);
        });
}

void FailureOriginProbe::Private::compareLevel(const RequestPtr &request, int slot)
{
    if (options.compareResolvers.isEmpty()) {
        levelDone(request);
        return;
    }
    const QByteArray name = request->report.levels[slot].name;
    auto pending = std::make_shared<int>(int(options.compareResolvers.size()));
    for (const Dns::ServerAddress &server : std::as_const(options.compareResolvers)) {
        std::shared_ptr<Dns::AresResolver> &r = comparison[server.toString()];
        if (!r) {
            Dns::ResolverOptions o = options.resolver;
            o.servers = {server};
            o.checkingDisabled = false;
            r = std::make_shared<Dns::AresResolver>(o);
        }
        const QString label = server.toString();
        query(r.get(), "c" + label.toLatin1(), name, Dns::Type::CAA, false, [this, request, slot, label, pending](const Dns::LookupResult &answer) {
            if (request->over)
                return;
            LevelOrigin &l = request->report.levels[slot];
            l.compared << ComparedResolver{label, answer};
            if (--*pending > 0)
                return;
            QStringList said;
            QStringList signatures;
            const Dns::LookupResult *agreed = nullptr;
            for (const ComparedResolver &c : std::as_const(l.compared)) {
                said << QCoreApplication::translate("FailureOrigin", "%1 answered %2").arg(c.resolver, answerSignature(c.answer));
                if (c.answer.isAnswered() && (c.answer.rcode == Dns::Rcode::NoError || c.answer.rcode == Dns::Rcode::NXDomain)) {
                    if (!signatures.contains(answerSignature(c.answer)))
                        signatures << answerSignature(c.answer);
                    agreed = &c.answer;
                } else {
                    signatures << QStringLiteral("failure");
                }
            }
            l.explanation += QCoreApplication::translate("FailureOrigin", " Compared with other resolvers: %1.").arg(said.join(QStringLiteral("; ")));
            // The zone's servers could not be asked from here, but every resolver compared
            // answers the same: the one the check used is the odd one out.
            if (l.origin == FailureOrigin::Undetermined && signatures.size() == 1 && agreed) {
                l.origin = FailureOrigin::Resolver;
                if (agreed->caa.isEmpty() && !agreed->aliases.isEmpty()) {
                    l.authoritative.reset(); // an alias: see askServers()
                } else {
                    l.authoritative = *agreed;
                }
            }
            levelDone(request);
        });
    }
}

void FailureOriginProbe::Private::levelDone(const RequestPtr &request)
{
    if (--request->outstanding == 0)
        finish(request);
}

void FailureOriginProbe::Private::finish(const RequestPtr &request)
{
    if (request->over)
        return;
    request->over = true;
    if (QTimer *timer = request->deadline.release())
        timer->deleteLater(); // finish() may run inside its timeout()
    requests.remove(request->id);
    FailureOriginReport &report = request->report;
    for (LevelOrigin &l : report.levels) {
        if (!l.explanation.isEmpty())
            continue;
        // The deadline came first.
        l.origin = FailureOrigin::Undetermined;
        l.explanation = deadlineText(l.name, options.deadlineMs / 1000);
    }
    CheckResult &likely = report.likelyClimb;
    for (const LevelOrigin &l : std::as_const(report.levels))
        if (l.authoritative) {
            likely.steps[l.index] = *l.authoritative;
            likely.steps[l.index].name = l.name;
        }
    selectRelevant(likely);
    if (likely.verdict != ClimbVerdict::Failure) {
        report.origin = FailureOrigin::Resolver;
    } else if (const LevelOrigin *l = report.level(likely.decidingIndex)) {
        // A level whose servers answered consistently and still fails the climb (NXDOMAIN
        // at a TLD) is the domain's failure.
        report.origin = l->authoritative ? FailureOrigin::Domain : l->origin;
    } else {
        report.origin = FailureOrigin::Domain;
    }
    auto result = std::make_shared<const FailureOriginReport>(report);
    const Done done = std::move(request->done);
    done(result);
}

FailureOriginProbe::FailureOriginProbe(const OriginProbeOptions &options, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->q = this;
    d->options = options;
}

FailureOriginProbe::~FailureOriginProbe()
{
    for (const Private::RequestPtr &r : std::as_const(d->requests))
        r->over = true;
}

quint64 FailureOriginProbe::determine(const CheckResult &check, Done done)
{
    auto request = std::make_shared<Private::Request>();
    request->id = d->nextId++;
    request->done = std::move(done);
    request->check = check;
    d->requests.insert(request->id, request);
    d->start(request);
    if (request->report.levels.isEmpty())
        QMetaObject::invokeMethod(this, [this, request] { d->finish(request); }, Qt::QueuedConnection);
    return request->id;
}

void FailureOriginProbe::cancel(quint64 id)
{
    if (Private::RequestPtr r = d->requests.take(id)) {
        r->over = true;
        if (QTimer *timer = r->deadline.release())
            timer->deleteLater();
    }
}

void FailureOriginProbe::clearCache()
{
    // Waiters of questions still out keep their entries: their answers are still wanted.
    for (auto it = d->cache.begin(); it != d->cache.end();)
        it = it->done ? d->cache.erase(it) : std::next(it);
}

int FailureOriginProbe::resolverQueries() const { return d->resolverQueries; }
int FailureOriginProbe::directQueries() const { return d->directQueries; }

} // namespace Caa
