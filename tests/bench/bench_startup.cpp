// Start-up benchmark, driven by tests/bench/run_benchmarks.py:
//   bench_startup app  [--bulk N --server ADDR]   CAA Inspector's main window, set up as app/gui/main.cpp does
//   bench_startup bare                           a bare QMainWindow with a label, same Qt, same build flags
//   bench_bare_window bare                       the same bare window from an executable that links Qt Widgets only
// The driver puts its clock (CLOCK_REALTIME, ns) in CAA_BENCH_T0 just before it starts the
// process; at the window's first paint this prints the time since then. With --bulk, the
// "Many names" page then checks N names through ADDR and the peak RSS (VmHWM) is printed.
#ifndef CAA_BENCH_BARE_ONLY
#include "bulkmodel.h"
#include "bulkpage.h"
#include "mainwindow.h"
#include "theme.h"
#endif

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <ctime>
#include <unistd.h>

namespace {

qint64 nowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

QString peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return QString::number(line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0, 'f', 1);
    return QStringLiteral("?");
}

bool svgLoaded()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libQt6Svg");
}

class FirstPaint : public QObject
{
public:
    std::function<void()> onPaint;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && onPaint) {
            auto f = std::move(onPaint);
            onPaint = nullptr;
            QTimer::singleShot(0, f);
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool bare = args.value(1) == QStringLiteral("bare");
    const qint64 t0 = qEnvironmentVariableIsSet("CAA_BENCH_T0") ? qgetenv("CAA_BENCH_T0").toLongLong() : nowNs();
    FirstPaint firstPaint;
    int bulkNames = 0;
    QString server;
    for (int i = 2; i + 1 < args.size(); ++i) {
        if (args[i] == QStringLiteral("--bulk"))
            bulkNames = args[i + 1].toInt();
        if (args[i] == QStringLiteral("--server"))
            server = args[i + 1];
    }

    std::unique_ptr<QMainWindow> window;
    QTranslator translator;
    if (bare) {
        window = std::make_unique<QMainWindow>();
        window->setCentralWidget(new QLabel(QStringLiteral("Hello")));
    } else {
#ifndef CAA_BENCH_BARE_ONLY
        QCoreApplication::setOrganizationName(QStringLiteral("caa-inspector-bench"));
        QCoreApplication::setApplicationName(QStringLiteral("caa-inspector-bench"));
        QApplication::setApplicationDisplayName(QStringLiteral("CAA Inspector"));
        if (translator.load(QLocale(), QStringLiteral("caa-inspector"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            QApplication::installTranslator(&translator);
        Caa::Ui::installStartupStyle();
        window = std::make_unique<Caa::Ui::MainWindow>();
#endif
    }
    window->installEventFilter(&firstPaint);
    firstPaint.onPaint = [&] {
        QTextStream out(stdout);
        out << "first_paint_ms=" << double(nowNs() - t0) / 1e6 << "\nrss_after_paint_mb=" << peakRssMb() << Qt::endl;
        // Qt's SVG library is loaded with its icon plugin; the first frame should not need it
        // (issue #18; the test startup_first_frame_without_svg reads this line).
        out << "svg_loaded_at_paint=" << (svgLoaded() ? "yes" : "no") << Qt::endl;
        // For a profiler (perf record): stop here, so that only the way to the first
        // frame is sampled, not what runs after it or the teardown.
        if (qEnvironmentVariableIsSet("CAA_BENCH_EXIT_AT_PAINT"))
            _exit(0);
#ifdef CAA_BENCH_BARE_ONLY
        QCoreApplication::quit();
        Q_UNUSED(bulkNames)
    };
#else
        auto *main = qobject_cast<Caa::Ui::MainWindow *>(window.get());
        if (!main || bulkNames <= 0) {
            QCoreApplication::quit();
            return;
        }
        const Caa::Dns::ServerParse parsed = Caa::Dns::parseServerAddress(server);
        if (!parsed.ok()) {
            out << "error=" << parsed.error << Qt::endl;
            QCoreApplication::exit(2);
            return;
        }
        main->setCustomServers({parsed.server});
        Caa::Ui::BulkPage *bulk = main->bulkPage();
        main->tabs()->setCurrentIndex(4);
        QString list;
        for (int i = 0; i < bulkNames; ++i)
            list += QStringLiteral("rss%1.bulk.test\n").arg(i);
        bulk->setNamesText(list);
        // The longest the event loop went without running a 5 ms timer during the run,
        // minus the 5 ms: what a user feels as a frozen window (issue #18: ≤ 50 ms).
        struct StallClock
        {
            QTimer ticker;
            QElapsedTimer sinceTick;
            QElapsedTimer run;
            qint64 longestGapNs = 0;
            qint64 longestGapEndNs = 0; // into the run: where to look when it is too long
        };
        auto *clock = new StallClock;
        clock->ticker.setTimerType(Qt::PreciseTimer);
        clock->ticker.setInterval(5);
        QObject::connect(&clock->ticker, &QTimer::timeout, &app, [clock] {
            const qint64 gap = clock->sinceTick.nsecsElapsed();
            if (gap > clock->longestGapNs) {
                clock->longestGapNs = gap;
                clock->longestGapEndNs = clock->run.nsecsElapsed();
            }
            clock->sinceTick.restart();
        });
        QObject::connect(bulk, &Caa::Ui::BulkPage::runFinished, &app, [clock, bulk] {
            clock->ticker.stop();
            QTextStream(stdout) << "bulk_names=" << bulk->model()->rowCount() << "\nbulk_seconds=" << double(clock->run.nsecsElapsed()) / 1e9
                                << "\nlongest_stall_ms=" << qMax(0.0, double(clock->longestGapNs) / 1e6 - 5.0)
                                << "\nlongest_stall_ended_at_s=" << double(clock->longestGapEndNs) / 1e9 << "\npeak_rss_mb=" << peakRssMb() << Qt::endl;
            QCoreApplication::quit();
        });
        // Check all is clicked on a page that is on screen with its list in it, as a user
        // clicks it: the page's first layout (which lays out the pasted lines, Qt's cost of
        // the paste) is done before the clock starts.
        QTimer::singleShot(300, bulk, [clock, bulk] {
            clock->run.start();
            clock->sinceTick.start();
            clock->ticker.start();
            QElapsedTimer startCall;
            startCall.start();
            bulk->start();
            QTextStream(stdout) << "start_call_ms=" << double(startCall.nsecsElapsed()) / 1e6 << Qt::endl;
        });
    };
#endif
    window->resize(1280, 800);
    window->show();
    return app.exec();
}
