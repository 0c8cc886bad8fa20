// TraceQueue: the trace sink a RunController sets on its session. Producer threads (the
// engine's) push events under a mutex; the controller's worker drains them in batches on each
// publish. Bounded: beyond its capacity the oldest events are dropped and counted.
#pragma once

#include <cstdint>
#include <deque>
#include <mutex>

#include <QVector>

#include <teacup/trace/trace_event.h>

namespace teacup::studio {

// Thread-safe. onEvent() may be called from any engine thread; drain() from one reader.
class TraceQueue final : public trace::TraceSink {
public:
    explicit TraceQueue(std::size_t capacity) : m_capacity(capacity == 0 ? 1 : capacity) {}

    void onEvent(const trace::TraceEvent& event) override;
    // Everything queued since the last drain, oldest first; empties the queue.
    QVector<trace::TraceEvent> drain();
    // Events dropped because the queue was full, since construction.
    std::uint64_t dropped() const;

private:
    mutable std::mutex m_mutex;
    std::size_t m_capacity;
    std::deque<trace::TraceEvent> m_events;
    std::uint64_t m_dropped = 0;
};

} // namespace teacup::studio
