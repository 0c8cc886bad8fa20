// Tuples per second per component and per edge from consecutive metric snapshots, plus the
// short rate history the canvas draws as sparklines. Plain data: no widgets, no signals.
#pragma once

#include <cstdint>
#include <optional>

#include <QHash>
#include <QList>
#include <QString>

#include <teacup/metrics/metrics_snapshot.h>

namespace teacup::studio {

// What the canvas shows on one node while a topology runs.
struct ComponentLive {
    bool spout = false;
    double rate = 0.0;           // tuples/s: bolts executed, spouts emitted (all-time counters)
    std::uint64_t acked = 0;     // all-time
    std::uint64_t failed = 0;    // all-time
    double capacity = 0.0;       // Storm's: the 10-minute window (storm.md §5.6)
    QList<double> history;       // the last kHistoryLength rates, oldest first
};

// Owned by the canvas, used on the GUI thread. update() takes snapshots in order; a rate is
// (count now - count at the previous snapshot) / (timeNanos difference). The first snapshot
// after construction or clear() gives rates of 0. A snapshot whose timeNanos is not later
// than the previous one (a paused simulated run republishing) refreshes counts and capacity
// but keeps the previous rates and adds nothing to the history. A counter that went down
// (never expected for all-time counters) gives 0, not a negative rate.
class LiveRates {
public:
    static constexpr int kHistoryLength = 60;

    void update(const metrics::MetricsSnapshot& snapshot);
    void clear();
    bool empty() const { return m_components.isEmpty(); }

    // nullptr when the component was not in the last snapshot.
    const ComponentLive* component(const QString& id) const;
    // Tuples/s component `to` executed from (`from`, `stream`); nullopt when `to` did not
    // report that input in the last snapshot.
    std::optional<double> edgeRate(const QString& from, const QString& stream, const QString& to) const;

private:
    struct Counter {
        std::uint64_t count = 0;
        double rate = 0.0;
    };
    static QString edgeKey(const QString& from, const QString& stream, const QString& to);
    static double rateOf(std::uint64_t now, std::uint64_t before, double seconds);

    QHash<QString, ComponentLive> m_components;
    QHash<QString, std::uint64_t> m_componentCounts;
    QHash<QString, Counter> m_edges;
    std::optional<std::int64_t> m_lastTime;
};

} // namespace teacup::studio

namespace teacup::studio {
// "0/s", "3.4/s", "123/s", "12.3k/s", "1.23M/s": short enough for a node or an edge label.
QString formatRate(double tuplesPerSecond);
} // namespace teacup::studio
