// Storm's own acking and timeout integration tests (storm.md §3.14), reproduced on the
// simulated scheduler: XOR ledger, multi-anchoring, self-anchoring, bucket timeouts,
// resetTimeout, timeouts disabled, and acking disabled.
#include <QtTest>

#include "test_components.h"

using namespace teacup;
using namespace teacup::testing;

namespace {

// Holds the first tuple, resets its timeout on each of tuples 2–4, acks it on tuple 5.
class ResetTimeoutBolt final : public Bolt {
public:
    void declareOutputFields(OutputFieldsDeclarer&) const override {}
    void prepare(const Config&, TopologyContext&, OutputCollector& c) override { m_collector = &c; }
    void execute(const Tuple& t) override {
        const auto n = t.intAt(0);
        if (n == 1) m_held = t;
        if (n >= 2 && n <= 4 && m_held.valid()) m_collector->resetTimeout(m_held);
        if (n == 5 && m_held.valid()) m_collector->ack(m_held);
    }

private:
    Tuple m_held;
    OutputCollector* m_collector = nullptr;
};

// Anchors its one emit to the same input twice (Storm's testAckingSelfAnchor).
class DoubleAnchorBolt final : public Bolt {
public:
    void declareOutputFields(OutputFieldsDeclarer& d) const override { d.declare(Fields{"num"}); }
    void prepare(const Config&, TopologyContext&, OutputCollector& c) override { m_collector = &c; }
    void execute(const Tuple& t) override {
        const Tuple anchors[] = {t, t};
        m_collector->emit(kDefaultStream, anchors, Values{Value(1)});
        m_collector->ack(t);
    }

private:
    OutputCollector* m_collector = nullptr;
};

void addClasses(TestRig& rig) {
    rig.addBolt("test.ResetTimeout", [](const ComponentArgs&) { return std::make_unique<ResetTimeoutBolt>(); });
    rig.addBolt("test.DoubleAnchor", [](const ComponentArgs&) { return std::make_unique<DoubleAnchorBolt>(); });
}

// Storm's trackedWait: run until nothing is in flight and no spout emits for a while.
void settle(runtime::Session& s) { QVERIFY(s.runUntilIdle(s.now() + 600 * kSecond, kSecond / 10).value()); }

std::size_t newAcks(const FeedState& f, std::size_t& seen) {
    const std::size_t n = f.acked.size() - seen;
    seen = f.acked.size();
    return n;
}

} // namespace

class TestAcking : public QObject {
    Q_OBJECT
private slots:
    void timedOutTreeFailsAfterOneToTwoTimeouts();
    void disabledTimeoutsNeverFail();
    void resetTimeoutKeepsHeldTupleAlive();
    void aggregateAcksOnlyWhenEverySharedTreeCompletes();
    void branchingIntoAggregateAcksBothRoots();
    void selfAnchoringTwiceStillAcks();
    void ackingDisabledAcksInsideEmit();
};

void TestAcking::timedOutTreeFailsAfterOneToTwoTimeouts() {
    TestRig rig;
    auto s = simSession(rig.registry, R"(
name: timeout
config: {topology.message.timeout.secs: 10}
spouts:
  - {id: feeder, className: test.Feeder, constructorArgs: [[num]]}
bolts:
  - {id: bolt, className: test.AckEveryOther}
streams:
  - {from: feeder, to: bolt, grouping: {type: GLOBAL}}
)");
    QVERIFY(s->runUntil(11 * kSecond).ok());
    for (int i = 1; i <= 3; ++i) rig.feed->feed({Value(i)}, Value(i));
    QVERIFY(s->runUntil(20 * kSecond).ok());
    QCOMPARE(rig.feed->acked, (std::vector<Value>{Value(1), Value(3)}));
    QVERIFY(rig.feed->failed.empty());
    QVERIFY(s->runUntil(32 * kSecond).ok());
    QCOMPARE(rig.feed->failed, std::vector<Value>{Value(2)});
}

void TestAcking::disabledTimeoutsNeverFail() {
    TestRig rig;
    auto s = simSession(rig.registry, R"(
name: no-timeouts
config: {topology.message.timeout.secs: 10, topology.enable.message.timeouts: false}
spouts:
  - {id: feeder, className: test.Feeder, constructorArgs: [[num]]}
bolts:
  - {id: bolt, className: test.AckEveryOther}
streams:
  - {from: feeder, to: bolt, grouping: {type: GLOBAL}}
)");
    QVERIFY(s->runUntil(11 * kSecond).ok());
    for (int i = 1; i <= 3; ++i) rig.feed->feed({Value(i)}, Value(i));
    QVERIFY(s->runUntil(200 * kSecond).ok());
    QCOMPARE(rig.feed->acked.size(), std::size_t(2));
    QVERIFY(rig.feed->failed.empty());
}

void TestAcking::resetTimeoutKeepsHeldTupleAlive() {
    TestRig rig;
    addClasses(rig);
    auto s = simSession(rig.registry, R"(
name: reset-timeout
config: {topology.message.timeout.secs: 10}
spouts:
  - {id: feeder, className: test.Feeder, constructorArgs: [[num]]}
bolts:
  - {id: bolt, className: test.ResetTimeout}
streams:
  - {from: feeder, to: bolt, grouping: {type: GLOBAL}}
)");
    const std::pair<int, std::int64_t> feeds[] = {{1, 1}, {2, 2}, {3, 9}, {4, 16}};
    for (auto [n, at] : feeds) {
        QVERIFY(s->runUntil(at * kSecond).ok());
        rig.feed->feed({Value(n)}, Value(n));
    }
    QVERIFY(s->runUntil(21 * kSecond).ok());
    QVERIFY(rig.feed->wasFailed(Value(2)));
    QVERIFY(!rig.feed->wasFailed(Value(1)));
    rig.feed->feed({Value(5)}, Value(5));
    QVERIFY(s->runUntil(23 * kSecond).ok());
    QVERIFY(rig.feed->wasAcked(Value(1)));
    QVERIFY(!rig.feed->wasFailed(Value(1)));
}

void TestAcking::aggregateAcksOnlyWhenEverySharedTreeCompletes() {
    TestRig rig;
    auto s = simSession(rig.registry, R"(
name: acking
spouts:
  - {id: "1", className: test.Feeder, constructorArgs: [[num]]}
  - {id: "2", className: test.Feeder2, constructorArgs: [[num]]}
  - {id: "3", className: test.Feeder3, constructorArgs: [[num]]}
bolts:
  - {id: "4", className: test.Branching, constructorArgs: [2]}
  - {id: "5", className: test.Branching, constructorArgs: [4]}
  - {id: "6", className: test.Branching, constructorArgs: [1]}
  - {id: "7", className: test.Agg, constructorArgs: [3]}
  - {id: "8", className: test.Branching, constructorArgs: [2]}
  - {id: "9", className: test.Recording}
streams:
  - {from: "1", to: "4", grouping: {type: SHUFFLE}}
  - {from: "2", to: "5", grouping: {type: SHUFFLE}}
  - {from: "3", to: "6", grouping: {type: SHUFFLE}}
  - {from: "4", to: "7", grouping: {type: GLOBAL}}
  - {from: "5", to: "7", grouping: {type: GLOBAL}}
  - {from: "6", to: "7", grouping: {type: GLOBAL}}
  - {from: "7", to: "8", grouping: {type: SHUFFLE}}
  - {from: "8", to: "9", grouping: {type: SHUFFLE}}
)");
    std::size_t a1 = 0, a2 = 0, a3 = 0;
    auto check = [&](std::size_t e1, std::size_t e2, std::size_t e3) {
        settle(*s);
        QCOMPARE(newAcks(*rig.feed, a1), e1);
        QCOMPARE(newAcks(*rig.feed2, a2), e2);
        QCOMPARE(newAcks(*rig.feed3, a3), e3);
    };
    rig.feed->feed({Value(1)}, Value("f1-a"));
    check(0, 0, 0);   // feeder1's 2 children wait in the aggregate
    rig.feed2->feed({Value(1)}, Value("f2-a"));
    check(1, 1, 0);   // 6 inputs → two aggregates; both trees complete
    rig.feed->feed({Value(1)}, Value("f1-b"));
    check(0, 0, 0);
    rig.feed->feed({Value(1)}, Value("f1-c"));
    check(1, 0, 0);   // f1-b completes; one child of f1-c still waits
    rig.feed3->feed({Value(1)}, Value("f3-a"));
    check(0, 0, 0);
    rig.feed3->feed({Value(1)}, Value("f3-b"));
    check(1, 0, 2);   // the aggregate joining f1-c, f3-a, f3-b completes all three
    QVERIFY(rig.feed->failed.empty() && rig.feed2->failed.empty() && rig.feed3->failed.empty());
}

void TestAcking::branchingIntoAggregateAcksBothRoots() {
    TestRig rig;
    auto s = simSession(rig.registry, R"(
name: ack-branching
spouts:
  - {id: "1", className: test.Feeder, constructorArgs: [[num]]}
bolts:
  - {id: "2", className: test.Identity, constructorArgs: [[num]]}
  - {id: "3", className: test.Identity, constructorArgs: [[num]]}
  - {id: "4", className: test.Agg, constructorArgs: [4]}
streams:
  - {from: "1", to: "2", grouping: {type: SHUFFLE}}
  - {from: "1", to: "3", grouping: {type: SHUFFLE}}
  - {from: "2", to: "4", grouping: {type: SHUFFLE}}
  - {from: "3", to: "4", grouping: {type: SHUFFLE}}
)");
    rig.feed->feed({Value(1)}, Value(1));
    settle(*s);
    QCOMPARE(rig.feed->acked.size(), std::size_t(0));
    rig.feed->feed({Value(1)}, Value(2));
    settle(*s);
    QCOMPARE(rig.feed->acked.size(), std::size_t(2));
}

void TestAcking::selfAnchoringTwiceStillAcks() {
    TestRig rig;
    addClasses(rig);
    auto s = simSession(rig.registry, R"(
name: self-anchor
spouts:
  - {id: "1", className: test.Feeder, constructorArgs: [[num]]}
bolts:
  - {id: "2", className: test.DoubleAnchor}
  - {id: "3", className: test.Recording}
streams:
  - {from: "1", to: "2", grouping: {type: SHUFFLE}}
  - {from: "2", to: "3", grouping: {type: SHUFFLE}}
)");
    rig.feed->feed({Value(1)}, Value(1));
    settle(*s);
    QCOMPARE(rig.feed->acked.size(), std::size_t(1));
    for (int i = 2; i <= 4; ++i) rig.feed->feed({Value(i)}, Value(i));
    settle(*s);
    QCOMPARE(rig.feed->acked.size(), std::size_t(4));
}

void TestAcking::ackingDisabledAcksInsideEmit() {
    TestRig rig;
    auto s = simSession(rig.registry, R"(
name: no-ackers
config: {topology.acker.executors: 0, topology.max.spout.pending: 1}
spouts:
  - {id: feeder, className: test.Feeder, constructorArgs: [[num]]}
bolts:
  - {id: bolt, className: test.AckEveryOther}
streams:
  - {from: feeder, to: bolt, grouping: {type: SHUFFLE}}
)");
    QVERIFY(s->plan().component("__acker")->tasks.empty());
    for (int i = 1; i <= 5; ++i) rig.feed->feed({Value(i)}, Value(i));
    settle(*s);
    QCOMPARE(rig.feed->acked.size(), std::size_t(5));  // max.spout.pending never bites: nothing is pending
    auto snap = s->snapshotNow();
    QVERIFY(snap);
}

QTEST_GUILESS_MAIN(TestAcking)
#include "tst_acking.moc"
