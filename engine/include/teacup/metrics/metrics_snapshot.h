// An immutable picture of a run's metrics at one moment, for every window. The engine
// publishes it as std::shared_ptr<const MetricsSnapshot>; any thread may read it at leisure.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include <teacup/metrics/component_stats.h>
#include <teacup/metrics/window.h>

namespace teacup::metrics {

// Storm UI's `topologyStats` row for one window: emitted and transferred summed over every
// component (sys=0), acked, failed and complete latency over the spouts only.
struct TopologyStats {
    std::uint64_t emitted = 0;
    std::uint64_t transferred = 0;
    std::uint64_t acked = 0;
    std::uint64_t failed = 0;
    double completeLatencyMs = 0.0;
};

// Built by the metrics registry and never changed afterwards. Components appear in the order
// the runtime described them (its task id order), tasks ascending inside each component.
struct MetricsSnapshot {
    std::int64_t timeNanos = 0;      // scheduler time the snapshot was taken at
    std::int64_t uptimeNanos = 0;    // scheduler time since the run started
    std::uint64_t sequence = 0;      // 0 for the all-zero one published at start, then 1, 2, ...
    std::array<std::vector<ComponentStats>, kWindowCount> byWindow;
    std::array<TopologyStats, kWindowCount> topologyByWindow{};
    // The time each window's counts really cover: min(uptime, window) when samples land on
    // the window edge, a little more otherwise (counts use the nearest older sample).
    std::array<std::int64_t, kWindowCount> windowSpanNanos{};
    // Tuples handed to execute() since start, every bolt task (system ones included).
    std::int64_t deliveriesTotal = 0;

    const std::vector<ComponentStats>& window(Window w) const { return byWindow[windowIndex(w)]; }
    const TopologyStats& topology(Window w) const { return topologyByWindow[windowIndex(w)]; }
    std::int64_t windowSpan(Window w) const { return windowSpanNanos[windowIndex(w)]; }

    // The component named `id` in window `w`; nullptr when there is none.
    const ComponentStats* component(Window w, const std::string& id) const {
        for (const auto& c : window(w))
            if (c.id == id) return &c;
        return nullptr;
    }
};

} // namespace teacup::metrics
