// Storm UI's JSON shape for Teacup's metrics (storm.md §5.2): field names, window keys and
// the "%.3f" strings Storm uses for latencies and capacity.
#include <teacup/metrics/storm_ui_json.h>

#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

namespace teacup::metrics {

namespace {

using Json = nlohmann::ordered_json;

constexpr std::size_t kLastErrorMaxChars = 200;   // Storm cuts lastError to 200 characters
constexpr std::int64_t kNanosPerSecond = 1'000'000'000;

// Storm's window keys: seconds as text, ":all-time" for the unbounded window.
std::string stormWindowKey(Window w) {
    if (w == Window::AllTime) return ":all-time";
    return std::to_string(windowNanos(w) / kNanosPerSecond);
}

// Storm's pretty window names come from an s/m/h/d formatter: "10s", "1m 0s", "10m 0s".
std::string stormWindowPretty(Window w) {
    switch (w) {
    case Window::TenSeconds: return "10s";
    case Window::OneMinute: return "1m 0s";
    case Window::TenMinutes: return "10m 0s";
    case Window::AllTime: return "All time";
    }
    return "All time";
}

// Storm's floatStr: "%.3f"; a missing value is "0".
std::string floatStr(double v) {
    if (!std::isfinite(v)) return "0";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.3f", v);
    return buffer;
}

std::string cutError(const std::string& e) { return e.size() <= kLastErrorMaxChars ? e : e.substr(0, kLastErrorMaxChars); }

struct Transfer {
    std::uint64_t emitted = 0;
    std::uint64_t transferred = 0;
};

// With sys=1 the "__" streams count too; the per-stream list has them.
Transfer transferOf(const ComponentStats& c, bool sys) {
    if (!sys) return {c.emitted, c.transferred};
    Transfer t;
    for (const StreamStats& s : c.streams) {
        t.emitted += s.emitted;
        t.transferred += s.transferred;
    }
    return t;
}

Json spoutJson(const ComponentStats& c, bool sys) {
    const Transfer t = transferOf(c, sys);
    return Json{{"spoutId", c.id},
                {"tasks", c.tasks},
                {"executors", c.executors},
                {"emitted", t.emitted},
                {"transferred", t.transferred},
                {"acked", c.acked},
                {"failed", c.failed},
                {"completeLatency", floatStr(c.completeLatencyMs)},
                {"lastError", cutError(c.lastError)}};
}

Json boltJson(const ComponentStats& c, bool sys) {
    const Transfer t = transferOf(c, sys);
    return Json{{"boltId", c.id},
                {"tasks", c.tasks},
                {"executors", c.executors},
                {"emitted", t.emitted},
                {"transferred", t.transferred},
                {"acked", c.acked},
                {"failed", c.failed},
                {"executed", c.executed},
                {"executeLatency", floatStr(c.executeLatencyMs)},
                {"processLatency", floatStr(c.processLatencyMs)},
                {"capacity", floatStr(c.capacity)},
                {"lastError", cutError(c.lastError)}};
}

Json topologyStatsJson(const MetricsSnapshot& s) {
    Json rows = Json::array();
    for (Window w : kAllWindows) {
        const TopologyStats& t = s.topology(w);
        rows.push_back(Json{{"windowPretty", stormWindowPretty(w)},
                            {"window", stormWindowKey(w)},
                            {"emitted", t.emitted},
                            {"transferred", t.transferred},
                            {"completeLatency", floatStr(t.completeLatencyMs)},
                            {"acked", t.acked},
                            {"failed", t.failed}});
    }
    return rows;
}

} // namespace

std::string toStormUiJson(const MetricsSnapshot& snapshot, Window w, bool sys) {
    Json spouts = Json::array();
    Json bolts = Json::array();
    for (const ComponentStats& c : snapshot.window(w)) {
        if (c.system && !sys) continue;
        if (c.spout)
            spouts.push_back(spoutJson(c, sys));
        else
            bolts.push_back(boltJson(c, sys));
    }
    Json doc{{"window", stormWindowKey(w)},
             {"windowPretty", stormWindowPretty(w)},
             {"uptimeSeconds", snapshot.uptimeNanos / kNanosPerSecond},
             {"topologyStats", topologyStatsJson(snapshot)},
             {"spouts", std::move(spouts)},
             {"bolts", std::move(bolts)}};
    // Error messages come from user code and may hold invalid UTF-8; replace rather than throw.
    return doc.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

} // namespace teacup::metrics
