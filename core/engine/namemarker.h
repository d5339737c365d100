#pragma once

#include <QString>

namespace Caa {

/// Stands for the one part of a sentence that differs from name to name ("for
/// www.example.com", a level's name) in the sentences a run's memo keeps: a memo words a
/// sentence once with the marker and fills in each name with withName() (issue #18).
/// Noncharacters around a word: what the sentences quote from DNS data is Latin-1 and
/// cannot hold it, so only text from elsewhere (a CA's name) needs checking.
const QString &nameMarker();

/// `text` with every nameMarker() in it replaced by `name`; `text` itself when it has none.
/// The same as QString::replace(nameMarker(), name), which builds a string matcher for
/// every call: a bulk run fills in a few sentences for every name.
QString withName(const QString &text, QStringView name);
/// The same for a name in Latin-1, such as a domain name's ACE form.
QString withName(const QString &text, QLatin1String name);

} // namespace Caa
