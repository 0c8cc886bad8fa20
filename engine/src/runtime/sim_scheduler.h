// The simulated scheduler: one thread, a simulated clock, and a priority queue of events
// ordered by (time, sequence). Executors are servers: a message that arrives while its
// executor is busy waits in the executor's inbox. Same seed, topology and inputs give the
// same run, event for event. See docs/design/simulated-scheduler.md.
#pragma once

#include <algorithm>
#include <cstdint>
#include <deque>
#include <functional>
#include <queue>
#include <vector>

#include "runtime/runtime_core.h"
#include "runtime/transport.h"

namespace teacup::runtime {

// Used only by the thread that calls start/step/runUntil (the Session's caller).
class SimScheduler final : public Transport {
public:
    explicit SimScheduler(RuntimeCore& core);

    void start();   // opens every task at time 0 and schedules the first spout polls
    void stop();    // closes every task
    bool step();    // processes one event; false when the queue is empty
    void runUntil(std::int64_t time);
    bool runUntilIdle(std::int64_t limit, std::int64_t quiet);
    bool runUntil(const std::function<bool()>& done, std::int64_t limit);

    void kill(int taskId);
    void setSpoutsActive(bool active);
    std::int64_t deliveries() const { return m_deliveries; }
    std::int64_t inFlight() const { return m_inFlight; }

    // Transport
    void send(Executor& from, Message&& m) override;
    std::int64_t now() const override { return m_now; }
    void scheduleTimer(int executorIndex, std::int64_t at, Message m) override;
    std::int64_t executeNanos(std::int64_t measured) const override {
        return std::max(measured, m_core.settings().simExecuteNanos);
    }

private:
    enum class EventKind : std::uint8_t { Arrive, Wake, Sample };
    struct Event {
        std::int64_t time;
        std::uint64_t seq;
        int executor;
        EventKind kind;
        Message message;
    };
    struct Later {
        bool operator()(const Event& a, const Event& b) const {
            return a.time != b.time ? a.time > b.time : a.seq > b.seq;
        }
    };
    struct ExecState {
        std::deque<Message> inbox;
        std::int64_t busyUntil = 0;
        bool wakeScheduled = false;
        int blockedOn = -1;  // executor whose full inbox holds this one back (backpressure)
    };

    void push(std::int64_t time, int executor, EventKind kind, Message m = {});
    void arrive(int executor, Message&& m);
    void wake(int executor);
    void ensureWake(int executor, std::int64_t at);
    void process(int executor, Message&& m);
    void sample();
    std::int64_t depth(int executor) const;

    RuntimeCore& m_core;
    std::priority_queue<Event, std::vector<Event>, Later> m_events;
    std::vector<ExecState> m_exec;
    std::int64_t m_now = 0;
    std::int64_t m_sendBase = 0;     // when messages sent by the running executor leave it
    int m_current = -1;              // executor being run
    std::uint64_t m_seq = 0;
    std::int64_t m_inFlight = 0;
    std::int64_t m_deliveries = 0;
    std::int64_t m_lastSpoutEmit = 0;
    bool m_started = false;
};

} // namespace teacup::runtime
