#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CAA Inspector"));
    QApplication::setApplicationName(QStringLiteral("caa-inspector"));
    QApplication::setApplicationDisplayName(QStringLiteral("CAA Inspector"));
    QApplication::setApplicationVersion(QStringLiteral(CAA_VERSION));
    Caa::Ui::MainWindow window;
    window.show();
    return app.exec();
}
