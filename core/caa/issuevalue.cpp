#include "caa/issuevalue.h"

#include <algorithm>

#include <QCoreApplication>

namespace Caa {

namespace {

bool isAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool isWsp(char c) { return c == ' ' || c == '\t'; }
bool isValueChar(char c) { return (c >= 0x21 && c <= 0x3A) || (c >= 0x3C && c <= 0x7E); }

QString describeChar(char c)
{
    const uchar u = uchar(c);
    if (u > 0x20 && u < 0x7F)
        return QStringLiteral("'%1'").arg(QLatin1Char(c));
    if (c == ' ')
        return QCoreApplication::translate("IssueValue", "a space");
    if (c == '\t')
        return QCoreApplication::translate("IssueValue", "a tab");
    return QCoreApplication::translate("IssueValue", "the octet \\%1").arg(u, 3, 10, QLatin1Char('0'));
}

class GrammarReader
{
public:
    explicit GrammarReader(const QByteArray &v) : m_v(v) {}

    IssueValue run()
    {
        IssueValue out;
        skipWsp();
        if (!atEnd() && peek() != ';') {
            if (!readLabelRun(out.issuer, "issuer domain name"))
                return failed(out);
            skipWsp();
        }
        if (atEnd())
            return done(out);
        if (peek() != ';') {
            m_error = QCoreApplication::translate("IssueValue", "expected ';' or the end after the issuer, found %1").arg(describeChar(peek()));
            return failed(out);
        }
        ++m_pos;
        skipWsp();
        if (atEnd())
            return done(out);
        while (true) {
            IssueParameter p;
            if (!readLabel(p.tag, "parameter tag"))
                return failed(out);
            skipWsp();
            if (atEnd() || peek() != '=') {
                m_error = atEnd() ? QCoreApplication::translate("IssueValue", "parameter \"%1\" has no '='").arg(QString::fromLatin1(p.tag))
                                  : QCoreApplication::translate("IssueValue", "expected '=' after parameter tag \"%1\", found %2")
                                        .arg(QString::fromLatin1(p.tag), describeChar(peek()));
                return failed(out);
            }
            ++m_pos;
            skipWsp();
            while (!atEnd() && isValueChar(peek()))
                p.value += m_v[m_pos++];
            out.parameters.append(p);
            skipWsp();
            if (atEnd())
                return done(out);
            if (peek() != ';') {
                m_error = QCoreApplication::translate("IssueValue", "%1 is not allowed in a parameter value").arg(describeChar(peek()));
                return failed(out);
            }
            ++m_pos;
            skipWsp();
            if (atEnd()) {
                m_error = QCoreApplication::translate("IssueValue", "a ';' after the last parameter must be followed by another parameter");
                return failed(out);
            }
        }
    }

private:
    bool atEnd() const { return m_pos >= m_v.size(); }
    char peek() const { return m_v[m_pos]; }
    void skipWsp()
    {
        while (!atEnd() && isWsp(peek()))
            ++m_pos;
    }

    // label = (ALPHA / DIGIT) *( *("-") (ALPHA / DIGIT))
    bool readLabel(QByteArray &out, const char *what)
    {
        const int start = int(m_pos);
        if (atEnd() || !isAlnum(peek())) {
            m_error = atEnd() ? QCoreApplication::translate("IssueValue", "%1 missing").arg(QLatin1String(what))
                              : QCoreApplication::translate("IssueValue", "%1 cannot start with %2").arg(QLatin1String(what), describeChar(peek()));
            return false;
        }
        while (!atEnd() && (isAlnum(peek()) || peek() == '-'))
            ++m_pos;
        if (m_v[m_pos - 1] == '-') {
            m_pos -= 1;
            m_error = QCoreApplication::translate("IssueValue", "%1 cannot end with '-'").arg(QLatin1String(what));
            return false;
        }
        out += m_v.mid(start, m_pos - start);
        return true;
    }

    bool readLabelRun(QByteArray &out, const char *what)
    {
        if (!readLabel(out, what))
            return false;
        while (!atEnd() && peek() == '.') {
            ++m_pos;
            if (atEnd() || !isAlnum(peek())) {
                m_error = atEnd() ? QCoreApplication::translate("IssueValue", "the issuer domain name ends with a dot; write it without the trailing dot")
                                  : QCoreApplication::translate("IssueValue", "empty or invalid label in the issuer domain name at %1").arg(describeChar(peek()));
                return false;
            }
            out += '.';
            if (!readLabel(out, what))
                return false;
        }
        if (!atEnd() && !isWsp(peek()) && peek() != ';') {
            m_error = QCoreApplication::translate("IssueValue", "%1 is not allowed in an issuer domain name").arg(describeChar(peek()));
            return false;
        }
        return true;
    }

    IssueValue done(IssueValue out)
    {
        out.wellFormed = true;
        return out;
    }

    IssueValue failed(IssueValue out)
    {
        out.wellFormed = false;
        out.issuer.clear();
        out.parameters.clear();
        out.error = m_error + QCoreApplication::translate("IssueValue", " (at octet %1)").arg(m_pos);
        out.errorOffset = int(m_pos);
        return out;
    }

    const QByteArray &m_v;
    qsizetype m_pos = 0;
    QString m_error;
};

QByteArray trimWsp(const QByteArray &s)
{
    qsizetype b = 0, e = s.size();
    while (b < e && isWsp(s[b]))
        ++b;
    while (e > b && isWsp(s[e - 1]))
        --e;
    return s.mid(b, e - b);
}

} // namespace

bool isValidationMethodLabel(const QByteArray &label)
{
    return !label.isEmpty() && std::all_of(label.begin(), label.end(), [](char c) { return isAlnum(c) || c == '-'; });
}

QList<QByteArray> IssueValue::parameterValues(const QByteArray &tag, bool caseSensitive) const
{
    QList<QByteArray> values;
    for (const IssueParameter &p : parameters) {
        if (caseSensitive ? p.tag == tag : p.tag.compare(tag, Qt::CaseInsensitive) == 0)
            values.append(p.value);
    }
    return values;
}

IssueValue parseIssueValue(const QByteArray &value)
{
    return GrammarReader(value).run();
}

IssueValue parseIssueValueBoulder(const QByteArray &value)
{
    IssueValue out;
    const QList<QByteArray> parts = value.split(';');
    out.issuer = trimWsp(parts.first());
    const QList<QByteArray> params = parts.mid(1);
    auto malformed = [&](const QString &why) {
        IssueValue bad;
        bad.error = why;
        return bad;
    };
    if (params.size() == 1 && trimWsp(params.first()).isEmpty()) {
        out.wellFormed = true;
        return out;
    }
    for (const QByteArray &part : params) {
        const qsizetype eq = part.indexOf('=');
        if (eq < 0)
            return malformed(QCoreApplication::translate("IssueValue", "parameter not formatted as tag=value: \"%1\"").arg(QString::fromLatin1(part)));
        const QByteArray tag = trimWsp(part.left(eq));
        for (const char c : tag)
            if (!isAlnum(c))
                return malformed(QCoreApplication::translate("IssueValue", "parameter tag \"%1\" contains %2 (Let's Encrypt allows letters and digits only)")
                                     .arg(QString::fromLatin1(tag), describeChar(c)));
        const QByteArray v = trimWsp(part.mid(eq + 1));
        for (const char c : v)
            if (!isValueChar(c))
                return malformed(QCoreApplication::translate("IssueValue", "parameter value \"%1\" contains %2").arg(QString::fromLatin1(v), describeChar(c)));
        out.parameters.append({tag, v});
    }
    out.wellFormed = true;
    return out;
}

} // namespace Caa
