// TaskMetrics: every hot-path call lands in the right counter, exactly, and readCounters()
// lays the counters out as the registry expects.
#include <QTest>

#include <vector>

#include "metrics/task_metrics.h"

using teacup::metrics::TaskMetrics;
using Out = TaskMetrics::OutputCounter;
using In = TaskMetrics::InputCounter;

class TestTaskMetrics : public QObject {
    Q_OBJECT

private slots:
    void emitsAndTransfersCountPerStream() {
        TaskMetrics m(7, 2, 0);
        m.emitted(0);
        m.emitted(0);
        m.emitted(1, 5);
        m.transferred(0, 3);
        m.transferred(1, 0);
        QCOMPARE(m.taskId(), 7);
        QCOMPARE(m.outputCounter(0, Out::Emitted), 2u);
        QCOMPARE(m.outputCounter(1, Out::Emitted), 5u);
        QCOMPARE(m.outputCounter(0, Out::Transferred), 3u);
        QCOMPARE(m.outputCounter(1, Out::Transferred), 0u);
    }

    void everyCallCountsWithoutSampling() {
        TaskMetrics m(1, 1, 0);
        for (int i = 0; i < 37; ++i) m.emitted(0);
        QCOMPARE(m.outputCounter(0, Out::Emitted), 37u);   // Storm would show 20 or 40
    }

    void boltCallsCountPerInputWithLatencySums() {
        TaskMetrics m(3, 1, 2);
        m.executed(0, 2'000'000);
        m.executed(0, 4'000'000);
        m.executed(1, 1'000'000);
        m.boltAcked(0, 5'000'000);
        m.boltFailed(1);
        QCOMPARE(m.inputCounter(0, In::Executed), 2u);
        QCOMPARE(m.inputCounter(0, In::ExecuteNanos), 6'000'000u);
        QCOMPARE(m.inputCounter(1, In::Executed), 1u);
        QCOMPARE(m.inputCounter(0, In::Acked), 1u);
        QCOMPARE(m.inputCounter(0, In::ProcessNanos), 5'000'000u);
        QCOMPARE(m.inputCounter(1, In::Failed), 1u);
        QCOMPARE(m.inputCounter(1, In::Acked), 0u);
    }

    void spoutAcksAndFailsCountPerStream() {
        TaskMetrics m(1, 2, 0);
        m.spoutAcked(1, 30'000'000);
        m.spoutAcked(1, 10'000'000);
        m.spoutFailed(0);
        QCOMPARE(m.outputCounter(1, Out::Acked), 2u);
        QCOMPARE(m.outputCounter(1, Out::CompleteNanos), 40'000'000u);
        QCOMPARE(m.outputCounter(0, Out::Failed), 1u);
        QCOMPARE(m.outputCounter(0, Out::Acked), 0u);
    }

    void negativeDurationsCountAsZero() {
        TaskMetrics m(1, 1, 1);
        m.executed(0, -5);
        m.spoutAcked(0, -1);
        QCOMPARE(m.inputCounter(0, In::Executed), 1u);
        QCOMPARE(m.inputCounter(0, In::ExecuteNanos), 0u);
        QCOMPARE(m.outputCounter(0, Out::CompleteNanos), 0u);
    }

    void gaugesKeepTheLatestValue() {
        TaskMetrics m(1, 0, 1);
        QCOMPARE(m.queueDepth(), 0);
        QCOMPARE(m.backpressure(), false);
        m.setQueueDepth(12);
        m.setQueueDepth(4);
        m.setBackpressure(true);
        QCOMPARE(m.queueDepth(), 4);
        QCOMPARE(m.backpressure(), true);
    }

    void readCountersPutsOutputsBeforeInputs() {
        TaskMetrics m(1, 2, 1);
        m.emitted(0, 1);
        m.transferred(1, 2);
        m.executed(0, 3);
        QCOMPARE(m.counterCount(), 2 * TaskMetrics::kCountersPerOutput + TaskMetrics::kCountersPerInput);
        std::vector<std::uint64_t> values(m.counterCount(), 99);
        m.readCounters(values.data());
        const std::vector<std::uint64_t> expected{1, 0, 0, 0, 0,    // stream 0
                                                  0, 2, 0, 0, 0,    // stream 1
                                                  1, 3, 0, 0, 0};   // input 0
        QCOMPARE(values, expected);
    }
};

QTEST_APPLESS_MAIN(TestTaskMetrics)
#include "tst_task_metrics.moc"
