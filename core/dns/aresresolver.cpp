// The only file that calls ares_*. See qt-cares-notes in the developers' docs for why
// each step is the way it is (c-ares 1.18.1 in the Qt 6.4 event loop).
#include "dns/aresresolver.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMetaObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QTimer>

#include <ares.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <mutex>

namespace Caa::Dns {

namespace {

void initialiseLibraryOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { ares_library_init(ARES_LIB_INIT_ALL); });
}

QString peerOf(ares_socket_t fd)
{
    sockaddr_storage addr{};
    socklen_t len = sizeof addr;
    if (fd == ARES_SOCKET_BAD || getpeername(fd, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
        return QString();
    char text[INET6_ADDRSTRLEN] = {};
    if (addr.ss_family == AF_INET) {
        const auto *in = reinterpret_cast<const sockaddr_in *>(&addr);
        inet_ntop(AF_INET, &in->sin_addr, text, sizeof text);
        return QStringLiteral("%1:%2").arg(QString::fromLatin1(text)).arg(ntohs(in->sin_port));
    }
    if (addr.ss_family == AF_INET6) {
        const auto *in6 = reinterpret_cast<const sockaddr_in6 *>(&addr);
        inet_ntop(AF_INET6, &in6->sin6_addr, text, sizeof text);
        return QStringLiteral("[%1]:%2").arg(QString::fromLatin1(text)).arg(ntohs(in6->sin6_port));
    }
    return QString();
}

} // namespace

struct AresResolver::Private
{
    struct SocketEntry
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
    };

    struct Pending
    {
        QByteArray name;
        quint16 type = Type::CAA;
        quint16 id = 0;
        QElapsedTimer clock;
        QTimer *deadline = nullptr;
    };

    // Handed to ares_send as its argument; freed in the callback, which c-ares calls
    // exactly once per ares_send (also synchronously, and also on ares_destroy).
    struct CallbackContext
    {
        Private *d;
        quint64 ticket;
    };

    AresResolver *q;
    ResolverOptions options;
    ares_channel channel = nullptr;
    QString setupError;
    QList<ServerAddress> effectiveServers;
    QHash<ares_socket_t, SocketEntry> sockets;
    QHash<quint64, Pending> pending;
    QTimer processTimer;
    quint64 nextTicket = 1;
    ares_socket_t activeFd = ARES_SOCKET_BAD;
    bool destroying = false;

    explicit Private(AresResolver *owner, const ResolverOptions &opts)
        : q(owner), options(opts)
    {
        processTimer.setSingleShot(true);
        QObject::connect(&processTimer, &QTimer::timeout, q, [this] {
            process(ARES_SOCKET_BAD, ARES_SOCKET_BAD);
        });
    }

    static void socketStateCallback(void *data, ares_socket_t fd, int readable, int writable)
    {
        static_cast<Private *>(data)->socketState(fd, readable != 0, writable != 0);
    }

    void socketState(ares_socket_t fd, bool readable, bool writable)
    {
        if (!readable && !writable) {
            // c-ares is about to close fd: unregister synchronously so a reused fd number
            // never meets a stale notifier.
            const auto it = sockets.find(fd);
            if (it != sockets.end()) {
                it->read->setEnabled(false);
                it->write->setEnabled(false);
                it->read->deleteLater();
                it->write->deleteLater();
                sockets.erase(it);
            }
            return;
        }
        auto it = sockets.find(fd);
        if (it == sockets.end()) {
            SocketEntry entry;
            entry.read = new QSocketNotifier(fd, QSocketNotifier::Read, q);
            entry.write = new QSocketNotifier(fd, QSocketNotifier::Write, q);
            QObject::connect(entry.read, &QSocketNotifier::activated, q, [this, fd] { process(fd, ARES_SOCKET_BAD); });
            QObject::connect(entry.write, &QSocketNotifier::activated, q, [this, fd] { process(ARES_SOCKET_BAD, fd); });
            it = sockets.insert(fd, entry);
        }
        it->read->setEnabled(readable);
        // Write readiness is level-triggered: enable it only while c-ares waits to send.
        it->write->setEnabled(writable);
    }

    void process(ares_socket_t readFd, ares_socket_t writeFd)
    {
        if (!channel)
            return;
        activeFd = readFd;
        ares_process_fd(channel, readFd, writeFd);
        activeFd = ARES_SOCKET_BAD;
        rearmTimer();
    }

    void rearmTimer()
    {
        if (!channel)
            return;
        timeval tv{};
        if (ares_timeout(channel, nullptr, &tv)) {
            const qint64 ms = qint64(tv.tv_sec) * 1000 + tv.tv_usec / 1000;
            processTimer.start(int(qMax<qint64>(1, ms)));
        } else {
            processTimer.stop();
        }
    }

    bool setUp()
    {
        initialiseLibraryOnce();
        if (!initChannel(1))
            return false;
        if (options.servers.isEmpty()) {
            readServers();
            if (effectiveServers.isEmpty()) {
                setupError = QStringLiteral("No DNS resolver is configured on this system (/etc/resolv.conf lists none). "
                                            "Name a server explicitly.");
                return false;
            }
            // The per-try timeout depends on how many servers c-ares will cycle through.
            if (effectiveServers.size() > 1) {
                ares_destroy(channel);
                channel = nullptr;
                if (!initChannel(int(effectiveServers.size())))
                    return false;
            }
            return true;
        }
        QStringList csv;
        for (const ServerAddress &s : std::as_const(options.servers))
            csv << s.toString();
        const int rc = ares_set_servers_ports_csv(channel, csv.join(u',').toLatin1().constData());
        if (rc != ARES_SUCCESS) {
            setupError = QStringLiteral("Cannot use the servers %1: %2").arg(csv.join(u", "), QString::fromLatin1(ares_strerror(rc)));
            return false;
        }
        effectiveServers = options.servers;
        return true;
    }

    bool initChannel(int serverCount)
    {
        ares_options opts{};
        int mask = ARES_OPT_SOCK_STATE_CB | ARES_OPT_FLAGS | ARES_OPT_TIMEOUTMS | ARES_OPT_TRIES | ARES_OPT_EDNSPSZ;
        opts.sock_state_cb = &Private::socketStateCallback;
        opts.sock_state_cb_data = this;
        // NOCHECKRESP: hand over SERVFAIL/REFUSED/NOTIMP replies instead of silently
        // trying the next server; RFC 8659 needs to see them.
        opts.flags = ARES_FLAG_NOCHECKRESP | ARES_FLAG_EDNS | ARES_FLAG_NOSEARCH;
        if (!options.recursionDesired)
            opts.flags |= ARES_FLAG_NORECURSE;
        const int tries = qMax(1, options.tries);
        opts.tries = tries;
        // c-ares 1.18 doubles the per-try timeout after each round through the servers:
        // n*t + 2n*t + … must fit into the whole budget.
        int units = 0;
        for (int i = 0; i < tries; ++i)
            units += serverCount << i;
        opts.timeout = qMax(50, options.timeoutMs / qMax(1, units));
        opts.ednspsz = 1232;
        const int rc = ares_init_options(&channel, &opts, mask);
        if (rc != ARES_SUCCESS) {
            channel = nullptr;
            setupError = QStringLiteral("Cannot set up the DNS resolver: %1").arg(QString::fromLatin1(ares_strerror(rc)));
            return false;
        }
        return true;
    }

    void readServers()
    {
        effectiveServers.clear();
        ares_addr_port_node *list = nullptr;
        if (ares_get_servers_ports(channel, &list) != ARES_SUCCESS)
            return;
        for (ares_addr_port_node *n = list; n; n = n->next) {
            char text[INET6_ADDRSTRLEN] = {};
            ServerAddress s;
            if (n->family == AF_INET) {
                inet_ntop(AF_INET, &n->addr.addr4, text, sizeof text);
            } else if (n->family == AF_INET6) {
                inet_ntop(AF_INET6, &n->addr.addr6, text, sizeof text);
                s.ipv6 = true;
            } else {
                continue;
            }
            s.address = QString::fromLatin1(text);
            s.port = quint16(n->udp_port ? n->udp_port : 53);
            effectiveServers.append(s);
        }
        ares_free_data(list);
    }

    static void queryCallback(void *arg, int status, int timeouts, unsigned char *abuf, int alen)
    {
        Q_UNUSED(timeouts);
        auto *ctx = static_cast<CallbackContext *>(arg);
        Private *self = ctx->d;
        const quint64 ticket = ctx->ticket;
        delete ctx;
        if (self->destroying)
            return;
        self->completeFromCares(ticket, status, abuf, alen);
    }

    void completeFromCares(quint64 ticket, int status, const unsigned char *abuf, int alen)
    {
        const auto it = pending.find(ticket);
        if (it == pending.end())
            return; // already ended by our deadline or by cancelAll()
        LookupResult result;
        if (status == ARES_SUCCESS && abuf && alen > 0) {
            result = interpretReply(it->name, it->type, it->id,
                                    QByteArray(reinterpret_cast<const char *>(abuf), alen));
            result.server = peerOf(activeFd);
        } else {
            result.name = it->name;
            result.type = it->type;
            mapStatus(status, result);
        }
        if (result.server.isEmpty() && effectiveServers.size() == 1)
            result.server = effectiveServers.first().toString();
        finish(ticket, result);
    }

    void mapStatus(int status, LookupResult &r) const
    {
        const QString servers = serverListText();
        switch (status) {
        case ARES_ETIMEOUT:
            r.status = LookupStatus::Timeout;
            r.errorMessage = QStringLiteral("No answer from %1 within %2 ms.").arg(servers).arg(options.timeoutMs);
            break;
        case ARES_ECONNREFUSED:
            r.status = LookupStatus::ConnectionRefused;
            r.errorMessage = QStringLiteral("%1 refused the connection; is a DNS server running there?").arg(servers);
            break;
        case ARES_EBADRESP:
            r.status = LookupStatus::Malformed;
            r.errorMessage = QStringLiteral("The reply from %1 could not be read.").arg(servers);
            break;
        case ARES_ESERVFAIL:
            // With NOCHECKRESP c-ares reports this status only when it has no server to ask
            // (ares_send.c), never for a SERVFAIL reply, which arrives as a packet.
            r.status = LookupStatus::NoServers;
            r.errorMessage = QStringLiteral("No DNS server is available to ask.");
            break;
        case ARES_EBADQUERY:
        case ARES_EBADNAME:
        case ARES_ENOTFOUND:
            r.status = LookupStatus::BadQuery;
            r.errorMessage = QStringLiteral("\"%1\" cannot be sent as a DNS query.").arg(QString::fromLatin1(r.name));
            break;
        case ARES_ECANCELLED:
        case ARES_EDESTRUCTION:
            r.status = LookupStatus::Cancelled;
            r.errorMessage = QStringLiteral("The lookup was cancelled.");
            break;
        default:
            r.status = LookupStatus::NetworkError;
            r.errorMessage = QStringLiteral("Network error talking to %1: %2").arg(servers, QString::fromLatin1(ares_strerror(status)));
            break;
        }
    }

    QString serverListText() const
    {
        QStringList names;
        for (const ServerAddress &s : effectiveServers)
            names << s.toString();
        return names.isEmpty() ? QStringLiteral("the DNS server") : names.join(QStringLiteral(", "));
    }

    // Every result leaves through here, delivered from the event loop.
    void finish(quint64 ticket, LookupResult result)
    {
        const auto it = pending.find(ticket);
        if (it == pending.end())
            return;
        result.elapsedMs = it->clock.elapsed();
        delete it->deadline;
        pending.erase(it);
        QMetaObject::invokeMethod(q, [q = q, ticket, result] { Q_EMIT q->finished(ticket, result); }, Qt::QueuedConnection);
    }

    quint64 start(const QByteArray &rawName, quint16 type)
    {
        const quint64 ticket = nextTicket++;
        QByteArray name = rawName;
        if (name.size() > 1 && name.endsWith('.'))
            name.chop(1);
        Pending p;
        p.name = name;
        p.type = type;
        p.id = quint16(QRandomGenerator::system()->generate());
        p.clock.start();
        p.deadline = new QTimer(q);
        p.deadline->setSingleShot(true);
        QObject::connect(p.deadline, &QTimer::timeout, q, [this, ticket] {
            LookupResult r;
            const auto it = pending.constFind(ticket);
            if (it == pending.constEnd())
                return;
            r.name = it->name;
            r.type = it->type;
            mapStatus(ARES_ETIMEOUT, r);
            finish(ticket, r);
        });
        p.deadline->start(options.timeoutMs);
        pending.insert(ticket, p);

        if (!channel) {
            LookupResult r;
            r.name = name;
            r.type = type;
            r.status = LookupStatus::NoServers;
            r.errorMessage = setupError;
            finish(ticket, r);
            return ticket;
        }

        unsigned char *buf = nullptr;
        int len = 0;
        const int rc = ares_create_query(name.constData(), ClassIN, type, p.id,
                                         options.recursionDesired ? 1 : 0, &buf, &len, 1232);
        if (rc != ARES_SUCCESS || !buf || len < 12) {
            if (buf)
                ares_free_string(buf);
            LookupResult r;
            r.name = name;
            r.type = type;
            mapStatus(rc == ARES_SUCCESS ? ARES_EBADQUERY : rc, r);
            finish(ticket, r);
            return ticket;
        }
        buf[3] |= 0x20; // AD=1: ask for the validation state (RFC 6840 §5.7)
        if (options.checkingDisabled)
            buf[3] |= 0x10; // CD=1
        if (options.dnssecOk)
            buf[len - 4] |= 0x80; // DO bit in the OPT RR's TTL field (RFC 3225)
        ares_send(channel, buf, len, &Private::queryCallback, new CallbackContext{this, ticket});
        ares_free_string(buf);
        rearmTimer();
        return ticket;
    }
};

AresResolver::AresResolver(const ResolverOptions &options, QObject *parent)
    : LookupService(parent), d(std::make_unique<Private>(this, options))
{
    d->options.timeoutMs = qMax(1, d->options.timeoutMs);
    if (!d->setUp() && d->channel) {
        ares_destroy(d->channel);
        d->channel = nullptr;
    }
}

AresResolver::~AresResolver()
{
    // ares_destroy runs every pending callback (ARES_EDESTRUCTION) and the (fd,0,0)
    // socket-state callbacks, so it must run while our maps still exist.
    d->destroying = true;
    if (d->channel)
        ares_destroy(d->channel);
    d->channel = nullptr;
}

bool AresResolver::isReady() const { return d->channel != nullptr; }
QString AresResolver::setupError() const { return d->setupError; }
QList<ServerAddress> AresResolver::servers() const { return d->effectiveServers; }
const ResolverOptions &AresResolver::options() const { return d->options; }
int AresResolver::pendingCount() const { return int(d->pending.size()); }

quint64 AresResolver::lookup(const QByteArray &name, quint16 type)
{
    return d->start(name, type);
}

void AresResolver::cancelAll()
{
    const QList<quint64> tickets = d->pending.keys();
    for (const quint64 ticket : tickets) {
        const auto it = d->pending.constFind(ticket);
        LookupResult r;
        r.name = it->name;
        r.type = it->type;
        d->mapStatus(ARES_ECANCELLED, r);
        d->finish(ticket, r);
    }
    // ares_cancel inside a c-ares callback is undefined behaviour in 1.18, and this may be
    // called from a slot that a callback led to: defer it to the event loop.
    // Lookups started after this call (before the deferred cancel runs) must survive it.
    QMetaObject::invokeMethod(this, [this] {
        if (d->channel && d->pending.isEmpty()) {
            ares_cancel(d->channel);
            d->rearmTimer();
        }
    }, Qt::QueuedConnection);
}

} // namespace Caa::Dns
