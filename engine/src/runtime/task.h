// One task: a component instance (spout, bolt, basic bolt, or the acker), its context and
// collectors, its reliability state (spout pending map or acker ledger), and its supervisor
// lifecycle (running, killed, restarting). Runs only on its executor's thread.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <teacup/runtime/session.h>
#include <teacup/sdk/bolt.h>
#include <teacup/sdk/spout.h>

#include "metrics/task_metrics.h"
#include "reliability/acker.h"
#include "reliability/rotating_map.h"
#include "runtime/message.h"
#include "runtime/task_context.h"

namespace teacup::runtime {

class Executor;
struct OutputStream;

class Task {
public:
    Task(Executor& executor, int taskId);
    ~Task();

    int id() const { return m_id; }
    const TaskInfo& info() const;
    TaskState state() const { return m_state; }
    bool running() const { return m_state == TaskState::Running; }
    Executor& executor() { return m_executor; }
    metrics::TaskMetrics& metrics() { return *m_metrics; }
    TaskContextImpl& context() { return *m_context; }

    // Supervisor lifecycle.
    void start();                               // instantiate, open/prepare, schedule ticks
    void stop();                                // close/cleanup (orderly end of run)
    std::int64_t kill();                        // lose instance and state; returns generation
    void crash(const std::string& what);        // report, kill, schedule the restart
    void restart(std::uint64_t generation);     // from the supervisor timer
    std::uint64_t generation() const { return m_generation; }

    // Message handlers (executor thread).
    void onTuple(Tuple&& tuple);
    void onAckerMessage(const Message& m);
    void onSpoutReply(const Message& m);
    void onTick(const Message& m);

    // Spouts.
    bool canEmit() const;               // running, active, below max spout pending
    std::size_t nextTuple();            // calls nextTuple; returns tuples emitted
    void setActive(bool active);
    bool exhausted() const;
    std::size_t pendingCount() const { return m_pending.size(); }

    // Emit paths behind the collectors (throw EmitError on rule violations).
    std::span<const int> spoutEmit(const std::string& stream, Values values, Value messageId, int directTask);
    std::span<const int> boltEmit(const std::string& stream, std::span<const Tuple> anchors, Values values,
                                  int directTask);
    // `nowNanos`: the time of the ack when the caller has just read the clock.
    void ack(const Tuple& input, std::optional<std::int64_t> nowNanos = std::nullopt);
    void fail(const Tuple& input);
    void resetTimeout(const Tuple& input);
    void reportError(const std::string& message);

private:
    struct Pending {
        Value messageId;
        std::size_t stream = 0;
        std::int64_t emitNanos = 0;
        std::uint64_t traceId = 0;
    };
    class SpoutCollector;
    class BoltCollector;
    class BasicCollector;

    void instantiate();
    void scheduleTick(std::int64_t periodNanos);
    std::span<const int> route(OutputStream& os, const Values& values, int directTask);
    // Stream lookup, Storm's emit checks, routing and emit counters shared by both emit paths.
    OutputStream& prepareEmit(const std::string& stream, const Values& values, int directTask);
    // Trace events, built only when a sink is set; kept out of line so the hot path stays small.
    [[gnu::noinline]] std::unique_ptr<trace::TraceEvent> emitEvent(const std::string& stream, const Values& values,
                                                                   std::span<const Tuple> anchors) const;
    [[gnu::noinline]] void traceExecute(const Tuple& tuple, std::int64_t start);
    // Task hooks' emit callback (Storm fires it for sends to the acker too).
    [[gnu::noinline]] void runEmitHooks(const std::string& stream, const Values& values, std::span<const int> targets);
    [[gnu::noinline]] void runAckerEmitHooks(const std::string& stream, std::uint64_t root, std::uint64_t value,
                                             int ackerTask);
    void sendToAcker(MessageKind kind, std::uint64_t root, std::uint64_t value);
    void sendTuples(OutputStream& os, Values&& values, std::span<const Tuple> anchors, std::uint64_t root,
                    std::uint64_t* xorOut, std::uint64_t* firstTraceId);
    void executeBolt(const Tuple& tuple);
    [[gnu::noinline]] void traceSimple(trace::EventKind kind, const Tuple* tuple, const Value* messageId,
                                       std::uint64_t root);

    Executor& m_executor;
    int m_id;
    std::atomic<TaskState> m_state{TaskState::Restarting};  // read by the session thread
    std::uint64_t m_generation = 0;
    bool m_active = true;
    std::int64_t m_maxPending = 0;  // 0 = unlimited
    std::int64_t m_tickNanos = 0;   // tick period of this task (0 = none)
    metrics::TaskMetrics* m_metrics = nullptr;
    std::unique_ptr<TaskContextImpl> m_context;
    std::unique_ptr<Spout> m_spout;
    std::unique_ptr<Bolt> m_bolt;
    std::unique_ptr<BasicBolt> m_basic;
    std::unique_ptr<SpoutCollector> m_spoutCollector;
    std::unique_ptr<BoltCollector> m_boltCollector;
    std::unique_ptr<BasicCollector> m_basicCollector;
    std::unique_ptr<reliability::Acker> m_acker;
    reliability::RotatingMap<std::uint64_t, Pending> m_pending{2};  // Storm's spout map: 2 buckets
    std::vector<int> m_targets;        // scratch: chosen tasks of the current emit
    std::vector<int> m_targetInputs;   // scratch: subscriber input index per target
    std::size_t m_emittedInCall = 0;
    const Tuple* m_currentInput = nullptr;  // BasicBolt implicit anchor
    std::shared_ptr<const Fields> m_tickFields;
};

} // namespace teacup::runtime
