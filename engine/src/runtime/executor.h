// One executor: a contiguous range of tasks of one component, served by one thread at a
// time (Storm's executor). Holds the routing (groupers are per executor, as in Storm), the
// executor's RNG, and dispatches messages to its tasks. Scheduler-independent.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include <teacup/sdk/random.h>

#include "grouping/grouper.h"
#include "runtime/message.h"
#include "runtime/tuple_pool.h"
#include "runtime/runtime_core.h"

namespace teacup::runtime {

class Task;

struct Route {
    int subscriber = 0;  // component index
    GroupingType type = GroupingType::Shuffle;
    int inputIndex = 0;  // in the subscriber's inputs
    std::unique_ptr<grouping::Grouper> grouper;
};

struct OutputStream {
    std::string id;
    std::shared_ptr<const Fields> fields;
    std::size_t metricsIndex = 0;  // position in ComponentPlan::streams
    bool hasDirect = false;
    std::vector<Route> routes;
};

// Created by RuntimeCore::build; from then on used only by the thread currently running it
// (the scheduler guarantees one at a time).
class Executor {
public:
    Executor(RuntimeCore& core, int index);
    ~Executor();

    int index() const { return m_index; }
    const ExecutorInfo& info() const { return m_core.plan().executors[m_index]; }
    const ComponentPlan& component() const { return m_core.plan().components[info().componentIndex]; }
    bool isSpout() const { return component().kind == model::ComponentKind::Spout; }
    bool isAcker() const { return component().system; }
    int worker() const { return info().worker; }
    RuntimeCore& core() { return m_core; }
    std::vector<std::unique_ptr<Task>>& tasks() { return m_tasks; }
    Task* task(int taskId);

    // Builds routes and tasks (no component instances yet).
    Status build();
    // Instantiates and opens/prepares every task; schedules its ticks. Executor thread.
    void startTasks();
    // close/cleanup every running task. Executor thread, after the last message.
    void stopTasks();

    // Handles one message addressed to one of this executor's tasks.
    void handle(Message&& m);
    // Spouts: one round of nextTuple over the tasks that may emit. Returns tuples emitted.
    std::size_t pollSpouts();
    // True when a spout task could emit now (active, running, below max pending, no overflow).
    bool canPoll() const;

    OutputStream* findStream(const std::string& id);
    OutputStream& streamAt(std::size_t i) { return m_outputs[i]; }
    std::size_t systemStream(const std::string& id) const;  // metrics index of a `__` stream
    // Metrics index of the acker stream a message of `kind` (AckInit..AckReset) travels on.
    std::size_t ackStream(MessageKind kind) const { return m_ackStreams[ackKindIndex(kind)]; }
    static std::size_t ackKindIndex(MessageKind kind) {
        return kind == MessageKind::AckInit ? 0 : kind == MessageKind::AckAck ? 1 : kind == MessageKind::AckFail ? 2 : 3;
    }
    Random& rng() { return m_rng; }
    // The executor's clock, in scheduler nanoseconds. Reading the real clock costs as much as a
    // small execute(), so the threaded scheduler refreshes it once per batch of messages and
    // each execute() refreshes it when it returns (one read per tuple, shared by that tuple's
    // end and the next one's start). The simulated scheduler refreshes it before every event,
    // so simulated runs see exact times.
    std::int64_t now() const { return m_now; }
    std::int64_t refreshClock();
    // A tuple body to fill, reused from this executor's pool (see tuple_pool.h).
    TupleBody* newTupleBody() { return m_tuplePool.take(); }
    std::uint64_t nextTupleId() { return (static_cast<std::uint64_t>(m_index + 1) << 40) | ++m_tupleCounter; }
    int ackerInputIndex(int sourceComponent, MessageKind kind) const;

    // Backpressure: set by the transport while sends from this executor wait for room.
    bool overflowed() const { return m_overflowed.load(std::memory_order_relaxed); }
    void setOverflowed(bool on) { m_overflowed.store(on, std::memory_order_relaxed); }
    // Spout activation (Storm's activate/deactivate), applied on the executor's thread.
    void setActive(bool active);

private:
    Status buildRoutes();
    RuntimeCore& m_core;
    int m_index;
    TuplePool m_tuplePool;  // before m_tasks: tuples the tasks still hold go back to it
    std::vector<std::unique_ptr<Task>> m_tasks;
    std::vector<OutputStream> m_outputs;
    std::vector<int> m_ackerInputs;  // [component * 4 + kind]
    std::array<std::size_t, 4> m_ackStreams{};  // by ackKindIndex
    Random m_rng;
    std::uint64_t m_tupleCounter = 0;
    std::int64_t m_now = 0;
    std::size_t m_pollCursor = 0;
    std::atomic<bool> m_overflowed{false};  // read by the metrics sampler thread
    bool m_active = true;
};

} // namespace teacup::runtime
