// The threaded scheduler end to end: every tree acked across executors on a pool, fields
// grouping keeps keys on one task, a kill in a running topology recovers, and stop() returns
// with every task closed. Waits are bounded condition waits on results, never sleeps.
#include <QtTest>

#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

#include "test_components.h"

using namespace teacup;
using namespace teacup::testing;

namespace {

// Thread-safe outcome shared by the spout tasks and the test thread.
struct Outcome {
    std::mutex mutex;
    std::condition_variable changed;
    std::int64_t acked = 0;
    std::int64_t failed = 0;
    std::map<std::string, std::map<int, int>> keyTasks;  // key → task → count
    bool waitForAcks(std::int64_t n) {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, std::chrono::seconds(120), [&] { return acked >= n; });
    }
};

class CountingSpout final : public Spout {
public:
    CountingSpout(std::shared_ptr<Outcome> o, int total) : m_outcome(std::move(o)), m_total(total) {}
    void declareOutputFields(OutputFieldsDeclarer& d) const override { d.declare(Fields{"key", "n"}); }
    void open(const Config&, TopologyContext&, SpoutOutputCollector& c) override { m_collector = &c; }
    void nextTuple() override {
        if (!m_replay.empty()) {
            const int n = m_replay.back();
            m_replay.pop_back();
            m_collector->emit(Values{Value("k" + std::to_string(n % 17)), Value(n)}, Value(n));
            return;
        }
        if (m_next >= m_total) return;
        const int n = m_next++;
        m_collector->emit(Values{Value("k" + std::to_string(n % 17)), Value(n)}, Value(n));
    }
    void ack(const Value&) override {
        std::lock_guard lock(m_outcome->mutex);
        ++m_outcome->acked;
        m_outcome->changed.notify_all();
    }
    void fail(const Value& id) override {
        m_replay.push_back(static_cast<int>(id.asInt()));
        std::lock_guard lock(m_outcome->mutex);
        ++m_outcome->failed;
    }

private:
    std::shared_ptr<Outcome> m_outcome;
    int m_total;
    int m_next = 0;
    std::vector<int> m_replay;
    SpoutOutputCollector* m_collector = nullptr;
};

class KeyBolt final : public Bolt {
public:
    explicit KeyBolt(std::shared_ptr<Outcome> o) : m_outcome(std::move(o)) {}
    void declareOutputFields(OutputFieldsDeclarer&) const override {}
    void prepare(const Config&, TopologyContext& ctx, OutputCollector& c) override {
        m_collector = &c;
        m_task = ctx.thisTaskId();
    }
    void execute(const Tuple& t) override {
        {
            std::lock_guard lock(m_outcome->mutex);
            ++m_outcome->keyTasks[t.stringAt(0)][m_task];
        }
        m_collector->ack(t);
    }

private:
    std::shared_ptr<Outcome> m_outcome;
    OutputCollector* m_collector = nullptr;
    int m_task = 0;
};

struct ThreadedRig : TestRig {
    std::shared_ptr<Outcome> outcome = std::make_shared<Outcome>();
    explicit ThreadedRig(int total) {
        auto o = outcome;
        plugin::ComponentClass c;
        c.className = "test.Counting";
        c.kind = model::ClassKind::Spout;
        c.spout = [o, total](const ComponentArgs&) { return std::make_unique<CountingSpout>(o, total); };
        registry.add(std::move(c));
        addBolt("test.Key", [o](const ComponentArgs&) { return std::make_unique<KeyBolt>(o); });
    }
};

std::unique_ptr<runtime::Session> threaded(const plugin::Registry& registry, const std::string& yaml) {
    runtime::SessionOptions o;
    o.scheduler = runtime::SchedulerKind::Threaded;
    o.threads = 2;
    auto s = runtime::Session::create(loadYaml(yaml), registry, o);
    if (!s.ok()) throw std::runtime_error(s.error().message);
    return std::move(s).value();
}

const char* kYaml = R"(
name: threaded
config: {topology.max.spout.pending: 500, topology.message.timeout.secs: 2, teacup.supervisor.restart.delay.ms: 100}
spouts:
  - {id: source, className: test.Counting, parallelism: 2}
bolts:
  - {id: relay, className: test.Identity, parallelism: 2, constructorArgs: [[key, n]]}
  - {id: keyed, className: test.Key, parallelism: 3}
streams:
  - {from: source, to: relay, grouping: {type: SHUFFLE}}
  - {from: relay, to: keyed, grouping: {type: FIELDS, args: [key]}}
)";

} // namespace

class TestThreaded : public QObject {
    Q_OBJECT
private slots:
    void everyTreeIsAckedAndKeysStayOnOneTask();
    void killedTaskInRunningTopologyRecovers();
};

void TestThreaded::everyTreeIsAckedAndKeysStayOnOneTask() {
    ThreadedRig rig(20000);
    auto s = threaded(rig.registry, kYaml);
    QVERIFY(s->start().ok());
    QVERIFY(rig.outcome->waitForAcks(40000));  // two spout tasks × 20000
    s->stop();
    std::lock_guard lock(rig.outcome->mutex);
    QCOMPARE(rig.outcome->failed, std::int64_t(0));
    for (const auto& [key, tasks] : rig.outcome->keyTasks) QCOMPARE(tasks.size(), std::size_t(1));
    auto snap = s->metrics();
    QVERIFY(snap);
}

void TestThreaded::killedTaskInRunningTopologyRecovers() {
    ThreadedRig rig(5000);
    auto s = threaded(rig.registry, kYaml);
    QVERIFY(s->start().ok());
    QVERIFY(rig.outcome->waitForAcks(1000));
    const int relay = s->plan().component("relay")->tasks.front();
    QVERIFY(s->killTask(relay).ok());
    // The kill and the supervisor's restart (100 ms later) are asynchronous and a fast run may
    // finish its trees before either: follow the task through both, each bounded by a deadline.
    const auto waitFor = [&](auto done) {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
        while (!done() && std::chrono::steady_clock::now() < deadline) std::this_thread::yield();
        return done();
    };
    QVERIFY(waitFor([&] { return s->taskState(relay) != runtime::TaskState::Running; }));
    QVERIFY(rig.outcome->waitForAcks(10000));  // failed trees replay and complete
    QVERIFY(waitFor([&] { return s->taskState(relay) == runtime::TaskState::Running; }));
    s->stop();
    QCOMPARE(s->taskState(relay), runtime::TaskState::Running);
}

QTEST_GUILESS_MAIN(TestThreaded)
#include "tst_threaded.moc"
