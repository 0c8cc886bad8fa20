// teacup-studio [FILE]: the desktop studio. Options for tests and demos: --run threaded|sim,
// --run-for SECONDS (wall seconds), --screenshot DIR (PNGs of the window and the canvas
// after the run), --quit (exit after the screenshots).
#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

#include "canvas/topology_canvas.h"
#include "live/log_sink.h"
#include "live/run_controller.h"
#include "live/studio_registry.h"
#include "shell/main_window.h"
#include "shell/theme.h"

namespace {

constexpr int kExitBadUsage = 2;
constexpr int kExitFailed = 1;
constexpr int kMillisPerSecond = 1000;
constexpr int kLayoutWaitMs = 1500; // screenshots without a run wait for the first layout

struct Options {
    QString file;
    QString run; // "", "threaded" or "sim"
    double runFor = 0;
    QString screenshotDir;
    bool quit = false;
};

bool parse(QApplication& app, Options& o) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Teacup Studio: design, run and watch Storm topologies"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QObject::tr("Flux YAML topology to open"));
    QCommandLineOption run(QStringLiteral("run"), QObject::tr("Start a run at once: threaded or sim"),
                           QStringLiteral("MODE"));
    QCommandLineOption runFor(QStringLiteral("run-for"), QObject::tr("Stop the run after SECONDS wall seconds"),
                              QStringLiteral("SECONDS"));
    QCommandLineOption shot(QStringLiteral("screenshot"), QObject::tr("Save PNGs of the window and canvas into DIR"),
                            QStringLiteral("DIR"));
    QCommandLineOption quit(QStringLiteral("quit"), QObject::tr("Quit after the screenshots"));
    parser.addOptions({run, runFor, shot, quit});
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    o.file = args.value(0);
    o.run = parser.value(run);
    o.runFor = parser.value(runFor).toDouble();
    o.screenshotDir = parser.value(shot);
    o.quit = parser.isSet(quit);
    if (!o.run.isEmpty() && o.run != QLatin1String("threaded") && o.run != QLatin1String("sim")) {
        std::fprintf(stderr, "teacup-studio: --run takes 'threaded' or 'sim', not '%s'\n", qPrintable(o.run));
        return false;
    }
    if (!o.run.isEmpty() && o.file.isEmpty()) {
        std::fprintf(stderr, "teacup-studio: --run needs a FILE to run\n");
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Teacup"));
    QApplication::setApplicationName(QStringLiteral("Teacup Studio"));
    QApplication::setApplicationVersion(QStringLiteral(TEACUP_VERSION));
    Options o;
    if (!parse(app, o)) return kExitBadUsage;
    teacup::studio::captureSystemPalette();
    teacup::studio::installStudioLogSink();

    QStringList warnings;
    auto registry = teacup::studio::loadStudioRegistry({}, &warnings);
    for (const QString& w : warnings) std::fprintf(stderr, "teacup-studio: %s\n", qPrintable(w));

    teacup::studio::MainWindow window(registry);
    window.show();
    if (!o.file.isEmpty()) {
        QString error;
        if (!window.openFile(o.file, &error)) {
            std::fprintf(stderr, "teacup-studio: %s\n", qPrintable(error));
            if (o.quit) return kExitFailed;
        }
    }
    int exitCode = 0;
    // Saves the screenshots once (the first caller wins), fitting the whole graph in view.
    auto screenshots = [&] {
        if (o.screenshotDir.isEmpty()) return;
        window.canvas()->fitToView();
        QString error;
        if (!window.saveScreenshots(o.screenshotDir, &error)) {
            std::fprintf(stderr, "teacup-studio: %s\n", qPrintable(error));
            exitCode = kExitFailed;
        }
        o.screenshotDir.clear();
    };
    auto finish = [&] {
        window.runController()->stop();
        screenshots();
        if (o.quit) QApplication::exit(exitCode);
    };
    if (!o.run.isEmpty()) {
        QTimer::singleShot(0, &window, [&] {
            if (!window.startRun(o.run == QLatin1String("sim"))) {
                std::fprintf(stderr, "teacup-studio: the topology cannot run (see its diagnostics)\n");
                exitCode = kExitFailed;
            }
        });
        if (o.runFor > 0 || o.quit || !o.screenshotDir.isEmpty()) {
            // Screenshots are taken while the run is still live (throughput on the canvas).
            QTimer::singleShot(static_cast<int>(o.runFor * kMillisPerSecond), &window, [&] {
                screenshots();
                finish();
            });
        }
    } else if (!o.screenshotDir.isEmpty() || o.quit) {
        QTimer::singleShot(kLayoutWaitMs, &window, finish);
    }
    const int code = app.exec();
    return code != 0 ? code : exitCode;
}
