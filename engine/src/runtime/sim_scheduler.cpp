// Discrete-event execution of the runtime. Costs are simulated: an execute takes
// teacup.sim.execute.nanos, a spout emit teacup.sim.spout.emit.nanos, a hop
// teacup.sim.transfer.nanos (or the remote figure between workers).
#include "runtime/sim_scheduler.h"

#include "runtime/executor.h"
#include "runtime/task.h"

namespace teacup::runtime {

namespace {
constexpr std::int64_t kSampleIntervalNanos = 1'000'000'000;  // metrics history resolution

// Tuples and acker traffic count as "in flight"; timers (ticks, restarts) do not, so a
// topology with nothing moving is idle even though its ticks keep coming.
bool isTraffic(MessageKind k) {
    return k == MessageKind::Tuple || isAckerBound(k) || k == MessageKind::SpoutAck || k == MessageKind::SpoutFail ||
           k == MessageKind::SpoutReset;
}
} // namespace

SimScheduler::SimScheduler(RuntimeCore& core) : m_core(core) {}

void SimScheduler::push(std::int64_t time, int executor, EventKind kind, Message m) {
    m_events.push(Event{time, m_seq++, executor, kind, std::move(m)});
}

void SimScheduler::start() {
    if (m_started) return;
    m_started = true;
    m_exec.resize(m_core.executors().size());
    for (auto& e : m_core.executors()) {
        m_current = e->index();
        m_sendBase = 0;
        e->startTasks();
    }
    m_current = -1;
    for (auto& e : m_core.executors())
        if (e->isSpout()) ensureWake(e->index(), 0);
    push(kSampleIntervalNanos, -1, EventKind::Sample);
}

void SimScheduler::stop() {
    for (auto& e : m_core.executors()) e->stopTasks();
}

std::int64_t SimScheduler::depth(int executor) const {
    return static_cast<std::int64_t>(m_exec[executor].inbox.size());
}

void SimScheduler::send(Executor& from, Message&& m) {
    const auto& plan = m_core.plan();
    const TaskInfo* target = plan.task(m.task);
    if (!target) return;
    const auto& s = m_core.settings();
    const std::int64_t hop = target->worker == from.worker() ? s.simTransferNanos : s.simRemoteTransferNanos;
    const int dest = target->executor;
    if (depth(dest) >= s.receiveBufferSize) {  // Storm 2: a full queue holds the sender back
        from.setOverflowed(true);
        m_exec[from.index()].blockedOn = dest;
    }
    ++m_inFlight;
    push(std::max(m_sendBase, m_now) + hop, dest, EventKind::Arrive, std::move(m));
}

void SimScheduler::scheduleTimer(int executorIndex, std::int64_t at, Message m) {
    push(std::max(at, m_now), executorIndex, EventKind::Arrive, std::move(m));
}

void SimScheduler::ensureWake(int executor, std::int64_t at) {
    auto& st = m_exec[executor];
    if (st.wakeScheduled) return;
    st.wakeScheduled = true;
    push(std::max(at, st.busyUntil), executor, EventKind::Wake);
}

void SimScheduler::arrive(int executor, Message&& m) {
    auto& st = m_exec[executor];
    if (st.inbox.empty() && st.busyUntil <= m_now && !st.wakeScheduled) {
        process(executor, std::move(m));
        return;
    }
    st.inbox.push_back(std::move(m));
    ensureWake(executor, m_now);
}

void SimScheduler::process(int executor, Message&& m) {
    auto& e = *m_core.executors()[executor];
    auto& st = m_exec[executor];
    if (isTraffic(m.kind)) --m_inFlight;
    ++m_deliveries;
    const bool work = m.kind == MessageKind::Tuple || isAckerBound(m.kind);
    const std::int64_t cost = work ? m_core.settings().simExecuteNanos : 0;
    st.busyUntil = m_now + cost;
    m_current = executor;
    m_sendBase = st.busyUntil;
    e.refreshClock();
    e.handle(std::move(m));
    m_current = -1;
    if (e.isSpout()) ensureWake(executor, st.busyUntil);  // a reply may let the spout emit again
}

void SimScheduler::wake(int executor) {
    auto& st = m_exec[executor];
    st.wakeScheduled = false;
    if (!st.inbox.empty()) {
        Message m = std::move(st.inbox.front());
        st.inbox.pop_front();
        process(executor, std::move(m));
        if (!st.inbox.empty()) ensureWake(executor, st.busyUntil);
        return;
    }
    auto& e = *m_core.executors()[executor];
    if (!e.isSpout()) return;
    if (e.overflowed()) {
        if (st.blockedOn >= 0 && depth(st.blockedOn) * 2 < m_core.settings().receiveBufferSize) {
            e.setOverflowed(false);
            st.blockedOn = -1;
        } else {
            ensureWake(executor, m_now + m_core.settings().spoutIdleNanos);
            return;
        }
    }
    if (!e.canPoll()) return;  // woken again by an ack/fail reply, a restart or activation
    m_current = executor;
    m_sendBase = m_now + m_core.settings().simSpoutEmitNanos;
    e.refreshClock();
    const std::size_t emitted = e.pollSpouts();
    m_current = -1;
    if (emitted > 0) {
        m_lastSpoutEmit = m_now;
        st.busyUntil = m_now + static_cast<std::int64_t>(emitted) * m_core.settings().simSpoutEmitNanos;
        ensureWake(executor, st.busyUntil);
    } else {
        ensureWake(executor, m_now + m_core.settings().spoutIdleNanos);  // Storm's spout wait strategy
    }
}

void SimScheduler::sample() {
    for (auto& e : m_core.executors()) {
        const std::int64_t d = depth(e->index());
        for (auto& t : e->tasks()) {
            t->metrics().setQueueDepth(d);
            t->metrics().setBackpressure(e->overflowed());
        }
    }
    m_core.metrics().sample(m_now);
}

bool SimScheduler::step() {
    if (!m_started) start();
    if (m_events.empty()) return false;
    Event ev = std::move(const_cast<Event&>(m_events.top()));
    m_events.pop();
    m_now = std::max(m_now, ev.time);
    switch (ev.kind) {
    case EventKind::Arrive: arrive(ev.executor, std::move(ev.message)); break;
    case EventKind::Wake: wake(ev.executor); break;
    case EventKind::Sample:
        sample();
        push(m_now + kSampleIntervalNanos, -1, EventKind::Sample);
        break;
    }
    return true;
}

void SimScheduler::runUntil(std::int64_t time) {
    if (!m_started) start();
    while (!m_events.empty() && m_events.top().time <= time) step();
    m_now = std::max(m_now, time);
}

bool SimScheduler::runUntilIdle(std::int64_t limit, std::int64_t quiet) {
    if (!m_started) start();
    // Quiet is measured from the later of the last spout emit and this call, so input fed
    // just before the call gets a chance to be emitted.
    const std::int64_t from = m_now;
    auto idle = [&] { return m_inFlight == 0 && m_now - std::max(m_lastSpoutEmit, from) >= quiet; };
    while (!m_events.empty() && m_events.top().time <= limit) {
        step();
        if (idle()) return true;
    }
    return idle();
}

bool SimScheduler::runUntil(const std::function<bool()>& done, std::int64_t limit) {
    if (!m_started) start();
    if (done()) return true;
    while (!m_events.empty() && m_events.top().time <= limit) {
        step();
        if (done()) return true;
    }
    return false;
}

void SimScheduler::kill(int taskId) {
    const TaskInfo* info = m_core.plan().task(taskId);
    if (!info) return;
    auto& st = m_exec[info->executor];
    std::int64_t lost = 0;
    for (auto it = st.inbox.begin(); it != st.inbox.end();) {
        if (it->task == taskId && isTraffic(it->kind)) {
            it = st.inbox.erase(it);
            --m_inFlight;
            ++lost;
        } else {
            ++it;
        }
    }
    m_core.countLost(lost);
    Message k;
    k.kind = MessageKind::Kill;
    k.task = taskId;
    m_current = info->executor;
    m_sendBase = m_now;
    m_core.executors()[info->executor]->refreshClock();
    m_core.executors()[info->executor]->handle(std::move(k));
    m_current = -1;
}

void SimScheduler::setSpoutsActive(bool active) {
    for (auto& e : m_core.executors()) {
        if (!e->isSpout()) continue;
        e->setActive(active);
        if (active) ensureWake(e->index(), m_now);
    }
}

} // namespace teacup::runtime
