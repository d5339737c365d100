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

/// One field as RFC 4180 writes it, safe to open in a spreadsheet. A field a spreadsheet
/// would run as a formula (first character `=`, `+`, `-`, `@`, TAB or CR; OWASP "CSV
/// Injection") gets a leading apostrophe and is quoted, so it is shown as text. A field
/// that already starts with apostrophes before such a character gets one more, so that
/// csvFieldValue() gives back exactly the value written. Fields with a comma, a double
/// quote, CR or LF are quoted, inner quotes doubled.
QString csvField(const QString &value);

/// The value csvField() was given, from a field as parseCsv() read it (one leading
/// apostrophe before a formula character is removed; anything else is kept).
QString csvFieldValue(const QString &field);

} // namespace Caa
