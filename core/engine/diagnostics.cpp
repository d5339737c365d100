#include "engine/diagnostics.h"

#include "engine/checkjob.h"

#include <QCoreApplication>
#include <QMap>

#include <arpa/inet.h>

#include <algorithm>
#include <functional>

namespace Caa {

namespace {

QString resolverLabel(const Dns::ResolverOptions &options)
{
    if (options.servers.isEmpty())
        return QCoreApplication::translate("DiagnosticsJob", "system resolver");
    QStringList parts;
    for (const Dns::ServerAddress &s : options.servers)
        parts << s.toString();
    return parts.join(QStringLiteral(", "));
}

} // namespace

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
            names = names.mid(0, 3) << QCoreApplication::translate("DiagnosticsJob", "%n more", nullptr, more);
        Q_EMIT q->progress(QCoreApplication::translate("DiagnosticsJob", "Waiting for %1…").arg(names.join(QStringLiteral(", "))));
    }
    void advance();
    void startDnssecAndZones();
    void askNameservers();
    void askAddresses();
    void askServersDirectly();
    void finish();
};

namespace {

// RFC 8914: the resolver's own reason for its answer, when it gave one.
QString serverSays(const QList<Dns::ExtendedDnsError> &errors)
{
    if (errors.isEmpty())
        return QString();
    return QCoreApplication::translate("DiagnosticsJob", " The resolver says: %1.").arg(Dns::extendedErrorsText(errors));
}

} // namespace

void DiagnosticsJob::Private::startDnssecAndZones()
{
    Q_EMIT q->progress(QCoreApplication::translate("DiagnosticsJob", "Finding the zones and checking DNSSEC…"));
    const QList<QByteArray> names = check.name.climbNames();
    for (int i = 0; i < names.size(); ++i) {
        const Dns::LookupResult &r = check.steps.value(i);
        DnssecLevel level;
        level.name = names[i];
        if (r.isAnswered() && r.rcode == 2) {
            const int index = int(diag.dnssec.size());
            const QList<Dns::ExtendedDnsError> ede = r.extendedErrors;
            ask(cdResolver.get(), names[i], Dns::Type::CAA, [this, index, ede](const Dns::LookupResult &cd) {
                DnssecLevel &l = diag.dnssec[index];
                if (cd.isAnswered() && (cd.rcode == 0 || cd.rcode == 3)) {
                    l.state = DnssecState::Bogus;
                    l.explanation = QCoreApplication::translate("DiagnosticsJob", "DNSSEC validation fails for %1: the resolver answers SERVFAIL, but with checking "
                                                "disabled (CD=1) it gets %2 — the signatures or the chain of trust are broken.")
                                        .arg(QString::fromLatin1(l.name), cd.rcode == 3 ? QStringLiteral("NXDOMAIN") : answerSignature(cd));
                } else {
                    l.state = DnssecState::ServerFailure;
                    l.explanation = QCoreApplication::translate("DiagnosticsJob", "The nameservers fail for %1: SERVFAIL with and without DNSSEC checking (CD=1 gave %2).")
                                        .arg(QString::fromLatin1(l.name), cd.outcomeName());
                }
                l.explanation += serverSays(ede);
            });
        } else if (r.isAnswered() && (r.rcode == 0 || r.rcode == 3)) {
            level.state = r.authenticated ? DnssecState::Secure : DnssecState::Insecure;
            level.explanation = r.authenticated ? QCoreApplication::translate("DiagnosticsJob", "validated by the resolver (AD)")
                                                : QCoreApplication::translate("DiagnosticsJob", "not validated (no AD): unsigned, or the resolver does not validate");
        } else {
            level.state = DnssecState::Unknown;
            level.explanation = QCoreApplication::translate("DiagnosticsJob", "no answer to judge (%1)").arg(r.outcomeName());
        }
        if (!r.isAnswered() || r.rcode != 2)
            level.explanation += serverSays(r.extendedErrors);
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
            unknown.problem = QCoreApplication::translate("DiagnosticsJob", "The zone of %1 could not be found: its SOA lookup through the resolver failed.")
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
    Q_EMIT q->progress(QCoreApplication::translate("DiagnosticsJob", "Asking for the nameservers of %n zone(s)…", nullptr, int(diag.zones.size())));
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
                zone.problem = QCoreApplication::translate("DiagnosticsJob", "No NS records for %1 could be read through the resolver (%2).")
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
    Q_EMIT q->progress(QCoreApplication::translate("DiagnosticsJob", "Finding the addresses of %n nameserver(s)…", nullptr, int(hosts.size())));
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
                s.address = QCoreApplication::translate("DiagnosticsJob", "no address");
                for (const QByteArray &name : std::as_const(zone.names)) {
                    Dns::LookupResult none;
                    none.name = name;
                    none.status = Dns::LookupStatus::NoServers;
                    none.errorMessage = QCoreApplication::translate("DiagnosticsJob", "the resolver gave no A or AAAA record for %1").arg(QString::fromLatin1(s.host));
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
    Q_EMIT q->progress(QCoreApplication::translate("DiagnosticsJob", "Asking %n nameserver address(es) directly…", nullptr, count));
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
