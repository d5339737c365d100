// caa-inspector-cli: the command-line twin of CAA Inspector, on caacore only. Each
// command lives in its own file (command.h); this file only dispatches.
#include "command.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <unistd.h>

using namespace Caa::Cli;

int main(int argc, char *argv[])
{
    // The CLI's event loops serve sockets and timers only. Qt's own dispatcher wakes
    // itself once per batch of posted events; GLib's writes its eventfd for every one,
    // three system calls per checked name, a fifth of a big run's CPU (issue #18). It
    // stays set: each thread of `check --threads` reads it when it starts, and a
    // worker left on GLib wrote its eventfd 1.2 times per name. (The CLI starts no
    // other program that could inherit it.)
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("caa-inspector-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAA_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("caa-inspector"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    // Into a file or a pipe, standard output leaves in 64 KiB blocks rather than the 4 KiB
    // stdio picks, a sixteenth of the system calls for a big run; runs flush it at least
    // ten times a second. A terminal keeps its line buffering.
    // (glibc ignores the size when it is to allocate the buffer itself.)
    static char outputBuffer[64 * 1024];
    if (!::isatty(STDOUT_FILENO))
        std::setvbuf(stdout, outputBuffer, _IOFBF, sizeof outputBuffer);
    const QStringList args = app.arguments();
    const QString command = args.value(1);
    QStringList rest = args.mid(2);
    rest.prepend(args.first() + u' ' + command);

    if (command == QStringLiteral("check"))
        return runCheck(app, rest);
    if (command == QStringLiteral("explain"))
        return runExplain(app, rest);
    if (command == QStringLiteral("ct"))
        return runCt(rest);
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
