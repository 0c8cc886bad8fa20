// RunController: queues commands to its RunWorker (on a QThread of its own) and turns the
// worker's reports into the controller's signals on the GUI thread.
#include "live/run_controller.h"

#include <QMetaObject>
#include <QThread>

#include "live/run_worker.h"

namespace teacup::studio {

QString runStateText(RunState state) {
    switch (state) {
    case RunState::Idle: return RunController::tr("Idle");
    case RunState::Starting: return RunController::tr("Starting");
    case RunState::Running: return RunController::tr("Running");
    case RunState::Paused: return RunController::tr("Paused");
    case RunState::Stopping: return RunController::tr("Stopping");
    case RunState::Stopped: return RunController::tr("Stopped");
    case RunState::Failed: return RunController::tr("Failed");
    }
    return {};
}

RunController::RunController(std::shared_ptr<const plugin::Registry> registry, QObject* parent)
    : QObject(parent), m_registry(std::move(registry)) {
    qRegisterMetaType<teacup::studio::RunState>("teacup::studio::RunState");
    qRegisterMetaType<std::shared_ptr<const teacup::metrics::MetricsSnapshot>>(
        "std::shared_ptr<const teacup::metrics::MetricsSnapshot>");
    qRegisterMetaType<QHash<int, teacup::runtime::TaskState>>("QHash<int,teacup::runtime::TaskState>");
    qRegisterMetaType<QVector<teacup::trace::TraceEvent>>("QVector<teacup::trace::TraceEvent>");
    qRegisterMetaType<QHash<QString, QList<int>>>("QHash<QString,QList<int>>");

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("teacup-run"));
    m_worker = new RunWorker(m_registry);
    m_worker->moveToThread(m_thread);

    connect(m_worker, &RunWorker::stateReported, this, &RunController::setStateFromWorker);
    connect(m_worker, &RunWorker::planReady, this, [this](const QHash<QString, QList<int>>& tasks) {
        m_tasksByComponent = tasks;
        Q_EMIT started(tasks);
    });
    connect(
        m_worker, &RunWorker::snapshotPublished, this,
        [this](std::shared_ptr<const metrics::MetricsSnapshot> snapshot, const QHash<int, runtime::TaskState>& states) {
            m_lastSnapshot = snapshot;
            m_lastTaskStates = states;
            Q_EMIT snapshotReady(std::move(snapshot), states);
        });
    connect(m_worker, &RunWorker::traceBatch, this, &RunController::traceEvents);
    connect(m_worker, &RunWorker::errorReported, this, &RunController::runError);
    m_thread->start();
}

RunController::~RunController() {
    RunWorker* worker = m_worker;
    worker->requestAbort();
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            worker->shutdown();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_worker;
}

RunState RunController::state() const { return m_state; }

bool RunController::simulated() const { return m_simulated; }

void RunController::setStateFromWorker(RunState state) {
    if (m_state == state) return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void RunController::start(const model::TopologySpec& spec, runtime::SessionOptions options) {
    m_simulated = options.scheduler == runtime::SchedulerKind::Simulated;
    m_lastSnapshot.reset();
    m_lastTaskStates.clear();
    RunSettings settings;
    settings.trace = m_traceOverride < 0 ? m_simulated : m_traceOverride > 0;
    settings.traceCapacity = m_traceCapacity;
    settings.publishIntervalMs = m_publishIntervalMs;
    settings.speed = m_speed;
    settings.startPaused = m_startPaused;
    RunWorker* worker = m_worker;
    worker->requestAbort(); // a long command of the previous run gives way
    QMetaObject::invokeMethod(
        worker, [worker, spec, options, settings] { worker->start(spec, options, settings); }, Qt::QueuedConnection);
}

void RunController::pause() { QMetaObject::invokeMethod(m_worker, &RunWorker::pause, Qt::QueuedConnection); }

void RunController::resume() { QMetaObject::invokeMethod(m_worker, &RunWorker::resume, Qt::QueuedConnection); }

void RunController::stop() {
    m_worker->requestAbort();
    QMetaObject::invokeMethod(m_worker, &RunWorker::stop, Qt::QueuedConnection);
}

void RunController::step(int events) {
    RunWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, events] { worker->step(events); }, Qt::QueuedConnection);
}

void RunController::runUntil(std::int64_t simulatedNanos) {
    RunWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, simulatedNanos] { worker->runUntil(simulatedNanos); }, Qt::QueuedConnection);
}

void RunController::runToCompletion(std::int64_t limitNanos) {
    RunWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, limitNanos] { worker->runToCompletion(limitNanos); }, Qt::QueuedConnection);
}

void RunController::setSpeed(double simulatedSecondsPerSecond) {
    m_speed = simulatedSecondsPerSecond;
    RunWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, simulatedSecondsPerSecond] { worker->setSpeed(simulatedSecondsPerSecond); },
        Qt::QueuedConnection);
}

void RunController::killTask(int taskId) {
    RunWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, taskId] { worker->killTask(taskId); }, Qt::QueuedConnection);
}

void RunController::killComponent(const QString& componentId) {
    RunWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, componentId] { worker->killComponent(componentId); }, Qt::QueuedConnection);
}

void RunController::setPublishInterval(int milliseconds) {
    m_publishIntervalMs = milliseconds > 0 ? milliseconds : 1;
    RunWorker* worker = m_worker;
    const int ms = m_publishIntervalMs;
    QMetaObject::invokeMethod(
        worker, [worker, ms] { worker->setPublishInterval(ms); }, Qt::QueuedConnection);
}

void RunController::setStartPaused(bool paused) { m_startPaused = paused; }

void RunController::setTraceEnabled(bool enabled) { m_traceOverride = enabled ? 1 : 0; }

void RunController::setTraceCapacity(int events) { m_traceCapacity = events > 0 ? events : 1; }

QHash<QString, QList<int>> RunController::tasksByComponent() const { return m_tasksByComponent; }

std::shared_ptr<const metrics::MetricsSnapshot> RunController::lastSnapshot() const { return m_lastSnapshot; }

QHash<int, runtime::TaskState> RunController::lastTaskStates() const { return m_lastTaskStates; }

} // namespace teacup::studio
