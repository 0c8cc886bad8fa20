// ThroughputSeries: per-component tuples/s over a run, computed from consecutive metric
// snapshots (all-time counts: spouts by emitted, bolts by executed) for the studio's charts.
#pragma once

#include <deque>
#include <memory>

#include <QHash>
#include <QObject>
#include <QPointF>
#include <QStringList>
#include <QVector>

#include <teacup/metrics/metrics_snapshot.h>

namespace teacup::studio {

// GUI thread only. Each component keeps at most `capacity` points (x = run time in seconds,
// y = tuples per second since the previous snapshot); older points are dropped. System
// components are left out.
class ThroughputSeries : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultCapacity = 3000;
    explicit ThroughputSeries(QObject* parent = nullptr, int capacity = kDefaultCapacity);

    void addSnapshot(const metrics::MetricsSnapshot& snapshot);
    void clear();

    QStringList components() const { return m_order; }
    QVector<QPointF> points(const QString& component) const;
    // The largest y over the kept points of `component` (of every component when empty).
    double maxRate(const QString& component = {}) const;
    double lastTime() const { return m_lastTime; }

Q_SIGNALS:
    void updated();

private:
    struct Track {
        std::deque<QPointF> points;
        std::uint64_t lastCount = 0;
    };
    int m_capacity;
    QStringList m_order;
    QHash<QString, Track> m_tracks;
    double m_lastTime = -1.0;
    bool m_haveLast = false;
};

} // namespace teacup::studio
