// Storm UI's arithmetic over exact counts: sys=0 stream filtering, latency averages weighted
// as Storm weights them (storm.md §5.5) and capacity as the max over executors (§5.6).
#include "metrics/stats_builder.h"

#include <algorithm>
#include <map>
#include <utility>

#include "metrics/task_metrics.h"

namespace teacup::metrics {

namespace {

constexpr double kNanosPerMilli = 1'000'000.0;

using Out = TaskMetrics::OutputCounter;
using In = TaskMetrics::InputCounter;

std::uint64_t outputValue(const std::uint64_t* v, std::size_t stream, Out c) {
    return v[stream * TaskMetrics::kCountersPerOutput + static_cast<std::size_t>(c)];
}

std::uint64_t inputValue(const TaskDescriptor& task, const std::uint64_t* v, std::size_t input, In c) {
    const std::size_t base = task.outputStreams.size() * TaskMetrics::kCountersPerOutput;
    return v[base + input * TaskMetrics::kCountersPerInput + static_cast<std::size_t>(c)];
}

double averageMs(std::uint64_t totalNanos, std::uint64_t count) {
    return count == 0 ? 0.0 : static_cast<double>(totalNanos) / kNanosPerMilli / static_cast<double>(count);
}

// Weighted mean accumulator: Σ(value × weight) / Σ weight, 0 when no weight.
struct Weighted {
    double sum = 0.0;
    std::uint64_t weight = 0;
    void add(double value, std::uint64_t w) {
        sum += value * static_cast<double>(w);
        weight += w;
    }
    double mean() const { return weight == 0 ? 0.0 : sum / static_cast<double>(weight); }
};

StreamStats streamStats(const TaskDescriptor& task, const std::uint64_t* v, std::size_t s) {
    StreamStats out;
    out.stream = task.outputStreams[s];
    out.emitted = outputValue(v, s, Out::Emitted);
    out.transferred = outputValue(v, s, Out::Transferred);
    out.acked = outputValue(v, s, Out::Acked);
    out.failed = outputValue(v, s, Out::Failed);
    out.completeLatencyMs = averageMs(outputValue(v, s, Out::CompleteNanos), out.acked);
    return out;
}

InputStats inputStats(const TaskDescriptor& task, const std::uint64_t* v, std::size_t i) {
    InputStats out;
    out.component = task.inputs[i].first;
    out.stream = task.inputs[i].second;
    out.executed = inputValue(task, v, i, In::Executed);
    out.acked = inputValue(task, v, i, In::Acked);
    out.failed = inputValue(task, v, i, In::Failed);
    out.executeLatencyMs = averageMs(inputValue(task, v, i, In::ExecuteNanos), out.executed);
    out.processLatencyMs = averageMs(inputValue(task, v, i, In::ProcessNanos), out.acked);
    return out;
}

void addStream(std::vector<StreamStats>& into, const StreamStats& s, std::map<std::string, Weighted>& complete) {
    auto it = std::find_if(into.begin(), into.end(), [&](const StreamStats& x) { return x.stream == s.stream; });
    if (it == into.end()) {
        into.push_back(StreamStats{s.stream, 0, 0, 0, 0, 0.0});
        it = into.end() - 1;
    }
    it->emitted += s.emitted;
    it->transferred += s.transferred;
    it->acked += s.acked;
    it->failed += s.failed;
    complete[s.stream].add(s.completeLatencyMs, s.acked);
}

struct InputWeights {
    Weighted execute;
    Weighted process;
};

void addInput(std::vector<InputStats>& into, const InputStats& s, std::map<std::pair<std::string, std::string>, InputWeights>& w) {
    auto it = std::find_if(into.begin(), into.end(),
                           [&](const InputStats& x) { return x.component == s.component && x.stream == s.stream; });
    if (it == into.end()) {
        into.push_back(InputStats{s.component, s.stream, 0, 0, 0, 0.0, 0.0});
        it = into.end() - 1;
    }
    it->executed += s.executed;
    it->acked += s.acked;
    it->failed += s.failed;
    auto& weights = w[{s.component, s.stream}];
    weights.execute.add(s.executeLatencyMs, s.executed);
    weights.process.add(s.processLatencyMs, s.executed);   // Storm weights process latency by executed
}

void addToExecutor(std::vector<ExecutorStats>& into, const TaskStats& t) {
    auto it = std::find_if(into.begin(), into.end(), [&](const ExecutorStats& e) { return e.executor == t.executor; });
    if (it == into.end()) {
        into.push_back(ExecutorStats{});
        it = into.end() - 1;
        it->executor = t.executor;
    }
    it->taskIds.push_back(t.taskId);
    it->emitted += t.emitted;
    it->transferred += t.transferred;
    it->executed += t.executed;
    it->acked += t.acked;
    it->failed += t.failed;
    it->capacity += t.capacity;   // same denominator for every task: Σ execute time / window
}

} // namespace

std::uint64_t executeNanosOf(const TaskDescriptor& task, const std::uint64_t* counters) {
    std::uint64_t total = 0;
    for (std::size_t i = 0; i < task.inputs.size(); ++i) total += inputValue(task, counters, i, In::ExecuteNanos);
    return total;
}

TaskStats buildTaskStats(const TaskDescriptor& task, const std::uint64_t* delta, double capacity) {
    TaskStats t;
    t.taskId = task.taskId;
    t.executor = task.executor;
    t.component = task.component;
    t.spout = task.spout;
    std::uint64_t completeNanos = 0;
    for (std::size_t s = 0; s < task.outputStreams.size(); ++s) {
        t.streams.push_back(streamStats(task, delta, s));
        if (isSystemId(task.outputStreams[s])) continue;
        t.emitted += t.streams.back().emitted;
        t.transferred += t.streams.back().transferred;
        if (!task.spout) continue;
        t.acked += t.streams.back().acked;
        t.failed += t.streams.back().failed;
        completeNanos += outputValue(delta, s, Out::CompleteNanos);
    }
    t.completeLatencyMs = averageMs(completeNanos, t.acked);
    Weighted process;
    for (std::size_t i = 0; i < task.inputs.size(); ++i) {
        t.inputs.push_back(inputStats(task, delta, i));
        if (task.spout) continue;
        const InputStats& in = t.inputs.back();
        t.executed += in.executed;
        t.acked += in.acked;
        t.failed += in.failed;
        process.add(in.processLatencyMs, in.executed);
    }
    t.executeLatencyMs = averageMs(executeNanosOf(task, delta), t.executed);
    t.processLatencyMs = process.mean();
    t.capacity = task.spout ? 0.0 : capacity;
    return t;
}

ComponentStats aggregateComponent(std::vector<TaskStats> tasks, std::string lastError) {
    ComponentStats c;
    if (tasks.empty()) return c;
    c.id = tasks.front().component;
    c.spout = tasks.front().spout;
    c.system = isSystemId(c.id);
    c.tasks = static_cast<int>(tasks.size());
    c.lastError = std::move(lastError);
    Weighted complete, execute, process;
    std::map<std::string, Weighted> streamComplete;
    std::map<std::pair<std::string, std::string>, InputWeights> inputWeights;
    for (const TaskStats& t : tasks) {
        c.emitted += t.emitted;
        c.transferred += t.transferred;
        c.executed += t.executed;
        c.acked += t.acked;
        c.failed += t.failed;
        complete.add(t.completeLatencyMs, t.acked);
        execute.add(t.executeLatencyMs, t.executed);
        process.add(t.processLatencyMs, t.executed);
        c.queueDepth += t.queueDepth;
        c.backpressure = c.backpressure || t.backpressure;
        for (const StreamStats& s : t.streams) addStream(c.streams, s, streamComplete);
        for (const InputStats& in : t.inputs) addInput(c.inputs, in, inputWeights);
        addToExecutor(c.executorStats, t);
    }
    if (c.spout) c.completeLatencyMs = complete.mean();
    c.executeLatencyMs = execute.mean();
    c.processLatencyMs = process.mean();
    for (StreamStats& s : c.streams) s.completeLatencyMs = streamComplete[s.stream].mean();
    for (InputStats& in : c.inputs) {
        const InputWeights& w = inputWeights[{in.component, in.stream}];
        in.executeLatencyMs = w.execute.mean();
        in.processLatencyMs = w.process.mean();
    }
    c.executors = static_cast<int>(c.executorStats.size());
    for (const ExecutorStats& e : c.executorStats) c.capacity = std::max(c.capacity, e.capacity);
    c.taskStats = std::move(tasks);
    return c;
}

TopologyStats aggregateTopology(const std::vector<ComponentStats>& components) {
    TopologyStats t;
    Weighted complete;
    for (const ComponentStats& c : components) {
        t.emitted += c.emitted;
        t.transferred += c.transferred;
        if (!c.spout) continue;
        t.acked += c.acked;
        t.failed += c.failed;
        complete.add(c.completeLatencyMs, c.acked);
    }
    t.completeLatencyMs = complete.mean();
    return t;
}

} // namespace teacup::metrics
