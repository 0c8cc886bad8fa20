// Executor: routing built per executor (Storm creates groupers per executor), message
// dispatch to tasks, and the spout polling round with max-spout-pending and backpressure.
#include "runtime/executor.h"

#include <algorithm>

#include "runtime/config_keys.h"
#include "runtime/task.h"

namespace teacup::runtime {

Executor::Executor(RuntimeCore& core, int index)
    : m_core(core), m_index(index),
      m_rng(core.options().seed ^ (0xD1B54A32D192ED03ULL * static_cast<std::uint64_t>(index + 1))) {}

Executor::~Executor() = default;

Task* Executor::task(int taskId) {
    const int i = taskId - info().firstTask;
    if (i < 0 || i >= static_cast<int>(m_tasks.size())) return nullptr;
    return m_tasks[i].get();
}

Status Executor::build() {
    for (int t = info().firstTask; t <= info().lastTask; ++t) m_tasks.push_back(std::make_unique<Task>(*this, t));
    return buildRoutes();
}

Status Executor::buildRoutes() {
    const auto& plan = m_core.plan();
    const auto& comp = component();
    const int self = info().componentIndex;
    for (std::size_t s = 0; s < comp.streams.size(); ++s) {
        OutputStream os;
        os.id = comp.streams[s].id;
        os.fields = std::make_shared<const Fields>(comp.streams[s].fields);
        os.metricsIndex = s;
        m_outputs.push_back(std::move(os));
    }
    std::uint64_t routeSeed = m_core.options().seed * 0x2545F4914F6CDD1DULL + static_cast<std::uint64_t>(m_index);
    for (const auto& sub : plan.subscriptions) {
        if (sub.fromComponent != self) continue;
        OutputStream* os = findStream(sub.stream);
        if (!os) continue;  // validation reports undeclared streams
        const auto& target = plan.components[sub.toComponent];
        grouping::GrouperSpec spec;
        spec.type = sub.grouping;
        spec.targetTasks = target.tasks;
        for (const auto& f : sub.fields)
            if (auto i = os->fields->fieldIndex(f)) spec.keyIndexes.push_back(static_cast<int>(*i));
        for (int t : target.tasks)
            if (plan.tasks[t - 1].worker == worker()) spec.localTasks.push_back(t);
        spec.loadAware = m_core.settings().loadAware;
        spec.seed = routeSeed++;
        if (sub.grouping == GroupingType::Custom) {
            if (!sub.customClass) return makeError(ErrorCode::InvalidInput, "CUSTOM grouping without customClass");
            const auto* cls = m_core.registry().find(sub.customClass->className);
            if (!cls || cls->kind != model::ClassKind::Grouping)
                return makeError(ErrorCode::NotFound, "unknown grouping class '" + sub.customClass->className + "'");
            ComponentArgs args;
            args.className = sub.customClass->className;
            args.constructorArgs = sub.customClass->constructorArgs;
            args.properties = sub.customClass->properties;
            args.configMethods = sub.customClass->configMethods;
            spec.custom = cls->grouping(args);
            if (!spec.custom) return makeError(ErrorCode::InvalidInput, sub.customClass->className + ": " + args.error());
            spec.custom->prepare(m_tasks.front()->context(), comp.id, sub.stream, target.tasks);
        }
        if (sub.grouping == GroupingType::Direct) os->hasDirect = true;
        Route r;
        r.subscriber = sub.toComponent;
        r.type = sub.grouping;
        r.inputIndex = sub.inputIndex;
        r.grouper = grouping::makeGrouper(std::move(spec));
        os->routes.push_back(std::move(r));
    }
    m_ackStreams = {systemStream(kAckInitStream), systemStream(kAckAckStream), systemStream(kAckFailStream),
                    systemStream(kAckResetTimeoutStream)};
    if (isAcker()) {
        m_ackerInputs.assign(plan.components.size() * 4, 0);
        for (std::size_t i = 0; i < comp.inputs.size(); ++i) {
            const int from = plan.componentIndex(comp.inputs[i].component);
            const auto& st = comp.inputs[i].stream;
            const int k = st == kAckInitStream ? 0 : st == kAckAckStream ? 1 : st == kAckFailStream ? 2 : 3;
            if (from >= 0) m_ackerInputs[from * 4 + k] = static_cast<int>(i);
        }
    }
    return {};
}

std::int64_t Executor::refreshClock() { return m_now = m_core.transport().now(); }

int Executor::ackerInputIndex(int sourceComponent, MessageKind kind) const {
    const std::size_t i = static_cast<std::size_t>(sourceComponent) * 4 + ackKindIndex(kind);
    return i < m_ackerInputs.size() ? m_ackerInputs[i] : 0;
}

OutputStream* Executor::findStream(const std::string& id) {
    for (auto& os : m_outputs)
        if (os.id == id) return &os;
    return nullptr;
}

std::size_t Executor::systemStream(const std::string& id) const {
    for (const auto& os : m_outputs)
        if (os.id == id) return os.metricsIndex;
    return 0;
}

void Executor::startTasks() {
    for (auto& t : m_tasks) {
        t->setActive(m_active);
        t->start();
    }
}

void Executor::stopTasks() {
    for (auto& t : m_tasks) t->stop();
}

void Executor::setActive(bool active) {
    m_active = active;
    for (auto& t : m_tasks) t->setActive(active);
}

void Executor::handle(Message&& m) {
    if (m.kind == MessageKind::Activate) {
        setActive(m.value != 0);
        return;
    }
    Task* t = task(m.task);
    if (!t) return;
    switch (m.kind) {
    case MessageKind::Tuple:
        if (!t->running()) {
            m_core.countLost(1);
            return;
        }
        t->onTuple(std::move(m.tuple));
        return;
    case MessageKind::AckInit:
    case MessageKind::AckAck:
    case MessageKind::AckFail:
    case MessageKind::AckReset:
        if (!t->running()) {
            m_core.countLost(1);
            return;
        }
        t->onAckerMessage(m);
        return;
    case MessageKind::SpoutAck:
    case MessageKind::SpoutFail:
    case MessageKind::SpoutReset: t->onSpoutReply(m); return;
    case MessageKind::Tick: t->onTick(m); return;
    case MessageKind::Kill: t->crash(m.nanos ? "killed by fault injection" : "killed by the user"); return;
    case MessageKind::Restart: t->restart(m.value); return;
    default: return;
    }
}

bool Executor::canPoll() const {
    if (!isSpout() || m_overflowed || !m_active) return false;
    for (const auto& t : m_tasks)
        if (t->canEmit()) return true;
    return false;
}

std::size_t Executor::pollSpouts() {
    if (!isSpout() || m_overflowed || !m_active) return 0;
    std::size_t emitted = 0;
    for (std::size_t i = 0; i < m_tasks.size(); ++i) {
        Task& t = *m_tasks[(m_pollCursor + i) % m_tasks.size()];
        if (t.canEmit()) emitted += t.nextTuple();
    }
    m_pollCursor = (m_pollCursor + 1) % std::max<std::size_t>(1, m_tasks.size());
    return emitted;
}

} // namespace teacup::runtime
