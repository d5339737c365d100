#pragma once

#include <QByteArray>
#include <QString>

#include <string>
#include <vector>

namespace Caa {

/// Writes compact JSON (RFC 8259) straight into bytes, for output written name by name
/// (`check --format jsonl`): building a QJsonObject per name and serialising it cost
/// three quarters of a run's CPU. Strings are UTF-8 with `"`, `\` and the control
/// characters escaped, as QJsonDocument writes them; keys are the caller's ASCII.
/// The caller keeps the structure well formed (every begin has its end); a value after
/// a key, or as an array element, is separated as JSON requires.
class JsonWriter
{
public:
    JsonWriter() { m_out.reserve(4096); } // about a report: no regrowth on the way
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// The key of the next value in the current object.
    void key(const char *name);

    void value(const QString &text);
    void value(const char *ascii);
    void value(bool flag);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void null();
    /// A value already written as JSON (a nested document).
    void raw(const QByteArray &json);

    QByteArray bytes() const { return QByteArray(m_out.data(), qsizetype(m_out.size())); }

private:
    void separate();

    std::string m_out; // appends inline, unlike QByteArray's: a run writes millions of keys
    std::vector<bool> m_firstInScope;
    bool m_afterKey = false;
};

} // namespace Caa
