// TraceQueue, the RunController's trace sink: events drained in order, the oldest dropped and
// counted beyond the capacity, safe to fill from several threads at once.
#include <thread>
#include <vector>

#include <QTest>

#include "live/trace_queue.h"
#include "studio_test_main.h"

using namespace teacup;
using namespace teacup::studio;

namespace {

trace::TraceEvent executeEvent(std::uint64_t id) {
    trace::TraceEvent e;
    e.kind = trace::EventKind::Execute;
    e.tupleId = id;
    return e;
}

} // namespace

class TestTraceQueue : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void drainReturnsEventsInOrderAndEmpties();
    void oldestEventsAreDroppedBeyondCapacity();
    void producersOnSeveralThreadsLoseNothingBelowCapacity();
};

void TestTraceQueue::drainReturnsEventsInOrderAndEmpties() {
    TraceQueue queue(10);
    for (std::uint64_t i = 1; i <= 3; ++i) queue.onEvent(executeEvent(i));
    const auto batch = queue.drain();
    QCOMPARE(batch.size(), 3);
    QCOMPARE(batch.front().tupleId, 1ULL);
    QCOMPARE(batch.back().tupleId, 3ULL);
    QVERIFY(queue.drain().isEmpty());
    QCOMPARE(queue.dropped(), 0ULL);
}

void TestTraceQueue::oldestEventsAreDroppedBeyondCapacity() {
    TraceQueue queue(4);
    for (std::uint64_t i = 1; i <= 10; ++i) queue.onEvent(executeEvent(i));
    const auto batch = queue.drain();
    QCOMPARE(batch.size(), 4);
    QCOMPARE(batch.front().tupleId, 7ULL);
    QCOMPARE(queue.dropped(), 6ULL);
}

void TestTraceQueue::producersOnSeveralThreadsLoseNothingBelowCapacity() {
    constexpr int kThreads = 4;
    constexpr int kEach = 5'000;
    TraceQueue queue(kThreads * kEach);
    std::vector<std::thread> producers;
    for (int t = 0; t < kThreads; ++t)
        producers.emplace_back([&queue, t] {
            for (int i = 0; i < kEach; ++i) queue.onEvent(executeEvent(static_cast<std::uint64_t>(t * kEach + i)));
        });
    for (auto& p : producers) p.join();
    QCOMPARE(queue.drain().size(), qsizetype(kThreads * kEach));
    QCOMPARE(queue.dropped(), 0ULL);
}

TEACUP_STUDIO_TEST_MAIN(TestTraceQueue)
#include "tst_trace_queue.moc"
