#pragma once

#include "dns/dnsserver.h"
#include "dns/lookupresult.h"
#include "dns/lookupservice.h"

#include <QList>
#include <QObject>

#include <memory>
#include <optional>

namespace Caa::Dns {

/// How queries are sent.
struct ResolverOptions
{
    /// Servers to ask, in order. Empty: the system's resolvers (/etc/resolv.conf).
    QList<ServerAddress> servers;
    /// Time for a whole lookup, retries and TCP fallback included. A lookup that has
    /// no answer by then finishes with LookupStatus::Timeout.
    int timeoutMs = 5000;
    /// Attempts per server, 1 to kMaxTries (values outside are clamped); BR 2.2.8 §4.2.2.1
    /// wants failures retried once.
    int tries = kDefaultTries;
    bool recursionDesired = true; ///< RD bit; false to ask an authoritative server directly
    bool dnssecOk = false;        ///< DO bit in the EDNS OPT record (RFC 3225)
    bool checkingDisabled = false; ///< CD bit (RFC 4035 §3.2.2)
    /// Keep each server's socket open while no query is out, for bulk runs: c-ares 1.18
    /// otherwise closes it whenever its last answer is in and opens a new one for the
    /// next query, which in a bulk run happened every few dozen names. Off, a new socket
    /// after each quiet moment also means a new random source port (RFC 5452 §9.2).
    /// c-ares 1.34 builds keep their sockets open either way (see aresresolver.cpp).
    bool keepSocketsOpen = false;
};


/// Sends DNS queries with c-ares and reports each outcome as a LookupResult.
///
/// c-ares only moves bytes here: it is driven from the Qt event loop through
/// ARES_OPT_SOCK_STATE_CB, a read and a write QSocketNotifier per socket (the write
/// notifier makes TCP fallback after TC=1 work) and one QTimer armed from
/// ares_timeout(). Every reply is parsed by interpretReply(). Queries carry a random
/// ID, RD=1 (by default), AD=1 and EDNS0 with a 1232-octet payload size.
///
/// The UDP sockets are read and written through our own socket functions: replies are
/// read in batches (recvmmsg), and the queries started before the event loop next runs
/// leave together (sendmmsg) when it does. lookup() therefore sends nothing by itself;
/// the event loop must run, as it must for any result.
///
/// Results are delivered through finished() from the event loop, never from inside a
/// c-ares callback, so a slot may start new lookups or delete the resolver.
/// Lives in one thread; all calls must come from that thread.
class AresResolver final : public LookupService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AresResolver)

public:
    explicit AresResolver(const ResolverOptions &options = {}, QObject *parent = nullptr);
    ~AresResolver() override;

    /// False when c-ares could not be set up (see setupError()); lookups then fail at once.
    bool isReady() const;
    QString setupError() const;

    /// The servers queries go to (the system's, when none were given).
    QList<ServerAddress> servers() const;
    const ResolverOptions &options() const;

    /// Starts a query for `name` (absolute, A-labels, with or without trailing dot).
    /// Returns a ticket that finished() will carry. Never blocks.
    quint64 lookup(const QByteArray &name, quint16 type = Type::CAA) override;

    /// Ends every pending lookup with LookupStatus::Cancelled.
    void cancelAll() override;

    /// Lookups started and not finished yet.
    int pendingCount() const;

    /// Whether the linked c-ares's own parser (`ares_dns_parse()`, c-ares 1.22 and later)
    /// reads `message`; nullopt with an older c-ares, which has none. For testing
    /// caresCertainlyParses() against the real thing.
    static std::optional<bool> caresParserReads(const QByteArray &message);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Caa::Dns
