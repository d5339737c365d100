#include "domain/domainname.h"

#include <optional>

#include <QCoreApplication>
#include <QSet>
#include <QUrl>

#include <arpa/inet.h>

namespace Caa {

namespace {

DomainParse fail(InputErrorCode code, const QString &message)
{
    DomainParse p;
    p.error = {code, message};
    return p;
}

bool isInvisible(QChar c)
{
    const QChar::Category cat = c.category();
    return cat == QChar::Other_Control || cat == QChar::Other_Format || cat == QChar::Other_NotAssigned
           || cat == QChar::Separator_Line || cat == QChar::Separator_Paragraph
           || (c.isSpace() && c != u' ');
}

bool isIpLiteral(const QString &host)
{
    QString h = host;
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    const QByteArray bytes = h.toLatin1();
    unsigned char buf[16];
    return inet_pton(AF_INET, bytes.constData(), buf) == 1 || inet_pton(AF_INET6, bytes.constData(), buf) == 1;
}

QString codePoint(QChar c)
{
    return QStringLiteral("U+") + QStringLiteral("%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

QString inputErrorCodeName(InputErrorCode code)
{
    switch (code) {
    case InputErrorCode::Empty: return QStringLiteral("empty");
    case InputErrorCode::IpAddress: return QStringLiteral("ip-address");
    case InputErrorCode::HasPort: return QStringLiteral("has-port");
    case InputErrorCode::EmptyLabel: return QStringLiteral("empty-label");
    case InputErrorCode::MisplacedWildcard: return QStringLiteral("misplaced-wildcard");
    case InputErrorCode::LabelTooLong: return QStringLiteral("label-too-long");
    case InputErrorCode::NameTooLong: return QStringLiteral("name-too-long");
    case InputErrorCode::InvalidCharacter: return QStringLiteral("invalid-character");
    case InputErrorCode::InvisibleCharacter: return QStringLiteral("invisible-character");
    case InputErrorCode::MixedScripts: return QStringLiteral("mixed-scripts");
    case InputErrorCode::InvalidIdn: return QStringLiteral("invalid-idn");
    case InputErrorCode::NumericTld: return QStringLiteral("numeric-tld");
    case InputErrorCode::OnionName: return QStringLiteral("onion-name");
    case InputErrorCode::BadEmailAddress: return QStringLiteral("bad-email-address");
    case InputErrorCode::NotAHostName: return QStringLiteral("not-a-host-name");
    }
    return QString();
}

QString DomainName::display() const
{
    const QString host = QString::fromLatin1(ace);
    if (isEmail())
        return localPart + u'@' + host;
    return wildcard ? QStringLiteral("*.") + host : host;
}

QList<QByteArray> DomainName::climbNames() const
{
    QList<QByteArray> names;
    QByteArray current = ace;
    while (!current.isEmpty()) {
        names.append(current);
        const qsizetype dot = current.indexOf('.');
        if (dot < 0)
            break;
        current = current.mid(dot + 1);
    }
    return names;
}

namespace {

// A bulk run's names are nearly all plain host names ("www.example.com"): letters,
// digits, hyphens and dots. For those, whose answer is known without IDNA, the full
// parse (QUrl::toAce, script checks, several copies) cost more than the check itself.
// Anything else, or any name the full parse would refuse, takes the full parse.
std::optional<DomainParse> parsePlainHostName(const QString &raw)
{
    const qsizetype n = raw.size();
    if (n == 0 || n > 254)
        return std::nullopt;
    QByteArray lowered(n, Qt::Uninitialized);
    qsizetype labelStart = 0;
    qsizetype length = n;
    const char16_t *s = reinterpret_cast<const char16_t *>(raw.constData());
    for (qsizetype i = 0; i <= n; ++i) {
        const char16_t c = i < n ? s[i] : u'.';
        if (c == u'.') {
            if (i == n && labelStart == n && n > 0) { // one trailing dot
                length = n - 1;
                break;
            }
            const qsizetype labelLength = i - labelStart;
            if (labelLength < 1 || labelLength > 63)
                return std::nullopt;
            // No hyphen at either end, none in the third and fourth places ("xn--",
            // and UTS #46's CheckHyphens): IDNA has its say on those.
            if (lowered[labelStart] == '-' || lowered[i - 1] == '-'
                || (labelLength >= 4 && lowered[labelStart + 2] == '-' && lowered[labelStart + 3] == '-'))
                return std::nullopt;
            if (i < n)
                lowered[i] = '.';
            labelStart = i + 1;
            continue;
        }
        if (c >= u'a' && c <= u'z')
            lowered[i] = char(c);
        else if (c >= u'A' && c <= u'Z')
            lowered[i] = char(c - u'A' + u'a');
        else if ((c >= u'0' && c <= u'9') || c == u'-')
            lowered[i] = char(c);
        else
            return std::nullopt;
    }
    lowered.truncate(length);
    if (lowered.isEmpty() || lowered.size() > 253)
        return std::nullopt;
    const QByteArrayView tld = QByteArrayView(lowered).sliced(lowered.lastIndexOf('.') + 1);
    bool numeric = true;
    for (const char c : tld)
        numeric = numeric && c >= '0' && c <= '9';
    if (numeric || tld == "onion")
        return std::nullopt; // refused, with the full parse's message
    DomainParse p;
    p.valid = true;
    p.name.input = raw;
    p.name.unicode = QString::fromLatin1(lowered);
    p.name.ace = std::move(lowered);
    return p;
}

} // namespace

DomainParse parseDomainInput(const QString &raw)
{
    if (std::optional<DomainParse> plain = parsePlainHostName(raw))
        return std::move(*plain);
    return detail::parseDomainInputFull(raw);
}

DomainParse detail::parseDomainInputFull(const QString &raw)
{
    QString text = raw.trimmed();
    for (const QChar c : std::as_const(text)) {
        if (isInvisible(c))
            return fail(InputErrorCode::InvisibleCharacter,
                        QCoreApplication::translate("DomainName", "The name contains an invisible or control character (%1). "
                                       "Retype the name instead of pasting it.").arg(codePoint(c)));
    }
    if (text.isEmpty())
        return fail(InputErrorCode::Empty, QCoreApplication::translate("DomainName", "Enter a domain name such as example.com."));

    QString localPart;
    // Every leading "mailto:" goes (a doubled paste means the same address): a local part
    // that itself began with "mailto:" would be shown as an address that reads back as
    // another one (fuzz_domain found "mailto:mailto:@exxa").
    while (text.startsWith(QStringLiteral("mailto:"), Qt::CaseInsensitive))
        text = text.mid(7);
    if (text.contains(QStringLiteral("://"))) {
        const QUrl url(text, QUrl::StrictMode);
        const QString host = url.isValid() ? url.host(QUrl::FullyDecoded) : QString();
        if (host.isEmpty())
            return fail(InputErrorCode::NotAHostName,
                        QCoreApplication::translate("DomainName", "\"%1\" looks like a web address, but no host name could be read from it.").arg(raw.trimmed()));
        text = host;
    }
    if (text.contains(u'@')) {
        const qsizetype at = text.lastIndexOf(u'@');
        localPart = text.left(at);
        text = text.mid(at + 1);
        if (localPart.isEmpty() || localPart.contains(u' '))
            return fail(InputErrorCode::BadEmailAddress,
                        QCoreApplication::translate("DomainName", "\"%1\" is not a usable e-mail address: the part before '@' is empty or has spaces.").arg(raw.trimmed()));
        if (text.isEmpty())
            return fail(InputErrorCode::BadEmailAddress,
                        QCoreApplication::translate("DomainName", "\"%1\" has no domain after '@'.").arg(raw.trimmed()));
    }
    if (text.contains(u' ') || text.contains(u'\t'))
        return fail(InputErrorCode::InvalidCharacter,
                    QCoreApplication::translate("DomainName", "A domain name cannot contain spaces. Check \"%1\".").arg(raw.trimmed()));
    if (isIpLiteral(text))
        return fail(InputErrorCode::IpAddress,
                    QCoreApplication::translate("DomainName", "%1 is an IP address. CAA applies to domain names only; certificates for IP addresses are not governed by CAA.").arg(text));
    if (text.count(u':') == 1 && !text.startsWith(u'[')) {
        const QString host = text.section(u':', 0, 0);
        return fail(InputErrorCode::HasPort,
                    QCoreApplication::translate("DomainName", "Remove the port: CAA is published for the name only. Try \"%1\".").arg(host));
    }
    if (text.contains(u':') || text.contains(u'[') || text.contains(u'/'))
        return fail(InputErrorCode::InvalidCharacter,
                    QCoreApplication::translate("DomainName", "\"%1\" is not a domain name.").arg(raw.trimmed()));

    if (text.endsWith(u'.'))
        text.chop(1);
    if (text.isEmpty() || text.count(u'.') == text.size())
        return fail(InputErrorCode::Empty, QCoreApplication::translate("DomainName", "Enter a domain name such as example.com."));

    bool wildcard = false;
    if (text.startsWith(QStringLiteral("*."))) {
        wildcard = true;
        text = text.mid(2);
    }
    if (text.contains(u'*'))
        return fail(InputErrorCode::MisplacedWildcard,
                    QCoreApplication::translate("DomainName", "'*' is only allowed as the whole leftmost label of a wildcard name, as in *.example.com."));
    if (wildcard && !localPart.isEmpty())
        return fail(InputErrorCode::BadEmailAddress, QCoreApplication::translate("DomainName", "An e-mail address cannot contain a wildcard."));

    const QStringList labels = text.split(u'.');
    for (const QString &label : labels) {
        if (label.isEmpty())
            return fail(InputErrorCode::EmptyLabel,
                        QCoreApplication::translate("DomainName", "\"%1\" has an empty label (two dots in a row, or a dot at the start or end).").arg(raw.trimmed()));
    }

    // A label that mixes Latin with Cyrillic or Greek letters is the classic look-alike
    // ("pаypal" with a Cyrillic а): checking it would answer for a different name than the
    // person means.
    for (const QString &label : labels) {
        enum : unsigned { Latin = 1, Cyrillic = 2, Greek = 4 };
        unsigned scripts = 0; // a bit set, not a QSet: this runs for every name of a bulk run
        for (const QChar ch : label) {
            if (ch.unicode() < 0x80) {
                if (ch.isLetter())
                    scripts |= Latin;
            } else if (ch.isLetter()) {
                const QChar::Script script = ch.script();
                scripts |= script == QChar::Script_Latin ? Latin : script == QChar::Script_Cyrillic ? Cyrillic : script == QChar::Script_Greek ? Greek : 0u;
            }
        }
        if (scripts != 0 && (scripts & (scripts - 1)) != 0)
            return fail(InputErrorCode::MixedScripts,
                        QCoreApplication::translate("DomainName", "The label \"%1\" mixes Latin with Cyrillic or Greek letters, which makes it look like another name. "
                                       "Type the name again by hand.").arg(label));
    }

    // QUrl::toAce applies UTS #46 (non-transitional) and rejects bad hyphens, bad
    // punycode and over-long labels; it does not check the total length or IP literals.
    const QByteArray ace = QUrl::toAce(text);
    if (ace.isEmpty()) {
        for (const QString &label : labels) {
            if (label.toUtf8().size() > 63 && !label.startsWith(QStringLiteral("xn--"), Qt::CaseInsensitive))
                return fail(InputErrorCode::LabelTooLong,
                            QCoreApplication::translate("DomainName", "The label \"%1…\" is longer than 63 octets (RFC 1035 §2.3.4).").arg(label.left(20)));
        }
        for (const QChar c : std::as_const(text)) {
            if (c.unicode() < 0x80 && !c.isLetterOrNumber() && c != u'-' && c != u'.' && c != u'_')
                return fail(InputErrorCode::InvalidCharacter,
                            QCoreApplication::translate("DomainName", "'%1' cannot appear in a domain name.").arg(c));
        }
        return fail(InputErrorCode::InvalidIdn,
                    QCoreApplication::translate("DomainName", "\"%1\" is not a valid internationalised domain name (a label starts or ends with '-', "
                                   "or is invalid punycode, or uses characters IDNA does not allow).").arg(text));
    }
    QByteArray lowered = ace.toLower();
    if (lowered.endsWith('.'))
        lowered.chop(1);
    for (const QByteArray &label : lowered.split('.')) {
        if (label.isEmpty())
            return fail(InputErrorCode::EmptyLabel, QCoreApplication::translate("DomainName", "\"%1\" has an empty label.").arg(raw.trimmed()));
        if (label.size() > 63)
            return fail(InputErrorCode::LabelTooLong,
                        QCoreApplication::translate("DomainName", "The label \"%1…\" is longer than 63 octets (RFC 1035 §2.3.4).").arg(QString::fromLatin1(label.left(20))));
        for (const char c : label) {
            const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!ok)
                return fail(InputErrorCode::InvalidCharacter,
                            QCoreApplication::translate("DomainName", "'%1' cannot appear in a host name.").arg(QLatin1Char(c)));
        }
        // Punycode must decode and encode back to itself, or it is not valid IDNA.
        if (label.startsWith("xn--")) {
            const QString decoded = QUrl::fromAce(label, QUrl::IgnoreIDNWhitelist);
            if (decoded == QString::fromLatin1(label) || QUrl::toAce(decoded).toLower() != label)
                return fail(InputErrorCode::InvalidIdn,
                            QCoreApplication::translate("DomainName", "\"%1\" is not valid punycode.").arg(QString::fromLatin1(label)));
        }
    }
    if (lowered.size() > 253)
        return fail(InputErrorCode::NameTooLong,
                    QCoreApplication::translate("DomainName", "The name is %1 characters long; a domain name has at most 253.").arg(lowered.size()));
    const QByteArray tld = lowered.mid(lowered.lastIndexOf('.') + 1);
    bool numeric = true;
    for (const char c : tld)
        numeric = numeric && c >= '0' && c <= '9';
    if (numeric)
        return fail(InputErrorCode::NumericTld,
                    QCoreApplication::translate("DomainName", "\"%1\" is not a domain name: its last label is a number.").arg(raw.trimmed()));
    if (tld == "onion")
        return fail(InputErrorCode::OnionName,
                    QCoreApplication::translate("DomainName", ".onion names are not checked against CAA (CA/B Forum BR 2.2.8 §4.2.2.1)."));

    DomainParse p;
    p.valid = true;
    p.name.input = raw;
    p.name.ace = lowered;
    p.name.unicode = QUrl::fromAce(lowered, QUrl::IgnoreIDNWhitelist);
    p.name.wildcard = wildcard;
    p.name.localPart = localPart;
    return p;
}

} // namespace Caa
