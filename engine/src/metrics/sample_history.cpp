// Ring-buffer bookkeeping for SampleHistory: spacing, pruning and the window-edge lookup.
#include "metrics/sample_history.h"

namespace teacup::metrics {

SampleHistory::SampleHistory(std::int64_t startNanos, std::size_t counterCount) : m_ring(kCapacity) {
    m_ring[0].timeNanos = startNanos;
    m_ring[0].values.assign(counterCount, 0);
    m_size = 1;
}

void SampleHistory::add(std::int64_t timeNanos, const std::vector<std::uint64_t>& values) {
    if (timeNanos < newest().timeNanos) return;
    // The newest sample is provisional while it is too close to the one before it: replacing
    // it keeps the kept samples spaced, which is what bounds the ring.
    const bool replaceNewest = m_size >= 2 && newest().timeNanos - at(m_size - 2).timeNanos < kMinSpacingNanos;
    if (!replaceNewest) {
        if (m_size == m_ring.size()) dropOldest();
        ++m_size;
    }
    CounterSample& slot = at(m_size - 1);
    slot.timeNanos = timeNanos;
    slot.values = values;   // reuses the slot's storage once the ring has wrapped
    while (m_size >= 2 && at(1).timeNanos <= timeNanos - kLongestWindowNanos) dropOldest();
}

const CounterSample& SampleHistory::atOrBefore(std::int64_t timeNanos) const {
    // Binary search for the last sample with time <= timeNanos; samples are time-ordered.
    std::size_t lo = 0;
    std::size_t hi = m_size;
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (at(mid).timeNanos <= timeNanos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo == 0 ? at(0) : at(lo - 1);
}

void SampleHistory::dropOldest() {
    m_head = (m_head + 1) % m_ring.size();
    --m_size;
}

} // namespace teacup::metrics
