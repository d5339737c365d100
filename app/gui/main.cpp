#include "mainwindow.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLineEdit>
#include <QLocale>
#include <QTranslator>

namespace {

void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("GuiMain", "Which certificate authorities may issue for a name, and why (RFC 8659)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("NAME"), QCoreApplication::translate("GuiMain", "A domain to check at start-up (optional)."), QStringLiteral("[NAME]"));
}

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("caa-inspector"));
    QCoreApplication::setApplicationName(QStringLiteral("caa-inspector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAA_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    // --help and --version must work without a display: answer them before QApplication.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version") {
            QCoreApplication app(argc, argv);
            nameApplication();
            QCommandLineParser parser;
            describe(parser);
            parser.process(app); // prints and exits
            return 0;
        }
    }

    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(QCoreApplication::translate("GuiMain", "CAA Inspector"));
    QApplication::setDesktopFileName(QStringLiteral("org.caainspector.inspector"));

    // The catalogue for the system's language, when there is one (embedded under :/i18n).
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("caa-inspector"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    describe(parser);
    parser.process(app);

    Caa::Ui::installStartupStyle();
    Caa::Ui::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty()) {
        window.domainEdit()->setText(parser.positionalArguments().first());
        window.check();
    }
    return app.exec();
}
