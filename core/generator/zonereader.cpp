#include "generator/zonereader.h"

#include "dns/dnsmessage.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

// libzscanner is C and its header has no extern "C" guard.
extern "C" {
#include <libzscanner/scanner.h>
}

#include <memory>

namespace Caa {

namespace {

// Wire-format name → presentation without trailing dot, escaped by the DNS reader's own rule.
QByteArray nameFromWire(const uint8_t *wire, size_t max)
{
    QByteArray out;
    size_t pos = 0;
    while (pos < max && wire[pos] != 0) {
        const int len = wire[pos];
        if (pos + 1 + size_t(len) > max)
            break;
        if (!out.isEmpty())
            out += '.';
        Dns::appendLabelPresentation(out, wire + pos + 1, len);
        pos += 1 + size_t(len);
    }
    return out.isEmpty() ? QByteArray(".") : out;
}

struct ScanContext
{
    ZoneText *zone;
};

void onRecord(zs_scanner_t *s)
{
    auto *ctx = static_cast<ScanContext *>(s->process.data);
    ZoneRecord r;
    r.owner = nameFromWire(s->r_owner, s->r_owner_length);
    r.type = s->r_type;
    r.ttl = s->r_ttl;
    r.rdata = QByteArray(reinterpret_cast<const char *>(s->r_data), qsizetype(s->r_data_length));
    if (r.type == Dns::Type::CNAME || r.type == Dns::Type::DNAME || r.type == Dns::Type::NS)
        r.target = nameFromWire(s->r_data, s->r_data_length);
    ctx->zone->records.append(r);
}

void onError(zs_scanner_t *s)
{
    auto *ctx = static_cast<ScanContext *>(s->process.data);
    if (ctx->zone->error.isEmpty()) {
        ctx->zone->errorLine = int(s->line_counter);
        ctx->zone->error = QStringLiteral("line %1: %2").arg(s->line_counter).arg(QString::fromUtf8(zs_strerror(s->error.code)));
    }
    s->state = ZS_STATE_STOP;
}

// libzscanner refuses octets above 0x7E in text ("invalid text character"), where BIND
// and ldns take them as themselves: UTF-8 in a quoted CAA value is common (an account URL,
// an iodef address). Each such octet becomes the \DDD escape that means exactly that
// octet in master-file text (RFC 1035 §5.1), inside or outside quotes; an octet already
// escaped with a backslash ("\<octet>") becomes \DDD in place of both.
QByteArray escapeHighOctets(const QByteArray &text)
{
    auto escaped = [](uchar c) { return QByteArray("\\") + QByteArray::number(c).rightJustified(3, '0'); };
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const uchar c = uchar(text[i]);
        if (c == '\\' && i + 1 < text.size()) {
            const uchar next = uchar(text[i + 1]);
            out += next >= 0x80 ? escaped(next) : text.mid(i, 2);
            ++i;
        } else if (c >= 0x80) {
            out += escaped(c);
        } else {
            out += char(c);
        }
    }
    return out;
}

} // namespace

QByteArray ZoneText::apex() const
{
    for (const ZoneRecord &r : records)
        if (r.type == Dns::Type::SOA)
            return r.owner;
    return origin.isEmpty() ? QByteArray(".") : origin;
}

ZoneText parseZoneText(const QByteArray &text, const QByteArray &origin, quint32 defaultTtl)
{
    ZoneText zone;
    zone.origin = (origin.isEmpty() || origin == ".") ? QByteArray() : (origin.endsWith('.') ? origin.chopped(1) : origin);

    static const QRegularExpression include(QStringLiteral("^[ \\t]*\\$INCLUDE\\b"),
                                            QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = include.match(QString::fromLatin1(text));
    if (m.hasMatch()) {
        zone.errorLine = int(text.left(m.capturedStart()).count('\n')) + 1;
        zone.error = QCoreApplication::translate("ZoneReader", "line %1: $INCLUDE is not allowed here; paste or open the included file's records directly.").arg(zone.errorLine);
        return zone;
    }
    if (text.contains('\0')) {
        zone.error = QCoreApplication::translate("ZoneReader", "The text contains NUL bytes; it is not a zone file.");
        return zone;
    }

    auto scanner = std::make_unique<zs_scanner_t>();
    const QByteArray originText = zone.origin.isEmpty() ? QByteArray(".") : zone.origin + '.';
    if (zs_init(scanner.get(), originText.constData(), Dns::ClassIN, defaultTtl) != 0) {
        zone.error = QCoreApplication::translate("ZoneReader", "The origin \"%1\" is not a valid domain name.").arg(QString::fromLatin1(origin));
        zs_deinit(scanner.get());
        return zone;
    }
    ScanContext ctx{&zone};
    const QByteArray input = escapeHighOctets(text);
    zs_set_input_string(scanner.get(), input.constData(), size_t(input.size()));
    zs_set_processing(scanner.get(), &onRecord, &onError, &ctx);
    zs_parse_all(scanner.get());
    zs_deinit(scanner.get());
    return zone;
}

ZoneText loadZoneFile(const QString &path, const QByteArray &origin)
{
    ZoneText zone;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        zone.error = QCoreApplication::translate("ZoneReader", "Cannot read %1: %2").arg(path, file.errorString());
        return zone;
    }
    if (file.size() > 64 * 1024 * 1024) {
        zone.error = QCoreApplication::translate("ZoneReader", "%1 is larger than 64 MiB; that is not a zone file this tool reads.").arg(path);
        return zone;
    }
    const QByteArray text = file.readAll();
    zone = parseZoneText(text, origin);
    if (!zone.ok())
        zone.error = path + QStringLiteral(", ") + zone.error;
    return zone;
}

RecordLineParse parseCaaRecordText(const QString &text)
{
    RecordLineParse out;
    const QByteArray line = QByteArrayLiteral("record.invalid. 0 IN CAA ") + text.toUtf8() + '\n';
    const ZoneText zone = parseZoneText(line);
    if (!zone.ok() || zone.records.size() != 1 || zone.records.first().type != Dns::Type::CAA) {
        out.error = QCoreApplication::translate("ZoneReader", "\"%1\" is not a CAA record in zone-file form (FLAGS TAG VALUE, e.g. 0 issue \"letsencrypt.org\")%2")
                        .arg(text, zone.ok() ? QString() : QStringLiteral(": ") + zone.error.section(QStringLiteral(": "), 1));
        return out;
    }
    const CaaRdataParse rdata = parseCaaRdata(zone.records.first().rdata);
    if (!rdata.ok()) {
        out.error = describeCaaRdataError(rdata.error);
        return out;
    }
    out.record = rdata.record;
    return out;
}

CaaPolicy policyFromZone(const ZoneText &zone, const QByteArray &owner)
{
    CaaPolicy policy;
    policy.owner = owner.toLower();
    bool first = true;
    for (const ZoneRecord &r : zone.records) {
        if (r.type != Dns::Type::CAA || !Dns::namesEqual(r.owner, owner))
            continue;
        const CaaRdataParse caa = parseCaaRdata(r.rdata);
        if (!caa.ok())
            continue;
        if (first)
            policy.ttl = r.ttl;
        first = false;
        policy.records.append(caa.record);
    }
    return policy;
}

PolicyParse importPolicyFromZoneText(const QByteArray &text, const QByteArray &owner)
{
    PolicyParse out;
    const ZoneText zone = parseZoneText(text, owner);
    if (!zone.ok()) {
        out.error = zone.error;
        return out;
    }
    QList<QByteArray> owners;
    for (const ZoneRecord &r : zone.records) {
        if (r.type != Dns::Type::CAA)
            continue;
        const CaaRdataParse caa = parseCaaRdata(r.rdata);
        if (!caa.ok()) {
            out.error = QCoreApplication::translate("ZoneReader", "The CAA record at %1 is malformed: %2.").arg(QString::fromLatin1(r.owner), describeCaaRdataError(caa.error));
            return out;
        }
        if (!owners.contains(r.owner.toLower()))
            owners << r.owner.toLower();
    }
    QByteArray chosen = owner.isEmpty() ? QByteArray() : (owner.endsWith('.') ? owner.chopped(1) : owner).toLower();
    if (chosen.isEmpty()) {
        if (owners.size() != 1) {
            out.error = owners.isEmpty() ? QCoreApplication::translate("ZoneReader", "The text holds no CAA records.")
                                         : QCoreApplication::translate("ZoneReader", "The text holds CAA records for several names (%1); choose one.")
                                               .arg(QString::fromLatin1(owners.join(", ")));
            return out;
        }
        chosen = owners.first();
    }
    out.policy = policyFromZone(zone, chosen);
    if (out.policy.records.isEmpty())
        out.error = QCoreApplication::translate("ZoneReader", "The text holds no CAA records for %1.").arg(QString::fromLatin1(chosen));
    return out;
}

} // namespace Caa
