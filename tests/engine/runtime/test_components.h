// In-process components for runtime tests, after the helpers of Storm's own integration
// tests (FeederSpout with an ack tracker, AckEveryOtherBolt, AggBolt, branching bolts), and a
// harness that loads inline Flux YAML and runs it in a session.
#pragma once

#include <deque>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <teacup/flux/flux.h>
#include <teacup/plugin/registry.h>
#include <teacup/runtime/session.h>
#include <teacup/sdk/sdk.h>

namespace teacup::testing {

// What a feeder spout shares with the test: tuples to emit, and what came back.
struct FeedState {
    std::deque<std::pair<Values, Value>> queue;  // values, message id
    std::vector<Value> acked;
    std::vector<Value> failed;
    std::vector<Value> ackedOrder() const { return acked; }
    bool wasAcked(const Value& id) const {
        for (const auto& a : acked)
            if (a == id) return true;
        return false;
    }
    bool wasFailed(const Value& id) const {
        for (const auto& f : failed)
            if (f == id) return true;
        return false;
    }
    void feed(Values v, Value id) { queue.emplace_back(std::move(v), std::move(id)); }
};

class FeederSpout final : public Spout {
public:
    FeederSpout(std::shared_ptr<FeedState> state, Fields fields, bool replayFailed)
        : m_state(std::move(state)), m_fields(std::move(fields)), m_replay(replayFailed) {}
    void declareOutputFields(OutputFieldsDeclarer& d) const override { d.declare(m_fields); }
    void open(const Config&, TopologyContext&, SpoutOutputCollector& c) override { m_collector = &c; }
    void nextTuple() override {
        if (m_state->queue.empty()) return;
        auto [values, id] = std::move(m_state->queue.front());
        m_state->queue.pop_front();
        m_inFlight.emplace_back(values, id);
        m_collector->emit(std::move(values), std::move(id));
    }
    void ack(const Value& id) override {
        m_state->acked.push_back(id);
        forget(id);
    }
    void fail(const Value& id) override {
        m_state->failed.push_back(id);
        for (auto& [v, i] : m_inFlight)
            if (i == id && m_replay) m_state->queue.emplace_back(v, i);
        forget(id);
    }

private:
    void forget(const Value& id) {
        for (auto it = m_inFlight.begin(); it != m_inFlight.end(); ++it)
            if (it->second == id) {
                m_inFlight.erase(it);
                return;
            }
    }
    std::shared_ptr<FeedState> m_state;
    Fields m_fields;
    bool m_replay;
    std::vector<std::pair<Values, Value>> m_inFlight;
    SpoutOutputCollector* m_collector = nullptr;
};

// Acks every other input and never fails (Storm's AckEveryOtherBolt).
class AckEveryOtherBolt final : public Bolt {
public:
    void declareOutputFields(OutputFieldsDeclarer&) const override {}
    void prepare(const Config&, TopologyContext&, OutputCollector& c) override { m_collector = &c; }
    void execute(const Tuple& t) override {
        if (m_state) m_collector->ack(t);
        m_state = !m_state;
    }

private:
    bool m_state = true;
    OutputCollector* m_collector = nullptr;
};

// Emits `n` copies of each input anchored to it, then acks (Storm's branching bolt).
class BranchingBolt final : public Bolt {
public:
    explicit BranchingBolt(int n) : m_n(n) {}
    void declareOutputFields(OutputFieldsDeclarer& d) const override { d.declare(Fields{"num"}); }
    void prepare(const Config&, TopologyContext&, OutputCollector& c) override { m_collector = &c; }
    void execute(const Tuple& t) override {
        for (int i = 0; i < m_n; ++i) m_collector->emit(t, Values{Value(i)});
        m_collector->ack(t);
    }

private:
    int m_n;
    OutputCollector* m_collector = nullptr;
};

// Collects `n` inputs, then emits one tuple anchored to all of them and acks them (AggBolt).
class AggBolt final : public Bolt {
public:
    explicit AggBolt(int n) : m_n(n) {}
    void declareOutputFields(OutputFieldsDeclarer& d) const override { d.declare(Fields{"num"}); }
    void prepare(const Config&, TopologyContext&, OutputCollector& c) override { m_collector = &c; }
    void execute(const Tuple& t) override {
        m_seen.push_back(t);
        if (static_cast<int>(m_seen.size()) < m_n) return;
        m_collector->emit(kDefaultStream, m_seen, Values{Value(1)});
        for (const auto& s : m_seen) m_collector->ack(s);
        m_seen.clear();
    }

private:
    int m_n;
    std::vector<Tuple> m_seen;
    OutputCollector* m_collector = nullptr;
};

// Re-emits the input anchored to it and acks (IdentityBolt as a rich bolt).
class IdentityBolt final : public Bolt {
public:
    explicit IdentityBolt(Fields f) : m_fields(std::move(f)) {}
    void declareOutputFields(OutputFieldsDeclarer& d) const override { d.declare(m_fields); }
    void prepare(const Config&, TopologyContext&, OutputCollector& c) override { m_collector = &c; }
    void execute(const Tuple& t) override {
        m_collector->emit(t, t.values());
        m_collector->ack(t);
    }

private:
    Fields m_fields;
    OutputCollector* m_collector = nullptr;
};

// Acks every input and records what it saw (task id, values) into a shared list.
struct Seen {
    std::vector<std::pair<int, Values>> tuples;
};
class RecordingBolt final : public Bolt {
public:
    explicit RecordingBolt(std::shared_ptr<Seen> seen) : m_seen(std::move(seen)) {}
    void declareOutputFields(OutputFieldsDeclarer&) const override {}
    void prepare(const Config&, TopologyContext& ctx, OutputCollector& c) override {
        m_collector = &c;
        m_task = ctx.thisTaskId();
    }
    void execute(const Tuple& t) override {
        m_seen->tuples.emplace_back(m_task, t.values());
        m_collector->ack(t);
    }

private:
    std::shared_ptr<Seen> m_seen;
    OutputCollector* m_collector = nullptr;
    int m_task = 0;
};

// A registry with the classes above under `test.*` names, bound to shared test state.
struct TestRig {
    std::shared_ptr<FeedState> feed = std::make_shared<FeedState>();
    std::shared_ptr<FeedState> feed2 = std::make_shared<FeedState>();
    std::shared_ptr<FeedState> feed3 = std::make_shared<FeedState>();
    std::shared_ptr<Seen> seen = std::make_shared<Seen>();
    plugin::Registry registry;

    TestRig() {
        addSpout("test.Feeder", feed);
        addSpout("test.Feeder2", feed2);
        addSpout("test.Feeder3", feed3);
        addBolt("test.AckEveryOther", [](const ComponentArgs&) { return std::make_unique<AckEveryOtherBolt>(); });
        addBolt("test.Branching", [](const ComponentArgs& a) {
            return std::make_unique<BranchingBolt>(static_cast<int>(a.arg(0).asInt()));
        });
        addBolt("test.Agg", [](const ComponentArgs& a) { return std::make_unique<AggBolt>(static_cast<int>(a.arg(0).asInt())); });
        addBolt("test.Identity", [](const ComponentArgs& a) {
            return std::make_unique<IdentityBolt>(Fields(stringList(a.arg(0)).value_or(std::vector<std::string>{"num"})));
        });
        auto seenState = seen;
        addBolt("test.Recording", [seenState](const ComponentArgs&) { return std::make_unique<RecordingBolt>(seenState); });
    }
    void addSpout(const std::string& name, std::shared_ptr<FeedState> state) {
        plugin::ComponentClass c;
        c.className = name;
        c.kind = model::ClassKind::Spout;
        c.origin = "test";
        c.spout = [state](const ComponentArgs& a) -> std::unique_ptr<Spout> {
            const bool replay = a.property("replay").value_or(Value(false)).asBool();
            return std::make_unique<FeederSpout>(
                state, Fields(stringList(a.arg(0)).value_or(std::vector<std::string>{"num"})), replay);
        };
        registry.add(std::move(c));
    }
    void addBolt(const std::string& name, BoltFactory f) {
        plugin::ComponentClass c;
        c.className = name;
        c.kind = model::ClassKind::Bolt;
        c.origin = "test";
        c.bolt = std::move(f);
        registry.add(std::move(c));
    }
};

inline model::TopologySpec loadYaml(const std::string& yaml) {
    auto r = flux::loadText(yaml, "inline.yaml");
    if (!r.ok()) {
        std::string all;
        for (const auto& d : r.diagnostics.items()) all += d.format() + "\n";
        throw std::runtime_error("inline YAML did not load:\n" + all);
    }
    return *r.spec;
}

inline std::unique_ptr<runtime::Session> simSession(const plugin::Registry& registry, const std::string& yaml,
                                                    std::uint64_t seed = 1) {
    runtime::SessionOptions o;
    o.scheduler = runtime::SchedulerKind::Simulated;
    o.seed = seed;
    auto s = runtime::Session::create(loadYaml(yaml), registry, o);
    if (!s.ok()) throw std::runtime_error("session: " + s.error().message);
    auto session = std::move(s).value();
    (void)session->start();
    return session;
}

constexpr std::int64_t kSecond = 1'000'000'000;

} // namespace teacup::testing
