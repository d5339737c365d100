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
#include <QVBoxLayout>

#include <cmath>
#include <memory>

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
    void wrappedLabelLaysOutAsQLabel();
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

// WrappedLabel shapes its text once and measures it itself (issue #18: start-up); it must
// give QLabel's answers for every width, every setting that enters QLabel's arithmetic, and
// after its text or font changes, so that a layout of it is a layout of a QLabel.
namespace {

enum class LabelSetting { Plain, BigBoldFont, MarginAndIndent, Frame, FrameNoIndent, RightBottom, NoWrap, MinimumWidth, MaximumWidth, Buddy, RichText, Selectable };

void applySetting(QLabel &label, LabelSetting setting)
{
    switch (setting) {
    case LabelSetting::Plain:
        break;
    case LabelSetting::BigBoldFont: {
        QFont big = label.font();
        big.setPointSizeF(big.pointSizeF() * 1.4);
        big.setBold(true);
        label.setFont(big);
        break;
    }
    case LabelSetting::MarginAndIndent:
        label.setMargin(5);
        label.setIndent(7);
        label.setContentsMargins(3, 1, 2, 4);
        break;
    case LabelSetting::Frame:
        label.setFrameShape(QFrame::StyledPanel); // the indent then comes from the frame
        break;
    case LabelSetting::FrameNoIndent:
        label.setFrameShape(QFrame::Box);
        label.setIndent(0);
        break;
    case LabelSetting::RightBottom:
        label.setAlignment(Qt::AlignRight | Qt::AlignBottom);
        label.setIndent(4);
        break;
    case LabelSetting::NoWrap:
        label.setWordWrap(false);
        break;
    case LabelSetting::MinimumWidth:
        label.setMinimumWidth(150);
        break;
    case LabelSetting::MaximumWidth:
        label.setMaximumWidth(300);
        break;
    case LabelSetting::Buddy: // "&" then marks a shortcut, and QLabel measures without it
        label.setBuddy(new QLineEdit(&label));
        break;
    case LabelSetting::RichText: // QLabel then measures a QTextDocument
        label.setTextFormat(Qt::RichText);
        break;
    case LabelSetting::Selectable: // the same
        label.setTextInteractionFlags(Qt::TextSelectableByMouse);
        break;
    }
}

QString sizeText(QSize size)
{
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

QString compareSizes(const QLabel &ours, const QLabel &qts)
{
    if (ours.sizeHint() != qts.sizeHint())
        return QStringLiteral("sizeHint %1, QLabel %2").arg(sizeText(ours.sizeHint()), sizeText(qts.sizeHint()));
    if (ours.minimumSizeHint() != qts.minimumSizeHint())
        return QStringLiteral("minimumSizeHint %1, QLabel %2").arg(sizeText(ours.minimumSizeHint()), sizeText(qts.minimumSizeHint()));
    // Every width up to 300, then a sample up to the widest screens; some twice, in both
    // directions, as layouts ask.
    QList<int> widths;
    for (int w = 0; w <= 300; ++w)
        widths << w;
    for (int w = 1500; w > 0; w -= 37)
        widths << w;
    widths << 16777215 << -1;
    for (const int w : std::as_const(widths))
        if (ours.heightForWidth(w) != qts.heightForWidth(w))
            return QStringLiteral("heightForWidth(%1) %2, QLabel %3").arg(w).arg(ours.heightForWidth(w)).arg(qts.heightForWidth(w));
    return {};
}

} // namespace

void TestDesktopTheme::wrappedLabelAnswersAsQLabel_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<LabelSetting>("setting");
    const QList<QPair<const char *, QString>> texts{
        {"one short line", QStringLiteral("Findings:")},
        {"a paragraph", QStringLiteral("Type a domain in the field above and press Enter: a name, *.name for a wildcard, "
                                       "a pasted URL, or an e-mail address (for S/MIME certificates). The answer appears in one "
                                       "line above the views; the views show every name asked, the records that decide, and every CA of the directory.")},
        {"a word wider than the line", QStringLiteral("See https://www.example.com/a/very/long/path/that/does/not/break/anywhere/at/all/index.html now.")},
        {"spaces of all kinds", QStringLiteral("  two  spaces,\u00a0no-break\u00a0spaces, a soft\u00adhyphen and trailing spaces   ")},
        {"right to left", QStringLiteral("\u05de\u05d9 \u05e8\u05e9\u05d0\u05d9 \u05dc\u05d4\u05e0\u05e4\u05d9\u05e7 \u05ea\u05e2\u05d5\u05d3\u05d4 "
                                         "\u0644\u0627\u0633\u0645 \u0627\u0644\u0646\u0637\u0627\u0642 example.org \u05d5\u05dc\u05de\u05d4?")},
        {"CJK without spaces", QStringLiteral("\u54ea\u4e9b\u8bc1\u4e66\u9881\u53d1\u673a\u6784\u53ef\u4ee5\u4e3a\u8fd9\u4e2a\u540d\u5b57\u9881\u53d1\u8bc1\u4e66\uff0c\u4e3a\u4ec0\u4e48\uff1f")},
        // QLabel turns these into something else first; WrappedLabel leaves them to it.
        {"a mnemonic", QStringLiteral("Got an error from a CA? &Paste it here, and it is explained")},
        {"a line break", QStringLiteral("first line\nsecond line, longer than the first")},
        {"a tab", QStringLiteral("before\tafter the tab, and more words to wrap")},
        {"a carriage return", QStringLiteral("before\rafter the carriage return, and more words to wrap")},
        {"length variants", QStringLiteral("the long form of a text, used where it fits\u009cthe short form")},
    };
    const QList<QPair<const char *, LabelSetting>> settings{
        {"plain", LabelSetting::Plain},
        {"big bold font", LabelSetting::BigBoldFont},
        {"margin and indent", LabelSetting::MarginAndIndent},
        {"frame", LabelSetting::Frame},
        {"frame, no indent", LabelSetting::FrameNoIndent},
        {"right, bottom", LabelSetting::RightBottom},
        {"no wrap", LabelSetting::NoWrap},
        {"minimum width", LabelSetting::MinimumWidth},
        {"maximum width", LabelSetting::MaximumWidth},
        {"a buddy", LabelSetting::Buddy},
        {"rich text", LabelSetting::RichText},
        {"selectable", LabelSetting::Selectable},
    };
    for (const auto &[textName, text] : texts)
        for (const auto &[settingName, setting] : settings)
            QTest::addRow("%s, %s", textName, settingName) << text << setting;
}

void TestDesktopTheme::wrappedLabelAnswersAsQLabel()
{
    QFETCH(QString, text);
    QFETCH(LabelSetting, setting);
    Caa::Ui::WrappedLabel ours(text);
    QLabel qts(text);
    qts.setTextFormat(Qt::PlainText);
    qts.setWordWrap(true);
    QVERIFY(ours.wordWrap());
    QCOMPARE(ours.textFormat(), Qt::PlainText);
    applySetting(ours, setting);
    applySetting(qts, setting);
    QString difference = compareSizes(ours, qts);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));

    // A bigger font: nothing measured before may be answered.
    QFont bigger = ours.font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.7);
    ours.setFont(bigger);
    qts.setFont(bigger);
    difference = compareSizes(ours, qts);
    QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("after setFont: ") + difference));

    // New text, and back.
    const QString longer = text + QStringLiteral(" ") + text;
    ours.setText(longer);
    qts.setText(longer);
    difference = compareSizes(ours, qts);
    QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("after a longer text: ") + difference));
    ours.setText(text);
    qts.setText(text);
    difference = compareSizes(ours, qts);
    QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("after setText: ") + difference));
    QVERIFY(ours.heightForWidth(200) > 0);
}

// The same in a window: a layout of WrappedLabels is laid out and drawn as one of QLabels,
// at widths from narrow to wide, and while the window is resized again and again.
void TestDesktopTheme::wrappedLabelLaysOutAsQLabel()
{
    const QString heading = QStringLiteral("Which certificate authorities may issue for a name, and why?");
    const QString paragraph = QStringLiteral("Type a domain in the field above and press Enter: a name, *.name for a wildcard, a pasted URL, "
                                             "or an e-mail address (for S/MIME certificates).");
    auto makePage = [&](bool wrapped) {
        auto *page = new QWidget;
        auto *column = new QVBoxLayout(page);
        QLabel *title = wrapped ? new Caa::Ui::WrappedLabel(heading, page) : new QLabel(heading, page);
        QLabel *body = wrapped ? new Caa::Ui::WrappedLabel(paragraph, page) : new QLabel(paragraph, page);
        for (QLabel *label : {title, body}) {
            label->setTextFormat(Qt::PlainText);
            label->setWordWrap(true);
        }
        QFont big = title->font();
        big.setPointSizeF(big.pointSizeF() * 1.4);
        big.setBold(true);
        title->setFont(big);
        column->addWidget(title);
        column->addWidget(body);
        column->addStretch(1);
        return page;
    };
    // Many more widths than the label remembers: each laid out again in the one layout.
    Caa::Ui::WrappedLabel many(paragraph);
    QLabel plainMany(paragraph);
    plainMany.setTextFormat(Qt::PlainText);
    plainMany.setWordWrap(true);
    for (int i = 0; i < 3000; ++i) {
        const int width = 40 + (i * 7) % 1000;
        QCOMPARE(many.heightForWidth(width), plainMany.heightForWidth(width));
    }

    std::unique_ptr<QWidget> ours(makePage(true));
    std::unique_ptr<QWidget> qts(makePage(false));
    QCOMPARE(ours->minimumSizeHint(), qts->minimumSizeHint());
    QCOMPARE(ours->sizeHint(), qts->sizeHint());
    for (int round = 0; round < 3; ++round)
        for (int width = 120; width <= 900; width += (round == 1 ? 1 : 97)) {
            ours->resize(width, 400);
            qts->resize(width, 400);
            if (round != 1 || width % 50 == 0)
                QCOMPARE(ours->grab().toImage(), qts->grab().toImage());
            else
                QCOMPARE(ours->layout()->totalHeightForWidth(width), qts->layout()->totalHeightForWidth(width));
        }
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
