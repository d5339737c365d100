#pragma once

#include <QByteArray>
#include <QtEndian>
#include <QtGlobal>

#include <cstring>

namespace Caa {

/// MurmurHash64A of `size` bytes at `data`, started from `seed`.
///
/// Qt's own qHash() of a byte array is built to keep hash flooding out (SipHash for more
/// than eight bytes, unless the Qt build uses AES instructions), and in Debian 12's Qt 6.4
/// a bulk run's lookups in its memos and query cache, by name or record set, were 4–5%
/// of the CLI's CPU (perf, issue #18); with this hash the run's user CPU fell by a tenth.
/// With QHash's seed, which Qt draws at random per process, colliding keys cannot be made
/// in advance either, and the tables it serves are bounded.
inline size_t murmurHash64(const char *data, qsizetype size, size_t seed) noexcept
{
    // MurmurHash64A by Austin Appleby (public domain), reading little-endian words.
    constexpr quint64 m = 0xc6a4a7935bd1e995ULL;
    constexpr int r = 47;
    quint64 h = quint64(seed) ^ (quint64(size) * m);
    const char *p = data;
    for (const char *end = data + (size & ~qsizetype(7)); p != end; p += 8) {
        quint64 k;
        std::memcpy(&k, p, sizeof k);
        k = qFromLittleEndian(k);
        k *= m;
        k ^= k >> r;
        k *= m;
        h ^= k;
        h *= m;
    }
    const qsizetype tail = size & 7;
    if (tail) {
        quint64 k = 0;
        for (qsizetype i = tail - 1; i >= 0; --i)
            k = (k << 8) | quint64(uchar(p[i]));
        h ^= k;
        h *= m;
    }
    h ^= h >> r;
    h *= m;
    h ^= h >> r;
    return size_t(h);
}

/// A byte string as a QHash key, hashed by murmurHash64(): DNS names, record-set keys and
/// fixed texts in the tables a bulk run looks things up in for every name.
struct ByteKey
{
    ByteKey() = default;
    ByteKey(const QByteArray &b) : bytes(b) {} // NOLINT: implicit, to look up by QByteArray
    QByteArray bytes;
    friend bool operator==(const ByteKey &a, const ByteKey &b) noexcept { return a.bytes == b.bytes; }
    friend size_t qHash(const ByteKey &key, size_t seed = 0) noexcept { return murmurHash64(key.bytes.constData(), key.bytes.size(), seed); }
};

} // namespace Caa
