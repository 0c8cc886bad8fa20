// Per-task statistics for one window, as Storm UI's component page lists them: per output
// stream, per input (source component, stream) and the task's totals. Plain values, no logic.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace teacup::metrics {

// One output stream of a task (or, in ComponentStats::streams, of a whole component).
// `acked`, `failed` and `completeLatencyMs` are a spout's ack results for roots it emitted on
// this stream; they stay 0 for bolts.
struct StreamStats {
    std::string stream;
    std::uint64_t emitted = 0;       // emit calls
    std::uint64_t transferred = 0;   // destination tasks reached by those emits
    std::uint64_t acked = 0;
    std::uint64_t failed = 0;
    double completeLatencyMs = 0.0;  // average over `acked`
};

// One input of a bolt task, keyed like Storm by (source component, source stream). System
// inputs (`__tick`, acker streams) are listed and counted like any other, as in Storm.
struct InputStats {
    std::string component;
    std::string stream;
    std::uint64_t executed = 0;
    std::uint64_t acked = 0;
    std::uint64_t failed = 0;
    double executeLatencyMs = 0.0;   // average execute() time over `executed`
    double processLatencyMs = 0.0;   // average execute-start-to-ack time over `acked`
};

// One task over one window. Totals follow Storm UI with sys=0: `emitted`, `transferred` and a
// spout's `acked`/`failed` leave out streams whose id starts with "__"; a bolt's `executed`,
// `acked` and `failed` sum every input (ticks included), exactly as Storm counts them.
// `streams` keeps the "__" streams so a caller can show totals with sys=1.
struct TaskStats {
    int taskId = 0;
    int executor = 0;
    std::string component;
    bool spout = false;
    std::uint64_t emitted = 0;
    std::uint64_t transferred = 0;
    std::uint64_t executed = 0;
    std::uint64_t acked = 0;
    std::uint64_t failed = 0;
    double completeLatencyMs = 0.0;  // spouts: weighted by acked
    double executeLatencyMs = 0.0;   // bolts: weighted by executed
    double processLatencyMs = 0.0;   // bolts: per-input averages weighted by executed, as Storm
    double capacity = 0.0;           // bolts: share of the window spent inside execute()
    std::int64_t queueDepth = 0;     // gauge at snapshot time (same in every window)
    bool backpressure = false;       // gauge at snapshot time
    std::vector<StreamStats> streams;
    std::vector<InputStats> inputs;
};

} // namespace teacup::metrics
