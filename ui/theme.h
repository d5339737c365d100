#pragma once

#include "domain/domainname.h"
#include "engine/decision.h"
#include "engine/findings.h"

#include <QColor>
#include <QIcon>
#include <QLabel>
#include <QList>
#include <QPair>
#include <QStyledItemDelegate>

#include <memory>

class QLineEdit;

namespace Caa::Ui {

/// Icons from resources/icons (SVG, crisp at any scale). Shapes differ per state, so the
/// state never rests on colour alone.
QIcon icon(const char *name);
QIcon verdictIcon(Verdict verdict);
QIcon severityIcon(Severity severity);
QIcon levelIcon(LevelOutcome outcome);

/// Wraps the application's style (whichever Qt or -style chose) so that the few icons it
/// would make while the main window is built, and that the first frame does not show, are
/// made when first drawn (issue #18). Call after QApplication, before the first window.
void installStartupStyle();

/// True when the application palette is dark (its base colour is dark).
bool darkPalette();

/// Text colours that keep contrast on the current palette.
QColor permitColor();
QColor denyColor();
QColor failureColor();
QColor recordsColor();
/// WCAG 2.1 contrast ratio of two colours (1 to 21).
double contrastRatio(const QColor &a, const QColor &b);

/// Gives `field` a clear button (trailing, shown while it has text) whose glyph is drawn
/// in the field's palette, redrawn when the palette changes. Qt's own clear button takes
/// its glyph from the desktop icon theme, and GNOME's (Adwaita "edit-clear") is 2.3:1 on
/// a white field, under the 3:1 that a control needs (WCAG 2.1 SC 1.4.11). Clearing is
/// an edit: Ctrl+Z brings the text back.
void addClearButton(QLineEdit *field);

/// A faint background for cells, derived from a state colour.
QColor tint(const QColor &c);

/// "Permit", "Deny", "Lookup failure".
QString verdictText(Verdict verdict);
/// permitColor(), denyColor() or failureColor() for a verdict.
QColor verdictColor(Verdict verdict);
/// A reason in words for a table ("CA not listed"); reasonCodeName() keeps the code for
/// JSON, CSV and tooltips.
QString reasonText(ReasonCode reason);
/// What is wrong with an input, in a few words ("an IP address").
QString inputErrorText(InputErrorCode code);

/// A certificate kind as a table or bullet says it: "single names", "wildcards",
/// "S/MIME", "VMC" (certificateKindName() keeps the code).
QString kindText(CertificateKind kind);
/// What a lookup came to, in words ("no CAA (NODATA)", "connection refused").
QString lookupOutcomeText(const Dns::LookupResult &result);

/// A verdict cell's text: verdictText(), and " (conditions)" for a permit that holds
/// only with the account or methods it names.
QString decisionCellText(const Decision &decision);
/// The same from the codes a compact row keeps.
QString decisionCellText(Verdict verdict, ReasonCode reason, bool hasConditions);

/// Fusion draws an unticked box in an item view with an outline a little darker than the
/// window: on a dark palette it all but disappears. This delegate outlines it in the text
/// colour there, so an unticked box stays visible.
class VisibleCheckDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

/// A word-wrapped plain-text label for text set once, measured as QLabel measures it but
/// shaped only once.
///
/// Layouts ask a wrapped label its size for several widths before the first frame (its
/// size hints, and its height for the widths the layouts try), and QLabel shapes and lays
/// out the whole text anew for each (QFontMetrics::boundingRect()): the start page's
/// heading and paragraph were shaped 17 times before the first paint (issue #18). This
/// label keeps one QTextLayout of its text, shaped once, and lays only its lines out again
/// for each width, with the arithmetic of QLabel and qt_format_text() (the same in Qt 6.4
/// and 6.8), so its answers are QLabel's to the pixel (tst_desktoptheme compares them width
/// by width). Drawing is QLabel's own.
///
/// Text that QLabel would transform first ("&" mnemonics, tabs, line breaks), rich text, or
/// text the user may select is measured by QLabel itself.
class WrappedLabel final : public QLabel
{
public:
    explicit WrappedLabel(const QString &text, QWidget *parent = nullptr);
    ~WrappedLabel() override;
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    bool measuresItself() const;
    /// QLabelPrivate::sizeForWidth() for plain text.
    QSize sizeForWidth(int width) const;
    /// fontMetrics().boundingRect(0, 0, width, 2000, flags, text()).size().
    QSize textSize(int width) const;

    struct Measure;
    mutable std::unique_ptr<Measure> m_measure;
};

} // namespace Caa::Ui
