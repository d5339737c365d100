#include "theme.h"

#include "prerenderedicons.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPointer>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleOption>
#include <QTextLayout>
#include <QtMath>

#include <cmath>
#include <functional>
#include <optional>

namespace Caa::Ui {

namespace {

// The pixels caa-prerender-icons drew for this icon at this size, if it drew them.
QImage prerendered(const QByteArray &name, int size)
{
    if (name.isEmpty())
        return {};
    for (const PrerenderedIcon *icon = prerenderedIcons; icon->name; ++icon)
        if (icon->size == size && name == icon->name)
            return QImage(reinterpret_cast<const uchar *>(icon->pixels), size, size, size * 4, QImage::Format_ARGB32_Premultiplied);
    return {};
}

// An icon made when it is first drawn. Qt's SVG engine parses its file as soon as it is
// given one, and a painted glyph draws all its sizes at once; most icons are for pages,
// menus, cells and buttons not shown yet, and made eagerly they cost start-up time before
// the first frame (issue #18). The sizes the first frame draws come from pixels drawn at
// build time (ui/buildtools/prerendericons.cpp), so that frame loads no SVG at all.
class DeferredIconEngine final : public QIconEngine
{
public:
    DeferredIconEngine(QString key, std::function<QIcon()> make, QByteArray prerenderedName = {})
        : m_key(std::move(key)), m_make(std::move(make)), m_prerenderedName(std::move(prerenderedName))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        const QSize pixels = rect.size() * scale;
        if (pixels.width() == pixels.height()) {
            QPixmap early = prerenderedPixmap(pixels.width(), mode);
            if (!early.isNull()) {
                painter->drawPixmap(rect, early);
                return;
            }
        }
        loaded().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        // What the SVG engine answers for a square icon, without loading it for that.
        const int side = qMin(size.width(), size.height());
        if (!prerendered(m_prerenderedName, side).isNull())
            return {side, side};
        return loaded().actualSize(size, mode, state);
    }
    // Asked for in device pixels (QIconEngine::scaledPixmap() scales the size, and Qt
    // versions differ in what size they hand to it): the loaded icon must not scale again.
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        if (size.width() == size.height()) {
            QPixmap early = prerenderedPixmap(size.width(), mode);
            if (!early.isNull())
                return early;
        }
        return loaded().pixmap(size, 1.0, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override { return loaded().availableSizes(mode, state); }
    QString key() const override { return m_key; }
    QIconEngine *clone() const override { return new DeferredIconEngine(m_key, m_make, m_prerenderedName); }
    // Our own icons: not null, and asking must not make them (a tab bar asks for every
    // tab's size before any is drawn).
    bool isNull() override { return false; }

private:
    QPixmap prerenderedPixmap(int size, QIcon::Mode mode) const
    {
        const QImage image = prerendered(m_prerenderedName, size);
        if (image.isNull())
            return {};
        QPixmap pixmap = QPixmap::fromImage(image);
        if (mode == QIcon::Normal)
            return pixmap;
        // Disabled, active and selected looks are the style's, as for the SVG engine's pixmaps.
        QStyleOption option;
        option.palette = QGuiApplication::palette();
        return QApplication::style()->generatedIconPixmap(mode, pixmap, &option);
    }

    const QIcon &loaded()
    {
        if (!m_icon)
            m_icon = m_make();
        return *m_icon;
    }

    QString m_key;
    std::function<QIcon()> m_make;
    QByteArray m_prerenderedName;
    std::optional<QIcon> m_icon;
};

// The average colour of an image's visible pixels (invalid when it has none).
QColor inkColour(const QImage &image)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    double r = 0, g = 0, b = 0, weight = 0;
    for (int y = 0; y < argb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x) {
            const double a = qAlpha(line[x]) / 255.0;
            r += qRed(line[x]) * a;
            g += qGreen(line[x]) * a;
            b += qBlue(line[x]) * a;
            weight += a;
        }
    }
    if (weight < 1.0)
        return {};
    return QColor(int(r / weight), int(g / weight), int(b / weight));
}

// The extension ("»") icon of the style, drawn in the palette's button text colour when
// its own glyph would not stand out from the bar. Qt's styles draw it from one dark grey
// PNG whatever the palette, which all but vanishes on a dark one (1.04:1 on Adwaita-dark's
// bar); WCAG 2.1 asks 3:1 of a control's glyph (SC 1.4.11). A style whose glyph has that
// contrast (one that follows a dark colour scheme itself) is drawn as it is.
class ExtensionIconEngine final : public QIconEngine
{
public:
    ExtensionIconEngine(QPointer<QStyle> base, QStyle::StandardPixmap which) : m_base(std::move(base)), m_which(which) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        QPixmap drawn = pixmap(rect.size() * scale, mode, state);
        drawn.setDevicePixelRatio(scale);
        const QSize logical = (QSizeF(drawn.size()) / scale).toSize();
        painter->drawPixmap(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, logical, rect), drawn);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override { return own().actualSize(size, mode, state); }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        const QPixmap glyph = own().pixmap(size, 1.0, QIcon::Normal, state);
        const QPalette palette = QGuiApplication::palette();
        const QImage image = glyph.toImage();
        const QColor ink = inkColour(image);
        if (glyph.isNull() || !ink.isValid() || contrastRatio(ink, palette.color(QPalette::Button)) >= 3.0)
            return mode == QIcon::Normal ? glyph : own().pixmap(size, 1.0, mode, state);
        QImage tinted = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        {
            QPainter p(&tinted);
            p.setCompositionMode(QPainter::CompositionMode_SourceIn);
            p.fillRect(tinted.rect(), palette.color(QPalette::ButtonText));
        }
        QPixmap result = QPixmap::fromImage(tinted);
        if (mode == QIcon::Normal)
            return result;
        QStyleOption option;
        option.palette = palette;
        return QApplication::style()->generatedIconPixmap(mode, result, &option);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override { return own().availableSizes(mode, state); }
    QString key() const override { return QStringLiteral("caa-extension"); }
    QIconEngine *clone() const override { return new ExtensionIconEngine(m_base, m_which); }
    bool isNull() override { return own().isNull(); }

private:
    const QIcon &own()
    {
        if (!m_own)
            m_own = m_base ? m_base->standardIcon(m_which) : QIcon();
        return *m_own;
    }

    QPointer<QStyle> m_base;
    QStyle::StandardPixmap m_which;
    std::optional<QIcon> m_own;
};

// The application's style, with the tool bar and menu bar extension ("»") icons made when
// first drawn. QMenuBar asks for its icon when it is built; Qt's styles make it from PNG
// files, and the first image read of a process loads every image-format plugin (GIF, ICO,
// JPEG with libjpeg, SVG) to ask what it can read. The extension button shows only in a
// window too narrow for its menus, so none of that has to happen before the first frame.
class DeferredExtensionIconStyle final : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    QIcon standardIcon(StandardPixmap standardPixmap, const QStyleOption *option, const QWidget *widget) const override
    {
        if (standardPixmap != SP_ToolBarHorizontalExtensionButton && standardPixmap != SP_ToolBarVerticalExtensionButton)
            return QProxyStyle::standardIcon(standardPixmap, option, widget);
        // Without the option and widget, as QMenuBar and QToolBar ask: the icon depends only
        // on the layout direction, which the style reads from the application then.
        return QIcon(new DeferredIconEngine(QStringLiteral("caa-deferred-standard"), [base = QPointer<QStyle>(baseStyle()), standardPixmap] {
            return QIcon(new ExtensionIconEngine(base, standardPixmap));
        }));
    }
};

} // namespace

void installStartupStyle()
{
    QStyle *current = QApplication::style();
    if (!current || dynamic_cast<DeferredExtensionIconStyle *>(current))
        return;
    // QProxyStyle takes the current style over (it becomes its parent), so QApplication
    // does not delete it when it is replaced; its choice (platform, -style) is kept.
    QApplication::setStyle(new DeferredExtensionIconStyle(current));
}

QIcon icon(const char *name)
{
    // One icon per name: copies share the engine, so each file is read once, and the
    // pixmaps a view draws for every cell are cached under one key.
    static QHash<QByteArray, QIcon> *cache = nullptr;
    if (!cache) {
        cache = new QHash<QByteArray, QIcon>;
        // The icons (and their pixmaps) go while QGuiApplication is still there.
        qAddPostRoutine([] {
            delete cache;
            cache = nullptr;
        });
    }
    const QByteArray key(name);
    auto it = cache->constFind(key);
    if (it == cache->cend())
        it = cache->insert(key, QIcon(new DeferredIconEngine(
                                    QStringLiteral("caa-deferred-svg"),
                                    [path = QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name))] { return QIcon(path); }, key)));
    return *it;
}

QIcon verdictIcon(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Permit: return icon("permit");
    case Verdict::Deny: return icon("deny");
    case Verdict::LookupFailure: return icon("failure");
    }
    return {};
}

QIcon severityIcon(Severity severity)
{
    switch (severity) {
    case Severity::Info: return icon("info");
    case Severity::Warning: return icon("warning");
    case Severity::Error: return icon("error");
    }
    return {};
}

QIcon levelIcon(LevelOutcome outcome)
{
    switch (outcome) {
    case LevelOutcome::Records: return icon("records");
    case LevelOutcome::Empty: return icon("empty");
    case LevelOutcome::Failure: return icon("failure");
    case LevelOutcome::Pending: return {};
    }
    return {};
}

double contrastRatio(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

namespace {

// A filled disc with a cross cut out, as desktops draw "clear", in the field's own colours:
// the text colour softened toward the base as far as 4.5:1 (with room) allows, so it reads as a
// control and not as text. Drawn when first shown: the button is hidden while the field is
// empty, as it is at start-up.
QIcon drawClearGlyph(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    QColor ink = text;
    for (double t = 0.5; t < 1.0; t += 0.05) {
        const QColor mixed = QColor::fromRgbF(float(text.redF() * t + base.redF() * (1 - t)), float(text.greenF() * t + base.greenF() * (1 - t)),
                                              float(text.blueF() * t + base.blueF() * (1 - t)));
        if (contrastRatio(mixed, base) >= 4.8) { // 4.5:1 after rounding to 8-bit colour
            ink = mixed;
            break;
        }
    }
    QIcon icon;
    for (const int size : {16, 20, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal disc = size * 0.8, margin = (size - disc) / 2;
        painter.setPen(Qt::NoPen);
        painter.setBrush(ink);
        painter.drawEllipse(QRectF(margin, margin, disc, disc));
        painter.setPen(QPen(base, size / 9.0, Qt::SolidLine, Qt::RoundCap));
        const qreal a = size * 0.36, b = size - a;
        painter.drawLine(QPointF(a, a), QPointF(b, b));
        painter.drawLine(QPointF(b, a), QPointF(a, b));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon clearGlyph(const QPalette &palette)
{
    return QIcon(new DeferredIconEngine(QStringLiteral("caa-clear-glyph"), [palette] { return drawClearGlyph(palette); }));
}

class ClearButtonPainter final : public QObject
{
public:
    ClearButtonPainter(QLineEdit *field, QAction *action) : QObject(field), m_action(action) { field->installEventFilter(this); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange)
            m_action->setIcon(clearGlyph(static_cast<QLineEdit *>(watched)->palette()));
        return false;
    }

private:
    QAction *m_action;
};

} // namespace

void addClearButton(QLineEdit *field)
{
    auto *clear = new QAction(clearGlyph(field->palette()), QCoreApplication::translate("Theme", "Clear"), field);
    clear->setObjectName(QStringLiteral("clearAction"));
    clear->setToolTip(QCoreApplication::translate("Theme", "Clear the field (Ctrl+Z brings it back)"));
    field->addAction(clear, QLineEdit::TrailingPosition);
    clear->setVisible(!field->text().isEmpty());
    QObject::connect(field, &QLineEdit::textChanged, clear, [clear](const QString &text) { clear->setVisible(!text.isEmpty()); });
    // As typing would: one undoable edit, and textEdited() as for a user's change.
    QObject::connect(clear, &QAction::triggered, field, [field] {
        field->selectAll();
        field->del();
    });
    new ClearButtonPainter(field, clear);
}

bool darkPalette()
{
    return QApplication::palette().color(QPalette::Base).lightness() < 128;
}

QColor permitColor() { return darkPalette() ? QColor(0x5f, 0xc9, 0x7a) : QColor(0x1e, 0x7d, 0x3a); }
QColor denyColor() { return darkPalette() ? QColor(0xf2, 0x7a, 0x70) : QColor(0xb3, 0x26, 0x1e); }
QColor failureColor() { return darkPalette() ? QColor(0xf0, 0xb0, 0x4a) : QColor(0xa1, 0x5c, 0x00); }
QColor recordsColor() { return darkPalette() ? QColor(0x7a, 0xb4, 0xf5) : QColor(0x1f, 0x5f, 0xa8); }

QColor tint(const QColor &c)
{
    QColor t = c;
    t.setAlpha(darkPalette() ? 60 : 38);
    return t;
}

QColor verdictColor(Verdict verdict)
{
    return verdict == Verdict::Permit ? permitColor() : verdict == Verdict::Deny ? denyColor() : failureColor();
}

QString reasonText(ReasonCode reason)
{
    switch (reason) {
    case ReasonCode::NoCaa: return QCoreApplication::translate("Theme", "no CAA records");
    case ReasonCode::LookupFailure: return QCoreApplication::translate("Theme", "lookup failure");
    case ReasonCode::CriticalUnknownTag: return QCoreApplication::translate("Theme", "unknown critical tag");
    case ReasonCode::NoRestrictingProperty: return QCoreApplication::translate("Theme", "no record for this kind");
    case ReasonCode::Authorised: return QCoreApplication::translate("Theme", "authorised");
    case ReasonCode::IssuerNotListed: return QCoreApplication::translate("Theme", "CA not listed");
    case ReasonCode::IssuanceForbidden: return QCoreApplication::translate("Theme", "issuance forbidden");
    case ReasonCode::MalformedProperty: return QCoreApplication::translate("Theme", "malformed record");
    case ReasonCode::AccountMismatch: return QCoreApplication::translate("Theme", "another account only");
    case ReasonCode::MethodMismatch: return QCoreApplication::translate("Theme", "another validation method only");
    case ReasonCode::ParametersUnsatisfiable: return QCoreApplication::translate("Theme", "parameters cannot be met");
    case ReasonCode::ParametersNotYetBinding: return QCoreApplication::translate("Theme", "parameters not binding before 2027-03-15");
    }
    return reasonCodeName(reason);
}

QString inputErrorText(InputErrorCode code)
{
    switch (code) {
    case InputErrorCode::Empty: return QCoreApplication::translate("Theme", "empty");
    case InputErrorCode::IpAddress: return QCoreApplication::translate("Theme", "an IP address");
    case InputErrorCode::HasPort: return QCoreApplication::translate("Theme", "has a port");
    case InputErrorCode::EmptyLabel: return QCoreApplication::translate("Theme", "empty label");
    case InputErrorCode::MisplacedWildcard: return QCoreApplication::translate("Theme", "misplaced *");
    case InputErrorCode::LabelTooLong: return QCoreApplication::translate("Theme", "label too long");
    case InputErrorCode::NameTooLong: return QCoreApplication::translate("Theme", "name too long");
    case InputErrorCode::InvalidCharacter: return QCoreApplication::translate("Theme", "invalid character");
    case InputErrorCode::InvisibleCharacter: return QCoreApplication::translate("Theme", "invisible character");
    case InputErrorCode::MixedScripts: return QCoreApplication::translate("Theme", "mixed scripts");
    case InputErrorCode::InvalidIdn: return QCoreApplication::translate("Theme", "invalid international name");
    case InputErrorCode::NumericTld: return QCoreApplication::translate("Theme", "numeric top-level label");
    case InputErrorCode::OnionName: return QCoreApplication::translate("Theme", ".onion name");
    case InputErrorCode::BadEmailAddress: return QCoreApplication::translate("Theme", "unusable e-mail address");
    case InputErrorCode::NotAHostName: return QCoreApplication::translate("Theme", "not a host name");
    }
    return inputErrorCodeName(code);
}

QString kindText(CertificateKind kind)
{
    switch (kind) {
    case CertificateKind::TlsSingle: return QCoreApplication::translate("Theme", "single names");
    case CertificateKind::TlsWildcard: return QCoreApplication::translate("Theme", "wildcards");
    case CertificateKind::Email: return QCoreApplication::translate("Theme", "S/MIME");
    case CertificateKind::Vmc: return QCoreApplication::translate("Theme", "VMC");
    }
    return certificateKindName(kind);
}

QString lookupOutcomeText(const Dns::LookupResult &r)
{
    switch (r.status) {
    case Dns::LookupStatus::Answered:
        if (!r.caa.isEmpty())
            return QCoreApplication::translate("Theme", "CAA records");
        if (r.rcode == Dns::Rcode::NoError)
            return QCoreApplication::translate("Theme", "no CAA (NODATA)");
        if (r.rcode == Dns::Rcode::NXDomain)
            return QCoreApplication::translate("Theme", "no such name (NXDOMAIN)");
        return r.outcomeName(); // SERVFAIL, REFUSED…: the DNS names say it best
    case Dns::LookupStatus::Timeout: return QCoreApplication::translate("Theme", "no answer (timeout)");
    case Dns::LookupStatus::ConnectionRefused: return QCoreApplication::translate("Theme", "connection refused");
    case Dns::LookupStatus::Truncated: return QCoreApplication::translate("Theme", "truncated, no TCP answer");
    case Dns::LookupStatus::Malformed: return QCoreApplication::translate("Theme", "unreadable reply");
    case Dns::LookupStatus::Mismatch: return QCoreApplication::translate("Theme", "reply to another question");
    case Dns::LookupStatus::NoServers: return QCoreApplication::translate("Theme", "no server to ask");
    case Dns::LookupStatus::BadQuery: return QCoreApplication::translate("Theme", "cannot be asked");
    case Dns::LookupStatus::Cancelled: return QCoreApplication::translate("Theme", "cancelled");
    case Dns::LookupStatus::NetworkError: return QCoreApplication::translate("Theme", "network error");
    }
    return r.outcomeName();
}

QString decisionCellText(const Decision &decision)
{
    return decisionCellText(decision.verdict, decision.reason, !decision.conditions.isEmpty());
}

QString decisionCellText(Verdict verdict, ReasonCode reason, bool hasConditions)
{
    QString text = verdictText(verdict);
    if (verdict == Verdict::Permit && hasConditions)
        text += QCoreApplication::translate("Theme", " (conditions)");
    else if (reason == ReasonCode::ParametersNotYetBinding)
        text += QCoreApplication::translate("Theme", " (may ignore parameters)");
    return text;
}

QString verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Permit: return QCoreApplication::translate("Theme", "Permit");
    case Verdict::Deny: return QCoreApplication::translate("Theme", "Deny");
    case Verdict::LookupFailure: return QCoreApplication::translate("Theme", "Lookup failure");
    }
    return QString();
}

void VisibleCheckDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (!index.data(Qt::CheckStateRole).isValid() || !darkPalette())
        return;
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QRect box = style->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &opt, widget);
    QColor outline = option.palette.color(QPalette::Text);
    outline.setAlpha(170);
    painter->save();
    painter->setPen(QPen(outline, 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(box.adjusted(0, 0, -1, -1));
    painter->restore();
}

// The one shaped layout and the sizes measured with it, for the text and font it was
// made from. The layout stays in layout mode: QTextLayout::beginLayout() throws the shaped
// glyphs away, clearLayout() keeps them and lets createLine() start at the text's start.
struct WrappedLabel::Measure
{
    QString text;
    QFont font;
    QTextLayout layout;
    QList<QPair<int, QSize>> sizes; // (line width, text size), the latest last

    Measure(const QString &t, const QFont &f) : text(t), font(f), layout(t, f)
    {
        // What qt_format_text() sets on its own layout when it measures (no painter).
        QTextOption option;
        option.setTextDirection(Qt::LeftToRight);
        option.setAlignment(Qt::AlignLeft);
        layout.setTextOption(option);
        layout.setCacheEnabled(true);
        layout.beginLayout();
    }
};

WrappedLabel::WrappedLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
}

WrappedLabel::~WrappedLabel() = default;

void WrappedLabel::changeEvent(QEvent *event)
{
    // QFont::operator== does not compare resolutions: a window moved to a screen of
    // another DPI keeps an "equal" font whose glyphs measure differently.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::ApplicationFontChange)
        m_measure.reset();
    QLabel::changeEvent(event);
}

bool WrappedLabel::measuresItself() const
{
    const QString shown = text();
    if (shown.isEmpty() || textFormat() != Qt::PlainText) // a pixmap leaves no text
        return false;
    if (textInteractionFlags() & (Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard | Qt::TextEditable))
        return false;
    for (const QChar c : shown)
        if (c == u'&' || c == u'\t' || c == u'\n' || c == u'\r' || c == QChar(0x9c))
            return false;
    return true;
}

QSize WrappedLabel::textSize(int width) const
{
    const bool wrap = wordWrap();
    const int key = wrap ? qMax(0, width) : -1;
    if (!m_measure || m_measure->text != text() || m_measure->font != font()
        // Every line laid out adds to the layout's maximum width, a QFixed (26.6 bits)
        // that would overflow after some 30,000 layouts of a paragraph (a window's edge
        // dragged for minutes): start again long before that.
        || m_measure->layout.maximumWidth() > 1e6)
        m_measure = std::make_unique<Measure>(text(), font());
    for (const auto &[w, size] : std::as_const(m_measure->sizes))
        if (w == key)
            return size;

    // qt_format_text(): lines on whole pixels, the font's leading between them.
    QTextLayout &layout = m_measure->layout;
    layout.clearLayout();
    const qreal lineWidth = wrap ? qreal(key) : qreal(0x01000000);
    const qreal leading = QFontMetricsF(font()).leading();
    qreal height = -leading;
    qreal textWidth = 0;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(lineWidth);
        height += leading;
        height = qCeil(height);
        line.setPosition(QPointF(0, height));
        height += line.ascent() + line.descent();
        textWidth = qMax(textWidth, line.naturalTextWidth());
    }
    const QSize size = QRectF(0, 0, textWidth, height).toAlignedRect().size();
    if (m_measure->sizes.size() >= 16)
        m_measure->sizes.removeFirst();
    m_measure->sizes.append({key, size});
    return size;
}

QSize WrappedLabel::sizeForWidth(int w) const
{
    if (minimumWidth() > 0)
        w = qMax(w, minimumWidth());
    const QMargins margins = contentsMargins();
    const QSize contentsMargin(margins.left() + margins.right(), margins.top() + margins.bottom());
    int hextra = 2 * margin();
    int vextra = hextra;
    const QFontMetrics fm = fontMetrics();
    const Qt::LayoutDirection direction = text().isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
    const Qt::Alignment align = QStyle::visualAlignment(direction, alignment());
    int m = indent();
    if (m < 0 && frameWidth())
        m = fm.horizontalAdvance(u'x') - margin() * 2;
    if (m > 0) {
        if (align & (Qt::AlignLeft | Qt::AlignRight))
            hextra += m;
        if (align & (Qt::AlignTop | Qt::AlignBottom))
            vextra += m;
    }
    const bool tryWidth = w < 0 && wordWrap();
    if (tryWidth)
        w = qMin(fm.averageCharWidth() * 80, maximumSize().width());
    else if (w < 0)
        w = 2000;
    w -= hextra + contentsMargin.width();
    QSize br = textSize(w);
    if (tryWidth && br.height() < 4 * fm.lineSpacing() && br.width() > w / 2)
        br = textSize(w / 2);
    if (tryWidth && br.height() < 2 * fm.lineSpacing() && br.width() > w / 4)
        br = textSize(w / 4);
    return (QSize(br.width() + hextra, br.height() + vextra) + contentsMargin).expandedTo(minimumSize());
}

int WrappedLabel::heightForWidth(int width) const
{
    if (!measuresItself())
        return QLabel::heightForWidth(width);
    return sizeForWidth(width).height();
}

QSize WrappedLabel::sizeHint() const
{
    if (!measuresItself())
        return QLabel::sizeHint();
    ensurePolished();
    return sizeForWidth(-1);
}

QSize WrappedLabel::minimumSizeHint() const
{
    if (!measuresItself())
        return QLabel::minimumSizeHint();
    ensurePolished();
    const QSize hint = sizeForWidth(-1);
    QSize least(sizeForWidth(0).width(), sizeForWidth(QWIDGETSIZE_MAX).height());
    if (hint.height() < least.height())
        least.setHeight(hint.height());
    return least;
}

} // namespace Caa::Ui
