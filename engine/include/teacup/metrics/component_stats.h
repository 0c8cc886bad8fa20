// Per-component statistics for one window: Storm UI's topology-page rows (spouts and bolts
// tables) with the executors and tasks underneath. Plain values, no logic.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <teacup/metrics/task_stats.h>

namespace teacup::metrics {

// One executor (a thread running a contiguous range of tasks) of a component.
struct ExecutorStats {
    int executor = 0;                // the runtime's executor index
    std::vector<int> taskIds;        // ascending
    std::uint64_t emitted = 0;
    std::uint64_t transferred = 0;
    std::uint64_t executed = 0;
    std::uint64_t acked = 0;
    std::uint64_t failed = 0;
    double capacity = 0.0;           // Storm's executor capacity (see metrics/README.md)
};

// One component over one window. Counts are sums over its tasks (same sys=0 rules as
// TaskStats); latencies are weighted as Storm weights them (complete by acked, execute and
// process by executed); capacity is the maximum over the component's executors.
struct ComponentStats {
    std::string id;
    bool spout = false;
    bool system = false;             // id starts with "__" (e.g. "__acker"); hidden with sys=0
    int tasks = 0;
    int executors = 0;
    std::uint64_t emitted = 0;
    std::uint64_t transferred = 0;
    std::uint64_t executed = 0;
    std::uint64_t acked = 0;
    std::uint64_t failed = 0;
    double completeLatencyMs = 0.0;
    double executeLatencyMs = 0.0;
    double processLatencyMs = 0.0;
    double capacity = 0.0;
    std::int64_t queueDepth = 0;     // sum over tasks, at snapshot time
    bool backpressure = false;       // any task reports backpressure
    std::string lastError;           // most recent error of any of its tasks; "" when none
    std::vector<StreamStats> streams;   // summed over tasks, "__" streams included
    std::vector<InputStats> inputs;     // summed over tasks per (component, stream)
    std::vector<ExecutorStats> executorStats;
    std::vector<TaskStats> taskStats;
};

} // namespace teacup::metrics
