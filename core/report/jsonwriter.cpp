#include "report/jsonwriter.h"

namespace Caa {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_firstInScope.empty()) {
        if (!m_firstInScope.back())
            m_out += ',';
        m_firstInScope.back() = false;
    }
}

void JsonWriter::beginObject()
{
    separate();
    m_out += '{';
    m_firstInScope.push_back(true);
}

void JsonWriter::endObject()
{
    m_out += '}';
    m_firstInScope.pop_back();
}

void JsonWriter::beginArray()
{
    separate();
    m_out += '[';
    m_firstInScope.push_back(true);
}

void JsonWriter::endArray()
{
    m_out += ']';
    m_firstInScope.pop_back();
}

void JsonWriter::key(const char *name)
{
    separate();
    m_out += '"';
    m_out += name;
    m_out += "\":";
    m_afterKey = true;
}

void JsonWriter::value(const QString &text)
{
    separate();
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    m_out.reserve(m_out.size() + utf8.size() + 2);
    m_out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"': m_out += "\\\""; break;
        case '\\': m_out += "\\\\"; break;
        case '\b': m_out += "\\b"; break;
        case '\f': m_out += "\\f"; break;
        case '\n': m_out += "\\n"; break;
        case '\r': m_out += "\\r"; break;
        case '\t': m_out += "\\t"; break;
        default:
            // RFC 8259 §7: control characters must be escaped; every other octet of the
            // UTF-8 text goes as it is.
            if (u < 0x20) {
                m_out += "\\u00";
                m_out += hex[u >> 4];
                m_out += hex[u & 0xf];
            } else {
                m_out += c;
            }
        }
    }
    m_out += '"';
}

void JsonWriter::value(const char *ascii)
{
    value(QString::fromLatin1(ascii));
}

void JsonWriter::value(bool flag)
{
    separate();
    m_out += flag ? "true" : "false";
}

void JsonWriter::value(qint64 number)
{
    separate();
    m_out += QByteArray::number(number);
}

void JsonWriter::null()
{
    separate();
    m_out += "null";
}

void JsonWriter::raw(const QByteArray &json)
{
    separate();
    m_out += json;
}

} // namespace Caa
