// MetricsRegistry: counter ownership, sampling into the bounded history, and building and
// publishing snapshots (window = live counters minus the sample at the window's edge).
#include "metrics/metrics_registry.h"

#include <algorithm>
#include <cassert>
#include <utility>

#include "metrics/stats_builder.h"

namespace teacup::metrics {

namespace {

std::size_t counterCountOf(const TaskDescriptor& t) {
    return t.outputStreams.size() * TaskMetrics::kCountersPerOutput + t.inputs.size() * TaskMetrics::kCountersPerInput;
}

std::size_t counterCountOf(const std::vector<TaskDescriptor>& tasks) {
    std::size_t n = 0;
    for (const auto& t : tasks) n += counterCountOf(t);
    return n;
}

// Cumulative counters only grow, so live >= base; the clamp only guards a caller that passes
// a snapshot time older than its latest sample.
std::vector<std::uint64_t> difference(const std::vector<std::uint64_t>& live, const std::vector<std::uint64_t>& base) {
    std::vector<std::uint64_t> d(live.size());
    for (std::size_t i = 0; i < live.size(); ++i) d[i] = live[i] > base[i] ? live[i] - base[i] : 0;
    return d;
}

} // namespace

MetricsRegistry::MetricsRegistry(std::vector<TaskDescriptor> tasks, std::int64_t startNanos)
    : m_tasks(std::move(tasks)), m_startNanos(startNanos), m_counterCount(counterCountOf(m_tasks)),
      m_history(startNanos, m_counterCount) {
    std::map<std::string, std::size_t> componentIndex;
    std::size_t offset = 0;
    for (std::size_t i = 0; i < m_tasks.size(); ++i) {
        const TaskDescriptor& t = m_tasks[i];
        [[maybe_unused]] const bool inserted = m_indexOfTask.emplace(t.taskId, i).second;
        assert(inserted && "MetricsRegistry: two TaskDescriptors share a task id");
        TaskSlot slot;
        slot.metrics = std::make_unique<TaskMetrics>(t.taskId, t.outputStreams.size(), t.inputs.size());
        slot.offset = offset;
        offset += counterCountOf(t);
        m_slots.push_back(std::move(slot));
        auto [it, added] = componentIndex.emplace(t.component, m_components.size());
        if (added) m_components.emplace_back();
        m_components[it->second].taskIndexes.push_back(i);
    }
    for (ComponentGroup& g : m_components)
        std::sort(g.taskIndexes.begin(), g.taskIndexes.end(),
                  [&](std::size_t a, std::size_t b) { return m_tasks[a].taskId < m_tasks[b].taskId; });
    m_sampleBuffer.resize(m_counterCount);
    std::shared_ptr<MetricsSnapshot> initial = build(startNanos, std::vector<std::uint64_t>(m_counterCount, 0));
    initial->sequence = 0;
    m_latest = std::move(initial);
}

TaskMetrics* MetricsRegistry::task(int taskId) {
    auto it = m_indexOfTask.find(taskId);
    return it == m_indexOfTask.end() ? nullptr : m_slots[it->second].metrics.get();
}

std::vector<std::uint64_t> MetricsRegistry::readLive() const {
    std::vector<std::uint64_t> values(m_counterCount);
    for (const TaskSlot& slot : m_slots) slot.metrics->readCounters(values.data() + slot.offset);
    return values;
}

void MetricsRegistry::sample(std::int64_t nowNanos) {
    std::lock_guard lock(m_historyMutex);
    for (const TaskSlot& slot : m_slots) slot.metrics->readCounters(m_sampleBuffer.data() + slot.offset);
    m_history.add(nowNanos, m_sampleBuffer);
}

std::shared_ptr<const MetricsSnapshot> MetricsRegistry::snapshot(std::int64_t nowNanos) {
    std::shared_ptr<const MetricsSnapshot> result;
    {
        std::lock_guard lock(m_historyMutex);
        std::shared_ptr<MetricsSnapshot> s = build(nowNanos, readLive());
        s->sequence = ++m_sequence;
        result = std::move(s);
    }
    publish(result);
    return result;
}

std::shared_ptr<const MetricsSnapshot> MetricsRegistry::latest() const {
    std::lock_guard lock(m_publishMutex);
    return m_latest;
}

void MetricsRegistry::publish(std::shared_ptr<const MetricsSnapshot> snapshot) {
    std::lock_guard lock(m_publishMutex);
    // Two snapshot() calls may race to publish; keep the newer one.
    if (!m_latest || snapshot->sequence >= m_latest->sequence) m_latest = std::move(snapshot);
}

void MetricsRegistry::setLastError(int taskId, std::string message) {
    auto it = m_indexOfTask.find(taskId);
    if (it == m_indexOfTask.end()) return;
    std::lock_guard lock(m_errorMutex);
    TaskSlot& slot = m_slots[it->second];
    slot.lastError = std::move(message);
    slot.errorOrder = ++m_errorCount;
}

std::size_t MetricsRegistry::historySize() const {
    std::lock_guard lock(m_historyMutex);
    return m_history.size();
}

// Capacity of each task over a window: Storm's Σ(executed × avg execute latency) / window,
// which with exact counts is simply the execute() time summed over the window / its span.
std::vector<double> MetricsRegistry::capacities(const std::vector<std::uint64_t>& delta, std::int64_t spanNanos) const {
    std::vector<double> result(m_tasks.size(), 0.0);
    if (spanNanos <= 0) return result;
    for (std::size_t i = 0; i < m_tasks.size(); ++i) {
        if (m_tasks[i].spout) continue;
        const auto executeNanos = executeNanosOf(m_tasks[i], delta.data() + m_slots[i].offset);
        result[i] = static_cast<double>(executeNanos) / static_cast<double>(spanNanos);
    }
    return result;
}

std::vector<ComponentStats> MetricsRegistry::buildWindow(const std::vector<std::uint64_t>& delta,
                                                         const std::vector<double>& capacities) const {
    std::vector<ComponentStats> components;
    components.reserve(m_components.size());
    std::lock_guard lock(m_errorMutex);
    for (const ComponentGroup& g : m_components) {
        std::vector<TaskStats> tasks;
        const TaskSlot* newestError = nullptr;
        for (std::size_t i : g.taskIndexes) {
            const TaskSlot& slot = m_slots[i];
            TaskStats t = buildTaskStats(m_tasks[i], delta.data() + slot.offset, capacities[i]);
            t.queueDepth = slot.metrics->queueDepth();
            t.backpressure = slot.metrics->backpressure();
            tasks.push_back(std::move(t));
            if (slot.errorOrder > 0 && (!newestError || slot.errorOrder > newestError->errorOrder)) newestError = &slot;
        }
        components.push_back(aggregateComponent(std::move(tasks), newestError ? newestError->lastError : std::string()));
    }
    return components;
}

std::shared_ptr<MetricsSnapshot> MetricsRegistry::build(std::int64_t nowNanos, const std::vector<std::uint64_t>& live) {
    auto s = std::make_shared<MetricsSnapshot>();
    s->timeNanos = nowNanos;
    s->uptimeNanos = std::max<std::int64_t>(0, nowNanos - m_startNanos);
    std::vector<double> tenMinuteCapacities;
    for (Window w : {Window::TenSeconds, Window::OneMinute, Window::TenMinutes}) {
        const CounterSample& base = m_history.atOrBefore(nowNanos - windowNanos(w));
        const std::int64_t span = std::max<std::int64_t>(0, nowNanos - base.timeNanos);
        const std::vector<std::uint64_t> delta = difference(live, base.values);
        std::vector<double> caps = capacities(delta, span);
        s->windowSpanNanos[windowIndex(w)] = span;
        s->byWindow[windowIndex(w)] = buildWindow(delta, caps);
        if (w == Window::TenMinutes) tenMinuteCapacities = std::move(caps);
    }
    // All-time counts run from the start; capacity stays on the 10-minute window, as Storm's.
    s->windowSpanNanos[windowIndex(Window::AllTime)] = s->uptimeNanos;
    s->byWindow[windowIndex(Window::AllTime)] = buildWindow(live, tenMinuteCapacities);
    for (Window w : kAllWindows) s->topologyByWindow[windowIndex(w)] = aggregateTopology(s->window(w));
    for (const ComponentStats& c : s->window(Window::AllTime))
        s->deliveriesTotal += static_cast<std::int64_t>(c.executed);
    return s;
}

} // namespace teacup::metrics
