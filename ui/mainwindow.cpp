#include "mainwindow.h"

#include <QLabel>

namespace Caa::Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("CAA Inspector"));
    auto *placeholder = new QLabel(tr("CAA Inspector"), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    resize(1024, 700);
}

MainWindow::~MainWindow() = default;

} // namespace Caa::Ui
