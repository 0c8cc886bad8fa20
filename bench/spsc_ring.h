// A bare single-producer/single-consumer ring buffer: the smallest possible inter-thread hop,
// used by the ring-limit benchmark as the yardstick every engine figure is compared with.
#pragma once

#include <atomic>
#include <cstddef>
#include <memory>

namespace teacup::bench {

// Fixed capacity, a power of two. Exactly one producer thread calls tryPush and exactly one
// consumer thread calls tryPop; any other use is a data race. tryPush returns false when the
// ring is full and tryPop returns false when it is empty; neither blocks or allocates. Each
// side caches the other side's index, so a full or empty check touches the shared cache line
// only when the cached value says it must.
template <typename T, std::size_t Capacity> class SpscRing {
    static_assert(Capacity >= 2 && (Capacity & (Capacity - 1)) == 0, "capacity must be a power of two");

public:
    SpscRing() : m_slots(std::make_unique<T[]>(Capacity)) {}

    bool tryPush(const T& item) {
        const std::size_t tail = m_tail.load(std::memory_order_relaxed);
        if (tail - m_headCache == Capacity) {
            m_headCache = m_head.load(std::memory_order_acquire);
            if (tail - m_headCache == Capacity) return false;
        }
        m_slots[tail & kMask] = item;
        m_tail.store(tail + 1, std::memory_order_release);
        return true;
    }

    bool tryPop(T& out) {
        const std::size_t head = m_head.load(std::memory_order_relaxed);
        if (head == m_tailCache) {
            m_tailCache = m_tail.load(std::memory_order_acquire);
            if (head == m_tailCache) return false;
        }
        out = m_slots[head & kMask];
        m_head.store(head + 1, std::memory_order_release);
        return true;
    }

private:
    static constexpr std::size_t kMask = Capacity - 1;
    static constexpr std::size_t kLine = 64;
    std::unique_ptr<T[]> m_slots;
    alignas(kLine) std::atomic<std::size_t> m_head{0};  // written by the consumer
    std::size_t m_tailCache = 0;                          // consumer's copy of m_tail
    alignas(kLine) std::atomic<std::size_t> m_tail{0};  // written by the producer
    std::size_t m_headCache = 0;                          // producer's copy of m_head
};

} // namespace teacup::bench
