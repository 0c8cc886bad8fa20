// TraceQueue: a bounded, mutex-protected queue of trace events (see trace_queue.h).
#include "live/trace_queue.h"

namespace teacup::studio {

void TraceQueue::onEvent(const trace::TraceEvent& event) {
    std::lock_guard lock(m_mutex);
    if (m_events.size() >= m_capacity) {
        m_events.pop_front();
        ++m_dropped;
    }
    m_events.push_back(event);
}

QVector<trace::TraceEvent> TraceQueue::drain() {
    std::deque<trace::TraceEvent> taken;
    {
        std::lock_guard lock(m_mutex);
        taken.swap(m_events);
    }
    QVector<trace::TraceEvent> batch;
    batch.reserve(static_cast<qsizetype>(taken.size()));
    for (auto& e : taken) batch.push_back(std::move(e));
    return batch;
}

std::uint64_t TraceQueue::dropped() const {
    std::lock_guard lock(m_mutex);
    return m_dropped;
}

} // namespace teacup::studio
