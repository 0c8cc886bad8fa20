// The seam between the scheduler-independent executor logic and a scheduler: how a message
// leaves an executor, what time it is, and how to be woken later. Each scheduler (threaded,
// simulated) implements it once; components never see it.
#pragma once

#include <cstdint>

#include "runtime/message.h"

namespace teacup::runtime {

class Executor;

class Transport {
public:
    virtual ~Transport() = default;
    // Sends `m` to the executor of task `m.task`. Called on `from`'s thread. May buffer;
    // the scheduler flushes when `from` yields. Never blocks: a full queue becomes backpressure
    // on `from` (Storm 2's overflow), reported by `from.overflowed()`.
    virtual void send(Executor& from, Message&& m) = 0;
    // Scheduler time in nanoseconds since the session started.
    virtual std::int64_t now() const = 0;
    // Delivers `m` to executor `executorIndex` at time `at` (or as soon after as it can).
    virtual void scheduleTimer(int executorIndex, std::int64_t at, Message m) = 0;
    // The execute/process latency to record for a call that took `measured` nanoseconds of
    // scheduler time. Real time records what it measured; simulated time, where a call takes
    // no time, records at least the simulated execute cost.
    virtual std::int64_t executeNanos(std::int64_t measured) const { return measured; }
};

} // namespace teacup::runtime
