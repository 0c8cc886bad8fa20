// State every executor of one run shares: the plan, the classes, metrics, the trace sink,
// reported errors and cached settings. Built once per Session; owned by it.
#pragma once

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <teacup/plugin/registry.h>
#include <teacup/runtime/physical_plan.h>
#include <teacup/runtime/session.h>
#include <teacup/trace/trace_event.h>

#include "metrics/metrics_registry.h"
#include "runtime/transport.h"

namespace teacup::runtime {

class Executor;
class Task;

struct RuntimeSettings {
    bool acking = true;
    bool timeouts = true;
    std::int64_t timeoutNanos = 30'000'000'000;
    std::int64_t restartDelayNanos = 1'000'000'000;
    std::int64_t spoutIdleNanos = 1'000'000;
    std::int64_t simExecuteNanos = 2000;
    std::int64_t simSpoutEmitNanos = 1000;
    std::int64_t simTransferNanos = 1000;
    std::int64_t simRemoteTransferNanos = 50000;
    std::int64_t receiveBufferSize = 32768;
    bool loadAware = true;
};

// Created and destroyed by the Session on its controlling thread. After build(), executors
// touch only their own parts; the shared parts here are either immutable, atomic, or locked
// (errors, trace-sink swap).
class RuntimeCore {
public:
    RuntimeCore(const PhysicalPlan& plan, const plugin::Registry& registry, SessionOptions options);
    ~RuntimeCore();

    // Creates executors, tasks and routing. Components are instantiated later, by
    // Executor::startTasks on the executor's own thread.
    Status build(Transport& transport);

    const PhysicalPlan& plan() const { return m_plan; }
    const plugin::Registry& registry() const { return m_registry; }
    const SessionOptions& options() const { return m_options; }
    const RuntimeSettings& settings() const { return m_settings; }
    Transport& transport() { return *m_transport; }
    metrics::MetricsRegistry& metrics() { return *m_metrics; }
    std::vector<std::unique_ptr<Executor>>& executors() { return m_executors; }
    Executor& executorOfTask(int taskId);
    Task& task(int taskId);

    // Acker task of a tree: fields grouping on the root id over the sorted acker tasks.
    int ackerTaskFor(std::uint64_t root) const;

#ifdef TEACUP_TRACE_COMPILED_OUT
    // bench/trace_cost builds the engine a second time with every trace branch removed, to
    // measure what the branches cost when tracing is off.
    static constexpr trace::TraceSink* sink() { return nullptr; }
#else
    trace::TraceSink* sink() const { return m_sink.load(std::memory_order_acquire); }
#endif
    void setSink(std::shared_ptr<trace::TraceSink> sink);

    void reportError(int taskId, const std::string& message);
    std::vector<std::string> errors() const;

    std::atomic<bool>& spoutsActive() { return m_spoutsActive; }
    std::int64_t lostMessages() const { return m_lost.load(std::memory_order_relaxed); }
    void countLost(std::int64_t n) { m_lost.fetch_add(n, std::memory_order_relaxed); }

private:
    const PhysicalPlan& m_plan;
    const plugin::Registry& m_registry;
    SessionOptions m_options;
    RuntimeSettings m_settings;
    Transport* m_transport = nullptr;
    std::unique_ptr<metrics::MetricsRegistry> m_metrics;
    std::vector<std::unique_ptr<Executor>> m_executors;
    std::vector<int> m_ackerTasks;
    std::atomic<trace::TraceSink*> m_sink{nullptr};
    std::shared_ptr<trace::TraceSink> m_sinkOwner;
    std::vector<std::shared_ptr<trace::TraceSink>> m_retiredSinks;  // kept alive: executors may still hold the pointer
    mutable std::mutex m_errorsMutex;
    std::vector<std::string> m_errors;
    std::atomic<bool> m_spoutsActive{true};
    std::atomic<std::int64_t> m_lost{0};
};

} // namespace teacup::runtime
