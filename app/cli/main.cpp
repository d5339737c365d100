#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("caa-inspector-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAA_VERSION));
    QTextStream(stdout) << "caa-inspector-cli " << CAA_VERSION << '\n';
    return 0;
}
