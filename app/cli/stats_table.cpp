// Fixed-width table of Storm UI's component statistics.
#include "stats_table.h"

#include <cstdio>

namespace teacup::cli {

namespace {

std::string row(const metrics::ComponentStats& c) {
    char buf[512];
    std::snprintf(buf, sizeof buf, "%-22.22s %-5s %5d %12llu %12llu %12llu %10llu %8llu %9.3f %9.3f %8.3f %7lld%s",
                  c.id.c_str(), c.spout ? "spout" : "bolt", c.tasks, static_cast<unsigned long long>(c.emitted),
                  static_cast<unsigned long long>(c.transferred), static_cast<unsigned long long>(c.executed),
                  static_cast<unsigned long long>(c.acked), static_cast<unsigned long long>(c.failed),
                  c.spout ? c.completeLatencyMs : c.processLatencyMs, c.executeLatencyMs, c.capacity,
                  static_cast<long long>(c.queueDepth), c.backpressure ? " BP" : "");
    return buf;
}

} // namespace

std::string formatStatsTable(const metrics::MetricsSnapshot& snapshot, metrics::Window w, bool showSystem) {
    char head[512];
    std::snprintf(head, sizeof head, "%-22s %-5s %5s %12s %12s %12s %10s %8s %9s %9s %8s %7s\n", "component", "kind",
                  "tasks", "emitted", "transferred", "executed", "acked", "failed", "lat(ms)", "exec(ms)", "capacity",
                  "queue");
    std::string out = head;
    for (int pass = 0; pass < 2; ++pass)
        for (const auto& c : snapshot.window(w)) {
            if ((pass == 0) != c.spout || (c.system && !showSystem)) continue;
            out += row(c) + '\n';
        }
    for (const auto& c : snapshot.window(w))
        if (!c.lastError.empty() && (!c.system || showSystem)) out += "  last error of " + c.id + ": " + c.lastError + '\n';
    return out;
}

} // namespace teacup::cli
