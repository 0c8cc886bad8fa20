// The live panels attached to a RunController on a stepped simulated run: the statistics
// table and chart follow the snapshots, the log shows spdlog records and run errors with its
// filters, the tuple-tree panel grows a tree and reports the task of a clicked node.
#include <QAbstractItemModelTester>
#include <QChartView>
#include <QComboBox>
#include <QLineSeries>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <spdlog/spdlog.h>

#include "live/log_panel.h"
#include "live/log_sink.h"
#include "live/run_controller.h"
#include "live/stats_panel.h"
#include "live/tuple_tree_panel.h"
#include "models/log_model.h"
#include "models/stats_table_model.h"
#include "models/throughput_series.h"
#include "models/trace_store.h"
#include "models/tuple_roots_model.h"
#include "models/tuple_tree_model.h"
#include "run_fixture.h"
#include "studio_test_main.h"

using namespace teacup;
using namespace teacup::studio;
using namespace teacup::studio::testing;

namespace {

constexpr int kWaitMs = 120'000;
constexpr std::int64_t kMilli = 1'000'000;
const std::string kWordCount = TEACUP_SOURCE_DIR "/sample_topologies/word_count.yaml";

// Runs the controller's simulated clock to `nanos` and waits for the snapshot that follows.
void runTo(RunController& controller, QSignalSpy& snapshots, std::int64_t nanos) {
    const qsizetype before = snapshots.count();
    controller.runUntil(nanos);
    QTRY_VERIFY_WITH_TIMEOUT(snapshots.count() > before, kWaitMs);
}

runtime::SessionOptions lightOptions(std::uint64_t seed) {
    auto options = simulatedOptions(seed);
    options.overrides["topology.max.spout.pending"] = Value(5);
    options.overrides["topology.message.timeout.secs"] = Value(1);
    return options;
}

bool logContains(const LogModel& model, const QString& text) {
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.record(r).message.contains(text)) return true;
    return false;
}

} // namespace

class TestLivePanels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { installStudioLogSink(); }
    void statsPanelFollowsSnapshotsAndChartsTheSelection();
    void logPanelShowsRecordsAndRestartsWithFilters();
    void tupleTreePanelGrowsTreeAndReportsClickedTask();
};

void TestLivePanels::statsPanelFollowsSnapshotsAndChartsTheSelection() {
    RunController controller(sharedRegistry());
    StatsPanel panel;
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.attach(&controller);
    panel.resize(900, 600);
    panel.show();
    QSignalSpy snapshots(&controller, &RunController::snapshotReady);
    controller.setStartPaused(true);
    controller.start(loadSpec(kWordCount), lightOptions(5));
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Paused, kWaitMs);
    for (int i = 1; i <= 4; ++i) runTo(controller, snapshots, i * 100 * kMilli);
    QCOMPARE(panel.model()->rowCount(), 3);
    QCOMPARE(panel.series()->points("split").size(), 4);
    QCOMPARE(panel.chartedComponents(), (QStringList{"count", "sentences", "split"}));

    QSignalSpy selected(&panel, &StatsPanel::componentSelected);
    panel.view()->selectionModel()->select(panel.model()->indexOfComponent("split"),
                                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.front().front().toString(), QString("split"));
    QCOMPARE(panel.chartedComponents(), QStringList{"split"});
    auto* chart = panel.findChild<QChartView*>()->chart();
    QCOMPARE(chart->series().size(), 1);
    QCOMPARE(static_cast<QLineSeries*>(chart->series().front())->count(), 4);

    panel.selectComponent(QString());
    QCOMPARE(chart->series().size(), 3);

    auto* window = panel.findChild<QComboBox*>();
    window->setCurrentIndex(0);
    QCOMPARE(panel.model()->window(), metrics::Window::TenSeconds);
    controller.stop();
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Stopped, kWaitMs);
}

void TestLivePanels::logPanelShowsRecordsAndRestartsWithFilters() {
    RunController controller(sharedRegistry());
    LogPanel panel;
    panel.attach(&controller);
    QAbstractItemModelTester tester(panel.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    spdlog::info("studio test: hello from spdlog");
    spdlog::debug("studio test: below the default level");
    panel.drainNow();
    QVERIFY(logContains(*panel.model(), "hello from spdlog"));

    QSignalSpy snapshots(&controller, &RunController::snapshotReady);
    controller.setStartPaused(true);
    controller.start(loadSpec(kWordCount), lightOptions(9));
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Paused, kWaitMs);
    runTo(controller, snapshots, 100 * kMilli);
    const int victim = controller.tasksByComponent().value("count").front();
    controller.killTask(victim);
    runTo(controller, snapshots, 1'500 * kMilli);
    panel.drainNow();
    // The kill arrives as a run error, the supervisor's restart as an spdlog record.
    const QString prefix = QStringLiteral("count[%1]: ").arg(victim);
    QVERIFY(logContains(*panel.model(), prefix + "killed by the user"));
    QVERIFY(logContains(*panel.model(), prefix + "restarted by the supervisor"));

    auto* component = panel.findChildren<QComboBox*>().at(1);
    QVERIFY(component->findData("count") >= 0);
    component->setCurrentIndex(component->findData("count"));
    QCOMPARE(panel.filterModel()->component(), QString("count"));
    for (int r = 0; r < panel.filterModel()->rowCount(); ++r)
        QVERIFY(panel.filterModel()->index(r, LogModel::MessageColumn).data().toString().startsWith("count["));
    QVERIFY(panel.filterModel()->rowCount() >= 2);

    auto* level = panel.findChildren<QComboBox*>().at(0);
    level->setCurrentIndex(static_cast<int>(LogLevel::Error));
    for (int r = 0; r < panel.filterModel()->rowCount(); ++r)
        QCOMPARE(panel.filterModel()->index(r, LogModel::LevelColumn).data().toString(), QString("error"));
    QCOMPARE(panel.filterModel()->rowCount(), 1);
    controller.stop();
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Stopped, kWaitMs);
}

void TestLivePanels::tupleTreePanelGrowsTreeAndReportsClickedTask() {
    RunController controller(sharedRegistry());
    TupleTreePanel panel;
    panel.attach(&controller);
    panel.resize(900, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy snapshots(&controller, &RunController::snapshotReady);
    controller.setStartPaused(true);
    controller.start(loadSpec(kWordCount), lightOptions(13));
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Paused, kWaitMs);
    for (int i = 0; i < 50 && panel.rootsModel()->rowCount() == 0; ++i) {
        const qsizetype before = snapshots.count();
        controller.step(1);
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.count() > before, kWaitMs);
    }
    QVERIFY(panel.rootsModel()->rowCount() > 0);
    panel.rootsView()->selectRow(0);
    QCOMPARE(panel.treeModel()->rootId(),
             panel.rootsModel()->index(0, 0).data(TupleRootsModel::RootIdRole).toULongLong());
    const int nodes = panel.treeModel()->nodeCount();
    QVERIFY(nodes >= 1);
    for (int i = 0; i < 30; ++i) {
        const qsizetype before = snapshots.count();
        controller.step(1);
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.count() > before, kWaitMs);
    }
    QVERIFY(panel.treeModel()->nodeCount() > nodes);

    QSignalSpy activated(&panel, &TupleTreePanel::taskActivated);
    const QModelIndex child = panel.treeModel()->index(0, 0, panel.treeModel()->index(0, 0));
    QVERIFY(child.isValid());
    panel.treeView()->scrollTo(child);
    QTest::mouseClick(panel.treeView()->viewport(), Qt::LeftButton, {}, panel.treeView()->visualRect(child).center());
    QCOMPARE(activated.count(), 1);
    const int task = activated.front().front().toInt();
    QVERIFY(controller.tasksByComponent().value("split").contains(task));

    panel.setStateFilter("acked");
    for (int r = 0; r < panel.rootsFilter()->rowCount(); ++r)
        QCOMPARE(panel.rootsFilter()->index(r, 0).data(TupleRootsModel::StateRole).toString(), QString("acked"));
    controller.stop();
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Stopped, kWaitMs);
}

TEACUP_STUDIO_TEST_MAIN(TestLivePanels)
#include "tst_live_panels.moc"
