// LiveRates: rates from the all-time counters of two consecutive snapshots.
#include "canvas/live_rates.h"

namespace teacup::studio {

namespace {
constexpr double kNanosPerSecond = 1e9;

const metrics::ComponentStats* capacitySource(const metrics::MetricsSnapshot& snapshot, std::size_t index,
                                              const std::string& id) {
    const auto& tenMinutes = snapshot.window(metrics::Window::TenMinutes);
    if (index < tenMinutes.size() && tenMinutes[index].id == id) return &tenMinutes[index];
    return snapshot.component(metrics::Window::TenMinutes, id);
}
} // namespace

QString LiveRates::edgeKey(const QString& from, const QString& stream, const QString& to) {
    return to + QChar(0x1f) + from + QChar(0x1f) + stream;
}

double LiveRates::rateOf(std::uint64_t now, std::uint64_t before, double seconds) {
    if (now < before || seconds <= 0.0) return 0.0;
    return static_cast<double>(now - before) / seconds;
}

void LiveRates::clear() {
    m_components.clear();
    m_componentCounts.clear();
    m_edges.clear();
    m_lastTime.reset();
}

void LiveRates::update(const metrics::MetricsSnapshot& snapshot) {
    const bool first = !m_lastTime.has_value();
    const bool advanced = first || snapshot.timeNanos > *m_lastTime;
    const double seconds = first ? 0.0 : static_cast<double>(snapshot.timeNanos - *m_lastTime) / kNanosPerSecond;
    const auto& all = snapshot.window(metrics::Window::AllTime);
    for (std::size_t i = 0; i < all.size(); ++i) {
        const metrics::ComponentStats& c = all[i];
        const QString id = QString::fromStdString(c.id);
        ComponentLive& live = m_components[id];
        live.spout = c.spout;
        live.acked = c.acked;
        live.failed = c.failed;
        const metrics::ComponentStats* tenMinutes = capacitySource(snapshot, i, c.id);
        live.capacity = tenMinutes ? tenMinutes->capacity : c.capacity;
        const std::uint64_t count = c.spout ? c.emitted : c.executed;
        auto previous = m_componentCounts.find(id);
        if (advanced) {
            live.rate = previous == m_componentCounts.end() ? 0.0 : rateOf(count, *previous, seconds);
            live.history.append(live.rate);
            if (live.history.size() > kHistoryLength) live.history.removeFirst();
        }
        m_componentCounts[id] = count;
        for (const metrics::InputStats& in : c.inputs) {
            const QString key = edgeKey(QString::fromStdString(in.component), QString::fromStdString(in.stream), id);
            auto edge = m_edges.find(key);
            if (edge == m_edges.end()) {
                m_edges.insert(key, Counter{in.executed, 0.0});
                continue;
            }
            if (advanced) edge->rate = rateOf(in.executed, edge->count, seconds);
            edge->count = in.executed;
        }
    }
    if (advanced) m_lastTime = snapshot.timeNanos;
}

const ComponentLive* LiveRates::component(const QString& id) const {
    auto it = m_components.constFind(id);
    return it == m_components.constEnd() ? nullptr : &*it;
}

std::optional<double> LiveRates::edgeRate(const QString& from, const QString& stream, const QString& to) const {
    auto it = m_edges.constFind(edgeKey(from, stream, to));
    if (it == m_edges.constEnd()) return std::nullopt;
    return it->rate;
}

} // namespace teacup::studio

namespace teacup::studio {

QString formatRate(double r) {
    constexpr double kSmall = 10.0;
    constexpr double kKilo = 1e3;
    constexpr double kMega = 1e6;
    if (!(r > 0.0)) return QStringLiteral("0/s");
    if (r < kSmall) return QString::number(r, 'f', 1) + QStringLiteral("/s");
    if (r < kKilo) return QString::number(qRound64(r)) + QStringLiteral("/s");
    if (r < kMega) return QString::number(r / kKilo, 'f', 1) + QStringLiteral("k/s");
    return QString::number(r / kMega, 'f', 2) + QStringLiteral("M/s");
}

} // namespace teacup::studio
