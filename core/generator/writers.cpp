#include "generator/writers.h"

#include "caa/registry.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringDecoder>

namespace Caa {

QString zoneFormatName(ZoneFormat format)
{
    switch (format) {
    case ZoneFormat::Bind: return QStringLiteral("bind");
    case ZoneFormat::Rfc3597: return QStringLiteral("rfc3597");
    case ZoneFormat::Tinydns: return QStringLiteral("tinydns");
    case ZoneFormat::Dnsmasq: return QStringLiteral("dnsmasq");
    case ZoneFormat::Table: return QStringLiteral("table");
    case ZoneFormat::Dnscontrol: return QStringLiteral("dnscontrol");
    case ZoneFormat::Octodns: return QStringLiteral("octodns");
    case ZoneFormat::Json: return QStringLiteral("json");
    }
    return QString();
}

QList<ZoneFormat> allZoneFormats()
{
    return {ZoneFormat::Bind, ZoneFormat::Rfc3597, ZoneFormat::Tinydns, ZoneFormat::Dnsmasq,
            ZoneFormat::Table, ZoneFormat::Dnscontrol, ZoneFormat::Octodns, ZoneFormat::Json};
}

bool zoneFormatFromName(const QString &name, ZoneFormat &format)
{
    for (const ZoneFormat f : allZoneFormats()) {
        if (zoneFormatName(f) == name.trimmed().toLower()) {
            format = f;
            return true;
        }
    }
    return false;
}

namespace {

QString fqdn(const CaaPolicy &p) { return QString::fromLatin1(p.owner) + u'.'; }

QString hexOf(const QByteArray &bytes, bool upper)
{
    const QByteArray hex = bytes.toHex();
    return QString::fromLatin1(upper ? hex.toUpper() : hex);
}

bool tagIsPresentable(const CaaRecord &r) { return r.hasValidTagCharacters(); }

const QList<QByteArray> &ianaTags() { return registeredCaaTags(); }

// A double-quoted string that JavaScript (dnscontrol) and YAML 1.1/1.2 (octoDNS) both
// read back as the same text; false when the bytes are not UTF-8. Escaped: '"', '\\',
// C0 controls, DEL and the C1 controls (\xHH), and the characters YAML does not allow
// raw or JavaScript treats as line ends (U+2028, U+2029, U+FEFF as \uHHHH).
bool quotedUtf8(const QByteArray &bytes, QString &out)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return false;
    out = u'"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (c == u'"' || c == u'\\') {
            out += u'\\';
            out += c;
        } else if (u < 0x20 || (u >= 0x7F && u <= 0x9F)) {
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        } else if (u == 0x2028 || u == 0x2029 || u == 0xFEFF) {
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    out += u'"';
    return true;
}

void warnIfBindRefuses(const CaaRecord &r, WriterOutput &w)
{
    if (!r.hasValidTagCharacters())
        w.warnings << QCoreApplication::translate("Writers", "BIND refuses %1: its tag has characters other than letters and digits (RFC 8659 §4.1). "
                                     "Knot DNS and ldns accept it.").arg(QString::fromLatin1(caaPresentation(r)));
}

WriterOutput writeBind(const CaaPolicy &p)
{
    WriterOutput w;
    for (const CaaRecord &r : p.records) {
        warnIfBindRefuses(r, w);
        if (tagIsPresentable(r)) {
            w.text += QStringLiteral("%1\t%2\tIN\tCAA\t%3\n").arg(fqdn(p)).arg(p.ttl).arg(QString::fromLatin1(caaPresentation(r)));
        } else {
            // A tag outside [A-Za-z0-9] has no presentation form: RFC 3597 generic data instead.
            const QByteArray rdata = encodeCaaRdata(r);
            w.text += QStringLiteral("%1\t%2\tIN\tCAA\t\\# %3 %4\n").arg(fqdn(p)).arg(p.ttl).arg(rdata.size()).arg(hexOf(rdata, false));
        }
    }
    return w;
}

WriterOutput writeRfc3597(const CaaPolicy &p)
{
    WriterOutput w;
    for (const CaaRecord &r : p.records) {
        warnIfBindRefuses(r, w);
        const QByteArray rdata = encodeCaaRdata(r);
        w.text += QStringLiteral("%1\t%2\tIN\tTYPE257\t\\# %3 %4\n").arg(fqdn(p)).arg(p.ttl).arg(rdata.size()).arg(hexOf(rdata, false));
    }
    return w;
}

WriterOutput writeTinydns(const CaaPolicy &p)
{
    WriterOutput w;
    for (const CaaRecord &r : p.records) {
        QString octal;
        for (const char c : encodeCaaRdata(r))
            octal += QStringLiteral("\\%1").arg(uint(uchar(c)), 3, 8, QLatin1Char('0'));
        w.text += QStringLiteral(":%1:257:%2:%3\n").arg(QString::fromLatin1(p.owner), octal).arg(p.ttl);
    }
    return w;
}

WriterOutput writeDnsmasq(const CaaPolicy &p)
{
    WriterOutput w;
    // dnsmasq reads configuration lines of at most 1024 characters.
    constexpr int dnsmasqMaxLine = 1024;
    for (const CaaRecord &r : p.records) {
        const QString line = QStringLiteral("dns-rr=%1,257,%2").arg(QString::fromLatin1(p.owner), hexOf(encodeCaaRdata(r), true));
        if (line.size() > dnsmasqMaxLine) {
            w.text += QStringLiteral("# too long for dnsmasq (%1 characters, at most %2): %3\n") // not translated: a comment inside the generated file
                          .arg(line.size()).arg(dnsmasqMaxLine).arg(QString::fromLatin1(caaPresentation(r).left(60)) + QStringLiteral("…"));
            w.warnings << QCoreApplication::translate("Writers", "dnsmasq cannot hold the record %1…: its dns-rr line would be %2 characters, over dnsmasq's limit of %3.")
                              .arg(QString::fromLatin1(caaPresentation(r).left(40))).arg(line.size()).arg(dnsmasqMaxLine);
            continue;
        }
        w.text += line + u'\n';
    }
    if (!p.records.isEmpty())
        w.warnings << QCoreApplication::translate("Writers", "dnsmasq does not set a TTL per record; it uses its local-ttl setting.");
    return w;
}

WriterOutput writeTable(const CaaPolicy &p)
{
    WriterOutput w;
    QStringList values;
    for (const CaaRecord &r : p.records)
        values << (tagIsPresentable(r) ? QString::fromLatin1(caaPresentation(r))
                                       : QStringLiteral("\\# %1 %2").arg(encodeCaaRdata(r).size()).arg(hexOf(encodeCaaRdata(r), false)));
    const int nameWidth = qMax(4, int(fqdn(p).size()));
    w.text += QStringLiteral("%1  Type  TTL     Value\n").arg(QStringLiteral("Name").leftJustified(nameWidth));
    for (const QString &v : std::as_const(values))
        w.text += QStringLiteral("%1  CAA   %2  %3\n").arg(fqdn(p).leftJustified(nameWidth), QString::number(p.ttl).leftJustified(6), v);
    return w;
}

// dnscontrol: CAA_BUILDER({...}) when every record fits its shape, else one CAA() per record.
WriterOutput writeDnscontrol(const CaaPolicy &p)
{
    WriterOutput w;
    struct Group
    {
        QStringList values;
        QList<quint8> flags;
    };
    const QList<QByteArray> builderTags{"iodef", "issue", "issuewild", "issuevmc", "issuemail"};
    QHash<QByteArray, Group> groups;
    bool builderFits = true;
    for (const CaaRecord &r : p.records) {
        QString quoted;
        const QByteArray tag = r.normalizedTag();
        if (!builderTags.contains(r.tag) || (r.flags != 0 && r.flags != 128) || !quotedUtf8(r.value, quoted)) {
            builderFits = false;
            break;
        }
        groups[tag].values << quoted;
        groups[tag].flags << r.flags;
    }
    for (auto it = groups.cbegin(); builderFits && it != groups.cend(); ++it) {
        const Group &g = it.value();
        if (std::any_of(g.flags.begin(), g.flags.end(), [&](quint8 f) { return f != g.flags.first(); }))
            builderFits = false; // critical is per tag in CAA_BUILDER
        if (it.key() == "iodef" && g.values.size() > 1)
            builderFits = false; // CAA_BUILDER takes one iodef
        if (g.values.contains(QStringLiteral("\";\"")) && g.values.size() > 1)
            builderFits = false; // "none" cannot stand beside CAs
        if (g.values.contains(QStringLiteral("\"none\"")))
            builderFits = false; // a CA literally named "none" would turn into ";"
    }
    w.text += QStringLiteral("// CAA for %1 — inside D(\"<zone>\", …); \"@\" assumes %1 is the zone apex.\n").arg(QString::fromLatin1(p.owner)); // not translated: a comment inside the generated file
    if (builderFits && !p.records.isEmpty()) {
        w.text += QStringLiteral("CAA_BUILDER({\n  label: \"@\",\n");
        for (const QByteArray &tag : builderTags) {
            if (!groups.contains(tag))
                continue;
            const Group &g = groups[tag];
            const QString key = QString::fromLatin1(tag);
            if (tag == "iodef")
                w.text += QStringLiteral("  iodef: %1,\n").arg(g.values.first());
            else if (g.values == QStringList{QStringLiteral("\";\"")})
                w.text += QStringLiteral("  %1: \"none\",\n").arg(key);
            else
                w.text += QStringLiteral("  %1: [%2],\n").arg(key, g.values.join(QStringLiteral(", ")));
            if (g.flags.first() == 128)
                w.text += QStringLiteral("  %1_critical: true,\n").arg(key);
        }
        w.text += QStringLiteral("  ttl: %1,\n}),\n").arg(p.ttl);
        return w;
    }
    for (const CaaRecord &r : p.records) {
        QString quoted;
        const bool utf8 = quotedUtf8(r.value, quoted);
        if (!ianaTags().contains(r.tag) || (r.flags != 0 && r.flags != 128) || !utf8) {
            const QString why = !ianaTags().contains(r.tag) ? QCoreApplication::translate("Writers", "dnscontrol accepts only the registered lower-case tags")
                                : !utf8                     ? QCoreApplication::translate("Writers", "the value is not UTF-8 text")
                                                            : QCoreApplication::translate("Writers", "dnscontrol can set flags 0 or 128 only");
            w.text += QStringLiteral("// cannot express: %1 (%2)\n").arg(QString::fromLatin1(caaPresentation(r)), why); // not translated: a comment inside the generated file
            w.warnings << QCoreApplication::translate("Writers", "dnscontrol cannot express %1: %2.").arg(QString::fromLatin1(caaPresentation(r)), why);
            continue;
        }
        w.text += QStringLiteral("CAA(\"@\", \"%1\", %2%3, TTL(%4)),\n")
                      .arg(QString::fromLatin1(r.tag), quoted, r.flags == 128 ? QStringLiteral(", CAA_CRITICAL") : QString())
                      .arg(p.ttl);
    }
    return w;
}

WriterOutput writeOctodns(const CaaPolicy &p)
{
    WriterOutput w;
    w.text += QStringLiteral("# CAA for %1; the key '' assumes %1 is the zone apex.\n").arg(QString::fromLatin1(p.owner)); // not translated: a comment inside the generated file
    w.text += QStringLiteral("'':\n  type: CAA\n  ttl: %1\n").arg(p.ttl);
    QString values;
    int written = 0;
    for (const CaaRecord &r : p.records) {
        QString tag;
        QString value;
        if (!r.hasValidTagCharacters() || !quotedUtf8(r.tag, tag) || !quotedUtf8(r.value, value)) {
            values += QStringLiteral("  # cannot express: %1 (not UTF-8 text)\n").arg(QString::fromLatin1(caaPresentation(r))); // not translated: a comment inside the generated file
            w.warnings << QCoreApplication::translate("Writers", "octoDNS cannot express %1: its values are text.").arg(QString::fromLatin1(caaPresentation(r)));
            continue;
        }
        // YAML double-quoted scalars read the escapes quotedUtf8() writes.
        values += QStringLiteral("  - flags: %1\n    tag: %2\n    value: %3\n").arg(r.flags).arg(tag, value);
        ++written;
    }
    // An empty set is the flow sequence on the key's own line ("values:" followed by a
    // "[]" line is not valid YAML); comments about records left out come after it.
    if (written == 0)
        w.text += QStringLiteral("  values: []\n") + values;
    else
        w.text += QStringLiteral("  values:\n") + values;
    return w;
}

} // namespace

WriterOutput writePolicy(const CaaPolicy &policy, ZoneFormat format)
{
    switch (format) {
    case ZoneFormat::Bind: return writeBind(policy);
    case ZoneFormat::Rfc3597: return writeRfc3597(policy);
    case ZoneFormat::Tinydns: return writeTinydns(policy);
    case ZoneFormat::Dnsmasq: return writeDnsmasq(policy);
    case ZoneFormat::Table: return writeTable(policy);
    case ZoneFormat::Dnscontrol: return writeDnscontrol(policy);
    case ZoneFormat::Octodns: return writeOctodns(policy);
    case ZoneFormat::Json: return {QString::fromUtf8(QJsonDocument(policyToJson(policy)).toJson(QJsonDocument::Indented)), {}};
    }
    return {};
}

} // namespace Caa
