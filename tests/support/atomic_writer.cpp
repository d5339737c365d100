// Test helper: saves a large CA directory or policy draft to PATH, announcing "saving"
// just before, so a test can kill it in the middle of the save.
//   atomic_writer directory|policy PATH
#include "ca/directorystore.h"
#include "generator/policy.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    QString error;
    if (args[1] == QStringLiteral("directory")) {
        Caa::CaDirectory d = Caa::bundledCaDirectory();
        for (int i = 0; i < 300000; ++i) {
            Caa::CaEntry e;
            e.name = QStringLiteral("Generated CA %1").arg(i);
            e.identifiers = {"ca-" + QByteArray::number(i) + ".example"};
            d.entries << e;
        }
        std::puts("saving");
        std::fflush(stdout);
        error = Caa::saveCaDirectory(d, args[2]);
    } else {
        Caa::CaaPolicy p{"example.com", 3600, {}};
        for (int i = 0; i < 300000; ++i)
            p.records << Caa::CaaRecord{0, "issue", "ca-" + QByteArray::number(i) + ".example; accounturi=https://acme.example/acct/" + QByteArray::number(i)};
        std::puts("saving");
        std::fflush(stdout);
        error = Caa::savePolicyFile(p, args[2]);
    }
    return error.isEmpty() ? 0 : 1;
}
