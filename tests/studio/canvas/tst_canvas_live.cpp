// TopologyCanvas live overlays: tuples/s from the difference of two snapshots, capacity colour
// class, acked/failed, sparkline, dead-task badges, diagnostics, and clearLive.
#include "canvas/canvas_colors.h"
#include "canvas/component_node.h"
#include "canvas/live_rates.h"
#include "canvas/stream_edge.h"
#include "canvas_test_support.h"

using namespace teacup;
using studio::CapacityClass;
using studio::TaskBadge;
using studio::TopologyCanvas;

namespace {

constexpr std::int64_t kSecond = 1'000'000'000;

metrics::ComponentStats component(const std::string& id, bool spout, std::uint64_t count, double capacity) {
    metrics::ComponentStats c;
    c.id = id;
    c.spout = spout;
    (spout ? c.emitted : c.executed) = count;
    c.capacity = capacity;
    return c;
}

metrics::InputStats input(const std::string& from, const std::string& stream, std::uint64_t executed) {
    metrics::InputStats in;
    in.component = from;
    in.stream = stream;
    in.executed = executed;
    return in;
}

// sentences -> split -> count / audit ("errors"), counters scaled by `k`, taken at `seconds`.
std::shared_ptr<const metrics::MetricsSnapshot> snapshot(double seconds, std::uint64_t k, double splitCapacity) {
    auto s = std::make_shared<metrics::MetricsSnapshot>();
    s->timeNanos = static_cast<std::int64_t>(seconds * kSecond);
    auto sentences = component("sentences", true, 50 * k, 0.0);
    sentences.acked = 40 * k;
    sentences.failed = k;
    auto split = component("split", false, 100 * k, splitCapacity);
    split.inputs = {input("sentences", "default", 100 * k)};
    auto count = component("count", false, 500 * k, 1.2);
    count.inputs = {input("split", "default", 500 * k)};
    auto audit = component("audit", false, 0, 0.0);
    // Capacity is read from the 10-minute window, as Storm UI does; all-time says 0 here.
    std::vector<metrics::ComponentStats> tenMinutes{sentences, split, count, audit};
    std::vector<metrics::ComponentStats> allTime = tenMinutes;
    for (auto& c : allTime)
        c.capacity = 0.0;
    s->byWindow[metrics::windowIndex(metrics::Window::TenMinutes)] = tenMinutes;
    s->byWindow[metrics::windowIndex(metrics::Window::AllTime)] = allTime;
    return s;
}

} // namespace

class TestCanvasLive : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void ratesComeFromCounterDifferencesOverSnapshotTime();
    void capacityColourClassFollowsStormThresholds_data();
    void capacityColourClassFollowsStormThresholds();
    void capacityColourIsStormsGradient();
    void formatRateIsShort_data();
    void formatRateIsShort();
    void nodeShowsCapacityClassAndAckedFailed();
    void sparklineKeepsTheLastSixtyRates();
    void snapshotAtTheSameTimeKeepsRates();
    void liveUpdateChangesItemsWithoutRebuildingTheScene();
    void killedOrRestartingTaskShowsBadge();
    void clearLiveRemovesEveryOverlay();
    void diagnosticsBadgeTheNode();

private:
    std::unique_ptr<TopologyCanvas> m_canvas;
};

void TestCanvasLive::init() {
    TEACUP_SPEC(spec, canvas_test::kWordCount);
    m_canvas = std::make_unique<TopologyCanvas>();
    TEACUP_LAY_OUT(*m_canvas, spec);
}

void TestCanvasLive::cleanup() { m_canvas.reset(); }

void TestCanvasLive::ratesComeFromCounterDifferencesOverSnapshotTime() {
    m_canvas->updateLive(snapshot(1.0, 1, 0.2), {});
    QCOMPARE(m_canvas->node("split")->rateText(), QStringLiteral("0/s"));
    m_canvas->updateLive(snapshot(1.5, 2, 0.2), {});
    // split executed 100 more in 0.5 s; the spout emitted 50 more; count executed 500 more.
    QCOMPARE(m_canvas->node("split")->rateText(), QStringLiteral("200/s"));
    QCOMPARE(m_canvas->node("sentences")->rateText(), QStringLiteral("100/s"));
    QCOMPARE(m_canvas->node("count")->rateText(), QStringLiteral("1.0k/s"));
    const auto& edges = m_canvas->edges();
    QCOMPARE(edges[0]->rateText(), QStringLiteral("200/s"));
    QCOMPARE(edges[1]->rateText(), QStringLiteral("1.0k/s"));
    QCOMPARE(edges[2]->rateText(), QStringLiteral("0/s"));  // audit reported no such input
}

void TestCanvasLive::capacityColourClassFollowsStormThresholds_data() {
    QTest::addColumn<double>("capacity");
    QTest::addColumn<CapacityClass>("expected");
    QTest::newRow("none") << 0.0 << CapacityClass::Idle;
    QTest::newRow("light") << 0.3 << CapacityClass::Normal;
    QTest::newRow("half") << 0.5 << CapacityClass::Busy;
    QTest::newRow("almost full") << 0.99 << CapacityClass::Busy;
    QTest::newRow("full") << 1.0 << CapacityClass::Saturated;
    QTest::newRow("over") << 1.7 << CapacityClass::Saturated;
}

void TestCanvasLive::capacityColourClassFollowsStormThresholds() {
    QFETCH(double, capacity);
    QFETCH(CapacityClass, expected);
    QCOMPARE(studio::capacityClass(capacity), expected);
}

void TestCanvasLive::capacityColourIsStormsGradient() {
    QCOMPARE(studio::capacityColor(0.0), QColor(30, 225, 0));
    QCOMPARE(studio::capacityColor(1.0), QColor(255, 0, 0));
    QCOMPARE(studio::capacityColor(3.0), QColor(255, 0, 0));
    QCOMPARE(studio::capacityColor(0.5), QColor(142, 113, 0));
}

void TestCanvasLive::formatRateIsShort_data() {
    QTest::addColumn<double>("rate");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << 0.0 << "0/s";
    QTest::newRow("small") << 3.44 << "3.4/s";
    QTest::newRow("hundreds") << 123.4 << "123/s";
    QTest::newRow("thousands") << 12345.0 << "12.3k/s";
    QTest::newRow("millions") << 1234567.0 << "1.23M/s";
}

void TestCanvasLive::formatRateIsShort() {
    QFETCH(double, rate);
    QFETCH(QString, text);
    QCOMPARE(studio::formatRate(rate), text);
}

void TestCanvasLive::nodeShowsCapacityClassAndAckedFailed() {
    m_canvas->updateLive(snapshot(1.0, 1, 0.7), {});
    m_canvas->updateLive(snapshot(2.0, 2, 0.7), {});
    QCOMPARE(m_canvas->node("split")->capacityClass(), CapacityClass::Busy);
    QCOMPARE(m_canvas->node("split")->capacity(), 0.7);
    QCOMPARE(m_canvas->node("count")->capacityClass(), CapacityClass::Saturated);
    QCOMPARE(m_canvas->node("audit")->capacityClass(), CapacityClass::Idle);
    QCOMPARE(m_canvas->node("sentences")->capacityClass(), CapacityClass::Idle);  // spouts have none
    QCOMPARE(m_canvas->node("sentences")->ackText(), QStringLiteral("ack 80 fail 2"));
    QVERIFY(m_canvas->node("split")->toolTip().contains(QStringLiteral("capacity 0.700")));
}

void TestCanvasLive::sparklineKeepsTheLastSixtyRates() {
    for (int i = 0; i < 70; ++i)
        m_canvas->updateLive(snapshot(1.0 + i * 0.2, static_cast<std::uint64_t>(i + 1), 0.1), {});
    const QList<double>& history = m_canvas->node("split")->sparkline();
    QCOMPARE(history.size(), studio::LiveRates::kHistoryLength);
    QCOMPARE(history.last(), 500.0);
}

void TestCanvasLive::snapshotAtTheSameTimeKeepsRates() {
    m_canvas->updateLive(snapshot(1.0, 1, 0.1), {});
    m_canvas->updateLive(snapshot(2.0, 3, 0.1), {});
    QCOMPARE(m_canvas->node("split")->rateText(), QStringLiteral("200/s"));
    m_canvas->updateLive(snapshot(2.0, 3, 0.1), {});
    QCOMPARE(m_canvas->node("split")->rateText(), QStringLiteral("200/s"));
    QCOMPARE(m_canvas->node("split")->sparkline().size(), 2);
}

void TestCanvasLive::liveUpdateChangesItemsWithoutRebuildingTheScene() {
    const auto itemsBefore = m_canvas->scene()->items();
    auto* split = m_canvas->node("split");
    m_canvas->updateLive(snapshot(1.0, 1, 0.1), {});
    m_canvas->updateLive(snapshot(2.0, 2, 0.1), {});
    QCOMPARE(m_canvas->scene()->items().size(), itemsBefore.size());
    QCOMPARE(m_canvas->node("split"), split);
    QVERIFY(split->hasLive());
}

void TestCanvasLive::killedOrRestartingTaskShowsBadge() {
    m_canvas->setTasks({{"sentences", {1}}, {"split", {2, 3}}, {"count", {4, 5}}, {"__acker", {6}}});
    m_canvas->updateLive(snapshot(1.0, 1, 0.1), {{3, runtime::TaskState::Killed}, {4, runtime::TaskState::Restarting}});
    QCOMPARE(m_canvas->node("split")->taskBadge(), TaskBadge::Killed);
    QVERIFY(m_canvas->node("split")->toolTip().contains(QStringLiteral("1 of 2 tasks killed")));
    QCOMPARE(m_canvas->node("count")->taskBadge(), TaskBadge::Restarting);
    QCOMPARE(m_canvas->node("sentences")->taskBadge(), TaskBadge::None);
    m_canvas->updateLive(snapshot(2.0, 2, 0.1), {{3, runtime::TaskState::Running}});
    QCOMPARE(m_canvas->node("split")->taskBadge(), TaskBadge::None);
    QCOMPARE(m_canvas->node("count")->taskBadge(), TaskBadge::None);
}

void TestCanvasLive::clearLiveRemovesEveryOverlay() {
    m_canvas->setTasks({{"split", {2, 3}}});
    m_canvas->updateLive(snapshot(1.0, 1, 0.9), {{2, runtime::TaskState::Killed}});
    m_canvas->updateLive(snapshot(2.0, 2, 0.9), {{2, runtime::TaskState::Killed}});
    m_canvas->clearLive();
    QVERIFY(!m_canvas->node("split")->hasLive());
    QCOMPARE(m_canvas->node("split")->rateText(), QString());
    QCOMPARE(m_canvas->node("split")->capacityClass(), CapacityClass::Idle);
    QCOMPARE(m_canvas->node("split")->taskBadge(), TaskBadge::None);
    QVERIFY(m_canvas->node("split")->sparkline().isEmpty());
    for (auto* edge : m_canvas->edges())
        QVERIFY(!edge->hasLive());
    // After clearing, the next snapshot starts over at 0/s.
    m_canvas->updateLive(snapshot(3.0, 3, 0.9), {});
    QCOMPARE(m_canvas->node("split")->rateText(), QStringLiteral("0/s"));
}

void TestCanvasLive::diagnosticsBadgeTheNode() {
    m_canvas->setDiagnostics({{"count", {"unknown className org.example.WordCount"}}}, {{"split", {"parallelism 0"}}});
    QCOMPARE(m_canvas->node("count")->diagnosticLevel(), studio::DiagnosticLevel::Error);
    QVERIFY(m_canvas->node("count")->toolTip().contains(QStringLiteral("unknown className org.example.WordCount")));
    QCOMPARE(m_canvas->node("split")->diagnosticLevel(), studio::DiagnosticLevel::Warning);
    QCOMPARE(m_canvas->node("audit")->diagnosticLevel(), studio::DiagnosticLevel::None);
    m_canvas->setDiagnostics({}, {});
    QCOMPARE(m_canvas->node("count")->diagnosticLevel(), studio::DiagnosticLevel::None);
}

TEACUP_CANVAS_TEST_MAIN(TestCanvasLive)
#include "tst_canvas_live.moc"
