// Session: validation, plan, and dispatch to the simulated or threaded scheduler.
#include "runtime/session_impl.h"

#include <teacup/metrics/metrics_snapshot.h>

#include "runtime/executor.h"
#include "runtime/task.h"

namespace teacup::runtime {

Result<std::unique_ptr<Session>> Session::create(const model::TopologySpec& spec, const plugin::Registry& registry,
                                                 SessionOptions options) {
    auto diagnostics = model::validateTopology(spec, registry);
    if (diagnostics.hasErrors()) {
        std::string text;
        for (const auto& d : diagnostics.items())
            if (d.severity == Severity::Error) text += (text.empty() ? "" : "\n") + d.format();
        return makeError(ErrorCode::InvalidInput, text);
    }
    auto session = std::make_unique<SessionImpl>(spec, registry, std::move(options));
    if (auto st = session->init(); !st.ok()) return st.error();
    return std::unique_ptr<Session>(std::move(session));
}

SessionImpl::SessionImpl(model::TopologySpec spec, const plugin::Registry& registry, SessionOptions options)
    : m_spec(std::move(spec)), m_registry(registry), m_options(std::move(options)) {}

SessionImpl::~SessionImpl() { stop(); }

Status SessionImpl::init() {
    auto plan = buildPlan(m_spec, m_registry, m_options.overrides);
    if (!plan.ok()) return plan.error();
    m_plan = std::move(plan).value();
    m_core = std::make_unique<RuntimeCore>(m_plan, m_registry, m_options);
    Transport* transport = nullptr;
    if (m_options.scheduler == SchedulerKind::Simulated) {
        m_sim = std::make_unique<SimScheduler>(*m_core);
        transport = m_sim.get();
    } else {
        m_threaded = std::make_unique<ThreadedScheduler>(*m_core, m_options.threads);
        transport = m_threaded.get();
    }
    return m_core->build(*transport);
}

Status SessionImpl::requireSim() const {
    if (!m_sim) return makeError(ErrorCode::State, "stepping needs the simulated scheduler (run with --sim)");
    if (m_stopped) return makeError(ErrorCode::State, "the session is stopped");
    return {};
}

Status SessionImpl::start() {
    if (m_started) return {};
    m_started = true;
    if (m_sim)
        m_sim->start();
    else
        m_threaded->start();
    return {};
}

void SessionImpl::pause() {
    if (m_sim)
        m_sim->setSpoutsActive(false);
    else if (m_threaded)
        m_threaded->setSpoutsActive(false);
}

void SessionImpl::resume() {
    if (m_sim)
        m_sim->setSpoutsActive(true);
    else if (m_threaded)
        m_threaded->setSpoutsActive(true);
}

void SessionImpl::stop() {
    if (m_stopped || !m_started) {
        m_stopped = true;
        return;
    }
    m_stopped = true;
    if (m_sim) {
        m_core->metrics().sample(m_sim->now());
        m_sim->stop();
    } else if (m_threaded) {
        m_threaded->stop();
    }
}

Result<bool> SessionImpl::step() {
    if (auto st = requireSim(); !st.ok()) return st.error();
    m_started = true;
    return m_sim->step();
}

Status SessionImpl::runUntil(std::int64_t timeNanos) {
    if (auto st = requireSim(); !st.ok()) return st;
    m_started = true;
    m_sim->runUntil(timeNanos);
    return {};
}

Result<bool> SessionImpl::runUntilIdle(std::int64_t limitNanos, std::int64_t quietNanos) {
    if (auto st = requireSim(); !st.ok()) return st.error();
    m_started = true;
    return m_sim->runUntilIdle(limitNanos, quietNanos);
}

Result<bool> SessionImpl::runUntilCondition(const std::function<bool()>& done, std::int64_t limitNanos) {
    if (auto st = requireSim(); !st.ok()) return st.error();
    m_started = true;
    return m_sim->runUntil(done, limitNanos);
}

std::int64_t SessionImpl::now() const { return m_sim ? m_sim->now() : m_threaded->now(); }

Status SessionImpl::killTask(int taskId) {
    if (!m_plan.task(taskId))
        return makeError(ErrorCode::NotFound, "no task " + std::to_string(taskId) + " in topology '" +
                                                  m_plan.topologyName + "' (tasks are 1.." +
                                                  std::to_string(m_plan.tasks.size()) + ")");
    if (!m_started) return makeError(ErrorCode::State, "start the session before killing tasks");
    if (m_sim)
        m_sim->kill(taskId);
    else
        m_threaded->kill(taskId);
    return {};
}

TaskState SessionImpl::taskState(int taskId) const {
    if (!m_plan.task(taskId)) return TaskState::Killed;
    if (m_threaded) return m_threaded->taskState(taskId);
    return m_core->task(taskId).state();
}

std::shared_ptr<const metrics::MetricsSnapshot> SessionImpl::metrics() const { return m_core->metrics().latest(); }

std::shared_ptr<const metrics::MetricsSnapshot> SessionImpl::snapshotNow() {
    if (m_sim) {
        m_core->metrics().sample(m_sim->now());
        return m_core->metrics().snapshot(m_sim->now());
    }
    return m_threaded->snapshotNow();
}

void SessionImpl::setTraceSink(std::shared_ptr<trace::TraceSink> sink) { m_core->setSink(std::move(sink)); }

bool SessionImpl::spoutsExhausted() const {
    if (m_threaded) return m_threaded->spoutsExhausted();
    for (auto& e : m_core->executors()) {
        if (!e->isSpout()) continue;
        for (auto& t : e->tasks())
            if (!t->exhausted()) return false;
    }
    return true;
}

std::vector<std::string> SessionImpl::errors() const { return m_core->errors(); }

std::int64_t SessionImpl::deliveries() const { return m_sim ? m_sim->deliveries() : m_threaded->deliveries(); }

} // namespace teacup::runtime
