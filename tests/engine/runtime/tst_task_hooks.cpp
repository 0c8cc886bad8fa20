// Task hooks (Storm's ITaskHook), after Storm's TopologyIntegrationTest.testHooks: a bolt that
// alternately acks and fails emits, at the start of each execute, the counters its own hook
// has kept — emits (the sends to the acker included), acks, fails, executes.
#include <QTest>

#include "test_components.h"

using namespace teacup;
using namespace teacup::testing;

namespace {

struct HookCounts {
    int emit = 0;
    int ack = 0;
    int fail = 0;
    int executed = 0;
    int spoutAcks = 0;
    int spoutFails = 0;
    std::vector<std::string> emitStreams;
    bool prepared = false;
};

class CountingHook final : public TaskHook {
public:
    explicit CountingHook(std::shared_ptr<HookCounts> counts) : m_counts(std::move(counts)) {}
    void prepare(const Config&, TopologyContext&) override { m_counts->prepared = true; }
    void emit(const EmitInfo& info) override {
        ++m_counts->emit;
        m_counts->emitStreams.push_back(info.stream);
    }
    void spoutAck(const SpoutAckInfo&) override { ++m_counts->spoutAcks; }
    void spoutFail(const SpoutFailInfo&) override { ++m_counts->spoutFails; }
    void boltExecute(const BoltExecuteInfo&) override { ++m_counts->executed; }
    void boltAck(const BoltAckInfo&) override { ++m_counts->ack; }
    void boltFail(const BoltFailInfo&) override { ++m_counts->fail; }

private:
    std::shared_ptr<HookCounts> m_counts;
};

// Storm's HooksBolt: emits (emit, ack, fail, executed) as its hook saw them so far, then acks
// even inputs and fails odd ones.
class HooksBolt final : public Bolt {
public:
    explicit HooksBolt(std::shared_ptr<HookCounts> counts) : m_counts(std::move(counts)) {}
    void declareOutputFields(OutputFieldsDeclarer& d) const override { d.declare({"emit", "ack", "fail", "executed"}); }
    void prepare(const Config&, TopologyContext& context, OutputCollector& c) override {
        m_collector = &c;
        context.addTaskHook(std::make_shared<CountingHook>(m_counts));
    }
    void execute(const Tuple& t) override {
        const Tuple anchors[] = {t};
        m_collector->emit(kDefaultStream, anchors,
                          Values{Value(m_counts->emit), Value(m_counts->ack), Value(m_counts->fail),
                                 Value(m_counts->executed)});
        if (m_acked++ % 2 == 0)
            m_collector->ack(t);
        else
            m_collector->fail(t);
    }

private:
    std::shared_ptr<HookCounts> m_counts;
    OutputCollector* m_collector = nullptr;
    int m_acked = 0;
};

// A spout that registers a hook too, to see spout acks and fails and its __ack_init sends.
class HookedFeeder final : public Spout {
public:
    HookedFeeder(std::shared_ptr<FeedState> feed, std::shared_ptr<HookCounts> counts)
        : m_feed(std::move(feed)), m_counts(std::move(counts)) {}
    void declareOutputFields(OutputFieldsDeclarer& d) const override { d.declare({"num"}); }
    void open(const Config&, TopologyContext& context, SpoutOutputCollector& c) override {
        m_collector = &c;
        context.addTaskHook(std::make_shared<CountingHook>(m_counts));
    }
    void nextTuple() override {
        if (m_feed->queue.empty()) return;
        auto [values, id] = std::move(m_feed->queue.front());
        m_feed->queue.pop_front();
        m_collector->emit(std::move(values), std::move(id));
    }
    void ack(const Value& id) override { m_feed->acked.push_back(id); }
    void fail(const Value& id) override { m_feed->failed.push_back(id); }

private:
    std::shared_ptr<FeedState> m_feed;
    std::shared_ptr<HookCounts> m_counts;
    SpoutOutputCollector* m_collector = nullptr;
};

} // namespace

class TestTaskHooks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void boltHookCountsEmitsIncludingAckerSendsAcksFailsAndExecutes();
    void spoutHookSeesAckInitSendsAcksAndFails();
};

void TestTaskHooks::boltHookCountsEmitsIncludingAckerSendsAcksFailsAndExecutes() {
    TestRig rig;
    auto counts = std::make_shared<HookCounts>();
    rig.addBolt("test.Hooks", [counts](const ComponentArgs&) { return std::make_unique<HooksBolt>(counts); });
    auto s = simSession(rig.registry, R"(
name: hooks
spouts:
  - {id: "1", className: test.Feeder, constructorArgs: [[num]]}
bolts:
  - {id: "2", className: test.Hooks}
  - {id: "3", className: test.Recording}
streams:
  - {from: "1", to: "2", grouping: {type: SHUFFLE}}
  - {from: "2", to: "3", grouping: {type: SHUFFLE}}
)");
    for (int i = 1; i <= 4; ++i) rig.feed->feed({Value(i)}, Value(i));
    QVERIFY(s->runUntilIdle(s->now() + 600 * kSecond, kSecond / 10).value());
    QVERIFY(counts->prepared);
    // Storm's expected read-tuples for bolt "2": (0,0,0,0) (2,1,0,1) (4,1,1,2) (6,2,1,3).
    const std::vector<std::vector<int>> expected{{0, 0, 0, 0}, {2, 1, 0, 1}, {4, 1, 1, 2}, {6, 2, 1, 3}};
    QCOMPARE(rig.seen->tuples.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const Values& v = rig.seen->tuples[i].second;
        for (std::size_t k = 0; k < 4; ++k) QCOMPARE(v.at(k).asInt(), static_cast<std::int64_t>(expected[i][k]));
    }
    QCOMPARE(counts->emitStreams.at(1), std::string("__ack_ack"));
    QCOMPARE(counts->emitStreams.at(3), std::string("__ack_fail"));
}

void TestTaskHooks::spoutHookSeesAckInitSendsAcksAndFails() {
    TestRig rig;
    auto counts = std::make_shared<HookCounts>();
    auto feed = rig.feed;
    plugin::ComponentClass c;
    c.className = "test.HookedFeeder";
    c.kind = model::ClassKind::Spout;
    c.origin = "test";
    c.spout = [feed, counts](const ComponentArgs&) -> std::unique_ptr<Spout> {
        return std::make_unique<HookedFeeder>(feed, counts);
    };
    rig.registry.add(std::move(c));
    auto s = simSession(rig.registry, R"(
name: spout-hooks
spouts:
  - {id: "1", className: test.HookedFeeder}
bolts:
  - {id: "2", className: test.AckEveryOther}
streams:
  - {from: "1", to: "2", grouping: {type: GLOBAL}}
)");
    for (int i = 1; i <= 4; ++i) rig.feed->feed({Value(i)}, Value(i));
    QVERIFY(s->runUntil(s->now() + 100 * kSecond).ok());  // timeouts fire 30-60 s after the emit
    // Four data emits, each followed by its __ack_init send; AckEveryOther acks two, the other
    // two trees time out (the spout's fail hook fires for timeouts as for explicit fails).
    QCOMPARE(counts->emit, 8);
    QCOMPARE(counts->emitStreams.at(0), std::string("default"));
    QCOMPARE(counts->emitStreams.at(1), std::string("__ack_init"));
    QCOMPARE(counts->spoutAcks, 2);
    QCOMPARE(counts->spoutFails, 2);
    QCOMPARE(rig.feed->acked.size(), std::size_t(2));
    QCOMPARE(rig.feed->failed.size(), std::size_t(2));
}

QTEST_GUILESS_MAIN(TestTaskHooks)
#include "tst_task_hooks.moc"
