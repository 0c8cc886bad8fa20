// Emit, ack, fail and resetTimeout with Storm's rules: emit errors as Storm raises them,
// one edge id per target copy per anchor, the spout's root id and __ack_init, acks as
// id ^ ackVal (storm.md §2.2, §3.2–3.4). Trace events are built only when a sink is set.
#include <memory>
#include <optional>

#include <teacup/sdk/errors.h>

#include "runtime/executor.h"
#include "runtime/task.h"

namespace teacup::runtime {

namespace {

void checkWidth(const OutputStream& os, const Values& values, const std::string& component) {
    if (values.size() != os.fields->size())
        throw EmitError("Tuple created with wrong number of fields. Expected " + std::to_string(os.fields->size()) +
                        " fields but got " + std::to_string(values.size()) + " fields (component '" + component +
                        "', stream '" + os.id + "')");
}

} // namespace

std::span<const int> Task::route(OutputStream& os, const Values& values, int directTask) {
    m_targets.clear();
    m_targetInputs.clear();
    const auto& plan = m_executor.core().plan();
    if (directTask >= 0) {
        const TaskInfo* target = plan.task(directTask);
        if (!target) return {};
        for (const auto& r : os.routes) {
            if (r.subscriber != target->componentIndex) continue;
            if (r.type != GroupingType::Direct)
                throw EmitError("Cannot emitDirect to a task expecting a regular grouping (task " +
                                std::to_string(directTask) + " of '" + plan.components[r.subscriber].id +
                                "', stream '" + os.id + "')");
            m_targets.push_back(directTask);
            m_targetInputs.push_back(r.inputIndex);
        }
        return m_targets;  // a task that does not subscribe: silently dropped, as in Storm
    }
    if (os.hasDirect)
        throw EmitError("Cannot do regular emit to direct stream '" + os.id + "' of component '" +
                        m_executor.component().id + "'");
    for (auto& r : os.routes) {
        r.grouper->chooseTasks(m_id, values, m_targets);
        m_targetInputs.resize(m_targets.size(), r.inputIndex);
    }
    return m_targets;
}

OutputStream& Task::prepareEmit(const std::string& stream, const Values& values, int directTask) {
    OutputStream* os = m_executor.findStream(stream);
    if (!os)
        throw EmitError("Unknown stream ID '" + stream + "' emitted by component '" + m_executor.component().id + "'");
    checkWidth(*os, values, m_executor.component().id);
    route(*os, values, directTask);
    m_metrics->emitted(os->metricsIndex);
    m_metrics->transferred(os->metricsIndex, m_targets.size());
    return *os;
}

std::unique_ptr<trace::TraceEvent> Task::emitEvent(const std::string& stream, const Values& values,
                                                   std::span<const Tuple> anchors) const {
    auto ev = std::make_unique<trace::TraceEvent>();
    ev->kind = trace::EventKind::Emit;
    ev->timeNanos = m_executor.core().transport().now();
    ev->task = m_id;
    ev->stream = stream;
    ev->values = values;
    ev->targets.assign(m_targets.begin(), m_targets.end());
    for (const Tuple& a : anchors) {
        ev->anchors.push_back(a.id());
        a.anchors().forEach([&](std::uint64_t r, std::uint64_t) { ev->roots.push_back(r); });
    }
    return ev;
}

void Task::runEmitHooks(const std::string& stream, const Values& values, std::span<const int> targets) {
    const EmitInfo info{values, stream, m_id, targets};
    for (const auto& h : m_context->hooks()) h->emit(info);
}

void Task::runAckerEmitHooks(const std::string& stream, std::uint64_t root, std::uint64_t value, int ackerTask) {
    const Values values{Value(static_cast<long long>(root)), Value(static_cast<long long>(value))};
    const int target[1] = {ackerTask};
    runEmitHooks(stream, values, target);
}

void Task::sendTuples(OutputStream& os, Values&& values, std::span<const Tuple> anchors, std::uint64_t root,
                      std::uint64_t* xorOut, std::uint64_t* firstTraceId) {
    auto& core = m_executor.core();
    const bool acking = core.settings().acking;
    const std::uint64_t traceId = m_executor.nextTupleId();
    *firstTraceId = traceId;
    const std::size_t n = m_targets.size();
    for (std::size_t i = 0; i < n; ++i) {
        auto* body = m_executor.newTupleBody();
        if (i + 1 == n)
            body->values = std::move(values);
        else
            body->values = values;
        if (body->fields != os.fields) body->fields = os.fields;
        body->sourceComponent = &m_executor.component().id;
        body->sourceStream = &os.id;
        body->sourceTask = m_id;
        body->inputIndex = m_targetInputs[i];
        body->id = traceId;
        if (root != 0) {
            const std::uint64_t edge = m_executor.rng().nextU64();
            body->anchors.xorInto(root, edge);
            *xorOut ^= edge;
        } else if (acking) {
            for (const Tuple& a : anchors) {
                if (a.anchors().empty()) continue;
                const std::uint64_t edge = m_executor.rng().nextU64();
                a.body()->ackVal ^= edge;
                a.anchors().forEach([&](std::uint64_t r, std::uint64_t) { body->anchors.xorInto(r, edge); });
            }
        }
        Message m;
        m.kind = MessageKind::Tuple;
        m.task = m_targets[i];
        m.sourceTask = m_id;
        m.tuple = Tuple(body);
        core.transport().send(m_executor, std::move(m));
    }
}

std::span<const int> Task::spoutEmit(const std::string& stream, Values values, Value messageId, int directTask) {
    auto& core = m_executor.core();
    OutputStream* os = &prepareEmit(stream, values, directTask);
    ++m_emittedInCall;
    const bool tracked = !messageId.isNull() && core.settings().acking;
    const std::uint64_t root = tracked ? (m_executor.rng().nextU64() | 1) : 0;
    std::uint64_t xorAll = 0;
    std::uint64_t traceId = 0;
    // Tracing off costs a null check: the event is only built, out of line, when a sink is set.
    std::unique_ptr<trace::TraceEvent> ev;
    auto* sink = core.sink();
    if (sink) [[unlikely]] {
        ev = emitEvent(stream, values, {});
        ev->messageId = messageId;
        if (tracked) ev->roots.push_back(root);
    }
    if (m_context->hasHooks()) [[unlikely]]
        runEmitHooks(stream, values, m_targets);
    sendTuples(*os, std::move(values), {}, root, &xorAll, &traceId);
    if (sink) [[unlikely]] {
        ev->tupleId = traceId;
        sink->onEvent(*ev);
    }
    if (tracked) {
        m_pending.put(root, Pending{std::move(messageId), os->metricsIndex, m_executor.now(), traceId});
        Message init;
        init.kind = MessageKind::AckInit;
        init.task = core.ackerTaskFor(root);
        init.sourceTask = m_id;
        init.root = root;
        init.value = xorAll;
        const std::size_t sys = m_executor.ackStream(MessageKind::AckInit);
        m_metrics->emitted(sys);
        m_metrics->transferred(sys, 1);
        if (m_context->hasHooks()) [[unlikely]]
            runAckerEmitHooks(kAckInitStream, root, xorAll, init.task);
        core.transport().send(m_executor, std::move(init));
    } else if (!messageId.isNull()) {
        // Acking disabled: Storm acks inside emit, before emit returns (storm.md §3.2).
        m_spout->ack(messageId);
    }
    return m_targets;
}

std::span<const int> Task::boltEmit(const std::string& stream, std::span<const Tuple> anchors, Values values,
                                    int directTask) {
    auto& core = m_executor.core();
    OutputStream* os = &prepareEmit(stream, values, directTask);
    std::unique_ptr<trace::TraceEvent> ev;
    auto* sink = core.sink();
    if (sink) [[unlikely]]
        ev = emitEvent(stream, values, anchors);
    std::uint64_t unused = 0;
    std::uint64_t traceId = 0;
    if (m_context->hasHooks()) [[unlikely]]
        runEmitHooks(stream, values, m_targets);
    sendTuples(*os, std::move(values), anchors, 0, &unused, &traceId);
    if (sink) [[unlikely]] {
        ev->tupleId = traceId;
        sink->onEvent(*ev);
    }
    return m_targets;
}

void Task::sendToAcker(MessageKind kind, std::uint64_t root, std::uint64_t value) {
    auto& core = m_executor.core();
    Message m;
    m.kind = kind;
    m.task = core.ackerTaskFor(root);
    m.sourceTask = m_id;
    m.root = root;
    m.value = value;
    const std::size_t sys = m_executor.ackStream(kind);
    m_metrics->emitted(sys);
    m_metrics->transferred(sys, 1);
    if (m_context->hasHooks()) [[unlikely]]
        runAckerEmitHooks(kind == MessageKind::AckAck    ? kAckAckStream
                          : kind == MessageKind::AckFail ? kAckFailStream
                                                         : kAckResetTimeoutStream,
                          root, value, m.task);
    core.transport().send(m_executor, std::move(m));
}

void Task::ack(const Tuple& input, std::optional<std::int64_t> nowNanos) {
    auto& core = m_executor.core();
    if (!core.settings().acking) return;
    const std::uint64_t ackVal = input.body()->ackVal;
    input.anchors().forEach([&](std::uint64_t r, std::uint64_t id) { sendToAcker(MessageKind::AckAck, r, id ^ ackVal); });
    const std::int64_t processNanos = core.transport().executeNanos(
        (nowNanos ? *nowNanos : core.transport().now()) - input.body()->executeStartNanos);
    m_metrics->boltAcked(static_cast<std::size_t>(input.body()->inputIndex), processNanos);
    if (m_context->hasHooks()) [[unlikely]]
        for (const auto& h : m_context->hooks()) h->boltAck(BoltAckInfo{input, m_id, processNanos / 1'000'000});
    if (m_executor.core().sink()) [[unlikely]]
        traceSimple(trace::EventKind::Ack, &input, nullptr, 0);
}

void Task::fail(const Tuple& input) {
    auto& core = m_executor.core();
    if (!core.settings().acking) return;
    input.anchors().forEach([&](std::uint64_t r, std::uint64_t) { sendToAcker(MessageKind::AckFail, r, 0); });
    m_metrics->boltFailed(static_cast<std::size_t>(input.body()->inputIndex));
    if (m_context->hasHooks()) [[unlikely]]
        for (const auto& h : m_context->hooks()) h->boltFail(BoltFailInfo{input, m_id, std::nullopt});
    if (m_executor.core().sink()) [[unlikely]]
        traceSimple(trace::EventKind::Fail, &input, nullptr, 0);
}

void Task::resetTimeout(const Tuple& input) {
    if (!m_executor.core().settings().acking) return;
    input.anchors().forEach([&](std::uint64_t r, std::uint64_t) { sendToAcker(MessageKind::AckReset, r, 0); });
}

} // namespace teacup::runtime
