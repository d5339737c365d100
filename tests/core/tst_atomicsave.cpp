// Files the application writes (user CA directory, policy drafts) are written atomically:
// a writer killed in the middle of a save leaves the previous file whole.
#include "ca/directorystore.h"
#include "generator/policy.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Caa;

class TestAtomicSave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLeavesPreviousFile_data();
    void killedWriterLeavesPreviousFile();
};

void TestAtomicSave::killedWriterLeavesPreviousFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("user CA directory") << "directory";
    QTest::newRow("policy draft") << "policy";
}

void TestAtomicSave::killedWriterLeavesPreviousFile()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    const QString path = dir.filePath(kind == QStringLiteral("directory") ? QStringLiteral("ca-directory.csv") : QStringLiteral("draft.json"));
    // The previous, complete file.
    if (kind == QStringLiteral("directory")) {
        QCOMPARE(saveCaDirectory(bundledCaDirectory(), path), QString());
    } else {
        QCOMPARE(savePolicyFile({"example.com", 300, {{0, "issue", "letsencrypt.org"}}}, path), QString());
    }
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray previous = before.readAll();
    before.close();

    QProcess writer;
    writer.start(QStringLiteral(CAA_ATOMIC_WRITER), {kind, path});
    QVERIFY(writer.waitForStarted());
    QVERIFY(writer.waitForReadyRead(30000)); // "saving"
    QTest::qWait(30);
    const bool stillSaving = writer.state() == QProcess::Running;
    ::kill(pid_t(writer.processId()), SIGKILL);
    writer.waitForFinished();
    QVERIFY2(stillSaving, "the writer must be killed in the middle of its save");

    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), previous); // the previous file is whole
    if (kind == QStringLiteral("directory")) {
        const CaDirectoryParse parsed = loadCaDirectory(path);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    } else {
        QVERIFY(loadPolicyFile(path).ok());
    }
}

QTEST_GUILESS_MAIN(TestAtomicSave)
#include "tst_atomicsave.moc"
