#include "generator/zonesource.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <QTimer>

namespace Caa {

namespace {

QByteArray parentOf(const QByteArray &name)
{
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name[i] == '\\') {
            ++i;
            continue;
        }
        if (name[i] == '.')
            return name.mid(i + 1);
    }
    return QByteArray(".");
}

struct ZoneIndex
{
    QByteArray apex;
    QSet<QByteArray> existing; // owners and their ancestors up to the apex (empty non-terminals)
    QHash<QByteArray, QList<const ZoneRecord *>> byOwner;

    explicit ZoneIndex(const ZoneText &zone)
    {
        apex = zone.apex().toLower();
        for (const ZoneRecord &r : zone.records) {
            const QByteArray owner = r.owner.toLower();
            byOwner[owner] << &r;
            for (QByteArray n = owner; Dns::isSubdomainOf(n, apex); n = parentOf(n)) {
                existing.insert(n);
                if (n == apex || n == ".")
                    break;
            }
        }
    }

    QList<const ZoneRecord *> records(const QByteArray &owner, quint16 type) const
    {
        QList<const ZoneRecord *> out;
        for (const ZoneRecord *r : byOwner.value(owner.toLower()))
            if (r->type == type)
                out << r;
        return out;
    }
};

// Built once per lookup or climb: an index holds pointers into its zone's records.
QList<ZoneIndex> indexZones(const QList<ZoneText> &zones)
{
    QList<ZoneIndex> indexes;
    for (const ZoneText &z : zones)
        indexes.append(ZoneIndex(z));
    return indexes;
}

Dns::LookupResult lookupInIndexes(const QList<ZoneIndex> &indexes, const QByteArray &queried)
{
    // The zone that holds `name`: the longest apex above it.
    auto zoneFor = [&](const QByteArray &name) -> const ZoneIndex * {
        const ZoneIndex *best = nullptr;
        qsizetype bestLabels = -1;
        for (const ZoneIndex &z : indexes) {
            const qsizetype labels = z.apex == "." ? 0 : z.apex.count('.') + 1;
            if (Dns::isSubdomainOf(name, z.apex) && labels > bestLabels) {
                best = &z;
                bestLabels = labels;
            }
        }
        return best;
    };
    Dns::LookupResult r;
    r.name = queried;
    r.type = Dns::Type::CAA;
    r.status = Dns::LookupStatus::Answered;
    r.rcode = Dns::Rcode::NoError;
    r.authoritative = true;
    r.server = QCoreApplication::translate("ZoneSource", "zone file");
    QByteArray current = queried.toLower();
    QList<QByteArray> visited{current};

    auto finishWithCaa = [&](const QList<const ZoneRecord *> &records, const QByteArray &owner) {
        for (const ZoneRecord *rec : records) {
            const CaaRdataParse caa = parseCaaRdata(rec->rdata);
            if (!caa.ok()) {
                r.status = Dns::LookupStatus::Malformed;
                r.errorMessage = QCoreApplication::translate("ZoneSource", "%1 at %2. A record that cannot be read might be critical, so this counts as a lookup failure.")
                                     .arg(describeCaaRdataError(caa.error), QString::fromLatin1(owner));
                return;
            }
            r.caa << Dns::CaaAnswer{owner, rec->ttl, caa.record};
        }
    };

    for (int hops = 0;; ++hops) {
        if (hops > 16) {
            r.rcode = Dns::Rcode::ServFail;
            r.errorMessage = QCoreApplication::translate("ZoneSource", "The alias chain is longer than 16 hops or loops; resolvers answer SERVFAIL.");
            return r;
        }
        const ZoneIndex *zone = zoneFor(current);
        if (!zone) {
            r.outsideSource = hops == 0;
            if (hops == 0)
                r.errorMessage = QCoreApplication::translate("ZoneSource", "%1 is outside the zone file; it is taken to have no CAA records.").arg(QString::fromLatin1(current));
            return r; // an alias out of the loaded zones: unknown offline, treated as empty
        }
        const ZoneIndex &index = *zone;
        // DNAME at a proper ancestor rewrites this name (RFC 6672 §2.3).
        bool rewritten = false;
        for (QByteArray anc = parentOf(current); Dns::isSubdomainOf(anc, index.apex); anc = parentOf(anc)) {
            const QList<const ZoneRecord *> dname = index.records(anc, Dns::Type::DNAME);
            if (!dname.isEmpty()) {
                const QByteArray prefix = current.left(current.size() - anc.size() - 1);
                const QByteArray target = prefix + '.' + dname.first()->target.toLower();
                r.aliases << Dns::AliasHop{anc, dname.first()->target.toLower(), Dns::Type::DNAME, dname.first()->ttl};
                r.aliases << Dns::AliasHop{current, target, Dns::Type::CNAME, dname.first()->ttl};
                current = target;
                rewritten = true;
                break;
            }
            if (anc == index.apex)
                break;
        }
        if (rewritten) {
            if (visited.contains(current)) {
                r.rcode = Dns::Rcode::ServFail;
                r.errorMessage = QCoreApplication::translate("ZoneSource", "The alias chain loops; resolvers answer SERVFAIL.");
                return r;
            }
            visited << current;
            continue;
        }
        QByteArray owner = current;
        if (!index.existing.contains(current)) {
            // RFC 4592: the closest encloser's wildcard answers for a name that does not exist.
            QByteArray encloser = parentOf(current);
            while (!index.existing.contains(encloser) && Dns::isSubdomainOf(encloser, index.apex) && encloser != index.apex)
                encloser = parentOf(encloser);
            const QByteArray wildcard = "*." + encloser;
            if (!index.existing.contains(wildcard)) {
                r.rcode = Dns::Rcode::NXDomain;
                return r;
            }
            owner = wildcard;
        }
        const QList<const ZoneRecord *> caa = index.records(owner, Dns::Type::CAA);
        if (!caa.isEmpty()) {
            finishWithCaa(caa, current);
            return r;
        }
        const QList<const ZoneRecord *> cname = index.records(owner, Dns::Type::CNAME);
        if (cname.isEmpty())
            return r; // NODATA
        const QByteArray target = cname.first()->target.toLower();
        r.aliases << Dns::AliasHop{current, target, Dns::Type::CNAME, cname.first()->ttl};
        if (visited.contains(target)) {
            r.rcode = Dns::Rcode::ServFail;
            r.errorMessage = QCoreApplication::translate("ZoneSource", "The CNAME chain loops; resolvers answer SERVFAIL.");
            return r;
        }
        visited << target;
        current = target;
    }
}

} // namespace

Dns::LookupResult lookupInZone(const ZoneText &zone, const QByteArray &queried)
{
    return lookupInZones({zone}, queried);
}

Dns::LookupResult lookupInZones(const QList<ZoneText> &zones, const QByteArray &queried)
{
    return lookupInIndexes(indexZones(zones), queried);
}

CheckResult checkAgainstZone(const ZoneText &zone, const DomainName &name)
{
    return checkAgainstZones({zone}, name);
}

CheckResult checkAgainstZones(const QList<ZoneText> &zones, const DomainName &name)
{
    CheckResult check = makeCheck(name);
    const QList<ZoneIndex> indexes = indexZones(zones);
    for (int i = 0; i < check.steps.size(); ++i) {
        check.steps[i] = lookupInIndexes(indexes, check.steps[i].name);
        check.answered[i] = true;
    }
    selectRelevant(check);
    return check;
}

struct ZoneLookupService::Private
{
    QList<ZoneText> zones;     // owned: the index points into their records
    QList<ZoneIndex> indexes;  // built once
    struct Question
    {
        quint64 ticket;
        QByteArray name;
        quint16 type;
    };
    QQueue<Question> pending;
    quint64 nextTicket = 0;
    QTimer turn;
};

ZoneLookupService::ZoneLookupService(const QList<ZoneText> &zones, QObject *parent)
    : Dns::LookupService(parent), d(std::make_unique<Private>())
{
    d->zones = zones;
    d->indexes = indexZones(d->zones);
    d->turn.setSingleShot(true);
    d->turn.setInterval(0);
    connect(&d->turn, &QTimer::timeout, this, &ZoneLookupService::answerSome);
}

ZoneLookupService::~ZoneLookupService() = default;

quint64 ZoneLookupService::lookup(const QByteArray &name, quint16 type)
{
    const quint64 ticket = ++d->nextTicket;
    d->pending.enqueue({ticket, name, type});
    if (!d->turn.isActive())
        d->turn.start();
    return ticket;
}

namespace {

Dns::LookupResult unanswered(const QByteArray &name, quint16 type, Dns::LookupStatus status, const QString &why)
{
    Dns::LookupResult r;
    r.name = name;
    r.type = type;
    r.status = status;
    r.errorMessage = why;
    return r;
}

} // namespace

void ZoneLookupService::cancelAll()
{
    const QQueue<Private::Question> cancelled = std::exchange(d->pending, {});
    d->turn.stop();
    QPointer<ZoneLookupService> alive(this);
    for (const Private::Question &q : cancelled) {
        Q_EMIT finished(q.ticket, unanswered(q.name, q.type, Dns::LookupStatus::Cancelled,
                                             QCoreApplication::translate("ZoneSource", "The lookup was cancelled.")));
        if (!alive)
            return;
    }
}

void ZoneLookupService::answerSome()
{
    // A slice per event-loop turn (10 ms): a window stays responsive and Cancel clickable.
    QElapsedTimer slice;
    slice.start();
    QPointer<ZoneLookupService> alive(this);
    while (!d->pending.isEmpty() && slice.elapsed() < 10) {
        const Private::Question q = d->pending.dequeue();
        Dns::LookupResult r;
        if (q.type == Dns::Type::CAA) {
            r = lookupInIndexes(d->indexes, q.name);
            r.name = q.name;
        } else {
            r = unanswered(q.name, q.type, Dns::LookupStatus::NoServers,
                           QCoreApplication::translate("ZoneSource", "A zone file answers CAA questions only; this needs the network."));
        }
        Q_EMIT finished(q.ticket, r);
        if (!alive)
            return; // a slot deleted the service
    }
    if (!d->pending.isEmpty())
        d->turn.start();
}

} // namespace Caa
