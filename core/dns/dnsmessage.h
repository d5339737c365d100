#pragma once

#include <QByteArray>
#include <QList>

#include <optional>
#include <QString>

/// Our own RFC 1035 message reader. c-ares only moves bytes; every reply is
/// parsed here so that empty CAA values, CNAME/DNAME chains, TTLs, the AD bit
/// and malformed packets are all visible and testable from byte vectors.
namespace Caa::Dns {

/// RR types the checker cares about (IANA "Resource Record (RR) TYPEs").
namespace Type {
constexpr quint16 A = 1;
constexpr quint16 NS = 2;
constexpr quint16 CNAME = 5;
constexpr quint16 SOA = 6;
constexpr quint16 AAAA = 28;
constexpr quint16 DNAME = 39;
constexpr quint16 OPT = 41;
constexpr quint16 RRSIG = 46;
constexpr quint16 CAA = 257;
} // namespace Type

constexpr quint16 ClassIN = 1;

/// RCODE values (RFC 1035 §4.1.1, RFC 6895).
namespace Rcode {
constexpr int NoError = 0;
constexpr int FormErr = 1;
constexpr int ServFail = 2;
constexpr int NXDomain = 3;
constexpr int NotImp = 4;
constexpr int Refused = 5;
} // namespace Rcode

/// Mnemonic of an RCODE ("NOERROR", "SERVFAIL", …; "RCODE17" for unnamed ones).
QString rcodeName(int rcode);
/// Mnemonic of an RR type ("CAA", "CNAME", …; "TYPE65" for others).
QString typeName(quint16 type);

/// Domain names are kept in presentation form without the trailing dot
/// ("www.example.com"; the root is "."). Inside a label, the characters
/// `. \ " ; ( ) @ $` are written as `\c` and bytes outside 0x21–0x7E as `\DDD`
/// (RFC 1035 §5.1), so a name read from the wire can be printed safely and
/// compared with namesEqual().
bool namesEqual(const QByteArray &a, const QByteArray &b);

/// Appends one wire label of `length` bytes to `out` in the presentation form
/// described above. The one place that decides escaping, for DNS replies and
/// zone files alike, so names from either compare equal.
void appendLabelPresentation(QByteArray &out, const uchar *label, int length);

/// True when `name` is `ancestor` or lies below it (case-insensitive, label-wise).
bool isSubdomainOf(const QByteArray &name, const QByteArray &ancestor);

struct Header
{
    quint16 id = 0;
    bool qr = false; ///< response
    quint8 opcode = 0;
    bool aa = false; ///< authoritative answer
    bool tc = false; ///< truncated
    bool rd = false; ///< recursion desired
    bool ra = false; ///< recursion available
    bool ad = false; ///< authentic data (RFC 4035 §3.2.3)
    bool cd = false; ///< checking disabled
    quint8 rcode = 0; ///< low 4 bits from the header
    quint16 qdcount = 0;
    quint16 ancount = 0;
    quint16 nscount = 0;
    quint16 arcount = 0;

    friend bool operator==(const Header &, const Header &) = default;
};

struct Question
{
    QByteArray name;
    quint16 type = 0;
    quint16 rrClass = ClassIN;

    friend bool operator==(const Question &, const Question &) = default;
};

struct ResourceRecord
{
    QByteArray owner;
    quint16 type = 0;
    quint16 rrClass = ClassIN;
    quint32 ttl = 0;
    QByteArray rdata; ///< raw RDATA bytes as on the wire
    /// For CNAME, DNAME and NS: the target name, decompressed.
    QByteArray target;

    friend bool operator==(const ResourceRecord &, const ResourceRecord &) = default;
};

/// The five counters that end an SOA's RDATA (RFC 1035 §3.3.13).
struct SoaCounters
{
    quint32 serial = 0;
    quint32 refresh = 0;
    quint32 retry = 0;
    quint32 expire = 0;
    quint32 minimum = 0;
};
/// The counters of an SOA record, read from the last 20 octets of its RDATA (its two
/// names, possibly compressed, need not be read); nullopt for another type or short RDATA.
std::optional<SoaCounters> soaCounters(const ResourceRecord &record);

/// An Extended DNS Error (RFC 8914): EDNS option 15 in a reply's OPT record.
struct ExtendedDnsError
{
    quint16 code = 0; ///< INFO-CODE (IANA "Extended DNS Error Codes")
    /// EXTRA-TEXT as sent (UTF-8, RFC 8914 §2), with control characters replaced and
    /// at most 512 characters kept; empty when the server sent none.
    QString text;

    friend bool operator==(const ExtendedDnsError &, const ExtendedDnsError &) = default;
};

/// The registered name of an INFO-CODE ("DNSSEC Bogus" for 6, RFC 8914 §5 and the IANA
/// registry up to code 30); "Private Use" for 49152–65535, "Unassigned" otherwise.
QString extendedErrorName(int code);
/// The INFO-CODE whose registered name is `name` (case-insensitive), or -1.
int extendedErrorCode(const QString &name);
/// "DNSSEC Bogus (6): signature expired" — the name, the code and the text when any.
QString extendedErrorText(const ExtendedDnsError &error);
/// Every error of `errors` as extendedErrorText(), joined with "; ".
QString extendedErrorsText(const QList<ExtendedDnsError> &errors);

struct Message
{
    Header header;
    QList<Question> questions;
    QList<ResourceRecord> answers;
    QList<ResourceRecord> authorities;
    QList<ResourceRecord> additionals;
    bool hasEdns = false;
    quint16 ednsUdpSize = 0;
    bool ednsDo = false;
    /// Full RCODE: header bits plus the EDNS extended bits (RFC 6891 §6.1.3).
    int rcode = 0;
    /// Extended DNS Errors from the OPT record, in the order sent.
    QList<ExtendedDnsError> extendedErrors;
    /// The OPT record's options could not all be read (an option longer than the
    /// record, or an EDE option shorter than its INFO-CODE). The rest of the
    /// reply is unaffected: options are advisory (RFC 6891 §6.1.2).
    bool ednsOptionsMalformed = false;

    friend bool operator==(const Message &, const Message &) = default;
};

/// Why a packet could not be read.
enum class ParseError {
    None,
    TooShort,          ///< fewer than 12 octets
    Truncated,         ///< a section claims more data than the packet holds
    BadLabel,          ///< label type 0x40/0x80 (reserved / obsolete)
    PointerLoop,       ///< compression pointers that never end
    PointerOutOfRange, ///< pointer to or past the end of the packet
    NameTooLong,       ///< decompressed name over 255 octets
    BadRdata,          ///< RDATA that does not fit its type (e.g. CNAME target runs past RDLENGTH)
    TrailingData,      ///< octets left after the last section
};

struct ParseResult
{
    Message message;
    ParseError error = ParseError::None;
    int errorOffset = -1; ///< octet offset where reading failed
    bool ok() const { return error == ParseError::None; }
};

/// Reads a complete DNS message. Never reads past `packet`, never loops.
ParseResult parseMessage(const QByteArray &packet);

/// The header and first question of a message, as parseMessage() reads them.
struct QuestionPeek
{
    Header header;
    Question question;
    friend bool operator==(const QuestionPeek &, const QuestionPeek &) = default;
};

/// Reads only the header and the first question of `packet`, not the records after
/// them: enough to tell which query a reply answers. nullopt when the packet is shorter
/// than a header, has no question, or its first question cannot be read. Where it
/// returns a value, parseMessage() reads the same header and first question, or fails
/// later in the packet.
std::optional<QuestionPeek> peekQuestion(const QByteArray &packet);

/// How long a negative answer may be kept (RFC 2308 §5): min(TTL, MINIMUM) of the first
/// SOA in the authority section; nullopt when there is none.
std::optional<quint32> negativeAnswerTtl(const Message &message);

/// A sentence naming what is wrong with a packet, for people.
QString describeParseError(ParseError error, int offset);

} // namespace Caa::Dns
