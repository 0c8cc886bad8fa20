// teacup_studio_bench: issue #4 item 10's figures for the canvas on a generated 200-component
// topology — (a) layout + scene build + one render, median of 5; (b) CPU share of live updates
// at 5 Hz. Prints one JSON object per line. Not a test: nothing here asserts on speed.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QTimer>

#include <teacup/layout/graph_layout.h>

#include "canvas/topology_canvas.h"
#include "generated_topology.h"

namespace {

using Clock = std::chrono::steady_clock;
using teacup::studio::TopologyCanvas;
namespace gen = teacup::bench::studio;

constexpr int kRuns = 5;
constexpr int kLiveHz = 5;
constexpr double kLayoutTargetMs = 1000.0;
constexpr double kCpuTargetPercent = 10.0;

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double cpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

QString list(const std::vector<double>& values) {
    QStringList parts;
    for (double v : values)
        parts << QString::number(v, 'f', 1);
    return parts.join(QLatin1Char(','));
}

void waitForLayout(TopologyCanvas& canvas) {
    if (!canvas.layoutPending()) return;
    QEventLoop loop;
    QObject::connect(&canvas, &TopologyCanvas::layoutFinished, &loop, &QEventLoop::quit);
    loop.exec();
}

// (a) A fresh canvas each run: setTopology (Graphviz on the worker), wait, build the scene,
// render the whole scene once into a QImage at 1x.
void benchLayoutBuildRender(const teacup::model::TopologySpec& spec, const QString& pngPath) {
    std::vector<double> layoutOnly;
    std::vector<double> total;
    for (int run = 0; run < kRuns; ++run) {
        const auto start = Clock::now();
        auto graph = teacup::layout::computeLayout(spec);
        layoutOnly.push_back(msSince(start));
        if (!graph.ok()) std::printf("{\"error\":\"%s\"}\n", graph.error().message.c_str());
    }
    for (int run = 0; run < kRuns; ++run) {
        TopologyCanvas canvas;
        const auto start = Clock::now();
        canvas.setTopology(spec);
        waitForLayout(canvas);
        const QRectF rect = canvas.scene()->sceneRect();
        QImage image(rect.size().toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        canvas.scene()->render(&painter, QRectF(QPointF(0, 0), image.size()), rect);
        painter.end();
        total.push_back(msSince(start));
        if (run == 0 && !pngPath.isEmpty()) canvas.exportPng(pngPath);
    }
    std::printf("{\"bench\":\"canvas_compute_layout\",\"components\":%zu,\"streams\":%zu,\"median_ms\":%.1f,"
                "\"runs_ms\":[%s]}\n",
                spec.spouts.size() + spec.bolts.size(), spec.streams.size(), median(layoutOnly),
                qPrintable(list(layoutOnly)));
    std::printf("{\"bench\":\"canvas_layout_build_render\",\"components\":%zu,\"streams\":%zu,\"median_ms\":%.1f,"
                "\"runs_ms\":[%s],\"target_ms\":%.0f,\"ok\":%s}\n",
                spec.spouts.size() + spec.bolts.size(), spec.streams.size(), median(total), qPrintable(list(total)),
                kLayoutTargetMs, median(total) < kLayoutTargetMs ? "true" : "false");
    std::fflush(stdout);
}

// (b) A shown canvas (fit to a 1600x1000 window) receives a new snapshot every 200 ms for
// `seconds`; the snapshots are built beforehand, as the engine builds them on its own thread.
void benchLive(const teacup::model::TopologySpec& spec, int seconds, const QString& pngPath) {
    TopologyCanvas canvas;
    canvas.resize(1600, 1000);
    canvas.show();
    canvas.setTopology(spec);
    waitForLayout(canvas);
    canvas.fitToView();
    QHash<QString, QList<int>> tasks;
    const int updates = seconds * kLiveHz;
    std::vector<std::shared_ptr<const teacup::metrics::MetricsSnapshot>> snapshots;
    for (int i = 0; i < updates; ++i)
        snapshots.push_back(gen::syntheticSnapshot(spec, i));
    QHash<int, teacup::runtime::TaskState> states{{5, teacup::runtime::TaskState::Killed},
                                                  {9, teacup::runtime::TaskState::Restarting}};
    QCoreApplication::processEvents();

    int next = 0;
    double inUpdateMs = 0.0;
    QEventLoop loop;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setInterval(1000 / kLiveHz);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        if (next == updates) {
            loop.quit();
            return;
        }
        const auto start = Clock::now();
        canvas.updateLive(snapshots[static_cast<std::size_t>(next++)], states);
        inUpdateMs += msSince(start);
    });
    const double cpuStart = cpuSeconds();
    const auto wallStart = Clock::now();
    timer.start();
    loop.exec();
    const double wall = msSince(wallStart) / 1000.0;
    const double cpu = cpuSeconds() - cpuStart;
    const double percent = 100.0 * cpu / wall;
    std::printf("{\"bench\":\"canvas_live_updates\",\"components\":%zu,\"hz\":%d,\"updates\":%d,\"wall_s\":%.2f,"
                "\"cpu_s\":%.3f,\"cpu_percent_of_one_core\":%.2f,\"update_call_ms_avg\":%.2f,\"target_percent\":%.0f,"
                "\"ok\":%s}\n",
                spec.spouts.size() + spec.bolts.size(), kLiveHz, updates, wall, cpu, percent,
                inUpdateMs / std::max(1, updates), kCpuTargetPercent, percent < kCpuTargetPercent ? "true" : "false");
    std::fflush(stdout);
    if (!pngPath.isEmpty()) canvas.exportPng(pngPath);
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription("Canvas figures for a generated 200-component topology.");
    parser.addHelpOption();
    QCommandLineOption seconds("seconds", "Length of the live-update run.", "N", "10");
    QCommandLineOption png("png", "Also save the laid-out canvas as PNG (static).", "FILE");
    QCommandLineOption livePng("live-png", "Also save the canvas after the live run as PNG.", "FILE");
    parser.addOptions({seconds, png, livePng});
    parser.process(app);
    const auto spec = gen::generateTopology();
    benchLayoutBuildRender(spec, parser.value(png));
    benchLive(spec, std::max(1, parser.value(seconds).toInt()), parser.value(livePng));
    return 0;
}
