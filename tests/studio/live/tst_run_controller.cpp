// RunController on the simulated scheduler: start, step, pause/resume/stop transitions, and
// kills reaching the session (task states, timed-out trees, the spout's failed count).
#include <QSignalSpy>
#include <QTest>

#include "live/run_controller.h"
#include "models/trace_store.h"
#include "run_fixture.h"
#include "studio_test_main.h"

using namespace teacup;
using namespace teacup::studio;
using namespace teacup::studio::testing;

namespace {

constexpr int kWaitMs = 120'000;
constexpr std::int64_t kMilli = 1'000'000;

const std::string kWordCount = TEACUP_SOURCE_DIR "/sample_topologies/word_count.yaml";

std::uint64_t spoutFailed(const metrics::MetricsSnapshot& snapshot) {
    const auto* c = snapshot.component(metrics::Window::AllTime, "sentences");
    return c ? c->failed : 0;
}

} // namespace

class TestRunController : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void runControllerRunsSimulatedSampleAndSteps();
    void stepAndRunUntilAreIgnoredWhileIdle();
    void killComponentFromControllerRestartsTask();
    void playAsFastAsPossibleAdvancesUntilPaused();
    void threadedRunPublishesSnapshotsWithoutTrace();
    void destroyingARunningControllerStopsTheRun();
    void startFailureReportsErrorAndFailedState();
    void stopCutsShortALongRunUntil();
};

void TestRunController::runControllerRunsSimulatedSampleAndSteps() {
    RunController controller(sharedRegistry());
    QSignalSpy states(&controller, &RunController::stateChanged);
    QSignalSpy started(&controller, &RunController::started);
    QSignalSpy snapshots(&controller, &RunController::snapshotReady);
    QSignalSpy traces(&controller, &RunController::traceEvents);
    controller.setStartPaused(true);
    controller.start(loadSpec(kWordCount), simulatedOptions(7));
    QVERIFY(controller.simulated());
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Paused, kWaitMs);
    QCOMPARE(started.count(), 1);
    const auto tasks = started.at(0).at(0).value<QHash<QString, QList<int>>>();
    QCOMPARE(tasks.value("split").size(), 2);
    QVERIFY(tasks.contains("__acker"));

    const qsizetype before = snapshots.count();
    controller.step(50);
    QTRY_VERIFY_WITH_TIMEOUT(snapshots.count() > before, kWaitMs);
    auto snapshot = controller.lastSnapshot();
    QVERIFY(snapshot);
    QVERIFY(snapshot->deliveriesTotal > 0);
    QCOMPARE(controller.lastTaskStates().size(),
             static_cast<qsizetype>(snapshot->window(metrics::Window::AllTime).back().taskStats.back().taskId));
    QVERIFY(!traces.isEmpty()); // simulated runs trace by default

    controller.resume();
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Running, kWaitMs);
    controller.pause();
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Paused, kWaitMs);
    controller.stop();
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Stopped, kWaitMs);

    QList<RunState> seen;
    for (const auto& args : states) seen << args.at(0).value<RunState>();
    const QList<RunState> expected{RunState::Starting, RunState::Paused,   RunState::Running,
                                   RunState::Paused,   RunState::Stopping, RunState::Stopped};
    QCOMPARE(seen, expected);
}

void TestRunController::stepAndRunUntilAreIgnoredWhileIdle() {
    RunController controller(sharedRegistry());
    QSignalSpy snapshots(&controller, &RunController::snapshotReady);
    QSignalSpy states(&controller, &RunController::stateChanged);
    controller.step(3);
    controller.runUntil(1'000 * kMilli);
    controller.pause();
    controller.killTask(1);
    // A start after the ignored commands proves the worker processed them (queue order).
    controller.setStartPaused(true);
    controller.start(loadSpec(kWordCount), simulatedOptions(1));
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Paused, kWaitMs);
    QCOMPARE(states.at(0).at(0).value<RunState>(), RunState::Starting);
    QCOMPARE(controller.lastSnapshot()->deliveriesTotal, std::int64_t(0));
}

void TestRunController::killComponentFromControllerRestartsTask() {
    RunController controller(sharedRegistry());
    QSignalSpy snapshots(&controller, &RunController::snapshotReady);
    QSignalSpy errors(&controller, &RunController::runError);
    TraceStore store;
    connect(&controller, &RunController::started, &store, &TraceStore::setTasks);
    connect(&controller, &RunController::traceEvents, &store, &TraceStore::append);
    auto options = simulatedOptions(11);
    // Short timeouts and few trees in flight keep the simulated seconds cheap.
    options.overrides["topology.message.timeout.secs"] = Value(1);
    options.overrides["topology.max.spout.pending"] = Value(20);
    controller.setStartPaused(true);
    controller.start(loadSpec(kWordCount), options);
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Paused, kWaitMs);
    const int victim = controller.tasksByComponent().value("split").front();

    auto runTo = [&](std::int64_t nanos) {
        const qsizetype before = snapshots.count();
        controller.runUntil(nanos);
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.count() > before, kWaitMs);
    };
    runTo(200 * kMilli);
    QCOMPARE(spoutFailed(*controller.lastSnapshot()), std::uint64_t(0));
    QCOMPARE(controller.lastTaskStates().value(victim), runtime::TaskState::Running);

    const qsizetype beforeKill = snapshots.count();
    controller.killComponent("split");
    QTRY_VERIFY_WITH_TIMEOUT(snapshots.count() > beforeKill, kWaitMs);
    QCOMPARE(controller.lastTaskStates().value(victim), runtime::TaskState::Killed);

    // The supervisor restarts after teacup.supervisor.restart.delay.ms (1 s by default).
    runTo(700 * kMilli);
    QCOMPARE(controller.lastTaskStates().value(victim), runtime::TaskState::Killed);
    // The store keeps the newest roots only: look at each chunk's roots as they come.
    bool timedOut = false;
    bool ackedAfterRestart = false;
    connect(&store, &TraceStore::changed, this, [&](const TraceChanges& changes) {
        for (auto rootId : changes.changedRoots) {
            const auto* root = store.root(rootId);
            if (!root) continue;
            timedOut = timedOut || root->state == RootState::TimedOut;
            ackedAfterRestart =
                ackedAfterRestart || (root->state == RootState::Acked && root->emitNanos > 1'200 * kMilli);
        }
    });
    for (std::int64_t t = 1'000; t <= 4'000; t += 250) runTo(t * kMilli);
    QCOMPARE(controller.lastTaskStates().value(victim), runtime::TaskState::Running);
    QVERIFY2(spoutFailed(*controller.lastSnapshot()) > 0, "trees through the killed task must time out");
    QVERIFY(timedOut);
    QVERIFY2(ackedAfterRestart, "the spout keeps going and new trees complete after the restart");
    // Each kill is a component error, forwarded once; long chunks may overflow the bounded trace
    // queue, which is said once. Nothing else went wrong.
    int kills = 0, drops = 0;
    for (const auto& args : errors) {
        const QString message = args.at(0).toString();
        if (message.endsWith("killed by the user"))
            ++kills;
        else if (message.startsWith("trace: "))
            ++drops;
        else
            QFAIL(qPrintable(message));
    }
    QCOMPARE(kills, 2);
    QVERIFY(drops <= 1);
    controller.stop();
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Stopped, kWaitMs);
}

void TestRunController::playAsFastAsPossibleAdvancesUntilPaused() {
    RunController controller(sharedRegistry());
    QSignalSpy snapshots(&controller, &RunController::snapshotReady);
    controller.setTraceEnabled(false);
    controller.setPublishInterval(20);
    controller.setSpeed(0.0);
    controller.start(loadSpec(kWordCount), simulatedOptions(3));
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Running, kWaitMs);
    // Chunks keep coming while playing: simulated time moves forward from snapshot to snapshot.
    QTRY_VERIFY_WITH_TIMEOUT(controller.lastSnapshot() && controller.lastSnapshot()->timeNanos > 0, kWaitMs);
    const auto first = controller.lastSnapshot()->timeNanos;
    QTRY_VERIFY_WITH_TIMEOUT(controller.lastSnapshot()->timeNanos > first, kWaitMs);
    controller.pause();
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Paused, kWaitMs);
    // Once paused, a step is the only thing that moves the clock.
    const qsizetype before = snapshots.count();
    const auto pausedAt = controller.lastSnapshot()->timeNanos;
    controller.step(1);
    QTRY_VERIFY_WITH_TIMEOUT(snapshots.count() > before, kWaitMs);
    QVERIFY(controller.lastSnapshot()->timeNanos >= pausedAt);
    QCOMPARE(snapshots.count(), before + 1);
    controller.stop();
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Stopped, kWaitMs);
}

void TestRunController::threadedRunPublishesSnapshotsWithoutTrace() {
    RunController controller(sharedRegistry());
    QSignalSpy traces(&controller, &RunController::traceEvents);
    controller.setPublishInterval(50);
    runtime::SessionOptions options;
    options.scheduler = runtime::SchedulerKind::Threaded;
    options.threads = 2;
    controller.start(loadSpec(kWordCount), options);
    QVERIFY(!controller.simulated());
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Running, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(controller.lastSnapshot() && controller.lastSnapshot()->deliveriesTotal > 0, kWaitMs);
    controller.step(5); // ignored: threaded runs do not step
    controller.pause();
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Paused, kWaitMs);
    controller.resume();
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Running, kWaitMs);
    controller.stop();
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Stopped, kWaitMs);
    QVERIFY(traces.isEmpty()); // threaded runs trace only when asked
}

void TestRunController::destroyingARunningControllerStopsTheRun() {
    auto controller = std::make_unique<RunController>(sharedRegistry());
    runtime::SessionOptions options;
    options.threads = 2;
    controller->start(loadSpec(kWordCount), options);
    QTRY_COMPARE_WITH_TIMEOUT(controller->state(), RunState::Running, kWaitMs);
    controller.reset(); // joins the worker after stopping the session; must not hang or crash
    QVERIFY(!controller);
}

void TestRunController::startFailureReportsErrorAndFailedState() {
    RunController controller(sharedRegistry());
    QSignalSpy errors(&controller, &RunController::runError);
    auto loaded = flux::loadText("name: broken\nspouts:\n  - id: s\n    className: no.such.Spout\n", "broken.yaml");
    QVERIFY(loaded.spec);
    controller.start(*loaded.spec, simulatedOptions(1));
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Failed, kWaitMs);
    QCOMPARE(errors.count(), 1);
    QVERIFY(!errors.front().front().toString().isEmpty());
}

void TestRunController::stopCutsShortALongRunUntil() {
    RunController controller(sharedRegistry());
    controller.setTraceEnabled(false);
    controller.setStartPaused(true);
    controller.start(loadSpec(kWordCount), simulatedOptions(4));
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Paused, kWaitMs);
    // An hour of simulated word count would take hours of CPU; stop() must not wait for it.
    controller.runUntil(3'600'000 * kMilli);
    controller.stop();
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Stopped, kWaitMs);
    QVERIFY(controller.lastSnapshot()->timeNanos < 3'600'000 * kMilli);
}

TEACUP_STUDIO_TEST_MAIN(TestRunController)
#include "tst_run_controller.moc"
