// caa-prerender-icons: renders SVG icons at fixed pixel sizes into a C++ source file, at
// build time. The first frame's icons are then drawn from these pixels, so that Qt's SVG
// plugin and library are loaded after the first frame instead of before it (issue #18).
// The pixels are what Qt's SVG icon engine draws for that size: the same renderer,
// QSvgRenderer, into a transparent premultiplied ARGB32 image of the icon's size.
//
//   caa-prerender-icons OUT.cpp NAME=FILE.svg:SIZE,SIZE,... [NAME=FILE.svg:SIZE,...]...
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextStream>

#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "caa-prerender-icons: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return fail(QStringLiteral("usage: caa-prerender-icons OUT.cpp NAME=FILE.svg:SIZE,SIZE... ..."));

    QString arrays;
    QString table;
    QTextStream a(&arrays);
    QTextStream t(&table);
    for (int i = 2; i < args.size(); ++i) {
        const QString &spec = args[i];
        const qsizetype eq = spec.indexOf(u'=');
        const qsizetype colon = spec.lastIndexOf(u':');
        if (eq <= 0 || colon <= eq)
            return fail(QStringLiteral("%1: expected NAME=FILE.svg:SIZE,SIZE...").arg(spec));
        const QString name = spec.left(eq);
        const QString file = spec.mid(eq + 1, colon - eq - 1);
        QSvgRenderer renderer(file);
        if (!renderer.isValid())
            return fail(QStringLiteral("%1: not a valid SVG file").arg(file));
        // The engine that draws the icon otherwise keeps the aspect ratio; the reader of these
        // pixels answers a size with a square of that size, which is right only for a square.
        const QSize natural = renderer.defaultSize();
        if (natural.width() != natural.height())
            return fail(QStringLiteral("%1: is %2×%3, not square").arg(file).arg(natural.width()).arg(natural.height())); // not translated: a build tool's message
        for (const QString &sizeText : spec.mid(colon + 1).split(u',')) {
            bool ok = false;
            const int size = sizeText.toInt(&ok);
            if (!ok || size <= 0 || size > 512)
                return fail(QStringLiteral("%1: size %2 is not a number from 1 to 512").arg(spec, sizeText)); // not translated: a build tool's message
            QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            renderer.render(&painter);
            painter.end();
            const QString array = QStringLiteral("icon%1").arg(i * 1000 + size);
            a << "alignas(4) const quint32 " << array << "[] = {";
            for (int y = 0; y < size; ++y) {
                const auto *line = reinterpret_cast<const quint32 *>(image.constScanLine(y));
                a << "\n   ";
                for (int x = 0; x < size; ++x)
                    a << " 0x" << QString::number(line[x], 16) << ",";
            }
            a << "\n};\n";
            t << "    {\"" << name << "\", " << size << ", " << array << "},\n";
        }
    }

    QSaveFile out(args[1]);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Text))
        return fail(QStringLiteral("%1: %2").arg(args[1], out.errorString()));
    QTextStream o(&out);
    o << "// Generated at build time by caa-prerender-icons (ui/buildtools/prerendericons.cpp): do not edit.\n"
      << "#include \"prerenderedicons.h\"\n\nnamespace Caa::Ui {\n\nnamespace {\n\n"
      << arrays << "\n} // namespace\n\nconst PrerenderedIcon prerenderedIcons[] = {\n"
      << table << "    {nullptr, 0, nullptr},\n};\n\n} // namespace Caa::Ui\n";
    o.flush();
    if (!out.commit())
        return fail(QStringLiteral("%1: %2").arg(args[1], out.errorString()));
    return 0;
}
