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

namespace {

// RFC 8259 §7: the quote, the backslash and the control characters are escaped.
void appendEscape(std::string &out, unsigned char u)
{
    static const char hex[] = "0123456789abcdef";
    switch (u) {
    case '"': out += "\\\""; break;
    case '\\': out += "\\\\"; break;
    case '\b': out += "\\b"; break;
    case '\f': out += "\\f"; break;
    case '\n': out += "\\n"; break;
    case '\r': out += "\\r"; break;
    case '\t': out += "\\t"; break;
    default: {
        const char escaped[] = {'\\', 'u', '0', '0', hex[u >> 4], hex[u & 0xf]};
        out.append(escaped, sizeof escaped);
    }
    }
}

} // namespace

void JsonWriter::value(const QString &text)
{
    separate();
    m_out += '"';
    // Qt's UTF-8 conversion is vectorised; runs that need no escape are then copied
    // whole (most values have none at all). Every escape is ASCII, found the same in
    // the UTF-8 bytes.
    const QByteArray utf8 = text.toUtf8();
    const char *data = utf8.constData();
    qsizetype run = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto u = static_cast<unsigned char>(data[i]);
        if (u >= 0x20 && u != '"' && u != '\\')
            continue;
        m_out.append(data + run, size_t(i - run));
        run = i + 1;
        appendEscape(m_out, u);
    }
    m_out.append(data + run, size_t(utf8.size() - run));
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
    m_out += std::to_string(number);
}

void JsonWriter::null()
{
    separate();
    m_out += "null";
}

void JsonWriter::raw(const QByteArray &json)
{
    separate();
    m_out.append(json.constData(), size_t(json.size()));
}

} // namespace Caa
