// A bounded ring of cumulative counter samples, just long enough to answer the 10-minute
// window: the memory the metrics windows need, and nothing that grows with the run's length.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace teacup::metrics {

// Cumulative values of every counter of every task at one moment (layout fixed by the
// registry: tasks in order, TaskMetrics::readCounters() order inside each task).
struct CounterSample {
    std::int64_t timeNanos = 0;
    std::vector<std::uint64_t> values;
};

// Keeps samples spaced at least kMinSpacingNanos apart (the newest one excepted, which is
// overwritten until it is far enough from its predecessor) and drops samples that no window
// can use any more: the oldest one kept is the newest at or before now - longestWindow.
// So the ring never holds more than kCapacity samples, however long the run or however often
// add() is called. Not thread-safe: the registry serialises access.
class SampleHistory {
public:
    static constexpr std::int64_t kSecond = 1'000'000'000;
    static constexpr std::int64_t kMinSpacingNanos = 900'000'000;   // tolerates jitter around 1 s
    static constexpr std::int64_t kLongestWindowNanos = 600 * kSecond;
    static constexpr std::size_t kCapacity = kLongestWindowNanos / kMinSpacingNanos + 4;

    // Starts with one all-zero sample of `counterCount` values at `startNanos` (the run's
    // start, when every counter is 0), so windows longer than the run count from the start.
    SampleHistory(std::int64_t startNanos, std::size_t counterCount);

    // Records cumulative `values` taken at `timeNanos`. A time earlier than the newest sample
    // is ignored (time never runs backwards in a run); `values` must have counterCount entries.
    void add(std::int64_t timeNanos, const std::vector<std::uint64_t>& values);

    // The newest sample taken at or before `timeNanos`; the oldest kept sample when every
    // sample is newer (only possible for a time before the run's start).
    const CounterSample& atOrBefore(std::int64_t timeNanos) const;

    std::size_t size() const { return m_size; }
    const CounterSample& newest() const { return at(m_size - 1); }

private:
    const CounterSample& at(std::size_t i) const { return m_ring[(m_head + i) % m_ring.size()]; }
    CounterSample& at(std::size_t i) { return m_ring[(m_head + i) % m_ring.size()]; }
    void dropOldest();

    std::vector<CounterSample> m_ring;   // kCapacity slots; value vectors reused, never shrunk
    std::size_t m_head = 0;              // index of the oldest sample
    std::size_t m_size = 0;
};

} // namespace teacup::metrics
