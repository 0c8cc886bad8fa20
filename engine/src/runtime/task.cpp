// Task lifecycle and message handling: supervisor states, spout pending map with Storm's
// two-bucket timeouts, the acker ledger, bolt execution with BasicBolt semantics, and
// crash containment (an exception fails the input and restarts the task, never the process).
#include "runtime/task.h"

#include <spdlog/spdlog.h>

#include "plugin/builtins.h"
#include "runtime/config_keys.h"
#include "runtime/executor.h"
#include "runtime/task_collectors.h"

namespace teacup::runtime {

Task::Task(Executor& executor, int taskId) : m_executor(executor), m_id(taskId) {
    auto& core = executor.core();
    m_metrics = core.metrics().task(taskId);
    const std::uint64_t seed = core.options().seed * 0x9E3779B97F4A7C15ULL + static_cast<std::uint64_t>(taskId);
    m_context = std::make_unique<TaskContextImpl>(core.plan(), taskId, core.transport(), seed);
    const auto& comp = executor.component();
    if (comp.kind == model::ComponentKind::Spout)
        m_maxPending = std::max<std::int64_t>(0, configInt(comp.config, keys::kMaxSpoutPending).value_or(0));
    m_tickFields = std::make_shared<const Fields>(Fields{"rate_secs"});
}

Task::~Task() = default;

const TaskInfo& Task::info() const { return m_executor.core().plan().tasks[m_id - 1]; }

void Task::instantiate() {
    auto& core = m_executor.core();
    const auto& comp = m_executor.component();
    if (comp.system) {
        m_acker = std::make_unique<reliability::Acker>();
        return;
    }
    const auto* cls = core.registry().find(comp.def->object.className);
    if (!cls) throw std::runtime_error("class '" + comp.def->object.className + "' is not registered");
    const ComponentArgs args = plugin::makeComponentArgs(*comp.def);
    if (cls->kind == model::ClassKind::Spout) {
        m_spout = cls->spout(args);
        if (!m_spout) throw std::runtime_error(args.error().empty() ? "factory built nothing" : args.error());
        m_spoutCollector = std::make_unique<SpoutCollector>(*this);
    } else if (cls->basic) {
        m_basic = cls->basicBolt(args);
        if (!m_basic) throw std::runtime_error(args.error().empty() ? "factory built nothing" : args.error());
        m_basicCollector = std::make_unique<BasicCollector>(*this);
    } else {
        m_bolt = cls->bolt(args);
        if (!m_bolt) throw std::runtime_error(args.error().empty() ? "factory built nothing" : args.error());
        m_boltCollector = std::make_unique<BoltCollector>(*this);
    }
}

void Task::start() {
    auto& core = m_executor.core();
    const auto& settings = core.settings();
    const auto& comp = m_executor.component();
    m_state = TaskState::Running;
    try {
        instantiate();
        if (m_spout) {
            m_spout->open(comp.config, *m_context, *m_spoutCollector);
            if (m_active) m_spout->activate();
        } else if (m_bolt) {
            m_bolt->prepare(comp.config, *m_context, *m_boltCollector);
        } else if (m_basic) {
            m_basic->prepare(comp.config, *m_context);
        }
    } catch (const std::exception& e) {
        crash(std::string("failed to start: ") + e.what());
        return;
    } catch (...) {
        crash("failed to start: unknown exception");
        return;
    }
    // Spouts and the acker tick at the message timeout (Storm forces it); bolts at their
    // topology.tick.tuple.freq.secs. The first tick comes one period after start.
    if (settings.acking && settings.timeouts && (m_spout || m_acker)) {
        scheduleTick(settings.timeoutNanos);
    } else if (m_bolt || m_basic) {
        if (auto secs = configInt(comp.config, keys::kTickTupleFreqSecs); secs && *secs > 0)
            scheduleTick(*secs * 1'000'000'000);
    }
}

void Task::scheduleTick(std::int64_t periodNanos) {
    m_tickNanos = periodNanos;
    Message tick;
    tick.kind = MessageKind::Tick;
    tick.task = m_id;
    tick.value = m_generation;
    auto& transport = m_executor.core().transport();
    transport.scheduleTimer(m_executor.index(), transport.now() + periodNanos, std::move(tick));
}

void Task::stop() {
    if (m_state != TaskState::Running) return;
    try {
        if (m_spout) {
            m_spout->deactivate();
            m_spout->close();
        } else if (m_bolt) {
            m_bolt->cleanup();
        } else if (m_basic) {
            m_basic->cleanup();
        }
        m_context->cleanupHooks();
    } catch (...) {
        reportError("threw while closing");
    }
}

std::int64_t Task::kill() {
    ++m_generation;
    m_state = TaskState::Killed;
    m_spout.reset();
    m_bolt.reset();
    m_basic.reset();
    m_acker.reset();
    m_context->dropHooks();
    const std::int64_t lostTrees = static_cast<std::int64_t>(m_pending.size());
    m_pending.clear();
    m_tickNanos = 0;
    return lostTrees;
}

void Task::crash(const std::string& what) {
    reportError(what);
    kill();
    auto& core = m_executor.core();
    Message restart;
    restart.kind = MessageKind::Restart;
    restart.task = m_id;
    restart.value = m_generation;
    core.transport().scheduleTimer(m_executor.index(), core.transport().now() + core.settings().restartDelayNanos,
                                   std::move(restart));
    if (auto* sink = core.sink()) {
        trace::TraceEvent ev;
        ev.kind = trace::EventKind::Kill;
        ev.timeNanos = core.transport().now();
        ev.task = m_id;
        ev.text = what;
        sink->onEvent(ev);
    }
}

void Task::restart(std::uint64_t generation) {
    if (generation != m_generation || m_state == TaskState::Running) return;
    m_state = TaskState::Restarting;
    m_context->reseed(m_executor.core().options().seed * 0x9E3779B97F4A7C15ULL + static_cast<std::uint64_t>(m_id) +
                      (m_generation << 32));
    auto& core = m_executor.core();
    if (auto* sink = core.sink()) {
        trace::TraceEvent ev;
        ev.kind = trace::EventKind::Restart;
        ev.timeNanos = core.transport().now();
        ev.task = m_id;
        sink->onEvent(ev);
    }
    spdlog::info("{}[{}]: restarted by the supervisor", m_executor.component().id, m_id);
    start();
}

void Task::reportError(const std::string& message) {
    m_executor.core().reportError(m_id, message);
}

void Task::onTuple(Tuple&& tuple) {
    if (!running()) return;
    if (m_acker) return;  // user tuples never address the acker
    executeBolt(tuple);
}

void Task::executeBolt(const Tuple& tuple) {
    auto& transport = m_executor.core().transport();
    const std::int64_t start = m_executor.now();
    tuple.body()->executeStartNanos = start;
    if (m_executor.core().sink()) [[unlikely]]
        traceExecute(tuple, start);
    std::optional<std::int64_t> end;  // read once: a BasicBolt's auto-ack needs it first
    try {
        if (m_bolt) {
            m_bolt->execute(tuple);
        } else if (m_basic) {
            m_currentInput = &tuple;
            try {
                m_basic->execute(tuple, *m_basicCollector);
                m_currentInput = nullptr;
                end = m_executor.refreshClock();
                ack(tuple, *end);
            } catch (const ReportedFailedException& e) {
                m_currentInput = nullptr;
                reportError(e.what());
                fail(tuple);
            } catch (const FailedException&) {
                m_currentInput = nullptr;
                fail(tuple);
            }
        }
    } catch (const std::exception& e) {
        m_currentInput = nullptr;
        fail(tuple);
        crash(std::string("execute threw: ") + e.what());
        return;
    } catch (...) {
        m_currentInput = nullptr;
        fail(tuple);
        crash("execute threw an unknown exception");
        return;
    }
    const std::int64_t nanos = transport.executeNanos((end ? *end : m_executor.refreshClock()) - start);
    m_metrics->executed(static_cast<std::size_t>(tuple.body()->inputIndex), nanos);
    if (m_context->hasHooks()) [[unlikely]] {
        try {
            for (const auto& h : m_context->hooks()) h->boltExecute(BoltExecuteInfo{tuple, m_id, nanos / 1'000'000});
        } catch (const std::exception& e) {
            crash(std::string("task hook threw: ") + e.what());
        }
    }
}

void Task::traceExecute(const Tuple& tuple, std::int64_t start) {
    trace::TraceEvent ev;
    ev.kind = trace::EventKind::Execute;
    ev.timeNanos = start;
    ev.task = m_id;
    ev.stream = tuple.sourceStreamId();
    ev.tupleId = tuple.id();
    tuple.anchors().forEach([&](std::uint64_t r, std::uint64_t) { ev.roots.push_back(r); });
    if (auto* sink = m_executor.core().sink()) sink->onEvent(ev);
}

void Task::onAckerMessage(const Message& m) {
    if (!running() || !m_acker) return;
    auto& core = m_executor.core();
    const std::int64_t now = m_executor.now();
    std::optional<reliability::AckerReply> reply;
    switch (m.kind) {
    case MessageKind::AckInit: reply = m_acker->init(m.root, m.value, m.sourceTask, now); break;
    case MessageKind::AckAck: reply = m_acker->ack(m.root, m.value, now); break;
    case MessageKind::AckFail: reply = m_acker->fail(m.root, now); break;
    case MessageKind::AckReset: reply = m_acker->resetTimeout(m.root, now); break;
    default: return;
    }
    const int sourceComponent = core.plan().tasks[m.sourceTask - 1].componentIndex;
    m_metrics->executed(static_cast<std::size_t>(m_executor.ackerInputIndex(sourceComponent, m.kind)), 0);
    if (!reply) return;
    Message out;
    out.task = reply->spoutTask;
    out.sourceTask = m_id;
    out.root = reply->root;
    out.nanos = reply->deltaNanos;
    std::size_t stream = 0;
    switch (reply->kind) {
    case reliability::AckerReply::Kind::Ack: out.kind = MessageKind::SpoutAck; stream = 0; break;
    case reliability::AckerReply::Kind::Fail: out.kind = MessageKind::SpoutFail; stream = 1; break;
    case reliability::AckerReply::Kind::ResetTimeout: out.kind = MessageKind::SpoutReset; stream = 2; break;
    }
    m_metrics->emitted(stream);
    m_metrics->transferred(stream, 1);
    core.transport().send(m_executor, std::move(out));
}

void Task::onSpoutReply(const Message& m) {
    if (!running() || !m_spout) return;
    if (m.kind == MessageKind::SpoutReset) {
        m_pending.touch(m.root);
        return;
    }
    auto entry = m_pending.remove(m.root);
    if (!entry) return;  // unknown root (expired, or from before a restart): ignored as in Storm
    const bool acked = m.kind == MessageKind::SpoutAck;
    if (acked)
        m_metrics->spoutAcked(entry->stream, m.nanos);
    else
        m_metrics->spoutFailed(entry->stream);
    if (m_executor.core().sink()) [[unlikely]]
        traceSimple(acked ? trace::EventKind::Ack : trace::EventKind::Fail, nullptr, &entry->messageId, m.root);
    try {
        if (acked)
            m_spout->ack(entry->messageId);
        else
            m_spout->fail(entry->messageId);
        if (m_context->hasHooks()) [[unlikely]] {
            const std::int64_t ms = m.nanos / 1'000'000;
            for (const auto& h : m_context->hooks()) {
                if (acked)
                    h->spoutAck(SpoutAckInfo{entry->messageId, m_id, ms});
                else
                    h->spoutFail(SpoutFailInfo{entry->messageId, m_id, std::nullopt});
            }
        }
    } catch (const std::exception& e) {
        crash(std::string(acked ? "ack" : "fail") + " threw: " + e.what());
    } catch (...) {
        crash(std::string(acked ? "ack" : "fail") + " threw an unknown exception");
    }
}

void Task::onTick(const Message& m) {
    if (!running() || m.value != m_generation || m_tickNanos == 0) return;
    scheduleTick(m_tickNanos);
    if (m_acker) {
        m_acker->tick();
        return;
    }
    if (m_spout) {
        for (auto& [root, entry] : m_pending.rotate()) {
            m_metrics->spoutFailed(entry.stream);
            if (m_executor.core().sink()) [[unlikely]]
                traceSimple(trace::EventKind::Timeout, nullptr, &entry.messageId, root);
            try {
                m_spout->fail(entry.messageId);
                for (const auto& h : m_context->hooks()) h->spoutFail(SpoutFailInfo{entry.messageId, m_id, std::nullopt});
            } catch (...) {
                crash("fail threw on timeout");
                return;
            }
        }
        return;
    }
    // Bolt tick tuple: from __system task -1 on __tick, one value = the frequency in seconds.
    auto* body = m_executor.newTupleBody();
    body->values = Values{Value(static_cast<int>(m_tickNanos / 1'000'000'000))};
    body->fields = m_tickFields;
    body->sourceComponent = &kSystemComponent;
    body->sourceStream = &kTickStream;
    body->sourceTask = -1;
    body->inputIndex = static_cast<std::int32_t>(m_executor.component().inputs.size()) - 1;
    body->id = m_executor.nextTupleId();
    executeBolt(Tuple(body));
}

bool Task::canEmit() const {
    if (!running() || !m_spout || !m_active) return false;
    return m_maxPending == 0 || static_cast<std::int64_t>(m_pending.size()) < m_maxPending;
}

std::size_t Task::nextTuple() {
    m_emittedInCall = 0;
    try {
        m_spout->nextTuple();
    } catch (const std::exception& e) {
        crash(std::string("nextTuple threw: ") + e.what());
    } catch (...) {
        crash("nextTuple threw an unknown exception");
    }
    return m_emittedInCall;
}

void Task::setActive(bool active) {
    if (m_active == active) return;
    m_active = active;
    if (!running() || !m_spout) return;
    try {
        if (active)
            m_spout->activate();
        else
            m_spout->deactivate();
    } catch (...) {
        crash(active ? "activate threw" : "deactivate threw");
    }
}

bool Task::exhausted() const {
    if (!m_spout) return m_executor.isSpout() ? false : true;
    return m_spout->isExhausted();
}

void Task::traceSimple(trace::EventKind kind, const Tuple* tuple, const Value* messageId, std::uint64_t root) {
    auto* sink = m_executor.core().sink();
    if (!sink) return;
    trace::TraceEvent ev;
    ev.kind = kind;
    ev.timeNanos = m_executor.core().transport().now();
    ev.task = m_id;
    if (tuple) {
        ev.stream = tuple->sourceStreamId();
        ev.tupleId = tuple->id();
        tuple->anchors().forEach([&](std::uint64_t r, std::uint64_t) { ev.roots.push_back(r); });
    }
    if (root) ev.roots.push_back(root);
    if (messageId) ev.messageId = *messageId;
    sink->onEvent(ev);
}

} // namespace teacup::runtime
