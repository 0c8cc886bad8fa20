// RunWorker: drives one runtime::Session on the controller's worker thread: start, play
// (simulated chunks on a timer), step, run-until, kill, stop; publishes snapshots, task states,
// trace batches and new component errors back to the controller.
#include "live/run_worker.h"

#include <algorithm>
#include <cmath>

#include <QTimer>

#include "live/trace_queue.h"

namespace teacup::studio {

namespace {

constexpr std::int64_t kNanosPerMilli = 1'000'000;
// With speed 0 a play chunk steps events for at most this long before the worker looks at
// its command queue again, so pause and stop stay responsive.
constexpr qint64 kFastChunkBudgetMs = 40;
constexpr int kStepsBetweenClockChecks = 256;
// Quiet time `runToCompletion` waits for after the spouts are exhausted (as `teacup complete`).
constexpr std::int64_t kDrainLimitNanos = 60'000'000'000;
constexpr std::int64_t kDrainQuietNanos = 1'000'000;

QHash<QString, QList<int>> tasksOf(const runtime::PhysicalPlan& plan) {
    QHash<QString, QList<int>> tasks;
    for (const auto& c : plan.components) {
        QList<int> ids;
        for (int t : c.tasks) ids.push_back(t);
        tasks.insert(QString::fromStdString(c.id), ids);
    }
    return tasks;
}

} // namespace

RunWorker::RunWorker(std::shared_ptr<const plugin::Registry> registry)
    : m_registry(std::move(registry)), m_timer(new QTimer(this)) {
    connect(m_timer, &QTimer::timeout, this, &RunWorker::onTimer);
}

RunWorker::~RunWorker() = default;

bool RunWorker::simulated() const {
    return m_session && m_session->options().scheduler == runtime::SchedulerKind::Simulated;
}

void RunWorker::report(RunState state) {
    m_state = state;
    Q_EMIT stateReported(state);
}

void RunWorker::start(const model::TopologySpec& spec, runtime::SessionOptions options, RunSettings settings) {
    if (active()) endRun(RunState::Stopped);
    m_abort.store(false, std::memory_order_relaxed);
    m_settings = settings;
    m_errorsSent = 0;
    m_reportedDrops = false;
    report(RunState::Starting);
    m_spec = std::make_unique<model::TopologySpec>(spec);
    auto created = runtime::Session::create(*m_spec, *m_registry, options);
    if (!created.ok()) {
        m_spec.reset();
        Q_EMIT errorReported(QString::fromStdString(created.error().message));
        report(RunState::Failed);
        return;
    }
    m_session = std::move(created).value();
    m_trace.reset();
    if (m_settings.trace) {
        m_trace = std::make_shared<TraceQueue>(static_cast<std::size_t>(std::max(1, m_settings.traceCapacity)));
        m_session->setTraceSink(m_trace);
    }
    Q_EMIT planReady(tasksOf(m_session->plan()));
    if (auto st = m_session->start(); !st.ok()) {
        Q_EMIT errorReported(QString::fromStdString(st.error().message));
        m_session.reset();
        m_spec.reset();
        report(RunState::Failed);
        return;
    }
    m_playing = simulated() && !m_settings.startPaused;
    if (!simulated() && m_settings.startPaused) m_session->pause();
    m_sincePublish.start();
    publish();
    report(m_settings.startPaused ? RunState::Paused : RunState::Running);
    restartTimer();
}

void RunWorker::restartTimer() {
    m_timer->stop();
    if (!active()) return;
    if (!simulated()) {
        m_timer->start(std::max(1, m_settings.publishIntervalMs));
        return;
    }
    if (!m_playing) return;
    m_timer->start(m_settings.speed > 0.0 ? std::max(1, m_settings.publishIntervalMs) : 0);
}

void RunWorker::pause() {
    if (!active() || m_state != RunState::Running) return;
    if (simulated()) {
        m_playing = false;
        restartTimer();
        publish();
    } else {
        m_session->pause();
    }
    report(RunState::Paused);
}

void RunWorker::resume() {
    if (!active() || m_state != RunState::Paused) return;
    if (simulated()) {
        m_playing = true;
        restartTimer();
    } else {
        m_session->resume();
    }
    report(RunState::Running);
}

void RunWorker::stop() {
    if (!active()) return;
    endRun(RunState::Stopped);
}

void RunWorker::endRun(RunState finalState) {
    m_timer->stop();
    m_playing = false;
    report(RunState::Stopping);
    m_session->stop();
    publish(true);
    m_session.reset();
    m_spec.reset();
    m_trace.reset();
    report(finalState);
}

void RunWorker::step(int events) {
    if (!simulated()) return;
    for (int i = 0; i < events; ++i) {
        auto stepped = m_session->step();
        if (!stepped.ok()) {
            Q_EMIT errorReported(QString::fromStdString(stepped.error().message));
            break;
        }
        if (!stepped.value()) break;
    }
    publish();
}

Status RunWorker::advanceTo(std::int64_t simulatedNanos) {
    auto stopped = m_session->runUntilCondition([this] { return aborted(); }, simulatedNanos);
    if (!stopped.ok()) return stopped.error();
    if (stopped.value()) return {};
    // Every event up to the target ran; runUntil() only moves the clock to it now.
    return m_session->runUntil(simulatedNanos);
}

void RunWorker::runUntil(std::int64_t simulatedNanos) {
    if (!simulated()) return;
    if (auto st = advanceTo(simulatedNanos); !st.ok()) Q_EMIT errorReported(QString::fromStdString(st.error().message));
    publish();
}

void RunWorker::runToCompletion(std::int64_t limitNanos) {
    if (!simulated()) return;
    auto& session = *m_session;
    auto done =
        session.runUntilCondition([this, &session] { return aborted() || session.spoutsExhausted(); }, limitNanos);
    if (!done.ok()) Q_EMIT errorReported(QString::fromStdString(done.error().message));
    if (!aborted()) (void)session.runUntilIdle(session.now() + kDrainLimitNanos, kDrainQuietNanos);
    publish();
}

void RunWorker::setSpeed(double simulatedSecondsPerSecond) {
    m_settings.speed = std::isfinite(simulatedSecondsPerSecond) ? std::max(0.0, simulatedSecondsPerSecond) : 0.0;
    if (m_playing) restartTimer();
}

void RunWorker::setPublishInterval(int milliseconds) {
    m_settings.publishIntervalMs = std::max(1, milliseconds);
    if (m_timer->isActive()) restartTimer();
}

void RunWorker::killTask(int taskId) {
    if (!active()) return;
    if (auto st = m_session->killTask(taskId); !st.ok())
        Q_EMIT errorReported(QString::fromStdString(st.error().message));
    if (simulated()) publish();
}

void RunWorker::killComponent(const QString& componentId) {
    if (!active()) return;
    const auto* component = m_session->plan().component(componentId.toStdString());
    if (!component) {
        Q_EMIT errorReported(tr("kill: no component '%1' in this run").arg(componentId));
        return;
    }
    for (int t : component->tasks)
        if (auto st = m_session->killTask(t); !st.ok())
            Q_EMIT errorReported(QString::fromStdString(st.error().message));
    if (simulated()) publish();
}

void RunWorker::shutdown() {
    if (active()) endRun(RunState::Stopped);
    m_timer->stop();
}

void RunWorker::onTimer() {
    if (!active()) return;
    if (!simulated()) {
        publish();
        return;
    }
    if (m_playing) playChunk();
}

void RunWorker::playChunk() {
    if (m_settings.speed > 0.0) {
        const auto advance = static_cast<std::int64_t>(m_settings.speed * m_settings.publishIntervalMs *
                                                       static_cast<double>(kNanosPerMilli));
        if (auto st = advanceTo(m_session->now() + std::max<std::int64_t>(1, advance)); !st.ok())
            Q_EMIT errorReported(QString::fromStdString(st.error().message));
        publish();
        return;
    }
    QElapsedTimer budget;
    budget.start();
    bool more = true;
    while (more && !aborted() && budget.elapsed() < kFastChunkBudgetMs) {
        for (int i = 0; i < kStepsBetweenClockChecks && more; ++i) {
            auto stepped = m_session->step();
            more = stepped.ok() && stepped.value();
        }
    }
    if (!more) {
        // Nothing left to simulate: stop playing so the worker does not spin.
        m_playing = false;
        restartTimer();
        publish();
        report(RunState::Paused);
        return;
    }
    if (m_sincePublish.elapsed() >= m_settings.publishIntervalMs) publish();
}

void RunWorker::publish(bool fresh) {
    if (!active()) return;
    m_sincePublish.restart();
    auto snapshot = (fresh || simulated()) ? m_session->snapshotNow() : m_session->metrics();
    if (snapshot) {
        QHash<int, runtime::TaskState> states;
        for (const auto& t : m_session->plan().tasks) states.insert(t.taskId, m_session->taskState(t.taskId));
        Q_EMIT snapshotPublished(std::move(snapshot), states);
    }
    if (m_trace) {
        auto batch = m_trace->drain();
        if (!batch.isEmpty()) Q_EMIT traceBatch(batch);
        if (!m_reportedDrops && m_trace->dropped() > 0) {
            m_reportedDrops = true;
            Q_EMIT errorReported(tr("trace: more than %1 events between two updates; the oldest were dropped "
                                    "(the tuple-tree view is incomplete for this run)")
                                     .arg(m_settings.traceCapacity));
        }
    }
    forwardErrors();
}

void RunWorker::forwardErrors() {
    const auto errors = m_session->errors();
    if (errors.size() < m_errorsSent) m_errorsSent = 0;
    for (std::size_t i = m_errorsSent; i < errors.size(); ++i) Q_EMIT errorReported(QString::fromStdString(errors[i]));
    m_errorsSent = errors.size();
}

} // namespace teacup::studio
