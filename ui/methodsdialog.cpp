#include "methodsdialog.h"

#include "theme.h"

#include "caa/brrules.h"
#include "caa/registry.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace Caa::Ui {

namespace {

constexpr int LabelRole = Qt::UserRole + 1;

} // namespace

MethodsDialog::MethodsDialog(const QList<QByteArray> &current, const CaEntry *ca, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("methodsDialog"));
    setWindowTitle(ca ? tr("Validation methods for %1").arg(ca->name) : tr("Validation methods"));
    auto *layout = new QVBoxLayout(this);
    const bool acmeOnly = ca && profileById(ca->profileId) && !profileById(ca->profileId)->equivalentMethodLabels;
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    QString text = tr("Tick the methods this CA may validate by; none ticked means any method. ACME CAs use the ACME names; "
                      "CAs that validate without ACME use ca-tbr-N, the method of BR §3.2.2.4.N (BR 2.2.8 §4.2.2.1.2). "
                      "A CA should accept either label of the same method.");
    if (acmeOnly)
        text += QLatin1Char(' ') + tr("%1 accepts only the ACME names (letsencrypt/boulder#8821).").arg(ca->name);
    intro->setText(text);
    layout->addWidget(intro);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("methodsList"));
    m_list->setAccessibleName(tr("Validation methods"));
    m_list->setItemDelegate(new VisibleCheckDelegate(m_list));
    auto add = [&](const QByteArray &label, const QString &meaning, bool ending) {
        QString line = meaning.isEmpty() ? QString::fromLatin1(label) : meaning;
        if (ca && ca->validationMethods.contains(label))
            line += QLatin1String("  ") + tr("(offered by %1)").arg(ca->name);
        if (ending)
            line += QLatin1String("  ") + tr("(not after 2027-03-15)");
        auto *item = new QListWidgetItem(line, m_list);
        item->setData(LabelRole, label);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(current.contains(label) ? Qt::Checked : Qt::Unchecked);
        if (acmeOnly && caTbrSubsection(label))
            item->setToolTip(tr("%1 does not accept ca-tbr- labels yet.").arg(ca->name));
    };
    for (const QByteArray &m : acmeValidationMethods())
        add(m, describeMethodLabel(m), false);
    for (const auto &[label, method] : allowedCaTbrLabels())
        add(label, describeMethodLabel(label), method->status == BrValidationMethod::Status::Ending);
    for (const QByteArray &label : current) {
        bool listed = false;
        for (int i = 0; i < m_list->count() && !listed; ++i)
            listed = m_list->item(i)->data(LabelRole).toByteArray() == label;
        if (!listed)
            m_unlisted << label;
    }
    layout->addWidget(m_list, 1);
    if (!m_unlisted.isEmpty()) {
        QStringList kept;
        for (const QByteArray &l : std::as_const(m_unlisted))
            kept << QString::fromLatin1(l);
        auto *note = new QLabel(tr("Kept as written: %1").arg(kept.join(QStringLiteral(", "))), this);
        note->setTextFormat(Qt::PlainText);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Wide enough for the longest meaning, so nothing is cut or scrolls sideways.
    const int listWidth = m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth() + 24;
    resize(qMax(560, listWidth + layout->contentsMargins().left() + layout->contentsMargins().right()), 480);
    m_list->setFocus();
    m_list->setCurrentRow(0);
}

QList<QByteArray> MethodsDialog::chosen() const
{
    QList<QByteArray> out;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            out << m_list->item(i)->data(LabelRole).toByteArray();
    return out + m_unlisted;
}

} // namespace Caa::Ui
