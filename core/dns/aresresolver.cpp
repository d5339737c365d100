// The only file that calls ares_*. See qt-cares-notes in the developers' docs for why
// each step is the way it is (c-ares 1.18.1 in the Qt 6.4 event loop).
//
// Two c-ares generations are supported, chosen at compile time here and nowhere else:
//
// * c-ares < 1.22 (Debian 12: 1.18.1) sends the query buffer we build as it is and hands
//   back the reply exactly as it arrived: we pick the ID, and our own reader sees the wire.
// * c-ares >= 1.34 (Debian 13: 1.34.5) parses every query and reply itself. ares_send()
//   then sends with an ID of its own choosing (so we use ares_send_dnsrec(), which tells
//   us the ID), and a reply that c-ares's parser refuses never reaches a callback at all:
//   ares_dns_parse_rr_caa() rejects a CAA record with an empty value (`0 issue ""`, legal
//   and meaning "no CA may issue", RFC 8659 §4.2), so the most important answer would
//   become a lookup failure. We therefore read the sockets through our own socket
//   functions (ares_set_socket_functions_ex) and keep each reply's wire bytes: what
//   c-ares accepts is interpreted from those bytes, and what it would refuse is
//   interpreted by our reader at once (and not passed on, so c-ares keeps the socket).
//   c-ares 1.31+ also caches answers by default; the cache is switched off, because a
//   re-check after a zone change must ask the server again.
//
// 1.22 to 1.33 are refused at build time (CMakeLists.txt says so too): they already
// rewrite IDs and parse replies, but lack ares_set_socket_functions_ex, and no release we
// test ships them.
#include "dns/aresresolver.h"
#include "dns/caresparsecheck.h"
#include "util/postedcall.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QMetaObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QTimer>

#include <ares.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <array>
#include <cerrno>
#include <climits>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <sys/uio.h>
#include <unordered_map>
#include <utility>
#include <vector>

#if ARES_VERSION >= 0x012200
#define CAA_ARES_RECORD_API 1
#include <fcntl.h>
#include <net/if.h>
#include <netinet/tcp.h>
#include <unistd.h>
#elif ARES_VERSION >= 0x011600
#error "c-ares 1.22 to 1.33 are not supported: build with c-ares 1.18-1.21 or 1.34 and later (see core/dns/aresresolver.cpp)."
#else
#define CAA_ARES_RECORD_API 0
#include <netinet/tcp.h>
#include <sys/random.h>
#include <unistd.h>
#endif

namespace Caa::Dns {

namespace {

void initialiseLibraryOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { ares_library_init(ARES_LIB_INIT_ALL); });
}

// The address a connected socket talks to, as "192.0.2.1:53" or "[2001:db8::1]:53".
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

#if !CAA_ARES_RECORD_API
// Query IDs for c-ares < 1.22, which sends the query we build, with our ID. They must not
// be guessable (RFC 5452 §4.3), so they come from the kernel's CSPRNG, 256 at a time
// (1 µs a batch): QRandomGenerator::system() runs the CPU's RDSEED for every value,
// 0.27 µs each on a virtual machine, 2% of a bulk run's CPU per name (issue #18).
quint16 nextQueryId()
{
    static thread_local std::array<quint16, 256> ids{};
    static thread_local size_t next = ids.size();
    if (next == ids.size()) {
        auto *bytes = reinterpret_cast<char *>(ids.data());
        size_t filled = 0;
        while (filled < sizeof ids) {
            const ssize_t n = getrandom(bytes + filled, sizeof ids - filled, 0);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            filled += size_t(n);
        }
        if (filled < sizeof ids) // no getrandom (a very old kernel, a seccomp filter)
            for (quint16 &id : ids)
                id = quint16(QRandomGenerator::system()->generate());
        next = 0;
    }
    return ids[next++];
}
#endif

} // namespace

struct AresResolver::Private
{
    static constexpr int ReceiveBufferBytes = 4 * 1024 * 1024;

    struct SocketEntry
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
        QString peer; ///< the server it talks to, once an answer came through it
    };

    struct Pending
    {
        QByteArray name;
        quint16 type = Type::CAA;
        quint16 id = 0;
        bool caresGaveUp = false; ///< c-ares ended it with a timeout before our deadline
        QElapsedTimer clock;
        qint64 deadlineAt = 0; ///< on `monotonic`: when our time for it is up
    };

    // Handed to ares_send as its argument; freed in the callback, which c-ares calls
    // exactly once per ares_send (also synchronously, and also on ares_destroy).
    struct CallbackContext
    {
        Private *d;
        quint64 ticket;
    };

    // Frees a callback's context; null while the channel is being destroyed (the
    // callbacks ares_destroy runs must not touch our half-destroyed state).
    static Private *takeContext(void *arg, quint64 &ticket)
    {
        auto *ctx = static_cast<CallbackContext *>(arg);
        Private *self = ctx->d;
        ticket = ctx->ticket;
        delete ctx;
        return self->destroying ? nullptr : self;
    }

    AresResolver *q;
    ResolverOptions options;
    ares_channel channel = nullptr;
    QString setupError;
    QList<ServerAddress> effectiveServers;
    QHash<ares_socket_t, SocketEntry> sockets;
    QHash<quint64, Pending> pending;
    QTimer processTimer;
    qint64 processDueAt = -1; ///< on `monotonic`, while processTimer runs
    // The earliest a first try can time out inside c-ares: the try timeout we set (c-ares
    // 1.18), or c-ares 1.34's own floor of 250 ms when that is lower.
    qint64 earliestTryMs = 50;
    // Every lookup's deadline, in the order they started (the timeout is the same for
    // all, so the order is the deadlines' order), served by one timer: a QTimer per query
    // cost an object, a connection and a timer registration each.
    QElapsedTimer monotonic;
    std::deque<std::pair<qint64, quint64>> deadlines; // (deadlineAt, ticket)
    QTimer deadlineTimer;
    quint64 nextTicket = 1;
    ares_socket_t activeFd = ARES_SOCKET_BAD;
    bool destroying = false;
#if CAA_ARES_RECORD_API
    // Every socket c-ares opens through our socket functions, and for TCP the bytes read
    // so far of a message that is not complete yet (two-octet length prefix, RFC 1035 §4.2.2).
    struct TappedSocket
    {
        bool stream = false;
        QByteArray streamBuffer;
    };
    QHash<ares_socket_t, TappedSocket> tapped;
    // The query ID c-ares put on the wire for each pending lookup, and the replies that
    // arrived with that ID and our question, as they were on the wire.
    QHash<quint16, quint64> ticketByWireId;
    QHash<quint16, QList<QByteArray>> wireReplies;
    static constexpr int MaxWireRepliesPerQuery = 8; // a flood of look-alikes stays bounded
#endif
    // c-ares reads each UDP reply with a recvfrom() of its own and sends each query with
    // a send() of its own: on a bulk run that is two system calls per name, and a call
    // costs as much as a third of a small datagram's trip through the kernel. Its
    // sockets are therefore ours (ares_set_socket_functions, _ex in 1.34): replies are
    // read up to BatchSize at a time with recvmmsg() and handed to c-ares one by one,
    // and the queries of one turn of the event loop leave together with sendmmsg()
    // (issue #18).
    static constexpr int BatchSize = 32;
    static constexpr size_t MaxDatagramBytes = 65536; // above any UDP payload (65,507 octets over IPv4)
    struct DatagramBatch
    {
        // Read, not yet handed to c-ares: slots next..count-1 of the arena.
        std::unique_ptr<char[]> arena; // BatchSize slots of slotSize bytes, made on first read
        size_t slotSize = 0;
        std::array<mmsghdr, BatchSize> received{};
        std::array<iovec, BatchSize> receivedVec{};
        std::array<sockaddr_storage, BatchSize> from{};
        int count = 0;
        int next = 0;
        // Queries handed over by c-ares and not sent yet, back to back, and where each ends.
        std::vector<char> outgoing;
        std::vector<size_t> outgoingEnds;
        int sendError = 0; ///< a send failed: the next read reports it, as a socket error
    };
    std::unordered_map<ares_socket_t, std::unique_ptr<DatagramBatch>> udpBatches;

    explicit Private(AresResolver *owner, const ResolverOptions &opts)
        : q(owner), options(opts)
    {
        monotonic.start();
        processTimer.setSingleShot(true);
        QObject::connect(&processTimer, &QTimer::timeout, q, [this] {
            processDueAt = -1;
            process(ARES_SOCKET_BAD, ARES_SOCKET_BAD);
        });
        deadlineTimer.setSingleShot(true);
        QObject::connect(&deadlineTimer, &QTimer::timeout, q, [this] { expireDeadlines(); });
    }

    // Ends every lookup whose time is up, then waits for the next one.
    void expireDeadlines()
    {
        const qint64 now = monotonic.elapsed();
        while (!deadlines.empty() && deadlines.front().first <= now) {
            const quint64 ticket = deadlines.front().second;
            deadlines.pop_front();
            finishWithStatus(ticket, ARES_ETIMEOUT); // nothing when it already ended
        }
        armDeadlineTimer();
    }

    // Entries of lookups that already ended are dropped from the front, so the queue
    // holds little more than the lookups in flight.
    void dropEndedDeadlines()
    {
        while (!deadlines.empty() && !pending.contains(deadlines.front().second))
            deadlines.pop_front();
    }

    void armDeadlineTimer()
    {
        dropEndedDeadlines();
        if (deadlines.empty()) {
            deadlineTimer.stop();
            return;
        }
        // A coarse timer may fire a little early; expireDeadlines() then waits again.
        deadlineTimer.start(int(qBound<qint64>(0, deadlines.front().first - monotonic.elapsed(), qint64(INT_MAX))));
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

    // The server an answer on fd came from. c-ares keeps a socket for many queries, so
    // the text is made once per socket and dropped with it (socketState): a getpeername
    // call, inet_ntop and two QString steps for every answer were a fifth of a bulk run's
    // system calls and 3,000 instructions each (issue #18).
    QString serverOf(ares_socket_t fd)
    {
        const auto it = sockets.find(fd);
        if (it == sockets.end())
            return peerOf(fd);
        if (it->peer.isEmpty())
            it->peer = peerOf(fd);
        return it->peer;
    }

    void process(ares_socket_t readFd, ares_socket_t writeFd)
    {
        if (!channel)
            return;
        activeFd = readFd;
        ares_process_fd(channel, readFd, writeFd);
        activeFd = ARES_SOCKET_BAD;
        // c-ares stops reading early only at a datagram from an address it did not ask
        // (a connected socket gets none); what the batch still holds is read next turn,
        // as the kernel would have signalled it.
        if (const DatagramBatch *b = batchOf(readFd); b && b->next < b->count)
            QMetaObject::invokeMethod(q, [this, readFd] { process(readFd, ARES_SOCKET_BAD); }, Qt::QueuedConnection);
        // Replies only take queries away; a retry c-ares sent in there times out no
        // sooner than a first try. So, as in start(), a timer already due before that
        // stays as it is.
        rearmTimerUnlessDueFirst();
    }

    // The process timer is left alone when it is due before any first try sent now
    // could time out: when it fires, process() asks c-ares again.
    void rearmTimerUnlessDueFirst()
    {
        if (processDueAt < 0 || processDueAt > monotonic.elapsed() + earliestTryMs)
            rearmTimer();
    }

    void rearmTimer()
    {
        if (!channel)
            return;
        timeval tv{};
        if (ares_timeout(channel, nullptr, &tv)) {
            const qint64 ms = qMax<qint64>(1, qint64(tv.tv_sec) * 1000 + tv.tv_usec / 1000);
            processTimer.start(int(ms));
            processDueAt = monotonic.elapsed() + ms;
        } else {
            processTimer.stop();
            processDueAt = -1;
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
                setupError = QCoreApplication::translate("AresResolver", "No DNS resolver is configured on this system (/etc/resolv.conf lists none). "
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
            setupError = QCoreApplication::translate("AresResolver", "Cannot use the servers %1: %2").arg(csv.join(u", "), QString::fromLatin1(ares_strerror(rc)));
            return false;
        }
        effectiveServers = options.servers;
        return true;
    }

    bool initChannel(int serverCount)
    {
        ares_options opts{};
        // Everything we rely on is set explicitly, because defaults move between versions.
        // NOROTATE: servers are asked in the order given (the user's order, or resolv.conf's).
        int mask = ARES_OPT_SOCK_STATE_CB | ARES_OPT_FLAGS | ARES_OPT_TIMEOUTMS | ARES_OPT_TRIES | ARES_OPT_EDNSPSZ
                   | ARES_OPT_NOROTATE;
        opts.sock_state_cb = &Private::socketStateCallback;
        opts.sock_state_cb_data = this;
        // NOCHECKRESP: hand over SERVFAIL/REFUSED/NOTIMP replies instead of silently
        // trying the next server; RFC 8659 needs to see them.
        opts.flags = ARES_FLAG_NOCHECKRESP | ARES_FLAG_EDNS | ARES_FLAG_NOSEARCH;
#if CAA_ARES_RECORD_API
        // Sockets stay open after c-ares gives up early (see completeFromCares), so that a
        // reply arriving before our deadline is still read.
        opts.flags |= ARES_FLAG_STAYOPEN;
#else
        // In a bulk run every batch of answers read at once could leave no query out, and
        // closing then cost a socket(), connect(), setsockopt() and two notifiers for the
        // next batch: 240 sockets for 10,000 names, about 2% of the run (issue #18).
        if (options.keepSocketsOpen)
            opts.flags |= ARES_FLAG_STAYOPEN;
#endif
        if (!options.recursionDesired)
            opts.flags |= ARES_FLAG_NORECURSE;
        // Clamped here as well as at the option parsers: the shift below must stay defined
        // whatever a caller passes.
        const int tries = qBound(1, options.tries, kMaxTries);
        opts.tries = tries;
        // c-ares 1.18 doubles the per-try timeout after each round through the servers:
        // n*t + 2n*t + … must fit into the whole budget.
        qint64 units = 0;
        for (int i = 0; i < tries; ++i)
            units += qint64(qMax(1, serverCount)) << i;
        opts.timeout = int(qMax<qint64>(50, options.timeoutMs / units));
#if CAA_ARES_RECORD_API
        earliestTryMs = qMin<qint64>(opts.timeout, 250);
#else
        earliestTryMs = opts.timeout;
#endif
        opts.ednspsz = 1232;
        // A bulk run has hundreds of queries out at once, and their answers can arrive
        // while the loop is busy with earlier ones: with the kernel's default buffer
        // (208 KiB, a few hundred small datagrams) the surplus was dropped and asked
        // again a try timeout later. The kernel caps this at net.core.rmem_max.
        mask |= ARES_OPT_SOCK_RCVBUF;
        opts.socket_receive_buffer_size = ReceiveBufferBytes;
#if CAA_ARES_RECORD_API
        // c-ares 1.34 sizes each try itself: at least 250 ms, doubled (with jitter) per
        // round, so 5 tries took up to 4 s and fewer than the user's tries fitted into
        // their time. Capping each attempt at an equal share of the budget (never below
        // the first one's) makes every try to every server fit, as the doubling above
        // does on c-ares 1.18.
        mask |= ARES_OPT_MAXTIMEOUTMS;
        opts.maxtimeout = int(qMax<qint64>(opts.timeout, options.timeoutMs / (qint64(tries) * qMax(1, serverCount))));
#endif
#if CAA_ARES_RECORD_API
        // c-ares 1.31+ caches answers unless told otherwise (qcache_max_ttl 0 = off). What
        // may be reused is decided by our climb and the bulk scheduler, never the library.
        mask |= ARES_OPT_QUERY_CACHE;
        opts.qcache_max_ttl = 0;
#endif
        const int rc = ares_init_options(&channel, &opts, mask);
        if (rc != ARES_SUCCESS) {
            channel = nullptr;
            setupError = QCoreApplication::translate("AresResolver", "Cannot set up the DNS resolver: %1").arg(QString::fromLatin1(ares_strerror(rc)));
            return false;
        }
#if CAA_ARES_RECORD_API
        const ares_status_t tap = ares_set_socket_functions_ex(channel, &tapFunctions, this);
        if (tap != ARES_SUCCESS) {
            setupError = QCoreApplication::translate("AresResolver", "Cannot set up the DNS resolver: %1").arg(QString::fromLatin1(ares_strerror(int(tap))));
            return false;
        }
#else
        ares_set_socket_functions(channel, &batchFunctions, this);
#endif
        return true;
    }

#if CAA_ARES_RECORD_API
    void readServers()
    {
        effectiveServers.clear();
        char *csv = ares_get_servers_csv(channel);
        if (!csv)
            return;
        const QString text = QString::fromLatin1(csv);
        ares_free_string(csv);
        for (const QString &entry : text.split(u',', Qt::SkipEmptyParts)) {
            // Link-local servers carry "%interface", which a typed address never has.
            QString address = entry;
            address.remove(QRegularExpression(QStringLiteral("%[^\\]]*")));
            const ServerParse parsed = parseServerAddress(address);
            if (parsed.ok())
                effectiveServers.append(parsed.server);
        }
    }
#else
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
#endif

    // --- Batched UDP sockets (see DatagramBatch), for both c-ares versions.
    DatagramBatch *batchOf(ares_socket_t fd)
    {
        const auto it = udpBatches.find(fd);
        return it == udpBatches.end() ? nullptr : it->second.get();
    }

    // c-ares reads a UDP socket until it would block; each call hands over the next
    // datagram of the batch, and reads a new batch when this one is used up. Slots of
    // `slotSize` octets: a datagram is cut where a read into `length` octets would cut it.
    static ares_ssize_t takeDatagram(ares_socket_t fd, DatagramBatch &b, void *buffer, size_t length, sockaddr *from,
                                     ares_socklen_t *fromLength, size_t slotSize)
    {
        if (b.next == b.count) {
            if (b.sendError) {
                // Reported where c-ares looks for a socket's errors: it then moves this
                // socket's queries on, as it would have after a failed send.
                errno = std::exchange(b.sendError, 0);
                return -1;
            }
            if (!readBatch(fd, b, slotSize))
                return -1;
        }
        const mmsghdr &m = b.received[size_t(b.next)];
        const size_t size = qMin(size_t(m.msg_len), length);
        std::memcpy(buffer, b.receivedVec[size_t(b.next)].iov_base, size);
        if (from && fromLength) {
            std::memcpy(from, &b.from[size_t(b.next)], qMin(size_t(*fromLength), size_t(m.msg_hdr.msg_namelen)));
            *fromLength = m.msg_hdr.msg_namelen;
        }
        ++b.next;
        return ares_ssize_t(size);
    }

    static bool readBatch(ares_socket_t fd, DatagramBatch &b, size_t slotSize)
    {
        if (b.slotSize != slotSize) {
            b.arena = std::make_unique_for_overwrite<char[]>(slotSize * BatchSize);
            b.slotSize = slotSize;
            for (size_t i = 0; i < BatchSize; ++i) {
                b.receivedVec[i] = iovec{b.arena.get() + i * slotSize, slotSize};
                b.received[i] = mmsghdr{};
                b.received[i].msg_hdr.msg_name = &b.from[i];
                b.received[i].msg_hdr.msg_iov = &b.receivedVec[i];
                b.received[i].msg_hdr.msg_iovlen = 1;
            }
        }
        // The kernel writes back each address's length (and the datagram's flags and
        // length); the rest of the headers stays as it was made.
        for (mmsghdr &m : b.received)
            m.msg_hdr.msg_namelen = sizeof(sockaddr_storage);
        b.next = 0;
        b.count = 0;
        int n;
        do
            n = ::recvmmsg(fd, b.received.data(), BatchSize, MSG_DONTWAIT, nullptr);
        while (n < 0 && errno == EINTR);
        if (n <= 0)
            return false;
        b.count = n;
        return true;
    }

    // A UDP query is kept until the event loop comes round (or a batch is full); c-ares
    // counts it as sent.
    void queueDatagram(ares_socket_t fd, DatagramBatch &b, const iovec *vec, int count)
    {
        for (int i = 0; i < count; ++i) {
            const char *base = static_cast<const char *>(vec[i].iov_base);
            b.outgoing.insert(b.outgoing.end(), base, base + vec[i].iov_len);
        }
        b.outgoingEnds.push_back(b.outgoing.size());
        if (b.outgoingEnds.size() >= BatchSize)
            sendBatch(fd, b);
        flushLater.post();
    }

    static void sendBatch(ares_socket_t fd, DatagramBatch &b)
    {
        const size_t total = b.outgoingEnds.size();
        size_t sent = 0;
        while (sent < total) {
            std::array<mmsghdr, BatchSize> messages{};
            std::array<iovec, BatchSize> vecs{};
            const size_t chunk = qMin(total - sent, size_t(BatchSize));
            for (size_t j = 0; j < chunk; ++j) {
                const size_t begin = sent + j == 0 ? 0 : b.outgoingEnds[sent + j - 1];
                vecs[j] = iovec{b.outgoing.data() + begin, b.outgoingEnds[sent + j] - begin};
                messages[j].msg_hdr.msg_iov = &vecs[j];
                messages[j].msg_hdr.msg_iovlen = 1;
            }
            const int n = ::sendmmsg(fd, messages.data(), unsigned(chunk), MSG_DONTWAIT);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                // A full send buffer loses the rest as a network loses datagrams: c-ares
                // asks again after a try timeout. Any other error is the socket's.
                if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != ENOBUFS)
                    b.sendError = errno;
                break;
            }
            sent += size_t(n);
        }
        b.outgoing.clear();
        b.outgoingEnds.clear();
    }

    PostedCall flushLater{q, [this] { flushSends(); }};

    // Sends every socket's waiting queries; a socket whose send failed is then read by
    // c-ares, which finds the error there (takeDatagram()). Not inside a c-ares call.
    void flushSends()
    {
        std::vector<ares_socket_t> failed;
        for (auto &[fd, b] : udpBatches) {
            if (!b->outgoingEnds.empty())
                sendBatch(fd, *b);
            if (b->sendError)
                failed.push_back(fd);
        }
        for (const ares_socket_t fd : failed)
            process(fd, ARES_SOCKET_BAD);
    }

#if CAA_ARES_RECORD_API
    static void recordCallback(void *arg, ares_status_t status, size_t timeouts, const ares_dns_record_t *reply)
    {
        Q_UNUSED(timeouts);
        quint64 ticket = 0;
        Private *self = takeContext(arg, ticket);
        if (!self)
            return;
        if (status != ARES_SUCCESS || !reply) {
            self->completeFromCares(ticket, int(status == ARES_SUCCESS ? ARES_EBADRESP : status), nullptr, 0);
            return;
        }
        const QByteArray wire = self->wireBytesOf(ticket, reply);
        self->completeFromCares(ticket, ARES_SUCCESS, reinterpret_cast<const unsigned char *>(wire.constData()),
                                int(wire.size()));
    }

    // The reply c-ares accepted, as it was on the wire. c-ares hands over its parsed form;
    // of the replies the tap kept for this query, the one it accepted is the one whose
    // parsed form c-ares writes out identically. Should none match (it cannot happen while
    // every socket goes through the tap), c-ares's own rendering is the best we have.
    QByteArray wireBytesOf(quint64 ticket, const ares_dns_record_t *reply)
    {
        const auto it = pending.constFind(ticket);
        const auto kept = it == pending.constEnd() ? wireReplies.constEnd() : wireReplies.constFind(it->id);
        // The usual case: one reply with this query's ID and question came through the
        // tap, and c-ares accepts only a reply with both, so that one is it. Comparing
        // costs c-ares a parse and two writes more per reply: with them c-ares 1.34 was a
        // third of a bulk run's CPU, without them a quarter (issue #18).
        if (kept != wireReplies.constEnd() && kept->size() == 1)
            return kept->first();
        const QByteArray accepted = written(reply);
        if (kept != wireReplies.constEnd()) {
            for (const QByteArray &candidate : *kept) {
                ares_dns_record_t *parsed = nullptr;
                if (ares_dns_parse(reinterpret_cast<const unsigned char *>(candidate.constData()), size_t(candidate.size()), 0,
                                   &parsed)
                    != ARES_SUCCESS)
                    continue;
                const bool same = written(parsed) == accepted;
                ares_dns_record_destroy(parsed);
                if (same)
                    return candidate;
            }
        }
        return accepted;
    }

    static QByteArray written(const ares_dns_record_t *record)
    {
        unsigned char *buf = nullptr;
        size_t len = 0;
        if (ares_dns_write(record, &buf, &len) != ARES_SUCCESS || !buf)
            return QByteArray();
        QByteArray out(reinterpret_cast<const char *>(buf), qsizetype(len));
        ares_free_string(buf);
        return out;
    }

    // --- The tap: c-ares's sockets, opened and read by us (defaults as in c-ares's own
    // ares_set_socket_functions.c for Linux). Only arecvfrom does more than forward.
    static ares_socket_t tapSocket(int domain, int type, int protocol, void *data)
    {
        const int fd = ::socket(domain, type | SOCK_NONBLOCK | SOCK_CLOEXEC, protocol);
        if (fd < 0)
            return ARES_SOCKET_BAD;
        if (type == SOCK_STREAM) {
            const int on = 1;
            if (::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on) != 0) {
                ::close(fd);
                return ARES_SOCKET_BAD;
            }
        }
        auto *self = static_cast<Private *>(data);
        self->tapped.insert(fd, TappedSocket{type == SOCK_STREAM, {}});
        if (type == SOCK_DGRAM)
            self->udpBatches[fd] = std::make_unique<DatagramBatch>();
        return fd;
    }

    static int tapClose(ares_socket_t fd, void *data)
    {
        auto *self = static_cast<Private *>(data);
        self->tapped.remove(fd);
        // What was read and not handed over, or not sent yet, belonged to this socket's
        // queries, which c-ares moves on or ends as it closes it.
        self->udpBatches.erase(fd);
        return ::close(fd);
    }

    static int tapSetsockopt(ares_socket_t fd, ares_socket_opt_t opt, const void *val, ares_socklen_t size, void *)
    {
        switch (opt) {
        case ARES_SOCKET_OPT_SENDBUF_SIZE:
            return ::setsockopt(fd, SOL_SOCKET, SO_SNDBUF, val, size);
        case ARES_SOCKET_OPT_RECVBUF_SIZE:
            return ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, val, size);
        case ARES_SOCKET_OPT_BIND_DEVICE:
            return ::setsockopt(fd, SOL_SOCKET, SO_BINDTODEVICE, val, size);
        default:
            errno = ENOSYS; // c-ares reads ENOSYS as "not supported here", not as a failure
            return -1;
        }
    }

    static int tapConnect(ares_socket_t fd, const sockaddr *address, ares_socklen_t length, unsigned int, void *)
    {
        return ::connect(fd, address, length);
    }

    static ares_ssize_t tapSendto(ares_socket_t fd, const void *buffer, size_t length, int flags, const sockaddr *address,
                                  ares_socklen_t addressLength, void *data)
    {
        // c-ares 1.34 sends on its connected UDP sockets without an address.
        auto *self = static_cast<Private *>(data);
        if (DatagramBatch *b = address ? nullptr : self->batchOf(fd)) {
            const iovec vec{const_cast<void *>(buffer), length};
            self->queueDatagram(fd, *b, &vec, 1);
            return ares_ssize_t(length);
        }
        if (address)
            return ::sendto(fd, buffer, length, flags, address, addressLength);
        return ::send(fd, buffer, length, flags);
    }

    static int tapGetsockname(ares_socket_t fd, sockaddr *address, ares_socklen_t *length, void *)
    {
        return ::getsockname(fd, address, length);
    }

    static int tapBind(ares_socket_t fd, unsigned int, const sockaddr *address, socklen_t length, void *)
    {
        return ::bind(fd, address, length);
    }

    static unsigned int tapNameToIndex(const char *name, void *) { return ::if_nametoindex(name); }

    static const char *tapIndexToName(unsigned int index, char *buffer, size_t length, void *)
    {
        if (length < IF_NAMESIZE)
            return nullptr;
        return ::if_indextoname(index, buffer);
    }

    static ares_ssize_t tapRecvfrom(ares_socket_t fd, void *buffer, size_t length, int flags, sockaddr *from,
                                    ares_socklen_t *fromLength, void *data)
    {
        auto *self = static_cast<Private *>(data);
        DatagramBatch *b = flags == 0 ? self->batchOf(fd) : nullptr;
        const ares_socklen_t fromCapacity = fromLength ? *fromLength : 0;
        for (;;) {
            if (fromLength)
                *fromLength = fromCapacity;
            // c-ares 1.34 offers at least 65,535 octets, and more as its buffer grows: the
            // slots are as large as the largest datagram, so none is cut.
            const ssize_t n = b ? takeDatagram(fd, *b, buffer, length, from, fromLength, MaxDatagramBytes)
                                : ::recvfrom(fd, buffer, length, flags, from, fromLength);
            if (n <= 0)
                return n;
            if (!self->observe(fd, static_cast<const char *>(buffer), n))
                return n;
            // Kept from c-ares (see observe()): read the next one.
        }
    }

    // Sees every chunk read from a c-ares socket. Returns true to keep a UDP datagram from
    // c-ares: one its parser refuses. c-ares 1.34 takes such a datagram as a broken
    // connection (it closes the socket and sends every query on it again, so a few junk
    // packets end a lookup with EBADRESP, and a reply with an empty CAA value is lost);
    // c-ares 1.18 dropped junk. A reply to our question among them is read here instead.
    // An empty datagram is c-ares's own to drop.
    bool observe(ares_socket_t fd, const char *data, qsizetype size)
    {
        const auto it = tapped.find(fd);
        if (it == tapped.end())
            return false;
        if (!it->stream) {
            // Not copied: observeMessage() copies what it keeps.
            const QByteArray datagram = QByteArray::fromRawData(data, size);
            const bool caresCanRead = datagram.isEmpty() || caresParses(datagram);
            observeMessage(fd, datagram, caresCanRead);
            return !caresCanRead;
        }
        QByteArray &buffer = it->streamBuffer;
        buffer.append(data, size);
        while (buffer.size() >= 2) {
            const int length = (uchar(buffer.at(0)) << 8) | uchar(buffer.at(1));
            if (buffer.size() < 2 + length)
                break;
            const QByteArray message = buffer.mid(2, length);
            buffer.remove(0, 2 + length);
            // A TCP stream is passed on whole; c-ares closes it if it refuses a message.
            observeMessage(fd, message, caresParses(message));
        }
        return false;
    }

    // Keeps a reply to one of our pending questions, and reads it at once where c-ares
    // will not: when its parser refuses it, or after c-ares gave up before our deadline.
    void observeMessage(ares_socket_t fd, const QByteArray &message, bool caresCanRead)
    {
        if (message.size() < 12)
            return;
        const quint16 wireId = quint16((uchar(message.at(0)) << 8) | uchar(message.at(1)));
        const auto ticketIt = ticketByWireId.constFind(wireId);
        if (ticketIt == ticketByWireId.constEnd())
            return;
        const auto pendingIt = pending.constFind(*ticketIt);
        if (pendingIt == pending.constEnd())
            return;
        // Read as far as the question: a reply to something else is c-ares's to drop.
        const std::optional<QuestionPeek> peek = peekQuestion(message);
        if (!peek || !namesEqual(peek->question.name, pendingIt->name) || peek->question.type != pendingIt->type
            || peek->question.rrClass != ClassIN)
            return;
        // `message` may be c-ares's own buffer (observe()): what is kept or read is a copy.
        const QByteArray reply(message.constData(), message.size());
        QList<QByteArray> &kept = wireReplies[wireId];
        if (kept.size() < MaxWireRepliesPerQuery)
            kept.append(reply);

        if (!pendingIt->caresGaveUp) {
            if (caresCanRead)
                return; // c-ares decides (TC, EDNS fallback, cookies) and calls back
            if (peek->header.tc)
                return; // c-ares could only retry; leave that to it
        }
        LookupResult result = interpretReply(pendingIt->name, pendingIt->type, pendingIt->id, reply);
        result.server = serverOf(fd);
        finish(*ticketIt, result);
    }

    // Most replies are decided by our walk of c-ares 1.34's rules, without c-ares
    // building its whole record for each one (issue #18); the rest, and every reply
    // with another c-ares release at run time, by c-ares's parser itself.
    static bool caresParses(const QByteArray &message)
    {
        static const bool walkKnowsTheRules = [] {
            int version = 0;
            ares_version(&version);
            return (version & 0xFFFF00) == 0x012200;
        }();
        return (walkKnowsTheRules
                && caresCertainlyParses(reinterpret_cast<const uchar *>(message.constData()), message.size()))
               || caresParserAccepts(message);
    }

    static bool caresParserAccepts(const QByteArray &message)
    {
        ares_dns_record_t *parsed = nullptr;
        const bool ok = ares_dns_parse(reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()), 0,
                                       &parsed)
                        == ARES_SUCCESS;
        ares_dns_record_destroy(parsed);
        return ok;
    }

    static const ares_socket_functions_ex tapFunctions;
#else
    // --- c-ares 1.18's sockets, opened, read and written by us (see DatagramBatch). TCP
    // is passed straight through. c-ares connects them, but leaves the rest of its own
    // set-up (configure_socket() in ares_process.c) to whoever opens them: non-blocking,
    // close-on-exec, the receive buffer, and TCP_NODELAY, as it would have set them.
    static ares_socket_t batchSocket(int domain, int type, int protocol, void *data)
    {
        const int fd = ::socket(domain, type | SOCK_NONBLOCK | SOCK_CLOEXEC, protocol);
        if (fd < 0)
            return ARES_SOCKET_BAD;
        const int on = 1;
        if (::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &ReceiveBufferBytes, sizeof ReceiveBufferBytes) != 0
            || (type == SOCK_STREAM && ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on) != 0)) {
            ::close(fd);
            return ARES_SOCKET_BAD;
        }
        if (type == SOCK_DGRAM)
            static_cast<Private *>(data)->udpBatches[fd] = std::make_unique<DatagramBatch>();
        return fd;
    }

    static int batchClose(ares_socket_t fd, void *data)
    {
        // What was read and not handed over, or not sent yet, belonged to this socket's
        // queries, which c-ares moves on or ends as it closes it.
        static_cast<Private *>(data)->udpBatches.erase(fd);
        return ::close(fd);
    }

    static int batchConnect(ares_socket_t fd, const sockaddr *address, ares_socklen_t length, void *)
    {
        return ::connect(fd, address, length);
    }

    static ares_ssize_t batchRecvfrom(ares_socket_t fd, void *buffer, size_t length, int flags, sockaddr *from,
                                      ares_socklen_t *fromLength, void *data)
    {
        DatagramBatch *b = static_cast<Private *>(data)->batchOf(fd);
        if (!b || flags != 0)
            return from ? ::recvfrom(fd, buffer, length, flags, from, fromLength) : ::recv(fd, buffer, length, flags);
        // c-ares 1.18 reads into a buffer of the same size every time (MAXENDSSZ + 1).
        return takeDatagram(fd, *b, buffer, length, from, fromLength, length);
    }

    static ares_ssize_t batchSendv(ares_socket_t fd, const iovec *vec, int count, void *data)
    {
        auto *self = static_cast<Private *>(data);
        DatagramBatch *b = self->batchOf(fd);
        if (!b)
            return ::writev(fd, vec, count);
        size_t total = 0;
        for (int i = 0; i < count; ++i)
            total += vec[i].iov_len;
        self->queueDatagram(fd, *b, vec, count);
        return ares_ssize_t(total);
    }

    static const ares_socket_functions batchFunctions;

    static void queryCallback(void *arg, int status, int timeouts, unsigned char *abuf, int alen)
    {
        Q_UNUSED(timeouts);
        quint64 ticket = 0;
        Private *self = takeContext(arg, ticket);
        if (!self)
            return;
        self->completeFromCares(ticket, status, abuf, alen);
    }
#endif

    void completeFromCares(quint64 ticket, int status, const unsigned char *abuf, int alen)
    {
        const auto it = pending.find(ticket);
        if (it == pending.end())
            return; // already ended by our deadline or by cancelAll()
#if CAA_ARES_RECORD_API
        // c-ares 1.34 sizes each try from the server's measured round-trip time (5 x RTT,
        // at least 250 ms; ares_metrics.c), not from the timeout we set, so after a few
        // fast answers it gives up on a slower one long before the time the user allowed.
        // The lookup then stays open until our deadline, and the tap reads a late reply.
        if (status == ARES_ETIMEOUT && it->deadlineAt > monotonic.elapsed()) {
            it->caresGaveUp = true;
            return;
        }
#endif
        LookupResult result;
        if (status == ARES_SUCCESS && abuf && alen > 0) {
            result = interpretReply(it->name, it->type, it->id,
                                    QByteArray(reinterpret_cast<const char *>(abuf), alen));
            result.server = serverOf(activeFd);
        } else {
            result.name = it->name;
            result.type = it->type;
            mapStatus(status, result);
        }
        if (result.server.isEmpty() && effectiveServers.size() == 1)
            result.server = effectiveServers.first().toString();
        finish(ticket, result);
    }

    // Ends a pending lookup that got no reply, with the status c-ares (or we) gave it.
    void finishWithStatus(quint64 ticket, int caresStatus)
    {
        const auto it = pending.constFind(ticket);
        if (it == pending.constEnd())
            return;
        LookupResult r;
        r.name = it->name;
        r.type = it->type;
        mapStatus(caresStatus, r);
        finish(ticket, r);
    }

    void mapStatus(int status, LookupResult &r) const
    {
        const QString servers = serverListText();
        switch (status) {
        case ARES_ETIMEOUT:
            r.status = LookupStatus::Timeout;
            r.errorMessage = QCoreApplication::translate("AresResolver", "No answer from %1 within %2 ms.").arg(servers).arg(options.timeoutMs);
            break;
        case ARES_ECONNREFUSED:
            r.status = LookupStatus::ConnectionRefused;
            r.errorMessage = QCoreApplication::translate("AresResolver", "%1 refused the connection; is a DNS server running there?").arg(servers);
            break;
        case ARES_EBADRESP:
            r.status = LookupStatus::Malformed;
            r.errorMessage = QCoreApplication::translate("AresResolver", "The reply from %1 could not be read.").arg(servers);
            break;
        case ARES_ESERVFAIL:
            // With NOCHECKRESP c-ares reports this status only when it has no server to ask
            // (ares_send.c), never for a SERVFAIL reply, which arrives as a packet.
            r.status = LookupStatus::NoServers;
            r.errorMessage = QCoreApplication::translate("AresResolver", "No DNS server is available to ask.");
            break;
        case ARES_EBADQUERY:
        case ARES_EBADNAME:
        case ARES_ENOTFOUND:
            r.status = LookupStatus::BadQuery;
            r.errorMessage = QCoreApplication::translate("AresResolver", "\"%1\" cannot be sent as a DNS query.").arg(QString::fromLatin1(r.name));
            break;
        case ARES_ECANCELLED:
        case ARES_EDESTRUCTION:
            r.status = LookupStatus::Cancelled;
            r.errorMessage = QCoreApplication::translate("AresResolver", "The lookup was cancelled.");
            break;
        default:
            r.status = LookupStatus::NetworkError;
            r.errorMessage = QCoreApplication::translate("AresResolver", "Network error talking to %1: %2").arg(servers, QString::fromLatin1(ares_strerror(status)));
            break;
        }
    }

    QString serverListText() const
    {
        QStringList names;
        for (const ServerAddress &s : effectiveServers)
            names << s.toString();
        return names.isEmpty() ? QCoreApplication::translate("AresResolver", "the DNS server") : names.join(QStringLiteral(", "));
    }

    // Every result leaves through here, delivered from the event loop.
    void finish(quint64 ticket, LookupResult result)
    {
        const auto it = pending.find(ticket);
        if (it == pending.end())
            return;
        result.elapsedMs = it->clock.elapsed();
        result.queryId = it->id;
#if CAA_ARES_RECORD_API
        if (ticketByWireId.value(it->id) == ticket) {
            ticketByWireId.remove(it->id);
            wireReplies.remove(it->id);
        }
#endif
        pending.erase(it);
        q->finishLater(ticket, std::move(result));
        if (pending.isEmpty())
            orphanSweep.post();
    }

    // A lookup we ended ourselves (our deadline, cancelAll(), a reply read by the tap) may
    // still be alive inside c-ares, which would keep retrying it. Once none of ours is
    // pending, cancel what c-ares still holds. Deferred: ares_cancel inside a c-ares
    // callback is undefined behaviour in 1.18. Lookups started before the deferred call
    // runs survive it.
    PostedCall orphanSweep{q, [this] {
        if (channel && pending.isEmpty()) {
            ares_cancel(channel);
            rearmTimer();
        }
    }};

    quint64 start(const QByteArray &rawName, quint16 type)
    {
        const quint64 ticket = nextTicket++;
        QByteArray name = rawName;
        if (name.size() > 1 && name.endsWith('.'))
            name.chop(1);
        Pending p;
        p.name = name;
        p.type = type;
        p.clock.start();
        p.deadlineAt = monotonic.elapsed() + options.timeoutMs;
        pending.insert(ticket, p);
        dropEndedDeadlines();
        deadlines.emplace_back(p.deadlineAt, ticket);
        if (!deadlineTimer.isActive())
            armDeadlineTimer();

        if (!channel) {
            LookupResult r;
            r.name = name;
            r.type = type;
            r.status = LookupStatus::NoServers;
            r.errorMessage = setupError;
            finish(ticket, r);
            return ticket;
        }

        sendQuery(ticket, name, type);
        // c-ares needs us back no later than this query's first try can time out. When
        // the timer is due before that anyway, asking c-ares (whose ares_timeout walks
        // every query in 1.18) and restarting the timer for each of a bulk run's queries
        // is not needed: when it fires, process() asks again.
        rearmTimerUnlessDueFirst();
        return ticket;
    }

#if CAA_ARES_RECORD_API
    void sendQuery(quint64 ticket, const QByteArray &name, quint16 type)
    {
        // AD=1 asks for the validation state (RFC 6840 §5.7); EDNS0 with a 1232-octet
        // payload (DNS flag day 2020); DO per RFC 3225. c-ares picks the ID.
        unsigned short flags = ARES_FLAG_AD;
        if (options.recursionDesired)
            flags |= ARES_FLAG_RD;
        if (options.checkingDisabled)
            flags |= ARES_FLAG_CD;
        ares_dns_record_t *query = nullptr;
        ares_dns_rr_t *opt = nullptr;
        ares_status_t rc = ares_dns_record_create(&query, 0, flags, ARES_OPCODE_QUERY, ARES_RCODE_NOERROR);
        if (rc == ARES_SUCCESS)
            rc = ares_dns_record_query_add(query, name.constData(), ares_dns_rec_type_t(type), ARES_CLASS_IN);
        if (rc == ARES_SUCCESS)
            rc = ares_dns_record_rr_add(&opt, query, ARES_SECTION_ADDITIONAL, "", ARES_REC_TYPE_OPT, ARES_CLASS_IN, 0);
        if (rc == ARES_SUCCESS)
            rc = ares_dns_rr_set_u16(opt, ARES_RR_OPT_UDP_SIZE, 1232);
        if (rc == ARES_SUCCESS)
            rc = ares_dns_rr_set_u8(opt, ARES_RR_OPT_VERSION, 0);
        if (rc == ARES_SUCCESS)
            rc = ares_dns_rr_set_u16(opt, ARES_RR_OPT_FLAGS, options.dnssecOk ? 0x8000 : 0);
        if (rc != ARES_SUCCESS) {
            ares_dns_record_destroy(query);
            finishWithStatus(ticket, rc == ARES_EBADNAME ? ARES_EBADNAME : ARES_EBADQUERY);
            return;
        }
        unsigned short wireId = 0;
        // The callback may run inside this call (no server, bad query): it finds the
        // ticket still pending and ends it.
        const ares_status_t sent = ares_send_dnsrec(channel, query, &Private::recordCallback,
                                                    new CallbackContext{this, ticket}, &wireId);
        ares_dns_record_destroy(query);
        const auto it = pending.find(ticket);
        if (sent == ARES_SUCCESS && it != pending.end()) {
            it->id = wireId;
            ticketByWireId.insert(wireId, ticket);
        }
    }
#else
    void sendQuery(quint64 ticket, const QByteArray &name, quint16 type)
    {
        // c-ares < 1.22 sends this buffer as built, with our random ID.
        const auto it = pending.find(ticket);
        it->id = nextQueryId();
        unsigned char *buf = nullptr;
        int len = 0;
        const int rc = ares_create_query(name.constData(), ClassIN, type, it->id,
                                         options.recursionDesired ? 1 : 0, &buf, &len, 1232);
        if (rc != ARES_SUCCESS || !buf || len < 12) {
            if (buf)
                ares_free_string(buf);
            finishWithStatus(ticket, rc == ARES_SUCCESS ? ARES_EBADQUERY : rc);
            return;
        }
        buf[3] |= 0x20; // AD=1: ask for the validation state (RFC 6840 §5.7)
        if (options.checkingDisabled)
            buf[3] |= 0x10; // CD=1
        if (options.dnssecOk)
            buf[len - 4] |= 0x80; // DO bit in the OPT RR's TTL field (RFC 3225)
        ares_send(channel, buf, len, &Private::queryCallback, new CallbackContext{this, ticket});
        ares_free_string(buf);
    }
#endif
};

#if CAA_ARES_RECORD_API
const ares_socket_functions_ex AresResolver::Private::tapFunctions = {
    1,
    ARES_SOCKFUNC_FLAG_NONBLOCKING,
    &Private::tapSocket,
    &Private::tapClose,
    &Private::tapSetsockopt,
    &Private::tapConnect,
    &Private::tapRecvfrom,
    &Private::tapSendto,
    &Private::tapGetsockname,
    &Private::tapBind,
    &Private::tapNameToIndex,
    &Private::tapIndexToName,
};
#else
const ares_socket_functions AresResolver::Private::batchFunctions = {
    &Private::batchSocket,
    &Private::batchClose,
    &Private::batchConnect,
    &Private::batchRecvfrom,
    &Private::batchSendv,
};
#endif

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

std::optional<bool> AresResolver::caresParserReads(const QByteArray &message)
{
#if CAA_ARES_RECORD_API
    return Private::caresParserAccepts(message);
#else
    Q_UNUSED(message);
    return std::nullopt;
#endif
}

quint64 AresResolver::lookup(const QByteArray &name, quint16 type)
{
    return d->start(name, type);
}

void AresResolver::cancelAll()
{
    const QList<quint64> tickets = d->pending.keys();
    for (const quint64 ticket : tickets)
        d->finishWithStatus(ticket, ARES_ECANCELLED);
    // finish() above has posted the deferred ares_cancel (orphanSweep).
}

} // namespace Caa::Dns
