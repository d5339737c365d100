#include "report/jsonwriter.h"

#include <QtGlobal>

#include <charconv>
#include <cstring>

namespace Caa {

void JsonWriter::grow(std::size_t extra)
{
    const std::size_t capacity = qMax(m_capacity * 2, m_length + extra);
    auto bigger = std::make_unique_for_overwrite<char[]>(capacity);
    std::memcpy(bigger.get(), m_out.get(), m_length);
    m_out = std::move(bigger);
    m_capacity = capacity;
}

namespace {

// RFC 8259 §7: the quote, the backslash and the control characters are escaped.
char *writeEscape(char *p, unsigned u)
{
    static const char hex[] = "0123456789abcdef";
    *p++ = '\\';
    switch (u) {
    case '"': *p++ = '"'; break;
    case '\\': *p++ = '\\'; break;
    case '\b': *p++ = 'b'; break;
    case '\f': *p++ = 'f'; break;
    case '\n': *p++ = 'n'; break;
    case '\r': *p++ = 'r'; break;
    case '\t': *p++ = 't'; break;
    default:
        *p++ = 'u';
        *p++ = '0';
        *p++ = '0';
        *p++ = hex[u >> 4];
        *p++ = hex[u & 0xf];
    }
    return p;
}

// A character below 0x80, escaped when it must be.
inline char *writeAscii(char *p, unsigned u)
{
    if (u < 0x20 || u == '"' || u == '\\')
        return writeEscape(p, u);
    *p++ = char(u);
    return p;
}

// U+0080 to U+07FF in UTF-8.
inline char *writeTwoOctets(char *p, unsigned u)
{
    *p++ = char(0xc0 | (u >> 6));
    *p++ = char(0x80 | (u & 0x3f));
    return p;
}

} // namespace

void JsonWriter::value(const QString &text)
{
    separate();
    // The worst case is six bytes per UTF-16 unit (\u00XX); UTF-8 needs at most three
    // (four for a surrogate pair, which is two units).
    const qsizetype n = text.size();
    char *const start = reserve(std::size_t(n) * 6 + 2);
    char *p = start;
    *p++ = '"';
    const auto *s = reinterpret_cast<const char16_t *>(text.constData());
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s[i];
        if (c < 0x80) {
            p = writeAscii(p, c);
        } else if (c < 0x800) {
            p = writeTwoOctets(p, c);
        } else if (QChar::isSurrogate(c)) {
            if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(s[i + 1])) {
                const char32_t u = QChar::surrogateToUcs4(c, s[++i]);
                *p++ = char(0xf0 | (u >> 18));
                *p++ = char(0x80 | ((u >> 12) & 0x3f));
                *p++ = char(0x80 | ((u >> 6) & 0x3f));
                *p++ = char(0x80 | (u & 0x3f));
            } else {
                *p++ = '?'; // as QString::toUtf8() writes a lone surrogate
            }
        } else {
            *p++ = char(0xe0 | (c >> 12));
            *p++ = char(0x80 | ((c >> 6) & 0x3f));
            *p++ = char(0x80 | (c & 0x3f));
        }
    }
    *p++ = '"';
    m_length += std::size_t(p - start);
}

void JsonWriter::valueLatin1(QByteArrayView text)
{
    separate();
    const qsizetype n = text.size();
    char *const start = reserve(std::size_t(n) * 6 + 2);
    char *p = start;
    *p++ = '"';
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        p = c < 0x80 ? writeAscii(p, c) : writeTwoOctets(p, c);
    }
    *p++ = '"';
    m_length += std::size_t(p - start);
}

void JsonWriter::value(qint64 number)
{
    separate();
    char digits[24];
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, number);
    Q_UNUSED(ec); // 24 characters hold every qint64
    append(digits, std::size_t(end - digits));
}

void JsonWriter::null()
{
    separate();
    append("null", 4);
}

void JsonWriter::raw(const QByteArray &json)
{
    separate();
    append(json.constData(), std::size_t(json.size()));
}

} // namespace Caa
