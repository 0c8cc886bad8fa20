// One run of a topology: the single API the CLI, the studio and the tests drive (load,
// start, pause, step, run-until, kill, read metrics, subscribe to trace events).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <teacup/common/result.h>
#include <teacup/model/catalog.h>
#include <teacup/model/topology_spec.h>
#include <teacup/runtime/physical_plan.h>
#include <teacup/sdk/config.h>
#include <teacup/trace/trace_event.h>

namespace teacup::metrics {
struct MetricsSnapshot;
}
namespace teacup::plugin {
class Registry;
}

namespace teacup::runtime {

enum class SchedulerKind { Threaded, Simulated };

struct SessionOptions {
    SchedulerKind scheduler = SchedulerKind::Threaded;
    std::uint64_t seed = 1;
    Config overrides;        // applied over the topology's config (--set key=value)
    int threads = 0;         // threaded scheduler pool size; 0 = one per core
};

enum class TaskState { Running, Killed, Restarting };

// Lifecycle: create → start → (pause/resume/step/runUntil)* → stop. The destructor stops.
// Threaded sessions run on their own threads; every public method may be called from any
// one controlling thread and never blocks on the hot path (metrics() returns the latest
// published snapshot). Simulated sessions run only inside step/runUntil/runUntilIdle, on
// the calling thread.
class Session {
public:
    virtual ~Session() = default;

    // Validates and builds the physical plan; components are instantiated on start().
    static Result<std::unique_ptr<Session>> create(const model::TopologySpec& spec,
                                                   const plugin::Registry& registry, SessionOptions options);

    virtual const PhysicalPlan& plan() const = 0;
    virtual const SessionOptions& options() const = 0;

    virtual Status start() = 0;
    virtual void pause() = 0;   // spouts stop calling nextTuple; in-flight tuples drain
    virtual void resume() = 0;
    virtual void stop() = 0;    // deactivate, close/cleanup every task, join threads

    // Simulated scheduler only (an Error with ErrorCode::State otherwise).
    virtual Result<bool> step() = 0;                           // one event; false when none left
    virtual Status runUntil(std::int64_t timeNanos) = 0;       // events up to and including T
    // Runs until no tuple is in flight and no spout emits for `quietNanos` of simulated time,
    // or until `limitNanos`; returns true if it went quiet.
    virtual Result<bool> runUntilIdle(std::int64_t limitNanos, std::int64_t quietNanos = 1'000'000'000) = 0;
    // Runs until `done()` returns true (checked after every event) or `limitNanos`.
    virtual Result<bool> runUntilCondition(const std::function<bool()>& done, std::int64_t limitNanos) = 0;

    // Scheduler time since start (simulated or real), in nanoseconds.
    virtual std::int64_t now() const = 0;

    // Kills a task (spout, bolt or acker): its queue and in-flight work are lost; the
    // supervisor restarts it after `teacup.supervisor.restart.delay.ms`.
    virtual Status killTask(int taskId) = 0;
    virtual TaskState taskState(int taskId) const = 0;

    virtual std::shared_ptr<const metrics::MetricsSnapshot> metrics() const = 0;
    // Forces a fresh snapshot now (simulated sessions and the end of threaded runs).
    virtual std::shared_ptr<const metrics::MetricsSnapshot> snapshotNow() = 0;

    // Events go to `sink` from now on; nullptr turns tracing off. Set before start() for a
    // complete stream.
    virtual void setTraceSink(std::shared_ptr<trace::TraceSink> sink) = 0;

    // True when every spout task reports isExhausted() (Storm's CompletableSpout).
    virtual bool spoutsExhausted() const = 0;
    // Errors components reported or threw, as "component[task]: message", oldest first.
    virtual std::vector<std::string> errors() const = 0;
};

} // namespace teacup::runtime
