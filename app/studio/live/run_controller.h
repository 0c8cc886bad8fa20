// RunController: the single adapter between the engine's runtime::Session and the studio's GUI.
// It owns the session on a worker thread of its own; the GUI talks to it only through queued
// commands and hears back only through signals (snapshots, task states, trace batches, errors).
#pragma once

#include <cstdint>
#include <memory>

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QVector>

#include <teacup/metrics/metrics_snapshot.h>
#include <teacup/model/topology_spec.h>
#include <teacup/plugin/registry.h>
#include <teacup/runtime/session.h>
#include <teacup/trace/trace_event.h>

class QThread;

namespace teacup::studio {

enum class RunState { Idle, Starting, Running, Paused, Stopping, Stopped, Failed };
// Translated display text for a state ("Running", "Paused", ...), for status bars and buttons.
QString runStateText(RunState state);

class RunWorker;

// Lifecycle: construct on the GUI thread with a loaded registry, start() a topology, drive it
// (pause/resume/step/runUntil/kill), stop(); start() again for a new run. Every method must be
// called from the thread that owns the controller (the GUI thread) and returns at once: the
// command is queued to the worker thread, which owns the Session. Results come back as
// signals delivered on the controller's thread. Commands that do not apply (step on a threaded
// run, pause while idle) are ignored; a start() while a run is active stops that run first.
// The destructor stops the run and joins the worker: the only place that waits for it.
// stop(), start() and the destructor cut short a runUntil/runToCompletion in progress or still
// queued (wait for its snapshotReady before stop() to keep its whole effect).
//
// Publishing: threaded runs publish session->metrics() every publish interval; simulated runs
// publish a fresh snapshot after every step/runUntil/kill command and after each "play" chunk
// (speed > 0: runUntil(now + speed x interval) per tick; speed 0: as many events as fit in a
// short chunk, published at the interval). Each snapshot carries every task's state. Trace
// batches (when tracing is on) and new component errors (each once) go out with each publish.
// stop() publishes the final snapshot (taken after session->stop(), as `teacup run` does).
class RunController : public QObject {
    Q_OBJECT
public:
    explicit RunController(std::shared_ptr<const plugin::Registry> registry, QObject* parent = nullptr);
    ~RunController() override; // stops the run, joins the worker

    RunState state() const;
    bool simulated() const;

    // Everything below returns at once; the work happens on the controller's worker thread.
    void start(const model::TopologySpec& spec, runtime::SessionOptions options);
    void pause();
    void resume();
    void stop();
    void step(int events = 1);                       // simulated only
    void runUntil(std::int64_t simulatedNanos);      // simulated only
    void setSpeed(double simulatedSecondsPerSecond); // simulated "play" speed; 0 = as fast as possible
    void killTask(int taskId);
    void killComponent(const QString& componentId);
    void setPublishInterval(int milliseconds); // default 200 (5 Hz)

    // Simulated only: `teacup complete`'s schedule. Runs until every spout is exhausted (or
    // `limitNanos` of simulated time), then until no tuple is in flight, then publishes.
    void runToCompletion(std::int64_t limitNanos);
    // For the next start(): begin Paused (simulated: not playing; threaded: spouts paused)
    // instead of Running. Default false. Tests use it to drive a simulated run by step/runUntil.
    void setStartPaused(bool paused);

    // Trace events are collected only when enabled: by default on for simulated runs and off
    // for threaded ones. An explicit call overrides the default for the next start().
    void setTraceEnabled(bool enabled);
    // Events kept in the trace queue between two publishes; older ones are dropped (reported
    // once per run through runError). Default kDefaultTraceCapacity.
    void setTraceCapacity(int events);
    static constexpr int kDefaultTraceCapacity = 200'000;

    // The plan of the current (or last) run; empty before the first started().
    QHash<QString, QList<int>> tasksByComponent() const;
    // The latest snapshot received on the GUI thread (nullptr before the first one).
    std::shared_ptr<const metrics::MetricsSnapshot> lastSnapshot() const;
    QHash<int, runtime::TaskState> lastTaskStates() const;

Q_SIGNALS:
    void stateChanged(teacup::studio::RunState state);
    void started(const QHash<QString, QList<int>>& tasksByComponent); // after the plan is built
    void snapshotReady(std::shared_ptr<const teacup::metrics::MetricsSnapshot> snapshot,
                       const QHash<int, teacup::runtime::TaskState>& taskStates);
    void traceEvents(const QVector<teacup::trace::TraceEvent>& batch); // drained from a queue
    void runError(const QString& message);                             // component errors, start failures

private:
    void setStateFromWorker(RunState state);

    std::shared_ptr<const plugin::Registry> m_registry;
    RunState m_state = RunState::Idle;
    bool m_simulated = false;
    int m_traceOverride = -1; // -1 default, 0 off, 1 on
    int m_traceCapacity = kDefaultTraceCapacity;
    int m_publishIntervalMs = 200;
    double m_speed = 1.0;
    bool m_startPaused = false;
    QHash<QString, QList<int>> m_tasksByComponent;
    std::shared_ptr<const metrics::MetricsSnapshot> m_lastSnapshot;
    QHash<int, runtime::TaskState> m_lastTaskStates;
    QThread* m_thread = nullptr;
    RunWorker* m_worker = nullptr; // lives on m_thread; deleted by the destructor once it has ended
};

} // namespace teacup::studio

Q_DECLARE_METATYPE(teacup::studio::RunState)
Q_DECLARE_METATYPE(std::shared_ptr<const teacup::metrics::MetricsSnapshot>)
Q_DECLARE_METATYPE(teacup::trace::TraceEvent)
