#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLineEdit>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("caa-inspector"));
    QApplication::setApplicationName(QStringLiteral("caa-inspector"));
    QApplication::setApplicationDisplayName(QStringLiteral("CAA Inspector"));
    QApplication::setApplicationVersion(QStringLiteral(CAA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("caa-inspector"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Which certificate authorities may issue for a name, and why (RFC 8659)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("A domain to check at start-up (optional)."), QStringLiteral("[NAME]"));
    parser.process(app);

    Caa::Ui::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty()) {
        window.domainEdit()->setText(parser.positionalArguments().first());
        window.check();
    }
    return app.exec();
}
