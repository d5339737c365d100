#pragma once

#include "ca/cadirectory.h"

#include <QDialog>

class QListWidget;

namespace Caa::Ui {

/// Picks the validation methods of one grant (RFC 8657 validationmethods): the ACME
/// method names and the BR 2.2.8 §4.2.2.1.2 ca-tbr-N labels of the BR §3.2.2.4 methods
/// still allowed, each with its meaning. Labels it does not list are kept as they were.
class MethodsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MethodsDialog)

public:
    /// `ca`: the grant's CA when the directory knows it (its methods are marked), else null.
    MethodsDialog(const QList<QByteArray> &current, const CaEntry *ca, QWidget *parent = nullptr);

    /// The labels ticked, in the list's order, then the ones it does not show.
    QList<QByteArray> chosen() const;

private:
    QListWidget *m_list = nullptr;
    QList<QByteArray> m_unlisted;
};

} // namespace Caa::Ui
