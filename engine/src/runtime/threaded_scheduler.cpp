// Executors on a thread pool. Wake-up protocol: a producer that makes an executor's queue
// non-empty schedules it unless it is already scheduled; the runner clears the flag after its
// quantum and re-checks the queue, so no wake-up is lost. Bolts stop consuming while their
// own sends overflow (bounded memory, backpressure flows upstream); spouts and ackers keep
// consuming so acks always drain, and spouts stop calling nextTuple (Storm 2's behaviour).
// Receive queues are bounded in messages, as Storm bounds them; batches are flushed when full
// or when the sending executor's quantum ends.
#include "runtime/threaded_scheduler.h"

#include <teacup/metrics/metrics_snapshot.h>

#include "runtime/executor.h"
#include "runtime/task.h"

namespace teacup::runtime {

namespace {
constexpr int kQuantumMessages = 2048;
constexpr int kQuantumPolls = 64;
constexpr std::int64_t kOverflowRetryNanos = 50'000;
constexpr std::int64_t kSampleIntervalNanos = 1'000'000'000;
// Drained batches kept per executor for reuse, so a batch is freed on the thread that made it
// only when its free list is full (cross-thread frees are what malloc handles worst).
constexpr std::size_t kFreeBatches = 256;
// How long an idle worker polls the run queue before it sleeps on the condition variable: a
// wake-up through the kernel costs more than the gap between two batches at full speed.
constexpr int kIdleSpins = 2000;

inline void cpuRelax() {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
}
} // namespace

struct ThreadedScheduler::Slot {
    explicit Slot(std::size_t capacity) : queue(capacity), freeBatches(kFreeBatches) {}
    BoundedQueue<Batch*> queue;
    BoundedQueue<Batch*> freeBatches;
    std::atomic<bool> scheduled{false};
    std::atomic<int> home{0};   // worker whose run queue takes this executor
    std::atomic<std::int64_t> depth{0};
    std::atomic<std::int64_t> deliveries{0};
    std::atomic<bool> exhausted{false};
    std::atomic<int> controlPending{0};
    std::mutex controlMutex;
    std::vector<Message> control;
    // Owned by the thread running the executor.
    bool started = false;
    std::vector<Batch*> outbound;
    std::vector<int> dirty;
    std::deque<std::pair<int, Batch*>> overflow;
    Batch* draining = nullptr;
    std::size_t drainPos = 0;
};

ThreadedScheduler::ThreadedScheduler(RuntimeCore& core, int threads)
    : m_core(core),
      m_threadCount(threads > 0 ? threads : std::max(1, static_cast<int>(std::thread::hardware_concurrency()))),
      m_epoch(std::chrono::steady_clock::now()) {
    const std::size_t n = core.plan().executors.size();
    // Queue cells hold batches; the bound that matters is in messages (see tryPush). One cell
    // per 8 messages of the receive buffer leaves room for small batches at low load.
    const auto capacity = static_cast<std::size_t>(std::max<std::int64_t>(64, core.settings().receiveBufferSize / 8));
    for (std::size_t i = 0; i < n; ++i) {
        m_slots.push_back(std::make_unique<Slot>(capacity));
        m_slots.back()->outbound.assign(n, nullptr);
        m_slots.back()->home.store(static_cast<int>(i % static_cast<std::size_t>(m_threadCount)));
    }
    for (int w = 0; w < m_threadCount; ++w) m_workers.push_back(std::make_unique<Worker>());
}

ThreadedScheduler::~ThreadedScheduler() { stop(); }

std::int64_t ThreadedScheduler::now() const {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - m_epoch).count();
}

void ThreadedScheduler::start() {
    if (m_started) return;
    m_started = true;
    m_epoch = std::chrono::steady_clock::now();
    for (int i = 0; i < m_threadCount; ++i) m_threads.emplace_back([this, i] { workerLoop(i); });
    m_timerThread = std::thread([this] { timerLoop(); });
    for (std::size_t e = 0; e < m_slots.size(); ++e) schedule(static_cast<int>(e));
    {
        std::lock_guard lock(m_timerMutex);
        m_timers.push(Timer{kSampleIntervalNanos, m_timerSeq++, -1, true, {}});
    }
    m_timerCv.notify_one();
}

void ThreadedScheduler::stop() {
    if (!m_started || m_stopped) return;
    m_stopped = true;
    {
        // Set under the timer's lock, and each worker's lock is taken once below, so that no
        // thread can check the flag and then miss the notification.
        std::lock_guard lock(m_timerMutex);
        m_stopping.store(true);
    }
    for (auto& w : m_workers) {
        { std::lock_guard lock(w->mutex); }  // a worker between its check and its wait sees the flag
        w->cv.notify_all();
    }
    m_timerCv.notify_all();
    for (auto& t : m_threads) t.join();
    m_timerThread.join();
    sampleMetrics();
    for (std::size_t e = 0; e < m_slots.size(); ++e) {
        auto& slot = *m_slots[e];
        if (slot.started) m_core.executors()[e]->stopTasks();
        Batch* b = nullptr;
        while (slot.queue.pop(b)) delete b;
        while (slot.freeBatches.pop(b)) delete b;
        delete slot.draining;
        for (auto* o : slot.outbound) delete o;
        for (auto& [d, o] : slot.overflow) delete o;
        slot.draining = nullptr;
        slot.outbound.assign(slot.outbound.size(), nullptr);
        slot.overflow.clear();
    }
}

// Each worker has its own run queue and each executor a home worker: the last one that ran
// it. An executor goes back to its home, so its tasks' state and the tuple bodies and batches
// it recycles stay in one core's cache. A worker with nothing of its own to run steals from
// the others (and becomes the executor's home), so no executor waits while a core is idle.
void ThreadedScheduler::schedule(int executor) {
    auto& slot = *m_slots[executor];
    if (slot.scheduled.exchange(true)) return;
    auto& home = *m_workers[static_cast<std::size_t>(slot.home.load(std::memory_order_relaxed))];
    bool wakeHome = false;
    {
        std::lock_guard lock(home.mutex);
        home.runnable.push_back(executor);
        home.size.store(home.runnable.size(), std::memory_order_release);
        wakeHome = home.sleeping;
    }
    if (wakeHome) {
        home.cv.notify_one();
        return;
    }
    // The home is busy: wake a sleeping worker, if any, to steal it.
    if (m_sleeping.load(std::memory_order_acquire) == 0) return;
    for (auto& w : m_workers) {
        if (w.get() == &home) continue;
        bool wake = false;
        {
            std::lock_guard lock(w->mutex);
            if (w->sleeping) {
                w->stealHint = true;
                wake = true;
            }
        }
        if (wake) {
            w->cv.notify_one();
            return;
        }
    }
}

bool ThreadedScheduler::popOwn(Worker& w, int& executor) {
    if (w.size.load(std::memory_order_acquire) == 0) return false;
    std::lock_guard lock(w.mutex);
    if (w.runnable.empty()) return false;
    executor = w.runnable.front();
    w.runnable.pop_front();
    w.size.store(w.runnable.size(), std::memory_order_release);
    return true;
}

bool ThreadedScheduler::steal(int self, int& executor) {
    const auto n = m_workers.size();
    for (std::size_t i = 1; i < n; ++i) {
        auto& victim = *m_workers[(static_cast<std::size_t>(self) + i) % n];
        if (!popOwn(victim, executor)) continue;
        m_slots[executor]->home.store(self, std::memory_order_relaxed);
        return true;
    }
    return false;
}

void ThreadedScheduler::workerLoop(int self) {
    Worker& me = *m_workers[static_cast<std::size_t>(self)];
    for (;;) {
        int e = -1;
        bool found = false;
        // Own work first; after a short while also other workers' queued executors.
        for (int spin = 0; spin < kIdleSpins && !m_stopping.load(std::memory_order_relaxed); ++spin) {
            if (popOwn(me, e) || (spin >= kIdleSpins / 4 && steal(self, e))) {
                found = true;
                break;
            }
            cpuRelax();
        }
        while (!found) {
            {
                std::unique_lock lock(me.mutex);
                me.sleeping = true;
                m_sleeping.fetch_add(1, std::memory_order_acq_rel);
                me.cv.wait(lock, [&] { return m_stopping.load() || !me.runnable.empty() || me.stealHint; });
                m_sleeping.fetch_sub(1, std::memory_order_acq_rel);
                me.sleeping = false;
                me.stealHint = false;
                if (m_stopping.load()) return;
            }
            found = popOwn(me, e) || steal(self, e);
        }
        if (m_stopping.load(std::memory_order_relaxed)) return;
        runQuantum(e);
    }
}

ThreadedScheduler::Batch* ThreadedScheduler::takeBatch(Slot& slot, int origin) {
    Batch* b = nullptr;
    if (!slot.freeBatches.pop(b)) {
        b = new Batch();
        b->messages.reserve(kBatchSize);
    }
    b->origin = origin;
    return b;
}

void ThreadedScheduler::recycle(Batch* batch) {
    batch->messages.clear();
    if (!m_slots[batch->origin]->freeBatches.push(batch)) delete batch;
}

void ThreadedScheduler::wakeLater(int executor, std::int64_t at) {
    {
        std::lock_guard lock(m_timerMutex);
        m_timers.push(Timer{at, m_timerSeq++, executor, true, {}});
    }
    m_timerCv.notify_one();
}

void ThreadedScheduler::scheduleTimer(int executorIndex, std::int64_t at, Message m) {
    {
        std::lock_guard lock(m_timerMutex);
        m_timers.push(Timer{at, m_timerSeq++, executorIndex, false, std::move(m)});
    }
    m_timerCv.notify_one();
}

void ThreadedScheduler::pushControl(int executor, Message m) {
    auto& slot = *m_slots[executor];
    {
        std::lock_guard lock(slot.controlMutex);
        slot.control.push_back(std::move(m));
    }
    slot.controlPending.fetch_add(1);
    schedule(executor);
}

void ThreadedScheduler::timerLoop() {
    std::unique_lock lock(m_timerMutex);
    while (!m_stopping.load()) {
        if (m_timers.empty()) {
            m_timerCv.wait(lock);
            continue;
        }
        const std::int64_t due = m_timers.top().at;
        if (due > now()) {
            m_timerCv.wait_until(lock, m_epoch + std::chrono::nanoseconds(due));
            continue;
        }
        Timer t = std::move(const_cast<Timer&>(m_timers.top()));
        m_timers.pop();
        lock.unlock();
        if (t.executor < 0) {
            sampleMetrics();
            lock.lock();
            m_timers.push(Timer{t.at + kSampleIntervalNanos, m_timerSeq++, -1, true, {}});
            continue;
        }
        if (t.wakeOnly)
            schedule(t.executor);
        else
            pushControl(t.executor, std::move(t.message));  // timers bypass the bounded queue
        lock.lock();
    }
}

void ThreadedScheduler::send(Executor& from, Message&& m) {
    const TaskInfo* target = m_core.plan().task(m.task);
    if (!target) return;
    auto& slot = *m_slots[from.index()];
    Batch*& b = slot.outbound[target->executor];
    if (!b) {
        b = takeBatch(slot, from.index());
        slot.dirty.push_back(target->executor);
    }
    b->messages.push_back(std::move(m));
    if (b->messages.size() >= kBatchSize) flush(slot);
}

bool ThreadedScheduler::tryPush(int dest, Batch* batch) {
    auto& to = *m_slots[dest];
    const auto n = static_cast<std::int64_t>(batch->messages.size());
    // Storm 2 bounds a receive queue in messages (topology.executor.receive.buffer.size); an
    // empty queue always takes one batch so that no batch can be too big to ever enter.
    const std::int64_t depth = to.depth.load(std::memory_order_relaxed);
    if (depth > 0 && depth + n > m_core.settings().receiveBufferSize) return false;
    if (!to.queue.push(batch)) return false;
    to.depth.fetch_add(n, std::memory_order_relaxed);
    schedule(dest);
    return true;
}

bool ThreadedScheduler::flush(Slot& slot) {
    while (!slot.overflow.empty()) {
        auto [dest, batch] = slot.overflow.front();
        if (!tryPush(dest, batch)) break;
        slot.overflow.pop_front();
    }
    for (int dest : slot.dirty) {
        Batch* batch = std::exchange(slot.outbound[dest], nullptr);
        if (!batch) continue;
        if (!slot.overflow.empty() || !tryPush(dest, batch)) slot.overflow.emplace_back(dest, batch);
    }
    slot.dirty.clear();
    return slot.overflow.empty();
}

void ThreadedScheduler::runQuantum(int e) {
    auto& slot = *m_slots[e];
    Executor& ex = *m_core.executors()[e];
    if (!slot.started) {
        slot.started = true;
        ex.startTasks();
    }
    auto drainControl = [&] {
        if (slot.controlPending.load(std::memory_order_relaxed) == 0) return;
        std::vector<Message> control;
        {
            std::lock_guard lock(slot.controlMutex);
            control.swap(slot.control);
            slot.controlPending.store(0);
        }
        ex.refreshClock();
        for (auto& m : control) ex.handle(std::move(m));
    };
    drainControl();
    const bool alwaysConsume = ex.isSpout() || ex.isAcker();
    int budget = kQuantumMessages;
    while (budget > 0 && (alwaysConsume || slot.overflow.empty())) {
        if (!slot.draining) {
            if (!slot.queue.pop(slot.draining)) break;
            slot.drainPos = 0;
        }
        ex.refreshClock();
        auto& msgs = slot.draining->messages;
        std::int64_t handled = 0;
        while (slot.drainPos < msgs.size() && budget > 0) {
            ex.handle(std::move(msgs[slot.drainPos++]));
            --budget;
            ++handled;
            drainControl();
        }
        slot.depth.fetch_sub(handled, std::memory_order_relaxed);
        slot.deliveries.fetch_add(handled, std::memory_order_relaxed);
        if (slot.drainPos >= msgs.size()) {
            recycle(slot.draining);
            slot.draining = nullptr;
        }
        if (!alwaysConsume && !flush(slot)) break;
    }
    std::size_t emitted = 0;
    bool spoutIdle = false;
    if (ex.isSpout()) {
        for (int i = 0; i < kQuantumPolls && slot.overflow.empty() && ex.canPoll(); ++i) {
            ex.refreshClock();
            const std::size_t n = ex.pollSpouts();
            emitted += n;
            if (n == 0) {
                spoutIdle = true;
                break;
            }
        }
        bool exhausted = true;
        for (auto& t : ex.tasks()) exhausted = exhausted && t->exhausted();
        slot.exhausted.store(exhausted, std::memory_order_relaxed);
    }
    const bool clear = flush(slot);
    ex.setOverflowed(!clear);
    (void)emitted;
    // A spout whose overflow just cleared must poll again even though it emitted nothing in
    // this quantum: no ack may ever come to wake an unreliable spout.
    const bool more = (clear || alwaysConsume) &&
                      (slot.draining || slot.queue.size() > 0 || budget == 0 || (!spoutIdle && ex.canPoll()));
    slot.scheduled.store(false);
    std::atomic_thread_fence(std::memory_order_seq_cst);
    // Timed retries are armed only after the flag is clear: a timer firing earlier would find
    // the executor still marked scheduled and its wake-up would be lost.
    const std::int64_t t = now();
    if (!clear)
        wakeLater(e, t + kOverflowRetryNanos);
    else if (spoutIdle)
        wakeLater(e, t + m_core.settings().spoutIdleNanos);
    if (more || slot.controlPending.load() > 0 || ((clear || alwaysConsume) && slot.queue.size() > 0)) schedule(e);
}

void ThreadedScheduler::kill(int taskId) {
    Message k;
    k.kind = MessageKind::Kill;
    k.task = taskId;
    pushControl(m_core.plan().tasks[taskId - 1].executor, std::move(k));
}

void ThreadedScheduler::setSpoutsActive(bool active) {
    m_core.spoutsActive().store(active);
    for (std::size_t e = 0; e < m_slots.size(); ++e) {
        if (!m_core.executors()[e]->isSpout()) continue;
        Message m;
        m.kind = MessageKind::Activate;
        m.value = active ? 1 : 0;
        pushControl(static_cast<int>(e), std::move(m));
    }
}

TaskState ThreadedScheduler::taskState(int taskId) const { return m_core.task(taskId).state(); }

bool ThreadedScheduler::spoutsExhausted() const {
    for (std::size_t e = 0; e < m_slots.size(); ++e)
        if (m_core.executors()[e]->isSpout() && !m_slots[e]->exhausted.load(std::memory_order_relaxed)) return false;
    return true;
}

void ThreadedScheduler::sampleMetrics() {
    std::lock_guard lock(m_sampleMutex);
    for (std::size_t e = 0; e < m_slots.size(); ++e) {
        auto& ex = *m_core.executors()[e];
        const std::int64_t depth = m_slots[e]->depth.load(std::memory_order_relaxed);
        for (auto& t : ex.tasks()) {
            t->metrics().setQueueDepth(depth);
            t->metrics().setBackpressure(ex.overflowed());
        }
    }
    const std::int64_t t = now();
    m_core.metrics().sample(t);
    m_core.metrics().snapshot(t);
}

std::shared_ptr<const metrics::MetricsSnapshot> ThreadedScheduler::snapshotNow() {
    sampleMetrics();
    return m_core.metrics().latest();
}

std::int64_t ThreadedScheduler::deliveries() const {
    std::int64_t n = 0;
    for (const auto& s : m_slots) n += s->deliveries.load(std::memory_order_relaxed);
    return n;
}

} // namespace teacup::runtime
