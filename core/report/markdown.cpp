#include "report/markdown.h"

#include <QCoreApplication>

namespace Caa::Markdown {

namespace {

QString oneLine(QString s)
{
    return s.replace(QStringLiteral("\r\n"), QStringLiteral(" ")).replace(u'\n', u' ').replace(u'\r', u' ');
}

} // namespace

QString text(const QString &s)
{
    static const QString special = QStringLiteral("\\`*_[]<>&|~");
    const QString line = oneLine(s);
    QString out;
    out.reserve(line.size() + 8);
    for (const QChar c : line) {
        if (special.contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

QString code(const QString &s, bool inTable)
{
    // "``" is no code span at all (CommonMark shows the two backticks): say it instead.
    if (s.isEmpty())
        return QStringLiteral("*") + QCoreApplication::translate("Markdown", "(empty)") + u'*';
    QString body = oneLine(s);
    qsizetype longest = 0, run = 0;
    for (const QChar c : std::as_const(body)) {
        run = c == u'`' ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    // A span that is all spaces, or starts/ends with a backtick, needs a space of padding
    // (CommonMark strips exactly one from each side when both are there).
    const bool pad = body.startsWith(u'`') || body.endsWith(u'`') || (body.startsWith(u' ') && body.endsWith(u' ') && !body.trimmed().isEmpty());
    // In a table a '|' ends the cell even inside a code span. GFM reads "\|" there as '|',
    // but not every reader does (md4c as in Qt 6.4 shows the backslash): such a value is
    // written as escaped text instead, which every reader shows as written.
    if (inTable && body.contains(u'|'))
        return text(s);
    const QString fence(longest + 1, u'`');
    return pad ? fence + u' ' + body + u' ' + fence : fence + body + fence;
}

} // namespace Caa::Markdown
