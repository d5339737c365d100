#pragma once

#include "engine/diagnosticsresult.h"

#include <QJsonObject>
#include <QString>

namespace Caa {

/// The diagnostics as a report section: plain text (also inside HTML), Markdown (values
/// kept literal, report/markdown.h) and JSON (the CLI contract, see README).
QString diagnosticsToText(const Diagnostics &diagnostics);
QString diagnosticsToMarkdown(const Diagnostics &diagnostics);
QJsonObject diagnosticsToJson(const Diagnostics &diagnostics);

} // namespace Caa
