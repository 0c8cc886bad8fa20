// Tuple bodies reused per executor. A body is made by the executor that emits it and is
// released, usually, on the thread of the executor that received it; freeing it there would
// make malloc move memory between threads on every tuple (its slowest path, behind a lock).
// Instead the last handle puts the body back on its maker's free list, and the maker refills
// it on its own thread: the values' storage is then also reused or freed where it was made.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>

#include <teacup/sdk/tuple.h>

#include "runtime/bounded_queue.h"

namespace teacup::runtime {

// Owned by one executor; any thread may give bodies back. The shared state lives until the
// owner has gone and every body it made is back or deleted, so a tuple a component keeps
// after its session stopped is still released safely.
class TuplePool {
public:
    explicit TuplePool(std::size_t capacity = kDefaultCapacity) : m_state(new State(capacity)) {}
    TuplePool(const TuplePool&) = delete;
    TuplePool& operator=(const TuplePool&) = delete;
    ~TuplePool() {
        m_state->ownerGone.store(true, std::memory_order_seq_cst);
        drain(m_state);
        unref(m_state);  // the owner's reference
    }

    // A body with refs = 1, empty anchors and zeroed acking fields; `values` keeps whatever it
    // held last (the caller assigns it) so that its storage is reused.
    TupleBody* take() {
        TupleBody* b = nullptr;
        if (m_state->free.pop(b)) {
            b->anchors.clear();
            b->ackVal = 0;
            b->executeStartNanos = 0;
            b->refs.store(1, std::memory_order_relaxed);
            return b;
        }
        m_state->refs.fetch_add(1, std::memory_order_relaxed);
        b = new TupleBody();
        b->recycle = &giveBack;
        b->pool = m_state;
        return b;
    }

private:
    static constexpr std::size_t kDefaultCapacity = 16384;

    struct State {
        explicit State(std::size_t capacity) : free(capacity) {}
        BoundedQueue<TupleBody*> free;
        std::atomic<std::int64_t> refs{1};  // the owner + every body alive
        std::atomic<bool> ownerGone{false};
    };

    static void unref(State* s) {
        if (s->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) delete s;
    }
    static void destroy(TupleBody* b, State* s) {
        delete b;
        unref(s);
    }
    static void drain(State* s) {
        TupleBody* b = nullptr;
        while (s->free.pop(b)) destroy(b, s);
    }
    // TupleBody::recycle: called by the last handle, on any thread.
    static void giveBack(TupleBody* b) {
        auto* s = static_cast<State*>(b->pool);
        if (s->ownerGone.load(std::memory_order_seq_cst)) {
            destroy(b, s);
            return;
        }
        // Hold the state while touching it after the push: once pushed, the body may be
        // drained and deleted by another thread at any moment.
        s->refs.fetch_add(1, std::memory_order_relaxed);
        if (!s->free.push(b))
            destroy(b, s);
        else if (s->ownerGone.load(std::memory_order_seq_cst))
            drain(s);  // the owner went between the check and the push, after its last drain
        unref(s);
    }

    State* m_state;
};

} // namespace teacup::runtime
