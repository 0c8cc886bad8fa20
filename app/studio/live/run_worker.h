// RunWorker: the half of RunController that lives on the controller's worker thread and owns
// the runtime::Session. Private to live/: only RunController creates it and queues calls to it.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QVector>

#include "live/run_controller.h"

class QTimer;

namespace teacup::studio {

class TraceQueue;

// What start() needs besides the spec and the session options.
struct RunSettings {
    bool trace = false;
    int traceCapacity = RunController::kDefaultTraceCapacity;
    int publishIntervalMs = 200;
    double speed = 1.0;
    bool startPaused = false;
};

// Every method runs on the worker thread (RunController queues them there) and reports back
// only through its signals. The session, its spec copy and the trace queue are created and
// destroyed on this thread.
class RunWorker : public QObject {
    Q_OBJECT
public:
    explicit RunWorker(std::shared_ptr<const plugin::Registry> registry);
    ~RunWorker() override;

    void start(const model::TopologySpec& spec, runtime::SessionOptions options, RunSettings settings);
    void pause();
    void resume();
    void stop();
    void step(int events);
    void runUntil(std::int64_t simulatedNanos);
    void runToCompletion(std::int64_t limitNanos);
    void setSpeed(double simulatedSecondsPerSecond);
    void setPublishInterval(int milliseconds);
    void killTask(int taskId);
    void killComponent(const QString& componentId);
    // Stops any run and all timers; the last call before the thread quits.
    void shutdown();
    // Any thread: makes a long runUntil/runToCompletion/play chunk return at its next event, so
    // a stop, a new start or the destructor queued behind it runs soon. Cleared by start().
    void requestAbort() { m_abort.store(true, std::memory_order_relaxed); }

Q_SIGNALS:
    void stateReported(teacup::studio::RunState state);
    void planReady(const QHash<QString, QList<int>>& tasksByComponent);
    void snapshotPublished(std::shared_ptr<const teacup::metrics::MetricsSnapshot> snapshot,
                           const QHash<int, teacup::runtime::TaskState>& taskStates);
    void traceBatch(const QVector<teacup::trace::TraceEvent>& batch);
    void errorReported(const QString& message);

private:
    bool active() const { return m_session != nullptr; }
    bool simulated() const;
    void report(RunState state);
    void onTimer();
    void playChunk();
    void restartTimer();
    // `fresh`: take a new snapshot even on a threaded run (its end).
    void publish(bool fresh = false);
    void forwardErrors();
    void endRun(RunState finalState);
    // runUntil(T) that gives up early when an abort is requested; the clock ends at T otherwise.
    Status advanceTo(std::int64_t simulatedNanos);
    bool aborted() const { return m_abort.load(std::memory_order_relaxed); }

    std::shared_ptr<const plugin::Registry> m_registry;
    std::unique_ptr<model::TopologySpec> m_spec; // the session's plan points into it
    std::unique_ptr<runtime::Session> m_session;
    std::shared_ptr<TraceQueue> m_trace;
    QTimer* m_timer = nullptr;
    QElapsedTimer m_sincePublish;
    RunSettings m_settings;
    RunState m_state = RunState::Idle;
    bool m_playing = false;
    bool m_reportedDrops = false;
    std::size_t m_errorsSent = 0;
    std::atomic<bool> m_abort{false};
};

} // namespace teacup::studio
