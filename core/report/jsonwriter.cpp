#include "report/jsonwriter.h"

#include <QtGlobal>

#include <charconv>
#include <cstring>
#include <type_traits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// From unit i on, while the units are printable ASCII other than the quote and the
// backslash: each written to p as a byte. Returns where it stopped.
template <typename Unit>
inline qsizetype copyPlainTail(char *p, const Unit *s, qsizetype i, qsizetype n)
{
    for (; i < n; ++i) {
        const auto c = static_cast<std::make_unsigned_t<Unit>>(s[i]);
        if (c < 0x20 || c > 0x7e || c == '"' || c == '\\')
            break;
        p[i] = char(c);
    }
    return i;
}

// How many units from the start of s (n of them) are printable ASCII that JSON takes as
// they are; those are written to p as bytes. Most of a report is such text (names, codes,
// English sentences): eight units at a time instead of one took this function's share of a
// bulk jsonl run from 14% of its instructions to 5% (issue #18). Anything else is left for
// the caller to write one unit at a time. Without SSE2 the plain loop does it all.
inline qsizetype copyPlainAscii(char *p, const char16_t *s, qsizetype n)
{
    qsizetype i = 0;
#if defined(__SSE2__)
    const __m128i space = _mm_set1_epi16(0x20);
    const __m128i tilde = _mm_set1_epi16(0x7e);
    const __m128i quote = _mm_set1_epi16('"');
    const __m128i backslash = _mm_set1_epi16('\\');
    for (; i + 8 <= n; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
        // The same rule as copyPlainTail(). Signed compares: units from 0x8000 up are
        // negative, so "below a space" takes them in with the control characters.
        const __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmplt_epi16(v, space), _mm_cmpgt_epi16(v, tilde)),
                                             _mm_or_si128(_mm_cmpeq_epi16(v, quote), _mm_cmpeq_epi16(v, backslash)));
        if (_mm_movemask_epi8(special) != 0)
            break;
        _mm_storel_epi64(reinterpret_cast<__m128i *>(p + i), _mm_packus_epi16(v, v));
    }
#endif
    return copyPlainTail(p, s, i, n);
}

// The same for Latin-1 bytes, sixteen at a time.
inline qsizetype copyPlainAscii(char *p, const char *s, qsizetype n)
{
    qsizetype i = 0;
#if defined(__SSE2__)
    const __m128i space = _mm_set1_epi8(0x20);
    const __m128i del = _mm_set1_epi8(0x7f);
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    for (; i + 16 <= n; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
        // Bytes from 0x80 up are negative here, as units from 0x8000 up are above.
        const __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmplt_epi8(v, space), _mm_cmpeq_epi8(v, del)),
                                             _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
        if (_mm_movemask_epi8(special) != 0)
            break;
        _mm_storeu_si128(reinterpret_cast<__m128i *>(p + i), v);
    }
#endif
    return copyPlainTail(p, s, i, n);
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
        const qsizetype plain = copyPlainAscii(p, s + i, n - i);
        p += plain;
        i += plain;
        if (i == n)
            break;
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
        const qsizetype plain = copyPlainAscii(p, text.data() + i, n - i);
        p += plain;
        i += plain;
        if (i == n)
            break;
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
