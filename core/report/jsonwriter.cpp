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
// bulk jsonl run from 14% of its instructions to 5% (issue #18). A block that holds a unit
// needing care is still stored whole and the count stops at that unit: the caller writes
// over what follows it. The last units of a string are checked as one block that overlaps
// the units before (a string of at least a block), not one at a time. Anything else is
// left for the caller to write one unit at a time. Without SSE2 the plain loop does it
// all.
//
// Every store stays inside the caller's reservation of 6N + 2 bytes for a string of N
// units: after k units p is at most 1 + 6k bytes past the start, and a store here ends at
// most n = N - k units past p.
#if defined(__SSE2__)
// The units of v (eight UTF-16 or sixteen Latin-1) that copyPlainTail() would stop at, as
// a movemask: two bits per UTF-16 unit. Signed compares: units from 0x8000 up (bytes from
// 0x80 up) are negative, so "below a space" takes them in with the control characters.
inline int specialUnits(__m128i v, const char16_t *)
{
    const __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmplt_epi16(v, _mm_set1_epi16(0x20)), _mm_cmpgt_epi16(v, _mm_set1_epi16(0x7e))),
                                         _mm_or_si128(_mm_cmpeq_epi16(v, _mm_set1_epi16('"')), _mm_cmpeq_epi16(v, _mm_set1_epi16('\\'))));
    return _mm_movemask_epi8(special);
}

inline int specialUnits(__m128i v, const char *)
{
    const __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)), _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7f))),
                                         _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
    return _mm_movemask_epi8(special);
}

inline void storeBlock(char *p, __m128i v, const char16_t *) { _mm_storel_epi64(reinterpret_cast<__m128i *>(p), _mm_packus_epi16(v, v)); }
inline void storeBlock(char *p, __m128i v, const char *) { _mm_storeu_si128(reinterpret_cast<__m128i *>(p), v); }

// Half a block (four UTF-16 units, eight Latin-1 bytes) in the low eight bytes; the zeros
// above count as units needing care, so only the low eight bits of specialUnits() matter.
inline __m128i loadHalf(const void *s) { return _mm_loadl_epi64(reinterpret_cast<const __m128i *>(s)); }
inline void storeHalf(char *p, __m128i v, const char16_t *)
{
    const int four = _mm_cvtsi128_si32(_mm_packus_epi16(v, v));
    std::memcpy(p, &four, sizeof four);
}
inline void storeHalf(char *p, __m128i v, const char *) { _mm_storel_epi64(reinterpret_cast<__m128i *>(p), v); }
#endif

template <typename Unit>
inline qsizetype copyPlainAscii(char *p, const Unit *s, qsizetype n)
{
    qsizetype i = 0;
#if defined(__SSE2__)
    constexpr qsizetype block = 16 / qsizetype(sizeof(Unit));
    constexpr int bytesPerUnit = int(sizeof(Unit));
    if (n >= block) {
        for (; i + block <= n; i += block) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
            storeBlock(p + i, v, s);
            if (const int special = specialUnits(v, s))
                return i + __builtin_ctz(unsigned(special)) / bytesPerUnit;
        }
        if (i < n) {
            const qsizetype last = n - block;
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + last));
            if (specialUnits(v, s) == 0) {
                storeBlock(p + last, v, s);
                return n;
            }
        }
    } else if (n >= block / 2) {
        // A short string ("permit", a level's name): its first and last half blocks.
        const qsizetype last = n - block / 2;
        const __m128i head = loadHalf(s);
        const __m128i tail = loadHalf(s + last);
        if (((specialUnits(head, s) | specialUnits(tail, s)) & 0xff) == 0) {
            storeHalf(p, head, s);
            storeHalf(p + last, tail, s);
            return n;
        }
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

void JsonWriter::raw(QByteArrayView json)
{
    separate();
    append(json.data(), std::size_t(json.size()));
}

} // namespace Caa
