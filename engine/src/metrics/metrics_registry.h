// Owns every task's hot-path counters for one run, samples them into a bounded history and
// publishes immutable MetricsSnapshot values for readers on any thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <teacup/metrics/metrics_snapshot.h>

#include "metrics/sample_history.h"
#include "metrics/task_descriptor.h"
#include "metrics/task_metrics.h"

namespace teacup::metrics {

// Lifecycle: the runtime builds one registry per run from its physical plan (one
// TaskDescriptor per task, system tasks included) before any task runs, hands each executor
// the TaskMetrics of its tasks, and destroys the registry after every executor has stopped.
//
// Threads:
//  - task(id)->...: the hot path, each TaskMetrics by its one executor thread; lock-free.
//  - sample() and snapshot(): the scheduler's metrics tick (sampler thread) or the
//    controlling thread; they serialise on an internal mutex the hot path never takes.
//  - latest(): any thread, any rate; copies a shared_ptr under a short lock of its own.
//  - setLastError(): any thread, rarely; takes a small lock of its own.
//
// Time is the scheduler's (simulated or real) in nanoseconds, passed in by the caller; the
// registry never reads a clock. Calls must not go back in time (an older sample is ignored).
class MetricsRegistry {
public:
    explicit MetricsRegistry(std::vector<TaskDescriptor> tasks, std::int64_t startNanos = 0);
    MetricsRegistry(const MetricsRegistry&) = delete;
    MetricsRegistry& operator=(const MetricsRegistry&) = delete;

    // The counters of task `taskId`, valid for the registry's life; nullptr for an id that was
    // not described.
    TaskMetrics* task(int taskId);
    const std::vector<TaskDescriptor>& tasks() const { return m_tasks; }
    std::int64_t startNanos() const { return m_startNanos; }

    // Records every task's cumulative counters at `nowNanos`. Call about once a second of
    // scheduler time; more often is harmless (samples closer than 0.9 s replace the newest),
    // less often coarsens the window edges. Memory stays flat however long the run.
    void sample(std::int64_t nowNanos);

    // Builds a snapshot of every window at `nowNanos` from the live counters and the history,
    // publishes it for latest() and returns it. Does not add a sample.
    std::shared_ptr<const MetricsSnapshot> snapshot(std::int64_t nowNanos);

    // The most recently published snapshot; before the first snapshot() an all-zero one with
    // sequence 0 that already lists every component and task. Never null.
    std::shared_ptr<const MetricsSnapshot> latest() const;

    // Remembers `message` as the task's last error (shown as its component's lastError in the
    // next snapshot). Unknown task ids are ignored.
    void setLastError(int taskId, std::string message);

    // Number of samples held (tests check it stays bounded).
    std::size_t historySize() const;

private:
    struct TaskSlot {
        std::unique_ptr<TaskMetrics> metrics;
        std::size_t offset = 0;          // first counter of this task in a CounterSample
        std::string lastError;
        std::uint64_t errorOrder = 0;    // larger = later; 0 = none
    };
    struct ComponentGroup {
        std::vector<std::size_t> taskIndexes;   // into m_tasks / m_slots, ascending task id
    };

    std::vector<std::uint64_t> readLive() const;
    std::shared_ptr<MetricsSnapshot> build(std::int64_t nowNanos, const std::vector<std::uint64_t>& live);
    std::vector<ComponentStats> buildWindow(const std::vector<std::uint64_t>& delta,
                                            const std::vector<double>& capacities) const;
    std::vector<double> capacities(const std::vector<std::uint64_t>& delta, std::int64_t spanNanos) const;
    void publish(std::shared_ptr<const MetricsSnapshot> snapshot);

    const std::vector<TaskDescriptor> m_tasks;
    const std::int64_t m_startNanos;
    std::vector<TaskSlot> m_slots;                 // parallel to m_tasks
    std::map<int, std::size_t> m_indexOfTask;
    std::vector<ComponentGroup> m_components;      // in order of first appearance
    std::size_t m_counterCount = 0;

    mutable std::mutex m_historyMutex;             // history, sequence, sampling buffer
    SampleHistory m_history;
    std::vector<std::uint64_t> m_sampleBuffer;
    std::uint64_t m_sequence = 0;

    mutable std::mutex m_errorMutex;               // TaskSlot::lastError / errorOrder
    std::uint64_t m_errorCount = 0;

    mutable std::mutex m_publishMutex;             // m_latest only
    std::shared_ptr<const MetricsSnapshot> m_latest;
};

} // namespace teacup::metrics
