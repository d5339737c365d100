#pragma once

#include <QString>

/// Writing untrusted text (record values, names, user input) into Markdown so that a
/// CommonMark / GitHub Flavored Markdown reader shows it as written: no raw HTML, no
/// links, no emphasis, no broken tables.
namespace Caa::Markdown {

/// Plain text for a paragraph, list item or table cell: the characters that start inline
/// markup (`\` `` ` `` `*` `_` `[` `]` `<` `>` `&` `|` `~`) get a backslash (CommonMark
/// §2.4 lets any ASCII punctuation be escaped), and line breaks become spaces, so the
/// text stays on its line and in its table cell.
QString text(const QString &s);

/// A code span that holds `s` literally (CommonMark §6.1): the fence is one backtick
/// longer than the longest run of backticks inside, padded with a space when `s` starts
/// or ends with a backtick; line breaks become spaces. With `inTable`, a value holding
/// `|` (which ends a table cell even inside a code span) is written as text() instead.
/// An empty `s` is written as an italic "(empty)", since an empty code span does not exist.
QString code(const QString &s, bool inTable);

} // namespace Caa::Markdown
