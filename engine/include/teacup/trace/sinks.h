// Ready-made trace sinks: a hashing sink (the determinism fingerprint of a run), a collecting
// sink (tests, `teacup complete`) and a bounded ring (the studio's live view).
#pragma once

#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <vector>

#include <teacup/trace/trace_event.h>

namespace teacup::trace {

// A canonical one-line text form of an event (also what the hash covers).
std::string formatEvent(const TraceEvent& event);

// Folds every event into a 64-bit FNV-1a hash of its canonical form. Two runs are the same
// run, event for event, when their hashes and counts match. Thread-safe.
class HashingSink final : public TraceSink {
public:
    void onEvent(const TraceEvent& event) override;
    std::uint64_t hash() const;
    std::uint64_t count() const;
    std::string hex() const;

private:
    mutable std::mutex m_mutex;
    std::uint64_t m_hash = 1469598103934665603ULL;
    std::uint64_t m_count = 0;
};

// Keeps every event in order. Thread-safe; take() hands them over.
class CollectingSink final : public TraceSink {
public:
    void onEvent(const TraceEvent& event) override;
    std::vector<TraceEvent> take();
    std::size_t size() const;

private:
    mutable std::mutex m_mutex;
    std::vector<TraceEvent> m_events;
};

// Keeps the newest `capacity` events; older ones are dropped and counted. Thread-safe; the
// reader drains in batches.
class RingSink final : public TraceSink {
public:
    explicit RingSink(std::size_t capacity) : m_capacity(capacity) {}
    void onEvent(const TraceEvent& event) override;
    std::vector<TraceEvent> drain();
    std::uint64_t dropped() const;

private:
    mutable std::mutex m_mutex;
    std::size_t m_capacity;
    std::deque<TraceEvent> m_events;
    std::uint64_t m_dropped = 0;
};

} // namespace teacup::trace
