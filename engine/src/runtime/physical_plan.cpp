// Builds Storm's physical model: task ids in Java String order of component ids starting
// at 1 (__acker included), executors as contiguous task chunks (larger first), executors
// dealt round-robin to workers, as Storm's DefaultScheduler does (storm.md §1.4–1.7).
#include <teacup/runtime/physical_plan.h>

#include <algorithm>
#include <set>

#include "runtime/config_keys.h"
#include "runtime/java_order.h"

namespace teacup::runtime {

namespace {

// Storm keys a component may override (Executor.normalizedComponentConf); others are dropped.
bool componentMayOverride(const std::string& key) {
    static const std::set<std::string> allowed{
        "topology.debug", "topology.max.spout.pending", "topology.max.task.parallelism",
        "topology.transactional.id", "topology.tick.tuple.freq.secs",
        "topology.sleep.spout.wait.strategy.time.ms", "topology.spout.wait.strategy",
        "topology.state.provider", "topology.state.provider.config"};
    if (allowed.count(key)) return true;
    if (key.rfind("topology.bolts.window", 0) == 0 || key.rfind("topology.bolts.late.tuple", 0) == 0 ||
        key.rfind("topology.bolts.tuple.timestamp", 0) == 0 || key.rfind("topology.bolts.message.id", 0) == 0)
        return true;
    const bool stormKey = key.rfind("topology.", 0) == 0 || key.rfind("storm.", 0) == 0 ||
                          key.rfind("nimbus.", 0) == 0 || key.rfind("supervisor.", 0) == 0 ||
                          key.rfind("worker.", 0) == 0 || key.rfind("drpc.", 0) == 0;
    return !stormKey;
}

Config componentConfig(const Config& topology, const Config& declared, const Config& fromFile) {
    Config c = topology;
    for (const auto* src : {&declared, &fromFile})
        for (const auto& [k, v] : *src)
            if (componentMayOverride(k)) c[k] = v;
    return c;
}

// Storm's getComponentParallelism: tasks = numTasks or hint, capped by max task parallelism
// (the component's own value beats the topology's).
int taskCount(const model::ComponentDef& def, const Config& topology, const Config& declared) {
    int tasks = def.numTasks.value_or(def.parallelism);
    std::optional<std::int64_t> cap = configInt(topology, keys::kMaxTaskParallelism);
    if (auto own = configInt(declared, keys::kMaxTaskParallelism)) cap = own;
    if (auto own = configInt(def.config, keys::kMaxTaskParallelism)) cap = own;
    if (cap && *cap >= 0) tasks = std::min<std::int64_t>(tasks, *cap);
    return std::max(tasks, 0);
}

void cutExecutors(PhysicalPlan& plan, int componentIndex, int hint) {
    auto& comp = plan.components[componentIndex];
    const int t = static_cast<int>(comp.tasks.size());
    const int e = std::max(1, std::min(hint, t));
    if (t == 0) return;
    const int base = t / e;
    const int extra = t % e;
    int next = 0;
    for (int i = 0; i < e; ++i) {
        const int n = base + (i < extra ? 1 : 0);
        ExecutorInfo info;
        info.firstTask = comp.tasks[next];
        info.lastTask = comp.tasks[next + n - 1];
        info.componentIndex = componentIndex;
        plan.executors.push_back(info);
        next += n;
    }
}

void addSubscriptions(PhysicalPlan& plan, const model::TopologySpec& spec) {
    for (const auto& s : spec.streams) {
        const int from = plan.componentIndex(s.from);
        const int to = plan.componentIndex(s.to);
        if (from < 0 || to < 0) continue;
        auto& inputs = plan.components[to].inputs;
        Subscription sub;
        sub.fromComponent = from;
        sub.stream = s.grouping.streamId;
        sub.toComponent = to;
        sub.grouping = s.grouping.type;
        sub.fields = s.grouping.fields;
        if (s.grouping.customClass) sub.customClass = &*s.grouping.customClass;
        StreamInput input{s.from, s.grouping.streamId, s.grouping.type, s.grouping.fields};
        auto same = [&](const Subscription& o) {
            return o.fromComponent == from && o.toComponent == to && o.stream == sub.stream;
        };
        auto it = std::find_if(plan.subscriptions.begin(), plan.subscriptions.end(), same);
        if (it != plan.subscriptions.end()) {  // TopologyBuilder: the later grouping replaces
            sub.inputIndex = it->inputIndex;
            inputs[sub.inputIndex] = input;
            *it = sub;
            continue;
        }
        sub.inputIndex = static_cast<int>(inputs.size());
        inputs.push_back(input);
        plan.subscriptions.push_back(sub);
    }
}

// The acker reads __ack_init from every spout and the other three from every bolt, fields
// grouped on "id"; it emits the three replies directly to spouts (storm.md §1.3, §3.6).
void addAckerWiring(PhysicalPlan& plan, int ackerIndex) {
    auto& acker = plan.components[ackerIndex];
    const Fields replyFields{"id", "time-delta-ms"};
    for (const auto* s : {&kAckAckStream, &kAckFailStream, &kAckResetTimeoutStream})
        acker.streams.push_back({*s, true, replyFields});
    for (int i = 0; i < static_cast<int>(plan.components.size()); ++i) {
        auto& c = plan.components[i];
        if (c.system) continue;
        if (c.kind == model::ComponentKind::Spout) {
            c.streams.push_back({kAckInitStream, false, Fields{"id", "init-val", "spout-task"}});
            acker.inputs.push_back({c.id, kAckInitStream, GroupingType::Fields, {"id"}});
        } else {
            c.streams.push_back({kAckAckStream, false, Fields{"id", "ack-val"}});
            c.streams.push_back({kAckFailStream, false, Fields{"id"}});
            c.streams.push_back({kAckResetTimeoutStream, false, Fields{"id"}});
            for (const auto* s : {&kAckAckStream, &kAckFailStream, &kAckResetTimeoutStream})
                acker.inputs.push_back({c.id, *s, GroupingType::Fields, {"id"}});
        }
    }
}

} // namespace

Result<PhysicalPlan> buildPlan(const model::TopologySpec& spec, const model::ComponentCatalog& catalog,
                               const Config& overrides) {
    PhysicalPlan plan;
    plan.topologyName = spec.name;
    plan.config = effectiveConfig(spec, overrides);
    plan.workers = static_cast<int>(std::max<std::int64_t>(1, configInt(plan.config, keys::kWorkers).value_or(1)));
    const auto ackerSetting = configInt(plan.config, keys::kAckerExecutors);
    plan.ackers = static_cast<int>(ackerSetting ? std::max<std::int64_t>(0, *ackerSetting) : plan.workers);
    plan.ackingEnabled = plan.ackers > 0;

    std::vector<std::pair<ComponentPlan, int>> comps;  // plan + parallelism hint
    for (const auto* list : {&spec.spouts, &spec.bolts}) {
        for (const auto& def : *list) {
            auto schema = catalog.describe(def);
            if (!schema.ok())
                return makeError(ErrorCode::InvalidInput, "component '" + def.id + "': " + schema.error().message);
            ComponentPlan c;
            c.id = def.id;
            c.kind = def.kind;
            c.def = &def;
            c.streams = schema->streams;
            c.config = componentConfig(plan.config, schema->componentConfig, def.config);
            const int tasks = taskCount(def, plan.config, schema->componentConfig);
            c.tasks.resize(static_cast<std::size_t>(tasks));
            comps.emplace_back(std::move(c), std::max(1, def.parallelism));
        }
    }
    {
        ComponentPlan acker;
        acker.id = kAckerComponent;
        acker.kind = model::ComponentKind::Bolt;
        acker.system = true;
        acker.config = plan.config;
        acker.tasks.resize(static_cast<std::size_t>(plan.ackers));
        comps.emplace_back(std::move(acker), std::max(1, plan.ackers));
    }
    std::stable_sort(comps.begin(), comps.end(),
                     [](const auto& a, const auto& b) { return javaStringLess(a.first.id, b.first.id); });

    int nextTask = 1;
    std::vector<int> hints;
    for (auto& [c, hint] : comps) {
        for (auto& t : c.tasks) t = nextTask++;
        plan.components.push_back(std::move(c));
        hints.push_back(hint);
    }
    for (int i = 0; i < static_cast<int>(plan.components.size()); ++i) cutExecutors(plan, i, hints[i]);
    std::sort(plan.executors.begin(), plan.executors.end(),
              [](const ExecutorInfo& a, const ExecutorInfo& b) { return a.firstTask < b.firstTask; });
    const int slots = std::max(1, std::min<int>(plan.workers, static_cast<int>(plan.executors.size())));
    plan.tasks.resize(static_cast<std::size_t>(nextTask - 1));
    for (int e = 0; e < static_cast<int>(plan.executors.size()); ++e) {
        auto& ex = plan.executors[e];
        ex.worker = e % slots;
        plan.components[ex.componentIndex].executors.push_back(e);
        for (int t = ex.firstTask; t <= ex.lastTask; ++t) {
            auto& info = plan.tasks[t - 1];
            info.taskId = t;
            info.componentIndex = ex.componentIndex;
            info.executor = e;
            info.worker = ex.worker;
        }
    }
    for (auto& c : plan.components)
        for (std::size_t i = 0; i < c.tasks.size(); ++i) plan.tasks[c.tasks[i] - 1].index = static_cast<int>(i);

    addSubscriptions(plan, spec);
    // Bolts with tick tuples get one more input, (__system, __tick), so ticks count as executed.
    for (auto& c : plan.components)
        if (!c.system && c.kind == model::ComponentKind::Bolt)
            if (auto secs = configInt(c.config, keys::kTickTupleFreqSecs); secs && *secs > 0)
                c.inputs.push_back({kSystemComponent, kTickStream, GroupingType::Shuffle, {}});
    if (plan.ackingEnabled) addAckerWiring(plan, plan.componentIndex(kAckerComponent));
    return plan;
}

} // namespace teacup::runtime
