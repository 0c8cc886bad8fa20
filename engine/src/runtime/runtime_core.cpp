// RuntimeCore: settings read once from the effective config, executors and routing built,
// acker choice by Storm's fields hash on the root id, error collection.
#include "runtime/runtime_core.h"

#include <spdlog/spdlog.h>

#include "grouping/java_hash.h"
#include "runtime/config_keys.h"
#include "runtime/executor.h"
#include "runtime/task.h"

namespace teacup::runtime {

namespace {

std::int64_t nanosFrom(const Config& c, const std::string& key, std::int64_t fallback, std::int64_t scale) {
    auto v = configInt(c, key);
    return v ? *v * scale : fallback;
}

std::vector<metrics::TaskDescriptor> describeTasks(const PhysicalPlan& plan) {
    std::vector<metrics::TaskDescriptor> out;
    for (const auto& t : plan.tasks) {
        const auto& c = plan.components[t.componentIndex];
        metrics::TaskDescriptor d;
        d.taskId = t.taskId;
        d.executor = t.executor;
        d.component = c.id;
        d.spout = c.kind == model::ComponentKind::Spout;
        for (const auto& s : c.streams) d.outputStreams.push_back(s.id);
        for (const auto& i : c.inputs) d.inputs.emplace_back(i.component, i.stream);
        out.push_back(std::move(d));
    }
    return out;
}

} // namespace

RuntimeCore::RuntimeCore(const PhysicalPlan& plan, const plugin::Registry& registry, SessionOptions options)
    : m_plan(plan), m_registry(registry), m_options(std::move(options)) {
    const Config& c = plan.config;
    m_settings.acking = plan.ackingEnabled;
    m_settings.timeouts = configBool(c, keys::kEnableMessageTimeouts, true);
    m_settings.timeoutNanos = std::max<std::int64_t>(1, configInt(c, keys::kMessageTimeoutSecs).value_or(30)) * 1'000'000'000;
    m_settings.restartDelayNanos = nanosFrom(c, keys::kRestartDelayMs, 1'000'000'000, 1'000'000);
    m_settings.spoutIdleNanos = nanosFrom(c, keys::kSpoutIdleNanos, 1'000'000, 1);
    m_settings.simExecuteNanos = nanosFrom(c, keys::kSimExecuteNanos, 2000, 1);
    m_settings.simSpoutEmitNanos = nanosFrom(c, keys::kSimSpoutEmitNanos, 1000, 1);
    m_settings.simTransferNanos = nanosFrom(c, keys::kSimTransferNanos, 1000, 1);
    m_settings.simRemoteTransferNanos = nanosFrom(c, keys::kSimRemoteTransferNanos, 50000, 1);
    m_settings.receiveBufferSize = std::max<std::int64_t>(16, configInt(c, keys::kReceiveBufferSize).value_or(32768));
    m_settings.loadAware = !configBool(c, keys::kDisableLoadAware, false);
    if (const auto* acker = plan.component(kAckerComponent)) m_ackerTasks = acker->tasks;
    m_metrics = std::make_unique<metrics::MetricsRegistry>(describeTasks(plan));
}

RuntimeCore::~RuntimeCore() = default;

Status RuntimeCore::build(Transport& transport) {
    m_transport = &transport;
    for (int e = 0; e < static_cast<int>(m_plan.executors.size()); ++e)
        m_executors.push_back(std::make_unique<Executor>(*this, e));
    for (auto& e : m_executors)
        if (auto st = e->build(); !st.ok()) return st;
    return {};
}

Executor& RuntimeCore::executorOfTask(int taskId) { return *m_executors[m_plan.tasks[taskId - 1].executor]; }

Task& RuntimeCore::task(int taskId) { return *executorOfTask(taskId).task(taskId); }

int RuntimeCore::ackerTaskFor(std::uint64_t root) const {
    return m_ackerTasks[grouping::ackerIndex(root, static_cast<int>(m_ackerTasks.size()))];
}

void RuntimeCore::setSink(std::shared_ptr<trace::TraceSink> sink) {
    std::lock_guard lock(m_errorsMutex);
    if (m_sinkOwner) m_retiredSinks.push_back(m_sinkOwner);
    m_sinkOwner = std::move(sink);
    m_sink.store(m_sinkOwner.get(), std::memory_order_release);
}

void RuntimeCore::reportError(int taskId, const std::string& message) {
    const std::string& component = m_plan.componentOfTask(taskId).id;
    const std::string line = component + "[" + std::to_string(taskId) + "]: " + message;
    spdlog::warn("{}", line);
    m_metrics->setLastError(taskId, message);
    {
        std::lock_guard lock(m_errorsMutex);
        if (m_errors.size() < 10000) m_errors.push_back(line);
    }
    if (auto* s = sink()) {
        trace::TraceEvent ev;
        ev.kind = trace::EventKind::Error;
        ev.timeNanos = m_transport ? m_transport->now() : 0;
        ev.task = taskId;
        ev.text = message;
        s->onEvent(ev);
    }
}

std::vector<std::string> RuntimeCore::errors() const {
    std::lock_guard lock(m_errorsMutex);
    return m_errors;
}

} // namespace teacup::runtime
