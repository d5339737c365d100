// caa-inspector-cli: the command-line twin of CAA Inspector, on caacore only. Each
// command lives in its own file (command.h); this file only dispatches.
#include "command.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

using namespace Caa::Cli;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("caa-inspector-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAA_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("caa-inspector"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    const QStringList args = app.arguments();
    const QString command = args.value(1);
    QStringList rest = args.mid(2);
    rest.prepend(args.first() + u' ' + command);

    if (command == QStringLiteral("check"))
        return runCheck(app, rest);
    if (command == QStringLiteral("explain"))
        return runExplain(app, rest);
    if (command == QStringLiteral("ct"))
        return runCt(app, rest);
    if (command == QStringLiteral("cas"))
        return runCas(rest);
    if (command == QStringLiteral("generate"))
        return runGenerate(rest);
    if (command == QStringLiteral("--version") || command == QStringLiteral("-v")) {
        out() << "caa-inspector-cli " << CAA_VERSION << Qt::endl;
        return 0;
    }
    const QString usage = QCoreApplication::translate("CliMain",
        "Usage: caa-inspector-cli COMMAND [options]\n\n"
        "Commands:\n"
        "  check NAME...   which CAs may issue for each NAME, and why (RFC 8659)\n"
        "  explain TEXT|-  read a CA's error message, check what it names, answer in one paragraph\n"
        "  ct NAME         the certificates a CT search found for NAME, and their CAs\n"
        "  generate        build CAA records from options, in zone-file and DNS-tool formats\n"
        "  cas             list or update the CA directory\n\n"
        "Options:\n"
        "  --help          this text; 'caa-inspector-cli COMMAND --help' for a command\n"
        "  --version       print the version\n");
    if (command == QStringLiteral("--help") || command == QStringLiteral("-h") || command == QStringLiteral("help")) {
        out() << usage;
        return 0;
    }
    err() << (command.isEmpty() ? QCoreApplication::translate("CliMain", "caa-inspector-cli: no command given.\n")
                                : QCoreApplication::translate("CliMain", "caa-inspector-cli: unknown command \"%1\".\n").arg(command))
          << usage;
    return ExitUsage;
}
