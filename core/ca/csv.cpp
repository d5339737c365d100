#include "ca/csv.h"

#include <QCoreApplication>

namespace Caa {

CsvParse parseCsv(const QString &text)
{
    CsvParse out;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            if (fieldStarted && !field.isEmpty()) {
                out.error = QCoreApplication::translate("Csv", "line %1: a quote inside an unquoted field").arg(line);
                return out;
            }
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n') {
            continue;
        } else if (c == u'\n') {
            row << field;
            out.rows << row;
            row.clear();
            field.clear();
            fieldStarted = false;
            ++line;
        } else {
            // The run of ordinary characters up to the next one that means something, at
            // once: one character at a time, reading the bundled CA directory was a tenth
            // of the instructions a one-name check runs (issue #18).
            qsizetype end = i + 1;
            while (end < n) {
                const QChar d = text[end];
                if (d == u',' || d == u'"' || d == u'\n' || d == u'\r')
                    break;
                ++end;
            }
            field += QStringView(text).sliced(i, end - i);
            fieldStarted = true;
            i = end - 1;
        }
    }
    if (quoted) {
        out.error = QCoreApplication::translate("Csv", "line %1: a quoted field is not closed").arg(line);
        return out;
    }
    if (fieldStarted || !row.isEmpty()) {
        row << field;
        out.rows << row;
    }
    return out;
}

namespace {

bool startsAFormula(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// Apostrophes, then a formula character: the shape csvField() adds one apostrophe to.
bool apostrophesThenFormula(const QString &s)
{
    qsizetype i = 0;
    while (i < s.size() && s[i] == u'\'')
        ++i;
    return i < s.size() && startsAFormula(s[i]);
}

} // namespace

QString csvField(const QString &value)
{
    QString out = apostrophesThenFormula(value) ? u'\'' + value : value;
    const bool neutralised = out.size() != value.size();
    if (neutralised || out.contains(u',') || out.contains(u'"') || out.contains(u'\n') || out.contains(u'\r'))
        return u'"' + out.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return out;
}

QString csvFieldValue(const QString &field)
{
    if (field.startsWith(u'\'') && apostrophesThenFormula(field))
        return field.mid(1);
    return field;
}

} // namespace Caa
