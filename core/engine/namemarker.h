#pragma once

#include <QString>

namespace Caa {

/// Stands for the one part of a sentence that differs from name to name ("for
/// www.example.com", a level's name) in the sentences a run's memo keeps: a memo words a
/// sentence once with the marker and fills in each name with QString::replace() (issue
/// #18). Noncharacters around a word: what the sentences quote from DNS data is Latin-1
/// and cannot hold it, so only text from elsewhere (a CA's name) needs checking.
const QString &nameMarker();

} // namespace Caa
