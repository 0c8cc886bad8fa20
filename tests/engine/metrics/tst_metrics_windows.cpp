// Windowed counts over simulated time: 10 s, 1 min, 10 min and all-time are exact at
// one-sample resolution, and the sample history stays bounded however long the run.
#include <QTest>

#include <teacup/metrics/metrics_snapshot.h>
#include <teacup/metrics/window.h>

#include "metrics/metrics_registry.h"
#include "metrics/sample_history.h"
#include "metrics_test_topology.h"

using namespace teacup::metrics;
using namespace teacup::metrics::testing;

namespace {

// One spout task that emits one tuple in each of the first 100 seconds and two in every
// second after that; samples once per second of simulated time, as the scheduler does.
std::shared_ptr<const MetricsSnapshot> runSpout(int seconds) {
    MetricsRegistry registry({spoutTask(1, 0, "words")});
    TaskMetrics& spout = *registry.task(1);
    registry.sample(0);
    for (int k = 1; k <= seconds; ++k) {
        spout.emitted(0, k <= 100 ? 1 : 2);
        spout.transferred(0, k <= 100 ? 1 : 2);
        registry.sample(k * kSecond);
    }
    return registry.snapshot(seconds * kSecond);
}

} // namespace

class TestMetricsWindows : public QObject {
    Q_OBJECT

private slots:
    void windowNamesRoundTrip() {
        for (Window w : kAllWindows) QCOMPARE(parseWindow(windowName(w)), std::optional<Window>(w));
        QCOMPARE(windowName(Window::TenSeconds), std::string_view("10s"));
        QCOMPARE(windowName(Window::AllTime), std::string_view("all-time"));
        QCOMPARE(parseWindow("3h"), std::optional<Window>());
    }

    void windowsCountExactlyWhatHappenedInsideThem_data() {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<quint64>("tenSeconds");
        QTest::addColumn<quint64>("oneMinute");
        QTest::addColumn<quint64>("tenMinutes");
        QTest::addColumn<quint64>("allTime");
        QTest::newRow("t=5s, every window still counts from the start") << 5 << 5ull << 5ull << 5ull << 5ull;
        QTest::newRow("t=50s, the minute is not full yet") << 50 << 10ull << 50ull << 50ull << 50ull;
        QTest::newRow("t=130s, the minute straddles the rate change") << 130 << 20ull << 90ull << 160ull << 160ull;
        QTest::newRow("t=600s, exactly ten minutes") << 600 << 20ull << 120ull << 1100ull << 1100ull;
        QTest::newRow("t=700s, ten-minute window slid past the start") << 700 << 20ull << 120ull << 1200ull << 1300ull;
    }
    void windowsCountExactlyWhatHappenedInsideThem() {
        QFETCH(int, seconds);
        QFETCH(quint64, tenSeconds);
        QFETCH(quint64, oneMinute);
        QFETCH(quint64, tenMinutes);
        QFETCH(quint64, allTime);
        const auto snapshot = runSpout(seconds);
        const auto count = [&](Window w) { return static_cast<quint64>(snapshot->component(w, "words")->emitted); };
        QCOMPARE(count(Window::TenSeconds), tenSeconds);
        QCOMPARE(count(Window::OneMinute), oneMinute);
        QCOMPARE(count(Window::TenMinutes), tenMinutes);
        QCOMPARE(count(Window::AllTime), allTime);
        QCOMPARE(static_cast<quint64>(snapshot->component(Window::TenMinutes, "words")->transferred),
                 tenMinutes);
    }

    void windowSpanIsTheTimeTheCountsCover() {
        const auto snapshot = runSpout(700);
        QCOMPARE(snapshot->uptimeNanos, 700 * kSecond);
        QCOMPARE(snapshot->windowSpan(Window::TenSeconds), 10 * kSecond);
        QCOMPARE(snapshot->windowSpan(Window::OneMinute), 60 * kSecond);
        QCOMPARE(snapshot->windowSpan(Window::TenMinutes), 600 * kSecond);
        QCOMPARE(snapshot->windowSpan(Window::AllTime), 700 * kSecond);
        const auto early = runSpout(30);
        QCOMPARE(early->windowSpan(Window::OneMinute), 30 * kSecond);   // min(uptime, window)
    }

    void snapshotBetweenSamplesUsesTheNearestOlderSample() {
        MetricsRegistry registry({spoutTask(1, 0, "words")});
        TaskMetrics& spout = *registry.task(1);
        for (int k = 1; k <= 20; ++k) {
            spout.emitted(0, 1);
            registry.sample(k * kSecond);
        }
        spout.emitted(0, 1);   // during (20 s, 20.5 s], not yet sampled: live counters include it
        const auto snapshot = registry.snapshot(20 * kSecond + kSecond / 2);
        // 10 s back is 10.5 s; the nearest older sample is 10 s, so (10 s, 20.5 s] is counted.
        QCOMPARE(snapshot->window(Window::TenSeconds).front().emitted, 11u);
        QCOMPARE(snapshot->windowSpan(Window::TenSeconds), 10 * kSecond + kSecond / 2);
        QCOMPARE(snapshot->window(Window::AllTime).front().emitted, 21u);
    }

    void samplesOutOfOrderAreIgnored() {
        MetricsRegistry registry({spoutTask(1, 0, "words")});
        registry.task(1)->emitted(0, 3);
        registry.sample(5 * kSecond);
        registry.task(1)->emitted(0, 4);
        registry.sample(2 * kSecond);   // older than the newest sample: ignored
        const auto snapshot = registry.snapshot(15 * kSecond);
        QCOMPARE(snapshot->window(Window::TenSeconds).front().emitted, 4u);
    }

    void historyStaysFlatOverLongRuns() {
        MetricsRegistry registry({spoutTask(1, 0, "words"), boltTask(2, 1, "count", {{"words", "default"}})});
        std::size_t sizeAfterTwentyMinutes = 0;
        for (int k = 0; k <= 10'000; ++k) {
            registry.task(1)->emitted(0);
            registry.sample(static_cast<std::int64_t>(k) * kSecond);
            if (k == 1'200) sizeAfterTwentyMinutes = registry.historySize();
        }
        // 600 one-second steps plus the sample at the edge of the ten-minute window.
        QCOMPARE(sizeAfterTwentyMinutes, std::size_t{601});
        QCOMPARE(registry.historySize(), std::size_t{601});
        const auto snapshot = registry.snapshot(10'000 * kSecond);
        QCOMPARE(snapshot->window(Window::TenMinutes).front().emitted, 600u);
        QCOMPARE(snapshot->window(Window::AllTime).front().emitted, 10'001u);
    }

    void historyStaysBoundedWhenSampledTooOften() {
        MetricsRegistry registry({spoutTask(1, 0, "words")});
        for (std::int64_t t = 0; t <= 2'000 * kSecond; t += 10 * kMilli) {
            registry.task(1)->emitted(0);
            registry.sample(t);
        }
        QVERIFY2(registry.historySize() <= SampleHistory::kCapacity,
                 qPrintable(QString("history holds %1 samples").arg(registry.historySize())));
        QVERIFY(registry.historySize() <= 670);
        const auto snapshot = registry.snapshot(2'000 * kSecond);
        QCOMPARE(snapshot->window(Window::AllTime).front().emitted, 200'001u);
        // The 10-minute edge falls at most one kept-sample gap (< 1.8 s) before now - 600 s.
        const auto tenMinutes = snapshot->window(Window::TenMinutes).front().emitted;
        QVERIFY2(tenMinutes >= 60'000u && tenMinutes <= 60'180u, qPrintable(QString::number(tenMinutes)));
    }

    void sequenceCountsSnapshotsAndLatestStartsEmpty() {
        MetricsRegistry registry({spoutTask(1, 0, "words"), boltTask(2, 1, "count", {{"words", "default"}})});
        const auto initial = registry.latest();
        QVERIFY(initial != nullptr);
        QCOMPARE(initial->sequence, 0u);
        QCOMPARE(initial->window(Window::AllTime).size(), std::size_t{2});
        const auto first = registry.snapshot(kSecond);
        const auto second = registry.snapshot(2 * kSecond);
        QCOMPARE(first->sequence, 1u);
        QCOMPARE(second->sequence, 2u);
        QVERIFY(registry.latest() == second);
        QCOMPARE(first->timeNanos, kSecond);   // an older snapshot never changes
    }
};

QTEST_APPLESS_MAIN(TestMetricsWindows)
#include "tst_metrics_windows.moc"
