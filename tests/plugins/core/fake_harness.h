// A tiny stand-in for the runtime around one component task: fake context, collectors and
// declarer that record what the component did, so core-pack tests need no engine.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <QTest>

#include <teacup/sdk/sdk.h>

#include "value_text.h"

namespace teacup {

// QCOMPARE failure output for values (found by argument-dependent lookup).
inline char* toString(const Value& value) { return qstrdup(core::formatValue(value, core::StringStyle::Quoted).c_str()); }
inline char* toString(const Values& values) {
    return qstrdup(core::formatValues(values, core::StringStyle::Quoted).c_str());
}

} // namespace teacup

namespace teacup::testing {

// One task of component `componentId` among `tasks`; time and seed are set by the test.
class FakeContext : public TopologyContext {
public:
    explicit FakeContext(std::uint64_t seed = 1, std::string componentId = "component", std::vector<int> tasks = {1},
                         int taskIndex = 0)
        : m_componentId(std::move(componentId)), m_tasks(std::move(tasks)), m_taskIndex(taskIndex), m_random(seed) {}

    std::int64_t now = 0;
    Config conf;

    const std::string& topologyName() const override { return m_topology; }
    const std::string& thisComponentId() const override { return m_componentId; }
    int thisTaskId() const override { return m_tasks.at(static_cast<std::size_t>(m_taskIndex)); }
    int thisTaskIndex() const override { return m_taskIndex; }
    int thisWorkerIndex() const override { return 0; }
    std::span<const int> thisWorkerTasks() const override { return m_tasks; }
    const std::string& componentId(int taskId) const override {
        static const std::string none;
        for (int t : m_tasks)
            if (t == taskId) return m_componentId;
        return none;
    }
    std::span<const int> componentTasks(const std::string& id) const override {
        if (id == m_componentId) return m_tasks;
        return {};
    }
    std::vector<std::string> componentIds() const override { return {m_componentId}; }
    const Fields* componentOutputFields(const std::string&, const std::string&) const override { return nullptr; }
    std::vector<std::string> thisStreams() const override { return {kDefaultStream}; }
    const std::vector<StreamInput>& thisSources() const override { return m_sources; }
    const Config& config() const override { return conf; }
    std::int64_t nowNanos() const override { return now; }
    Random& random() override { return m_random; }
    void addTaskHook(std::shared_ptr<TaskHook> hook) override {
        if (!hook) return;
        hook->prepare(conf, *this);
        hooks.push_back(std::move(hook));
    }
    std::vector<std::shared_ptr<TaskHook>> hooks;

private:
    std::string m_topology = "test-topology";
    std::string m_componentId;
    std::vector<int> m_tasks;
    int m_taskIndex;
    Random m_random;
    std::vector<StreamInput> m_sources;
};

struct SpoutEmit {
    std::string stream;
    Values values;
    Value messageId;
};

class FakeSpoutCollector : public SpoutOutputCollector {
public:
    std::vector<SpoutEmit> emits;
    std::vector<std::string> errors;
    int pending = 0;

    std::span<const int> emit(const std::string& streamId, Values values, Value messageId) override {
        emits.push_back({streamId, std::move(values), std::move(messageId)});
        if (!emits.back().messageId.isNull()) ++pending;
        return {};
    }
    void emitDirect(int, const std::string& streamId, Values values, Value messageId) override {
        emit(streamId, std::move(values), std::move(messageId));
    }
    void reportError(const std::string& message) override { errors.push_back(message); }
    int pendingCount() const override { return pending; }
};

struct BoltEmit {
    std::string stream;
    std::vector<Tuple> anchors;
    Values values;
};

class FakeOutputCollector : public OutputCollector {
public:
    std::vector<BoltEmit> emits;
    std::vector<Tuple> acked;
    std::vector<Tuple> failed;
    std::vector<std::string> errors;

    std::span<const int> emit(const std::string& streamId, std::span<const Tuple> anchors, Values values) override {
        emits.push_back({streamId, std::vector<Tuple>(anchors.begin(), anchors.end()), std::move(values)});
        return {};
    }
    void emitDirect(int, const std::string& streamId, std::span<const Tuple> anchors, Values values) override {
        emit(streamId, anchors, std::move(values));
    }
    void ack(const Tuple& input) override { acked.push_back(input); }
    void fail(const Tuple& input) override { failed.push_back(input); }
    void resetTimeout(const Tuple&) override {}
    void reportError(const std::string& message) override { errors.push_back(message); }
};

// Records the emits of one BasicBolt::execute (all implicitly anchored to the input).
class FakeBasicCollector : public BasicOutputCollector {
public:
    std::vector<Values> emits;
    std::vector<std::string> errors;

    std::span<const int> emit(const std::string&, Values values) override {
        emits.push_back(std::move(values));
        return {};
    }
    void emitDirect(int, const std::string&, Values values) override { emits.push_back(std::move(values)); }
    void resetTimeout() override {}
    void reportError(const std::string& message) override { errors.push_back(message); }
};

struct DeclaredStream {
    std::string id;
    bool direct = false;
    Fields fields;
};

class FakeDeclarer : public OutputFieldsDeclarer {
public:
    std::vector<DeclaredStream> streams;
    void declareStream(const std::string& streamId, bool direct, Fields fields) override {
        streams.push_back({streamId, direct, std::move(fields)});
    }
};

template <typename Component> std::vector<DeclaredStream> declaredStreams(const Component& component) {
    FakeDeclarer declarer;
    component.declareOutputFields(declarer);
    return declarer.streams;
}

// A stable pointer for TupleBody's source names (the runtime owns them in a real run).
inline const std::string* internName(const std::string& name) {
    static std::set<std::string> names;
    return &*names.insert(name).first;
}

inline Tuple makeTuple(Values values, std::vector<std::string> fields, const std::string& source = "source",
                       int sourceTask = 1, std::uint64_t id = 0) {
    auto* body = new TupleBody;
    body->values = std::move(values);
    body->fields = std::make_shared<const Fields>(std::move(fields));
    body->sourceComponent = internName(source);
    body->sourceStream = internName(kDefaultStream);
    body->sourceTask = sourceTask;
    body->id = id;
    return Tuple(body);
}

// What the executor does around BasicBolt::execute (Storm's BasicBoltExecutor): emits are
// anchored to the input, FailedException fails it (Reported... also reports), else acked.
struct BasicOutcome {
    std::vector<Values> emits;
    bool failed = false;
    std::optional<std::string> reported;
};

inline BasicOutcome executeBasic(BasicBolt& bolt, const Tuple& input) {
    FakeBasicCollector collector;
    BasicOutcome outcome;
    try {
        bolt.execute(input, collector);
    } catch (const ReportedFailedException& e) {
        outcome.failed = true;
        outcome.reported = e.what();
    } catch (const FailedException&) {
        outcome.failed = true;
    }
    outcome.emits = std::move(collector.emits);
    return outcome;
}

// ComponentArgs for a factory call, as the engine fills them from a Flux definition.
inline ComponentArgs makeArgs(const std::string& className, ValueList constructorArgs = {},
                              std::vector<std::pair<std::string, Value>> properties = {}) {
    ComponentArgs args;
    args.componentId = "component";
    args.className = className;
    args.constructorArgs = std::move(constructorArgs);
    args.properties = std::move(properties);
    return args;
}

} // namespace teacup::testing
