#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <concepts>
#include <cstddef>
#include <cstring>
#include <memory>

namespace Caa {

/// Writes compact JSON (RFC 8259) straight into bytes, for output written name by name
/// (`check --format jsonl`): building a QJsonObject per name and serialising it cost
/// three quarters of a run's CPU. Strings are UTF-8 with `"`, `\` and the control
/// characters escaped, as QJsonDocument writes them (a lone surrogate becomes `?`, as
/// QString::toUtf8() makes it); keys are the caller's ASCII.
/// The caller keeps the structure well formed (every begin has its end, at most
/// MaxDepth deep); a value after a key, or as an array element, is separated as JSON
/// requires.
class JsonWriter
{
public:
    static constexpr int MaxDepth = 32;

    JsonWriter() : m_out(std::make_unique_for_overwrite<char[]>(4096)), m_capacity(4096) {} // about a report
    // The small steps are inline: a report writes about a hundred keys and values, and
    // a call each cost more than the writing.
    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    /// The key of the next value in the current object (a string literal).
    template <std::size_t N>
    void key(const char (&name)[N])
    {
        // The length is known here, so the copy is a few moves rather than a memcpy call.
        separate();
        char *p = reserve(N + 2);
        *p = '"';
        std::memcpy(p + 1, name, N - 1);
        p[N] = '"';
        p[N + 1] = ':';
        m_length += N + 2;
        m_afterKey = true;
    }

    void value(const QString &text);
    /// A Latin-1 string (an ACE domain name is its ASCII subset).
    void valueLatin1(QByteArrayView text);
    /// An ASCII string literal.
    template <std::size_t N>
    void value(const char (&ascii)[N]) { valueLatin1(QByteArrayView(ascii, N - 1)); }
    /// Only a real bool: a pointer must not turn into `true` without a word.
    template <typename Bool>
        requires std::same_as<Bool, bool>
    void value(Bool flag)
    {
        separate();
        if (flag)
            append("true", 4);
        else
            append("false", 5);
    }
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void null();
    /// A value already written as JSON (a nested document, or one copied from before).
    void raw(QByteArrayView json);

    /// Ends a JSON Lines line (after a complete value).
    void endLine() { append("\n", 1); }
    /// Starts over, keeping the buffer: a run that writes a report per name reuses one
    /// writer, because a fresh 4 KB buffer per name made glibc consolidate its free lists
    /// every time (5% of a bulk run, issue #18).
    void clear()
    {
        m_length = 0;
        m_depth = 0;
        m_afterKey = false;
    }

    /// Bytes written so far (since clear()).
    std::size_t size() const { return m_length; }
    QByteArray bytes() const { return QByteArray(m_out.get(), qsizetype(m_length)); }
    QByteArrayView view() const { return QByteArrayView(m_out.get(), qsizetype(m_length)); }

private:
    void separate()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (m_depth > 0) {
            if (!m_firstInScope[m_depth - 1])
                append(",", 1);
            m_firstInScope[m_depth - 1] = false;
        }
    }
    void open(char bracket)
    {
        separate();
        append(&bracket, 1);
        Q_ASSERT(m_depth < MaxDepth);
        m_firstInScope[m_depth++] = true;
    }
    void close(char bracket)
    {
        append(&bracket, 1);
        --m_depth;
    }
    /// Room for `extra` more bytes; returns where they go.
    char *reserve(std::size_t extra)
    {
        if (m_length + extra > m_capacity) [[unlikely]]
            grow(extra);
        return m_out.get() + m_length;
    }
    void grow(std::size_t extra);
    void append(const char *data, std::size_t length)
    {
        std::memcpy(reserve(length), data, length);
        m_length += length;
    }

    // Written through a pointer into a buffer that only grows: appending byte by byte to
    // a std::string or QByteArray checks the capacity at every byte, and neither can be
    // sized without filling it first.
    std::unique_ptr<char[]> m_out;
    std::size_t m_capacity = 0;
    std::size_t m_length = 0;
    bool m_firstInScope[MaxDepth] = {};
    int m_depth = 0;
    bool m_afterKey = false;
};

} // namespace Caa
