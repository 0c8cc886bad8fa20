// Responsiveness probe: while a threaded run of a const spout -> null bolt topology goes at
// full speed, a 10 ms QTimer on a running studio MainWindow must never see a gap of 50 ms or
// more between two ticks (the GUI thread never blocks on the engine). A check that the
// studio hands work off its thread, not a benchmark of the machine.
#include <QAction>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include "live/run_controller.h"
#include "shell/main_window.h"
#include "studio_test_main.h"

using namespace teacup;
using namespace teacup::studio;

namespace {

constexpr int kTickMs = 10;
constexpr int kProbeMs = 2000;
constexpr qint64 kMaxGapMs = 50;
constexpr int kWaitMs = 10000;

const char kFullSpeed[] = R"(name: "full-speed"
config:
  topology.acker.executors: 0
spouts:
  - id: "const"
    className: "teacup.core.ConstSpout"
    parallelism: 1
bolts:
  - id: "sink"
    className: "teacup.core.NullBolt"
    parallelism: 2
streams:
  - from: "const"
    to: "sink"
    grouping:
      type: SHUFFLE
)";

} // namespace

class TstEventLoopLatency : public QObject {
    Q_OBJECT
private:
    std::shared_ptr<plugin::Registry> m_registry = test::loadRegistry();

private Q_SLOTS:
    void guiThreadNeverStallsDuringAFullSpeedThreadedRun() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("full_speed.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kFullSpeed);
        file.close();
        MainWindow window(m_registry);
        window.show();
        QVERIFY(window.openFile(path));
        QVERIFY(window.startRun(false));
        RunController* run = window.runController();
        QTRY_COMPARE_WITH_TIMEOUT(run->state(), RunState::Running, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(run->lastSnapshot() != nullptr, kWaitMs);

        QElapsedTimer clock;
        QElapsedTimer sinceLast;
        qint64 maxGap = 0;
        int ticks = 0;
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        probe.setInterval(kTickMs);
        connect(&probe, &QTimer::timeout, this, [&] {
            maxGap = std::max(maxGap, sinceLast.restart());
            ++ticks;
        });
        clock.start();
        sinceLast.start();
        probe.start();
        QTRY_VERIFY_WITH_TIMEOUT(clock.elapsed() >= kProbeMs, kProbeMs * 2);
        probe.stop();
        window.action(QStringLiteral("stop"))->trigger();
        qInfo("probe: %d ticks, max gap %lld ms", ticks, static_cast<long long>(maxGap));
        QVERIFY(ticks > 0);
        QVERIFY2(maxGap < kMaxGapMs, qPrintable(QStringLiteral("the GUI thread stalled for %1 ms").arg(maxGap)));
        QTRY_VERIFY_WITH_TIMEOUT(run->state() == RunState::Stopped || run->state() == RunState::Idle, kWaitMs);
    }
};

TEACUP_STUDIO_TEST_MAIN(TstEventLoopLatency)
#include "tst_event_loop_latency.moc"
