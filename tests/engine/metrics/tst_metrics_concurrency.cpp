// A writer thread counts on the hot path while a reader thread samples and takes snapshots:
// readers see counts that only grow, and the snapshot after the writer stops is exact.
#include <QTest>

#include <atomic>
#include <thread>

#include <teacup/metrics/metrics_snapshot.h>

#include "metrics/metrics_registry.h"
#include "metrics_test_topology.h"

using namespace teacup::metrics;
using namespace teacup::metrics::testing;

class TestMetricsConcurrency : public QObject {
    Q_OBJECT

private slots:
    void readersSeeMonotonicCountsAndTheFinalSnapshotIsExact() {
        constexpr std::uint64_t kTuples = 200'000;
        MetricsRegistry registry({spoutTask(1, 0, "words"), boltTask(2, 1, "count", {{"words", "default"}})});
        std::atomic<bool> writerDone{false};

        std::thread writer([&] {
            TaskMetrics& spout = *registry.task(1);
            TaskMetrics& bolt = *registry.task(2);
            for (std::uint64_t i = 0; i < kTuples; ++i) {
                spout.emitted(0);
                spout.transferred(0, 1);
                bolt.executed(0, 1'000);
                bolt.boltAcked(0, 2'000);
                spout.spoutAcked(0, 3'000);
                spout.setQueueDepth(static_cast<std::int64_t>(i % 8));
            }
            writerDone.store(true, std::memory_order_release);
        });

        bool monotonic = true;
        std::uint64_t snapshots = 0;
        std::thread reader([&] {
            std::uint64_t lastEmitted = 0;
            std::uint64_t lastExecuted = 0;
            std::int64_t now = 0;
            while (!writerDone.load(std::memory_order_acquire)) {
                now += kSecond;
                registry.sample(now);
                const auto snapshot = registry.snapshot(now);
                const auto latest = registry.latest();
                const std::uint64_t emitted = snapshot->component(Window::AllTime, "words")->emitted;
                const std::uint64_t executed = snapshot->component(Window::AllTime, "count")->executed;
                monotonic = monotonic && emitted >= lastEmitted && executed >= lastExecuted &&
                            emitted <= kTuples && latest->sequence >= snapshot->sequence;
                lastEmitted = emitted;
                lastExecuted = executed;
                ++snapshots;
            }
        });

        writer.join();
        reader.join();
        QVERIFY2(monotonic, qPrintable(QString("a reader saw counts go backwards in %1 snapshots").arg(snapshots)));

        const auto final = registry.snapshot(static_cast<std::int64_t>(snapshots + 1) * kSecond);
        const ComponentStats* words = final->component(Window::AllTime, "words");
        const ComponentStats* count = final->component(Window::AllTime, "count");
        QCOMPARE(words->emitted, kTuples);
        QCOMPARE(words->transferred, kTuples);
        QCOMPARE(words->acked, kTuples);
        QCOMPARE(words->completeLatencyMs, 0.003);
        QCOMPARE(count->executed, kTuples);
        QCOMPARE(count->acked, kTuples);
        QCOMPARE(count->executeLatencyMs, 0.001);
        QCOMPARE(count->processLatencyMs, 0.002);
        QCOMPARE(words->queueDepth, static_cast<std::int64_t>((kTuples - 1) % 8));
        QVERIFY(registry.latest() == final);
    }
};

QTEST_APPLESS_MAIN(TestMetricsConcurrency)
#include "tst_metrics_concurrency.moc"
