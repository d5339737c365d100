// Issue #22 item 17: the window follows a dark desktop. On GNOME that is the GTK platform
// theme (qt6-gtk-platformtheme, QT_QPA_PLATFORMTHEME=gtk3) with a dark GTK theme
// (Adwaita-dark). Run on a real X server (Xvfb) with the real plugin and theme, in a
// dark and a light variant (ctest sets GTK_THEME): the palette must follow, and the
// glyph of the domain field's clear button, which comes from the desktop's icon theme,
// must stand out from the field: 3:1 is WCAG 2.1 SC 1.4.11's floor for a control;
// ours is drawn at 4.5:1, and Adwaita's own glyph (2.3:1 on white) failed it.
#include "mainwindow.h"
#include "theme.h"
#include "darkpalette.h"

#include <QApplication>
#include <QHash>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QProxyStyle>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

#include <cmath>

using namespace Caa;

namespace {

// WCAG 2.1 relative luminance and contrast ratio.
double luminance(QColor c)
{
    auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(QColor a, QColor b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

// The average colour of a glyph's visible pixels, weighted by their opacity.
QColor ink(const QImage &image)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    double r = 0, g = 0, b = 0, weight = 0;
    for (int y = 0; y < argb.height(); ++y)
        for (int x = 0; x < argb.width(); ++x) {
            const QRgb px = argb.pixel(x, y);
            const double a = qAlpha(px) / 255.0;
            r += qRed(px) * a;
            g += qGreen(px) * a;
            b += qBlue(px) * a;
            weight += a;
        }
    return weight > 0 ? QColor(int(r / weight), int(g / weight), int(b / weight)) : QColor();
}

// The same shape: every pixel as opaque as in the other image (within rounding: Qt 6.8
// converts the tinted glyph through premultiplied alpha, 2 steps of 255 apart at most).
bool sameShape(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_ARGB32), y = b.convertToFormat(QImage::Format_ARGB32);
    if (x.size() != y.size())
        return false;
    for (int row = 0; row < x.height(); ++row)
        for (int col = 0; col < x.width(); ++col)
            if (qAbs(qAlpha(x.pixel(col, row)) - qAlpha(y.pixel(col, row))) > 8)
                return false;
    return true;
}

// A main window whose menu bar is too narrow for its menus, so that it shows the
// extension button; returns that button once it is shown.
QToolButton *narrowMenuBar(QMainWindow &window)
{
    for (int i = 1; i <= 12; ++i)
        window.menuBar()->addMenu(QStringLiteral("Menu %1").arg(i))->addAction(QStringLiteral("Item"));
    window.resize(220, 120);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return nullptr;
    auto *extension = window.menuBar()->findChild<QToolButton *>(QStringLiteral("qt_menubar_ext_button"));
    if (!extension || !QTest::qWaitFor([extension] { return extension->isVisible(); }))
        return nullptr;
    return extension;
}

} // namespace

class TestDesktopTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void paletteFollowsTheGtkTheme();
    void clearButtonGlyphStandsOut();
    void wrappedLabelAnswersAsQLabel_data();
    void wrappedLabelAnswersAsQLabel();
    void menuBarExtensionIconIsTheStylesOwn();
    void menuBarExtensionIconStandsOutOnADarkPalette();
};

void TestDesktopTheme::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Without the plugin the test would pass on Qt's own palette and prove nothing.
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    QCOMPARE(qEnvironmentVariable("QT_QPA_PLATFORMTHEME"), QStringLiteral("gtk3"));
    QVERIFY2(!qEnvironmentVariable("GTK_THEME").isEmpty(), "ctest sets GTK_THEME");
}

void TestDesktopTheme::paletteFollowsTheGtkTheme()
{
    const bool dark = qEnvironmentVariable("GTK_THEME").endsWith(QStringLiteral(":dark"));
    const QColor base = QApplication::palette().color(QPalette::Base);
    QVERIFY2(Ui::darkPalette() == dark, qPrintable(QStringLiteral("GTK_THEME=%1 but the base colour is %2")
                                                       .arg(qEnvironmentVariable("GTK_THEME"), base.name())));
    // The verdict colours are chosen for that palette: readable on its base (WCAG 1.4.3).
    for (const QColor &c : {Ui::permitColor(), Ui::denyColor(), Ui::failureColor()})
        QVERIFY2(contrast(c, base) >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3:1").arg(c.name(), base.name()).arg(contrast(c, base), 0, 'f', 2)));
}

void TestDesktopTheme::clearButtonGlyphStandsOut()
{
    Ui::MainWindow window;
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QLineEdit *field = window.domainEdit();
    field->setText(QStringLiteral("shop.example.net"));
    QToolButton *clear = nullptr;
    for (QToolButton *b : field->findChildren<QToolButton *>())
        if (b->isVisible())
            clear = b;
    QVERIFY2(clear, "the domain field shows its clear button once it has text");
    QTest::qWait(400); // a button that fades in (Qt's own) has done so by now
    // Cut from the field as drawn: the button alone would be drawn on the window colour.
    const QImage whole = field->grab().toImage();
    const qreal scale = whole.devicePixelRatio();
    const QRect at = clear->geometry();
    const QImage image = whole.copy(QRect(qRound(at.x() * scale), qRound(at.y() * scale), qRound(at.width() * scale), qRound(at.height() * scale)));
    QVERIFY(!image.isNull());
    // The field's colour is the one most pixels of the button show; the glyph is what
    // differs most from it.
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y)];
    QRgb background = 0;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    double best = 1.0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        best = qMax(best, contrast(QColor(it.key()), QColor(background)));
    QVERIFY2(best >= 4.5, qPrintable(QStringLiteral("the clear glyph reaches %1:1 against %2 (icon theme %3)")
                                         .arg(best, 0, 'f', 2).arg(QColor(background).name(), QIcon::themeName())));
}

// WrappedLabel remembers its heights (issue #18: start-up); it must give QLabel's answer
// for every width, and a new one after its font or text changes.
void TestDesktopTheme::wrappedLabelAnswersAsQLabel_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("one short line") << QStringLiteral("Findings:");
    QTest::newRow("a paragraph") << QStringLiteral("Type a domain in the field above and press Enter: a name, *.name for a wildcard, "
                                                   "a pasted URL, or an e-mail address (for S/MIME certificates).");
}

void TestDesktopTheme::wrappedLabelAnswersAsQLabel()
{
    QFETCH(QString, text);
    Caa::Ui::WrappedLabel cached(text);
    QLabel plain(text);
    plain.setWordWrap(true);
    QVERIFY(cached.wordWrap());
    const QList<int> widths{80, 200, 640, 200, 80, 1200, 33, 200};
    for (const int w : widths)
        QCOMPARE(cached.heightForWidth(w), plain.heightForWidth(w));
    // A bigger font: no height from before may be answered.
    QFont big = cached.font();
    big.setPointSizeF(big.pointSizeF() * 2);
    cached.setFont(big);
    plain.setFont(big);
    for (const int w : widths)
        QCOMPARE(cached.heightForWidth(w), plain.heightForWidth(w));
    // New text: the same.
    const QString longer = text + QStringLiteral(" ") + text + QStringLiteral(" ") + text;
    cached.setFixedText(longer);
    plain.setText(longer);
    for (const int w : widths)
        QCOMPARE(cached.heightForWidth(w), plain.heightForWidth(w));
    QVERIFY(cached.heightForWidth(200) > 0);
}

// installStartupStyle() makes the menu bar's extension ("»") icon when it is first drawn
// (issue #18: start-up); drawn, it must be the desktop style's own where that glyph stands
// out from the bar, and the style that wraps must keep the one Qt chose.
void TestDesktopTheme::menuBarExtensionIconIsTheStylesOwn()
{
    const QString chosen = QApplication::style()->name();
    Ui::installStartupStyle();
    Ui::installStartupStyle(); // a second call does not wrap the wrapper
    auto *wrapper = dynamic_cast<QProxyStyle *>(QApplication::style());
    QVERIFY(wrapper);
    QVERIFY(!dynamic_cast<QProxyStyle *>(wrapper->baseStyle()));
    QCOMPARE(wrapper->baseStyle()->name(), chosen);
    const QIcon own = wrapper->baseStyle()->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
    QVERIFY(!own.pixmap(16).isNull());

    QMainWindow window;
    QToolButton *extension = narrowMenuBar(window);
    QVERIFY(extension);
    const QImage shown = extension->icon().pixmap(16).toImage();
    const QImage ownImage = own.pixmap(16).toImage();
    const QColor bar = QApplication::palette().color(QPalette::Button);
    if (contrast(ink(ownImage), bar) < 3.0) {
        // This desktop's palette is dark (the dark GTK run): the style's grey glyph would
        // all but vanish, so it is drawn in the button text colour (the next test).
        QVERIFY(sameShape(shown, ownImage));
        QVERIFY2(contrast(ink(shown), bar) >= 3.0, qPrintable(QString::number(contrast(ink(shown), bar))));
        return;
    }
    QCOMPARE(shown, ownImage);
    // Drawn as the style's own icon draws.
    const QImage drawn = extension->grab().toImage();
    extension->setIcon(own);
    QCOMPARE(drawn, extension->grab().toImage());
}

// On a dark palette the styles' "»" (one dark grey PNG for every palette) had 1.16:1
// against the bar (1.04:1 on Adwaita-dark's); WCAG 2.1 SC 1.4.11 asks 3:1 of a
// control's glyph. Drawn in the button text colour, it keeps its shape, and follows the
// palette when that changes.
void TestDesktopTheme::menuBarExtensionIconStandsOutOnADarkPalette()
{
    Ui::installStartupStyle();
    const QPalette original = QApplication::palette();
    const auto restore = qScopeGuard([&] { QApplication::setPalette(original); });
    QApplication::setPalette(CaaTest::darkPalette());
    auto *wrapper = dynamic_cast<QProxyStyle *>(QApplication::style());
    QVERIFY(wrapper);
    const QImage ownImage = wrapper->baseStyle()->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton).pixmap(16).toImage();

    QMainWindow window;
    QToolButton *extension = narrowMenuBar(window);
    QVERIFY(extension);
    const QColor bar = QApplication::palette().color(QPalette::Button);
    const QImage shown = extension->icon().pixmap(16).toImage();
    QVERIFY(sameShape(shown, ownImage));
    QVERIFY2(contrast(ink(shown), bar) >= 3.0, qPrintable(QString::number(contrast(ink(shown), bar))));
    // What is drawn on screen stands out too: some of the button's pixels have 3:1
    // against the bar (the glyph is antialiased, so none need be the text colour itself).
    const QImage drawn = extension->grab().toImage().convertToFormat(QImage::Format_ARGB32);
    double best = 1.0;
    for (int y = 0; y < drawn.height(); ++y)
        for (int x = 0; x < drawn.width(); ++x)
            best = qMax(best, contrast(QColor(drawn.pixel(x, y)), bar));
    QVERIFY2(best >= 3.0, qPrintable(QString::number(best)));
    // Disabled, it is the style's disabled look of the tinted glyph: still its shape.
    QVERIFY(sameShape(extension->icon().pixmap(QSize(16, 16), QIcon::Disabled).toImage(), ownImage));

    // Back to the style's standard palette (light, unless the desktop's scheme is dark),
    // the glyph follows: a tint kept from the dark palette would vanish on a light bar.
    QApplication::setPalette(QApplication::style()->standardPalette());
    const QImage again = extension->icon().pixmap(16).toImage();
    QVERIFY(sameShape(again, ownImage));
    QVERIFY2(contrast(ink(again), QApplication::palette().color(QPalette::Button)) >= 3.0,
             qPrintable(QString::number(contrast(ink(again), QApplication::palette().color(QPalette::Button)))));
}

QTEST_MAIN(TestDesktopTheme)
#include "tst_desktoptheme.moc"
