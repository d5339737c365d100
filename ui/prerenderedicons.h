#pragma once

#include <QtGlobal>

namespace Caa::Ui {

/// One icon drawn at build time from its SVG file at one pixel size (square), by
/// caa-prerender-icons. The pixels are premultiplied ARGB32 (QImage::Format_ARGB32_Premultiplied),
/// row by row, size × size of them.
struct PrerenderedIcon
{
    const char *name; ///< as given to icon(), e.g. "records"
    int size;         ///< width and height in device pixels
    const quint32 *pixels;
};

/// Every prerendered icon and size; the last entry has a null name. Generated into the build
/// directory (prerenderedicons_data.cpp) from the list in ui/CMakeLists.txt.
extern const PrerenderedIcon prerenderedIcons[];

} // namespace Caa::Ui
