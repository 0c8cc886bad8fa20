// Storm UI's arithmetic on exact counts: capacity (storm.md §5.6), weighted latencies (§5.5),
// component and topology rows, "__" stream filtering (sys=0) and errors and gauges.
#include <QTest>

#include <teacup/metrics/metrics_snapshot.h>

#include "metrics/metrics_registry.h"
#include "metrics_test_topology.h"

using namespace teacup::metrics;
using namespace teacup::metrics::testing;

namespace {

// Drives `task` (a bolt with one input) for `seconds` of simulated time at `perSecond` tuples
// per second, each spending `executeMillis` in execute(); samples every second.
void runBolt(MetricsRegistry& registry, std::initializer_list<int> taskIds, int fromSecond, int seconds,
             int perSecond, std::int64_t executeMillis) {
    for (int k = fromSecond + 1; k <= fromSecond + seconds; ++k) {
        for (int id : taskIds)
            for (int i = 0; i < perSecond; ++i) registry.task(id)->executed(0, executeMillis * kMilli);
        registry.sample(k * kSecond);
    }
}

} // namespace

class TestMetricsAggregation : public QObject {
    Q_OBJECT

private slots:
    void capacityIsTheShareOfTheWindowSpentExecuting_data() {
        QTest::addColumn<int>("perSecond");
        QTest::addColumn<qint64>("executeMillis");
        QTest::addColumn<double>("capacity");
        QTest::newRow("600 tuples x 100 ms in 60 s is fully busy") << 10 << qint64(100) << 1.0;
        QTest::newRow("600 tuples x 50 ms in 60 s is half busy") << 10 << qint64(50) << 0.5;
        QTest::newRow("1200 tuples x 100 ms in 60 s is over capacity") << 20 << qint64(100) << 2.0;
        QTest::newRow("idle bolt") << 0 << qint64(100) << 0.0;
    }
    void capacityIsTheShareOfTheWindowSpentExecuting() {
        QFETCH(int, perSecond);
        QFETCH(qint64, executeMillis);
        QFETCH(double, capacity);
        MetricsRegistry registry({boltTask(1, 0, "count", {{"words", "default"}})});
        runBolt(registry, {1}, 0, 60, perSecond, executeMillis);
        const auto snapshot = registry.snapshot(60 * kSecond);
        for (Window w : kAllWindows) {
            const ComponentStats* c = snapshot->component(w, "count");
            QVERIFY2(qFuzzyCompare(1.0 + c->capacity, 1.0 + capacity), qPrintable(QString::number(c->capacity)));
            QVERIFY(qFuzzyCompare(1.0 + c->taskStats.front().capacity, 1.0 + capacity));
        }
        QCOMPARE(snapshot->component(Window::AllTime, "count")->executed, static_cast<std::uint64_t>(60 * perSecond));
    }

    void allTimeCapacityUsesTheTenMinuteWindow() {
        MetricsRegistry registry({boltTask(1, 0, "count", {{"words", "default"}})});
        runBolt(registry, {1}, 0, 600, 10, 100);    // busy for ten minutes
        runBolt(registry, {1}, 600, 600, 0, 100);   // then idle for ten minutes
        const auto snapshot = registry.snapshot(1'200 * kSecond);
        QCOMPARE(snapshot->component(Window::AllTime, "count")->executed, 6'000u);
        QCOMPARE(snapshot->component(Window::AllTime, "count")->capacity, 0.0);
        QCOMPARE(snapshot->component(Window::TenMinutes, "count")->capacity, 0.0);
    }

    void componentCapacityIsTheBusiestExecutor() {
        // Executor 0 runs tasks 1 and 2, executor 1 runs task 3.
        MetricsRegistry registry({boltTask(1, 0, "count", {{"words", "default"}}),
                                  boltTask(2, 0, "count", {{"words", "default"}}),
                                  boltTask(3, 1, "count", {{"words", "default"}})});
        for (int k = 1; k <= 10; ++k) {
            registry.task(1)->executed(0, 250 * kMilli);
            registry.task(2)->executed(0, 250 * kMilli);
            registry.task(3)->executed(0, 750 * kMilli);
            registry.sample(k * kSecond);
        }
        const ComponentStats* c = registry.snapshot(10 * kSecond)->component(Window::TenSeconds, "count");
        QCOMPARE(c->tasks, 3);
        QCOMPARE(c->executors, 2);
        QCOMPARE(c->executorStats.size(), std::size_t{2});
        QCOMPARE(c->executorStats[0].taskIds, (std::vector<int>{1, 2}));
        QVERIFY(qFuzzyCompare(c->executorStats[0].capacity, 0.5));
        QVERIFY(qFuzzyCompare(c->executorStats[1].capacity, 0.75));
        QVERIFY(qFuzzyCompare(c->capacity, 0.75));
        QCOMPARE(c->executed, 30u);
    }

    void completeLatencyIsWeightedByAcked() {
        MetricsRegistry registry({spoutTask(1, 0, "words"), spoutTask(2, 1, "words")});
        for (int i = 0; i < 3; ++i) registry.task(1)->spoutAcked(0, 10 * kMilli);
        registry.task(2)->spoutAcked(0, 50 * kMilli);
        registry.task(2)->spoutFailed(0);
        const auto snapshot = registry.snapshot(kSecond);
        const ComponentStats* c = snapshot->component(Window::AllTime, "words");
        QCOMPARE(c->acked, 4u);
        QCOMPARE(c->failed, 1u);
        QCOMPARE(c->taskStats[0].completeLatencyMs, 10.0);
        QCOMPARE(c->taskStats[1].completeLatencyMs, 50.0);
        QCOMPARE(c->completeLatencyMs, 20.0);   // (3 x 10 + 1 x 50) / 4, not (10 + 50) / 2
        QCOMPARE(c->capacity, 0.0);              // spouts have no capacity
        QCOMPARE(snapshot->topology(Window::AllTime).completeLatencyMs, 20.0);
    }

    void executeAndProcessLatenciesAreWeightedByExecuted() {
        MetricsRegistry registry({boltTask(1, 0, "split", {{"words", "default"}, {"lines", "default"}})});
        TaskMetrics& bolt = *registry.task(1);
        for (int i = 0; i < 3; ++i) bolt.executed(0, 2 * kMilli);
        bolt.boltAcked(0, 4 * kMilli);           // one of the three acked, after 4 ms
        bolt.executed(1, 10 * kMilli);
        bolt.boltAcked(1, 20 * kMilli);
        const ComponentStats* c = registry.snapshot(kSecond)->component(Window::AllTime, "split");
        QCOMPARE(c->executed, 4u);
        QCOMPARE(c->acked, 2u);
        QCOMPARE(c->executeLatencyMs, 4.0);      // (3 x 2 + 10) / 4
        QCOMPARE(c->processLatencyMs, 8.0);      // (4 ms x 3 executed + 20 ms x 1 executed) / 4, as Storm
        QCOMPARE(c->inputs.size(), std::size_t{2});
        QCOMPARE(c->inputs[0].processLatencyMs, 4.0);
        QCOMPARE(c->inputs[1].executeLatencyMs, 10.0);
    }

    void componentRowsSumTheirTasks() {
        MetricsRegistry registry({spoutTask(1, 0, "words"), spoutTask(2, 0, "words"),
                                  boltTask(3, 1, "count", {{"words", "default"}}),
                                  boltTask(4, 2, "count", {{"words", "default"}})});
        registry.task(1)->emitted(0, 5);
        registry.task(1)->transferred(0, 5);
        registry.task(2)->emitted(0, 7);
        registry.task(2)->transferred(0, 7);
        registry.task(3)->executed(0, 0);
        registry.task(3)->boltAcked(0, 0);
        registry.task(4)->executed(0, 0);
        registry.task(4)->boltFailed(0);
        registry.task(3)->setQueueDepth(4);
        registry.task(4)->setQueueDepth(6);
        registry.task(4)->setBackpressure(true);
        const auto snapshot = registry.snapshot(kSecond);
        const ComponentStats* words = snapshot->component(Window::AllTime, "words");
        const ComponentStats* count = snapshot->component(Window::AllTime, "count");
        QCOMPARE(words->tasks, 2);
        QCOMPARE(words->executors, 1);
        QCOMPARE(words->emitted, 12u);
        QCOMPARE(words->transferred, 12u);
        QCOMPARE(count->executed, 2u);
        QCOMPARE(count->acked, 1u);
        QCOMPARE(count->failed, 1u);
        QCOMPARE(count->queueDepth, 10);
        QCOMPARE(count->backpressure, true);
        QCOMPARE(count->taskStats[0].backpressure, false);
        QCOMPARE(snapshot->topology(Window::AllTime).emitted, 12u);
        QCOMPARE(snapshot->topology(Window::AllTime).acked, 0u);   // topology acks come from spouts
        QCOMPARE(snapshot->deliveriesTotal, 2);
    }

    void systemStreamsStayOutOfTotalsButInTheStreamList() {
        MetricsRegistry registry({spoutTask(1, 0, "words", {"default", "__ack_init"}),
                                  boltTask(2, 1, "__acker", {{"words", "__ack_init"}}, {"__ack_ack"}),
                                  boltTask(3, 2, "count", {{"words", "default"}, {"__system", "__tick"}})});
        registry.task(1)->emitted(0, 5);
        registry.task(1)->emitted(1, 5);
        registry.task(1)->transferred(1, 5);
        registry.task(2)->executed(0, 0);
        registry.task(2)->emitted(0, 1);
        registry.task(3)->executed(1, 0);   // a tick tuple counts as executed, as in Storm
        const auto snapshot = registry.snapshot(kSecond);
        const ComponentStats* words = snapshot->component(Window::AllTime, "words");
        QCOMPARE(words->emitted, 5u);
        QCOMPARE(words->transferred, 0u);
        QCOMPARE(words->streams.size(), std::size_t{2});
        QCOMPARE(words->streams[1].stream, std::string("__ack_init"));
        QCOMPARE(words->streams[1].emitted, 5u);
        const ComponentStats* acker = snapshot->component(Window::AllTime, "__acker");
        QCOMPARE(acker->system, true);
        QCOMPARE(acker->emitted, 0u);
        QCOMPARE(acker->executed, 1u);
        QCOMPARE(snapshot->component(Window::AllTime, "count")->executed, 1u);
        QCOMPARE(snapshot->topology(Window::AllTime).emitted, 5u);
        QCOMPARE(snapshot->deliveriesTotal, 2);
    }

    void lastErrorIsTheComponentsMostRecent() {
        MetricsRegistry registry({boltTask(1, 0, "count", {{"words", "default"}}),
                                  boltTask(2, 1, "count", {{"words", "default"}})});
        QCOMPARE(registry.snapshot(0)->component(Window::AllTime, "count")->lastError, std::string());
        registry.setLastError(2, "first");
        registry.setLastError(1, "second");
        registry.setLastError(99, "unknown task is ignored");
        QCOMPARE(registry.snapshot(kSecond)->component(Window::TenSeconds, "count")->lastError, std::string("second"));
    }

    void componentsKeepDescriptionOrderAndTasksAscend() {
        MetricsRegistry registry({boltTask(4, 1, "split", {{"words", "default"}}), spoutTask(1, 0, "words"),
                                  boltTask(3, 1, "split", {{"words", "default"}})});
        const auto& components = registry.snapshot(0)->window(Window::OneMinute);
        QCOMPARE(components.size(), std::size_t{2});
        QCOMPARE(components[0].id, std::string("split"));
        QCOMPARE(components[0].taskStats[0].taskId, 3);
        QCOMPARE(components[0].taskStats[1].taskId, 4);
        QCOMPARE(components[1].spout, true);
    }
};

QTEST_APPLESS_MAIN(TestMetricsAggregation)
#include "tst_metrics_aggregation.moc"
