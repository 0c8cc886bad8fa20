// Builds the generated 200-component topology and its synthetic snapshots.
#include "generated_topology.h"

#include <string>

namespace teacup::bench::studio {

namespace {

constexpr std::int64_t kPeriodNanos = 200'000'000;  // 5 Hz
constexpr int kSecondInputEvery = 3;

model::ComponentDef makeComponent(const std::string& id, model::ComponentKind kind, const std::string& className,
                                  int parallelism) {
    model::ComponentDef c;
    c.id = id;
    c.kind = kind;
    c.object.className = className;
    c.parallelism = parallelism;
    return c;
}

model::GroupingDef grouping(int n) {
    model::GroupingDef g;
    switch (n % 6) {
    case 0: g.type = GroupingType::Shuffle; break;
    case 1: g.type = GroupingType::Fields; g.fields = {"key"}; break;
    case 2: g.type = GroupingType::LocalOrShuffle; break;
    case 3: g.type = GroupingType::Global; break;
    case 4: g.type = GroupingType::All; break;
    default: g.type = GroupingType::Shuffle; g.streamId = "side"; break;
    }
    return g;
}

} // namespace

model::TopologySpec generateTopology(const GeneratedShape& shape) {
    model::TopologySpec spec;
    spec.name = "generated-" + std::to_string(shape.spouts + shape.bolts);
    std::vector<std::string> previous;
    for (int i = 0; i < shape.spouts; ++i) {
        spec.spouts.push_back(makeComponent("spout" + std::to_string(i), model::ComponentKind::Spout,
                                            "teacup.core.RandomSentenceSpout", 1 + i % 2));
        previous.push_back(spec.spouts.back().id);
    }
    const int perLayer = shape.bolts / shape.layers;
    int streamNo = 0;
    for (int layer = 0; layer < shape.layers; ++layer) {
        std::vector<std::string> current;
        for (int j = 0; j < perLayer; ++j) {
            const std::string id = "l" + std::to_string(layer) + "b" + std::to_string(j);
            spec.bolts.push_back(makeComponent(id, model::ComponentKind::Bolt, "org.example.bench.LayerBolt" +
                                                   std::to_string(layer), 1 + j % 4));
            current.push_back(id);
            const int n = static_cast<int>(previous.size());
            std::vector<std::string> sources{previous[j % n]};
            if (j % kSecondInputEvery != 0 && previous[(j * 7 + 3) % n] != sources[0])
                sources.push_back(previous[(j * 7 + 3) % n]);
            for (const std::string& from : sources) {
                model::StreamDef s;
                s.from = from;
                s.to = id;
                s.grouping = grouping(streamNo++);
                spec.streams.push_back(s);
            }
        }
        previous = current;
    }
    return spec;
}

std::shared_ptr<const metrics::MetricsSnapshot> syntheticSnapshot(const model::TopologySpec& spec, int index) {
    auto snapshot = std::make_shared<metrics::MetricsSnapshot>();
    snapshot->timeNanos = kPeriodNanos * (index + 1);
    snapshot->uptimeNanos = snapshot->timeNanos;
    snapshot->sequence = static_cast<std::uint64_t>(index + 1);
    std::vector<metrics::ComponentStats> all;
    int taskId = 1;
    const auto tick = static_cast<std::uint64_t>(index + 1);
    auto add = [&](const model::ComponentDef& def, std::size_t k) {
        metrics::ComponentStats c;
        c.id = def.id;
        c.spout = def.kind == model::ComponentKind::Spout;
        c.tasks = def.parallelism;
        c.executors = def.parallelism;
        c.emitted = tick * (100 + k % 50);
        c.transferred = c.emitted;
        c.executed = c.spout ? 0 : tick * (80 + k % 70);
        c.acked = c.spout ? tick * 90 : c.executed;
        c.failed = c.spout ? tick * (k % 3) : 0;
        c.capacity = c.spout ? 0.0 : static_cast<double>((k * 37 + static_cast<std::size_t>(index)) % 130) / 100.0;
        for (int t = 0; t < def.parallelism; ++t) {
            metrics::TaskStats task;
            task.taskId = taskId++;
            task.component = def.id;
            task.spout = c.spout;
            c.taskStats.push_back(task);
        }
        all.push_back(std::move(c));
    };
    for (std::size_t k = 0; k < spec.spouts.size(); ++k)
        add(spec.spouts[k], k);
    for (std::size_t k = 0; k < spec.bolts.size(); ++k)
        add(spec.bolts[k], spec.spouts.size() + k);
    for (const model::StreamDef& s : spec.streams) {
        for (auto& c : all) {
            if (c.id != s.to) continue;
            metrics::InputStats in;
            in.component = s.from;
            in.stream = s.grouping.streamId;
            in.executed = c.executed / 2;
            c.inputs.push_back(in);
        }
    }
    snapshot->byWindow[metrics::windowIndex(metrics::Window::TenMinutes)] = all;
    snapshot->byWindow[metrics::windowIndex(metrics::Window::AllTime)] = std::move(all);
    return snapshot;
}

} // namespace teacup::bench::studio
