// A bounded lock-free multi-producer queue of pointers (Dmitry Vyukov's bounded MPMC array
// queue algorithm): one per executor, carrying batches of messages from any executor to it.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>

namespace teacup::runtime {

// Any thread may push; any thread may pop (the runtime pops only from the thread running
// the owning executor). push fails when full instead of blocking: the caller turns that
// into backpressure. Capacity is rounded up to a power of two.
template <typename T> class BoundedQueue {
public:
    explicit BoundedQueue(std::size_t capacity) {
        std::size_t c = 2;
        while (c < capacity) c <<= 1;
        m_mask = c - 1;
        m_cells = std::make_unique<Cell[]>(c);
        for (std::size_t i = 0; i < c; ++i) m_cells[i].sequence.store(i, std::memory_order_relaxed);
    }

    bool push(T value) {
        std::size_t pos = m_tail.load(std::memory_order_relaxed);
        for (;;) {
            Cell& cell = m_cells[pos & m_mask];
            const std::size_t seq = cell.sequence.load(std::memory_order_acquire);
            const auto diff = static_cast<std::intptr_t>(seq) - static_cast<std::intptr_t>(pos);
            if (diff == 0) {
                if (m_tail.compare_exchange_weak(pos, pos + 1, std::memory_order_relaxed)) {
                    cell.value = value;
                    cell.sequence.store(pos + 1, std::memory_order_release);
                    return true;
                }
            } else if (diff < 0) {
                return false;  // full
            } else {
                pos = m_tail.load(std::memory_order_relaxed);
            }
        }
    }

    bool pop(T& out) {
        std::size_t pos = m_head.load(std::memory_order_relaxed);
        for (;;) {
            Cell& cell = m_cells[pos & m_mask];
            const std::size_t seq = cell.sequence.load(std::memory_order_acquire);
            const auto diff = static_cast<std::intptr_t>(seq) - static_cast<std::intptr_t>(pos + 1);
            if (diff == 0) {
                if (m_head.compare_exchange_weak(pos, pos + 1, std::memory_order_relaxed)) {
                    out = cell.value;
                    cell.sequence.store(pos + m_mask + 1, std::memory_order_release);
                    return true;
                }
            } else if (diff < 0) {
                return false;  // empty
            } else {
                pos = m_head.load(std::memory_order_relaxed);
            }
        }
    }

    // Approximate number of items (exact when no push or pop is in progress).
    std::size_t size() const {
        const std::size_t t = m_tail.load(std::memory_order_relaxed);
        const std::size_t h = m_head.load(std::memory_order_relaxed);
        return t >= h ? t - h : 0;
    }
    std::size_t capacity() const { return m_mask + 1; }

private:
    struct Cell {
        std::atomic<std::size_t> sequence;
        T value{};
    };
    static constexpr std::size_t kLine = 64;
    std::unique_ptr<Cell[]> m_cells;
    std::size_t m_mask = 0;
    alignas(kLine) std::atomic<std::size_t> m_head{0};
    alignas(kLine) std::atomic<std::size_t> m_tail{0};
};

} // namespace teacup::runtime
