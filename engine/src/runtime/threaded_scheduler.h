// The threaded scheduler: executors run on a pool sized to the machine, each at most on one
// thread at a time; messages travel in batches through bounded lock-free queues, and a full
// queue holds the sender back (backpressure) instead of growing. A timer thread delivers
// ticks, restarts, idle spout re-polls and metrics samples. Real time.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <queue>
#include <thread>
#include <vector>

#include <teacup/runtime/session.h>

#include "runtime/bounded_queue.h"
#include "runtime/runtime_core.h"
#include "runtime/transport.h"

namespace teacup::runtime {

// start/stop/kill/setSpoutsActive/snapshotNow are called from the session's controlling
// thread; send/scheduleTimer/now from executor threads.
class ThreadedScheduler final : public Transport {
public:
    ThreadedScheduler(RuntimeCore& core, int threads);
    ~ThreadedScheduler() override;

    void start();
    void stop();   // joins every thread, then closes every task on the calling thread
    void kill(int taskId);
    void setSpoutsActive(bool active);
    TaskState taskState(int taskId) const;
    bool spoutsExhausted() const;
    std::shared_ptr<const metrics::MetricsSnapshot> snapshotNow();
    std::int64_t deliveries() const;

    void send(Executor& from, Message&& m) override;
    std::int64_t now() const override;
    void scheduleTimer(int executorIndex, std::int64_t at, Message m) override;

private:
    static constexpr std::size_t kBatchSize = 64;
    struct Batch {
        std::vector<Message> messages;
        int origin = 0;  // executor whose free list takes it back once drained
    };
    struct Slot;
    struct Timer {
        std::int64_t at;
        std::uint64_t seq;
        int executor;   // -1: metrics sample
        bool wakeOnly;  // re-schedule the executor without a message
        Message message;
    };
    struct TimerLater {
        bool operator()(const Timer& a, const Timer& b) const { return a.at != b.at ? a.at > b.at : a.seq > b.seq; }
    };

    struct Worker {
        std::mutex mutex;
        std::condition_variable cv;
        std::deque<int> runnable;             // executors to run, under mutex
        std::atomic<std::size_t> size{0};     // runnable.size(), readable without the lock
        bool sleeping = false;                // under mutex
        bool stealHint = false;               // under mutex: woken to steal from another worker
    };
    void workerLoop(int self);
    bool popOwn(Worker& w, int& executor);
    bool steal(int self, int& executor);
    void timerLoop();
    void runQuantum(int executor);
    void schedule(int executor);
    bool flush(Slot& slot);
    bool tryPush(int dest, Batch* batch);
    void wakeLater(int executor, std::int64_t at);
    void sampleMetrics();
    void pushControl(int executor, Message m);
    Batch* takeBatch(Slot& slot, int origin);
    void recycle(Batch* batch);

    RuntimeCore& m_core;
    int m_threadCount;
    std::vector<std::unique_ptr<Slot>> m_slots;
    std::vector<std::thread> m_threads;
    std::thread m_timerThread;
    std::chrono::steady_clock::time_point m_epoch;

    std::vector<std::unique_ptr<Worker>> m_workers;
    std::atomic<int> m_sleeping{0};   // workers waiting on their condition variable

    std::mutex m_timerMutex;
    std::condition_variable m_timerCv;
    std::priority_queue<Timer, std::vector<Timer>, TimerLater> m_timers;
    std::uint64_t m_timerSeq = 0;

    std::mutex m_sampleMutex;
    std::atomic<bool> m_stopping{false};
    bool m_started = false;
    bool m_stopped = false;
};

} // namespace teacup::runtime
