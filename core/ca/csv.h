#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Caa {

struct CsvParse
{
    QList<QStringList> rows;
    QString error; ///< empty when the text was read; otherwise what is wrong and on which line
    bool ok() const { return error.isEmpty(); }
};

/// Reads RFC 4180 CSV: comma-separated fields, fields in double quotes may hold commas,
/// line breaks and doubled quotes. CRLF and LF line ends; a final empty line is ignored.
CsvParse parseCsv(const QString &text);

} // namespace Caa
