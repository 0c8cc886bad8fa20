// ThroughputSeries: rates from the difference of all-time counts between two snapshots.
#include "models/throughput_series.h"

#include <algorithm>

namespace teacup::studio {

ThroughputSeries::ThroughputSeries(QObject* parent, int capacity)
    : QObject(parent), m_capacity(std::max(2, capacity)) {}

void ThroughputSeries::addSnapshot(const metrics::MetricsSnapshot& snapshot) {
    const double time = static_cast<double>(snapshot.uptimeNanos) / 1e9;
    if (m_haveLast && time <= m_lastTime) return; // same moment (or an older snapshot): nothing new
    const double dt = m_haveLast ? time - m_lastTime : 0.0;
    for (const auto& c : snapshot.window(metrics::Window::AllTime)) {
        if (c.system) continue;
        const QString id = QString::fromStdString(c.id);
        const std::uint64_t count = c.spout ? c.emitted : c.executed;
        auto it = m_tracks.find(id);
        if (it == m_tracks.end()) {
            m_order << id;
            it = m_tracks.insert(id, Track{});
            it->lastCount = 0;
        }
        if (m_haveLast && dt > 0.0) {
            const double delta = count >= it->lastCount ? static_cast<double>(count - it->lastCount) : 0.0;
            it->points.emplace_back(time, delta / dt);
            while (static_cast<int>(it->points.size()) > m_capacity) it->points.pop_front();
        }
        it->lastCount = count;
    }
    m_lastTime = time;
    m_haveLast = true;
    Q_EMIT updated();
}

void ThroughputSeries::clear() {
    m_order.clear();
    m_tracks.clear();
    m_lastTime = -1.0;
    m_haveLast = false;
    Q_EMIT updated();
}

QVector<QPointF> ThroughputSeries::points(const QString& component) const {
    QVector<QPointF> out;
    auto it = m_tracks.constFind(component);
    if (it == m_tracks.constEnd()) return out;
    out.reserve(static_cast<qsizetype>(it->points.size()));
    for (const auto& p : it->points) out.push_back(p);
    return out;
}

double ThroughputSeries::maxRate(const QString& component) const {
    double best = 0.0;
    for (auto it = m_tracks.constBegin(); it != m_tracks.constEnd(); ++it) {
        if (!component.isEmpty() && it.key() != component) continue;
        for (const auto& p : it->points) best = std::max(best, p.y());
    }
    return best;
}

} // namespace teacup::studio
