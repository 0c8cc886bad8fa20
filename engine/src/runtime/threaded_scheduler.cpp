// Executors on a thread pool. Wake-up protocol: a producer that makes an executor's queue
// non-empty schedules it unless it is already scheduled; the runner clears the flag after its
// quantum and re-checks the queue, so no wake-up is lost. Bolts stop consuming while their
// own sends overflow (bounded memory, backpressure flows upstream); spouts and ackers keep
// consuming so acks always drain, and spouts stop calling nextTuple (Storm 2's behaviour).
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
    const auto capacity = static_cast<std::size_t>(std::max<std::int64_t>(4, core.settings().receiveBufferSize /
                                                                                  static_cast<std::int64_t>(kBatchSize)));
    for (std::size_t i = 0; i < n; ++i) {
        m_slots.push_back(std::make_unique<Slot>(capacity));
        m_slots.back()->outbound.assign(n, nullptr);
    }
}

ThreadedScheduler::~ThreadedScheduler() { stop(); }

std::int64_t ThreadedScheduler::now() const {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - m_epoch).count();
}

void ThreadedScheduler::start() {
    if (m_started) return;
    m_started = true;
    m_epoch = std::chrono::steady_clock::now();
    for (int i = 0; i < m_threadCount; ++i) m_threads.emplace_back([this] { workerLoop(); });
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
        // Set under both locks so that no worker or the timer thread can check the flag and
        // then miss the notification.
        std::scoped_lock lock(m_runMutex, m_timerMutex);
        m_stopping.store(true);
    }
    m_runCv.notify_all();
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

void ThreadedScheduler::schedule(int executor) {
    if (m_slots[executor]->scheduled.exchange(true)) return;
    bool wake = false;
    {
        std::lock_guard lock(m_runMutex);
        m_runQueue.push_back(executor);
        m_runnable.store(m_runQueue.size(), std::memory_order_release);
        wake = m_sleepers > 0;
    }
    if (wake) m_runCv.notify_one();
}

bool ThreadedScheduler::popRunnable(int& executor) {
    std::lock_guard lock(m_runMutex);
    if (m_runQueue.empty()) return false;
    executor = m_runQueue.front();
    m_runQueue.pop_front();
    m_runnable.store(m_runQueue.size(), std::memory_order_release);
    return true;
}

void ThreadedScheduler::workerLoop() {
    for (;;) {
        int e = -1;
        bool found = false;
        for (int spin = 0; spin < kIdleSpins && !m_stopping.load(std::memory_order_relaxed); ++spin) {
            if (m_runnable.load(std::memory_order_acquire) > 0 && popRunnable(e)) {
                found = true;
                break;
            }
            cpuRelax();
        }
        if (!found) {
            std::unique_lock lock(m_runMutex);
            ++m_sleepers;
            m_runCv.wait(lock, [&] { return m_stopping.load() || !m_runQueue.empty(); });
            --m_sleepers;
            if (m_stopping.load()) return;
            e = m_runQueue.front();
            m_runQueue.pop_front();
            m_runnable.store(m_runQueue.size(), std::memory_order_release);
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

bool ThreadedScheduler::flush(Slot& slot) {
    while (!slot.overflow.empty()) {
        auto [dest, batch] = slot.overflow.front();
        const auto n = static_cast<std::int64_t>(batch->messages.size());
        if (!m_slots[dest]->queue.push(batch)) break;
        m_slots[dest]->depth.fetch_add(n, std::memory_order_relaxed);
        slot.overflow.pop_front();
        schedule(dest);
    }
    for (int dest : slot.dirty) {
        Batch* batch = std::exchange(slot.outbound[dest], nullptr);
        if (!batch) continue;
        const auto n = static_cast<std::int64_t>(batch->messages.size());
        if (slot.overflow.empty() && m_slots[dest]->queue.push(batch)) {
            m_slots[dest]->depth.fetch_add(n, std::memory_order_relaxed);
            schedule(dest);
        } else {
            slot.overflow.emplace_back(dest, batch);
        }
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
            if (!slot.dirty.empty() && !flush(slot)) break;
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
