// StatsTableModel over hand-built snapshots: row order (spouts, bolts, system hidden), task
// children, windows, and live updates as dataChanged ranges instead of resets.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "model_test_main.h"
#include "models/stats_table_model.h"
#include "models/throughput_series.h"

using namespace teacup;
using namespace teacup::studio;

namespace {

metrics::ComponentStats component(const std::string& id, bool spout, std::vector<int> tasks, std::uint64_t count) {
    metrics::ComponentStats c;
    c.id = id;
    c.spout = spout;
    c.system = id.rfind("__", 0) == 0;
    c.tasks = static_cast<int>(tasks.size());
    c.executors = c.tasks;
    c.emitted = count;
    c.transferred = count;
    c.executed = spout ? 0 : count;
    c.acked = count;
    c.completeLatencyMs = spout ? 1.25 : 0.0;
    c.executeLatencyMs = spout ? 0.0 : 0.5;
    c.capacity = spout ? 0.0 : 0.125;
    for (std::size_t i = 0; i < tasks.size(); ++i) {
        metrics::TaskStats t;
        t.taskId = tasks[i];
        t.executor = tasks[i];
        t.component = id;
        t.spout = spout;
        t.emitted = count / tasks.size();
        t.acked = count / tasks.size();
        c.taskStats.push_back(t);
        metrics::ExecutorStats e;
        e.executor = tasks[i];
        e.taskIds = {tasks[i]};
        c.executorStats.push_back(e);
    }
    return c;
}

// A word-count-like snapshot: bolts listed before the spout (task order), an acker.
// `scale` multiplies the counts of the all-time window; the 10 s window counts half.
std::shared_ptr<const metrics::MetricsSnapshot> snapshot(std::uint64_t scale, std::int64_t seconds = 1,
                                                         bool withExtraBolt = false) {
    auto s = std::make_shared<metrics::MetricsSnapshot>();
    s->uptimeNanos = seconds * 1'000'000'000;
    s->timeNanos = s->uptimeNanos;
    for (auto w : metrics::kAllWindows) {
        const std::uint64_t n = w == metrics::Window::AllTime ? 100 * scale : 50 * scale;
        auto& list = s->byWindow[metrics::windowIndex(w)];
        list.push_back(component("__acker", false, {1}, n));
        list.push_back(component("count", false, {2, 3}, n));
        list.push_back(component("sentences", true, {4}, n));
        list.push_back(component("split", false, {5, 6}, n));
        if (withExtraBolt) list.push_back(component("zz", false, {7}, n));
    }
    return s;
}

QStringList topIds(const StatsTableModel& m) {
    QStringList ids;
    for (int r = 0; r < m.rowCount(); ++r) ids << m.index(r, 0).data().toString();
    return ids;
}

} // namespace

class TestStatsTableModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rowsListSpoutsThenBoltsAndHideSystemComponents();
    void taskRowsAreChildrenOfTheirComponent();
    void windowChoiceSelectsTheWindowsNumbers();
    void sameRowsEmitDataChangedNotReset();
    void changedRowsReset();
    void throughputSeriesRatesFromCountDifferences();
};

void TestStatsTableModel::rowsListSpoutsThenBoltsAndHideSystemComponents() {
    StatsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(snapshot(1));
    QCOMPARE(topIds(model), (QStringList{"sentences", "count", "split"}));
    model.setShowSystem(true);
    QCOMPARE(topIds(model), (QStringList{"sentences", "__acker", "count", "split"}));
    QCOMPARE(model.columnCount(), int(StatsTableModel::ColumnCount));
    QCOMPARE(model.headerData(StatsTableModel::CompleteLatencyColumn, Qt::Horizontal).toString(),
             QString("Complete latency (ms)"));
    // Spouts have no executed/execute latency/capacity; bolts have no complete latency.
    const QModelIndex spout = model.indexOfComponent("sentences");
    QVERIFY(!model.index(spout.row(), StatsTableModel::ExecutedColumn).data().isValid());
    QCOMPARE(model.index(spout.row(), StatsTableModel::CompleteLatencyColumn).data().toString(), QString("1.250"));
    const QModelIndex bolt = model.indexOfComponent("count");
    QVERIFY(!model.index(bolt.row(), StatsTableModel::CompleteLatencyColumn).data().isValid());
    QCOMPARE(model.index(bolt.row(), StatsTableModel::CapacityColumn).data().toString(), QString("0.125"));
}

void TestStatsTableModel::taskRowsAreChildrenOfTheirComponent() {
    StatsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(snapshot(2));
    const QModelIndex split = model.indexOfComponent("split");
    QCOMPARE(model.rowCount(split), 2);
    const QModelIndex task = model.index(1, StatsTableModel::IdColumn, split);
    QCOMPARE(task.data(StatsTableModel::TaskIdRole).toInt(), 6);
    QCOMPARE(task.data(StatsTableModel::ComponentIdRole).toString(), QString("split"));
    QCOMPARE(task.data().toString(), QString("task 6"));
    QCOMPARE(model.index(1, StatsTableModel::EmittedColumn, split).data(StatsTableModel::RawValueRole).toULongLong(),
             100ULL);
    QCOMPARE(model.index(1, StatsTableModel::ExecutorsColumn, split).data().toString(), QString("[6-6]"));
    QCOMPARE(model.parent(task), split);
    QCOMPARE(model.rowCount(task), 0);
}

void TestStatsTableModel::windowChoiceSelectsTheWindowsNumbers() {
    StatsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(snapshot(1));
    const int row = model.indexOfComponent("count").row();
    QCOMPARE(model.index(row, StatsTableModel::EmittedColumn).data().toULongLong(), 100ULL);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setWindow(metrics::Window::TenSeconds);
    QCOMPARE(model.index(row, StatsTableModel::EmittedColumn).data().toULongLong(), 50ULL);
    QCOMPARE(resets.count(), 0);
    QVERIFY(changes.count() > 0);
}

void TestStatsTableModel::sameRowsEmitDataChangedNotReset() {
    StatsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(snapshot(1));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setSnapshot(snapshot(1)); // same numbers: nothing to say
    QCOMPARE(changes.count(), 0);
    model.setSnapshot(snapshot(3));
    QCOMPARE(resets.count(), 0);
    // One range for the three top-level rows (contiguous), one per component's task rows.
    int topLevel = 0;
    for (const auto& args : changes) {
        const auto from = args.at(0).value<QModelIndex>();
        const auto to = args.at(1).value<QModelIndex>();
        QCOMPARE(from.parent(), to.parent());
        QCOMPARE(to.column(), StatsTableModel::ColumnCount - 1);
        if (!from.parent().isValid()) {
            ++topLevel;
            QCOMPARE(from.row(), 0);
            QCOMPARE(to.row(), 2);
        }
    }
    QCOMPARE(topLevel, 1);
    QCOMPARE(changes.count(), 1 + 3);
    QCOMPARE(model.index(0, StatsTableModel::EmittedColumn).data().toULongLong(), 300ULL);
}

void TestStatsTableModel::changedRowsReset() {
    StatsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(snapshot(1));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setSnapshot(snapshot(1, 2, true));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(topIds(model), (QStringList{"sentences", "count", "split", "zz"}));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestStatsTableModel::throughputSeriesRatesFromCountDifferences() {
    ThroughputSeries series;
    series.addSnapshot(*snapshot(1, 1)); // 100 at 1 s
    series.addSnapshot(*snapshot(3, 2)); // 300 at 2 s: 200 tuples/s
    series.addSnapshot(*snapshot(3, 2)); // same moment again: ignored
    QCOMPARE(series.components(), (QStringList{"count", "sentences", "split"}));
    const auto points = series.points("sentences");
    QCOMPARE(points.size(), 1);
    QCOMPARE(points.front(), QPointF(2.0, 200.0));
    QCOMPARE(series.maxRate(), 200.0);
}

TEACUP_MODEL_TEST_MAIN(TestStatsTableModel)
#include "tst_stats_table_model.moc"
