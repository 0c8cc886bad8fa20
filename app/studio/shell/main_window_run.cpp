// Main window: the run toolbar and the wiring between RunController, the canvas and the live
// panels (statistics, log, tuple trees).
#include "shell/main_window.h"

#include <algorithm>
#include <cmath>

#include <QAction>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QStatusBar>
#include <QThread>
#include <QToolBar>

#include "canvas/topology_canvas.h"
#include "live/log_panel.h"
#include "live/run_controller.h"
#include "live/stats_panel.h"
#include "live/tuple_tree_panel.h"
#include "shell/document.h"
#include "shell/yaml_editor.h"

namespace teacup::studio {

namespace {

constexpr int kSpeedSteps = 40;            // slider 0..40: 0.1x .. 1000x simulated seconds per second
constexpr int kSpeedMax = kSpeedSteps + 1; // the last notch: as fast as possible
constexpr int kSpeedOneX = 10;
constexpr double kNanosPerSecond = 1e9;

double speedOf(int notch) { return notch >= kSpeedMax ? 0.0 : std::pow(10.0, notch / 10.0 - 1.0); }

QString speedText(int notch) {
    if (notch >= kSpeedMax) return QObject::tr("max");
    const double s = speedOf(notch);
    return s < 1 ? QStringLiteral("%1x").arg(s, 0, 'f', 2) : QStringLiteral("%1x").arg(s, 0, 'g', 3);
}

QString stateText(RunState state) {
    switch (state) {
    case RunState::Idle: return QObject::tr("Idle");
    case RunState::Starting: return QObject::tr("Starting");
    case RunState::Running: return QObject::tr("Running");
    case RunState::Paused: return QObject::tr("Paused");
    case RunState::Stopping: return QObject::tr("Stopping");
    case RunState::Stopped: return QObject::tr("Stopped");
    case RunState::Failed: return QObject::tr("Failed");
    }
    return {};
}

} // namespace

void MainWindow::createRunToolBar() {
    QToolBar* file = addToolBar(tr("File"));
    file->setObjectName(QStringLiteral("file-toolbar"));
    file->addAction(action(QStringLiteral("open")));
    file->addAction(action(QStringLiteral("save")));
    file->addAction(action(QStringLiteral("undo")));
    file->addAction(action(QStringLiteral("redo")));

    QToolBar* run = addToolBar(tr("Run"));
    run->setObjectName(QStringLiteral("run-toolbar"));
    for (const char* name : {"run-threaded", "run-simulated", "pause", "resume", "step", "stop"})
        run->addAction(action(QLatin1String(name)));
    run->addSeparator();
    run->addWidget(new QLabel(tr(" Seed "), run));
    m_seed = new QSpinBox(run);
    m_seed->setObjectName(QStringLiteral("seed"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(1);
    m_seed->setToolTip(tr("Seed of the simulated scheduler and of seeded components"));
    run->addWidget(m_seed);
    run->addWidget(new QLabel(tr("  Speed "), run));
    m_speed = new QSlider(Qt::Horizontal, run);
    m_speed->setObjectName(QStringLiteral("speed"));
    m_speed->setRange(0, kSpeedMax);
    m_speed->setValue(kSpeedOneX);
    m_speed->setFixedWidth(120);
    m_speed->setToolTip(tr("Simulated seconds per wall second (simulated runs)"));
    run->addWidget(m_speed);
    m_speedLabel = new QLabel(speedText(kSpeedOneX), run);
    m_speedLabel->setMinimumWidth(48);
    run->addWidget(m_speedLabel);
    connect(m_speed, &QSlider::valueChanged, this, [this](int notch) {
        m_speedLabel->setText(speedText(notch));
        m_run->setSpeed(speedOf(notch));
    });
    run->addSeparator();
    for (const char* name : {"zoom-in", "zoom-out", "fit"}) run->addAction(action(QLatin1String(name)));
}

void MainWindow::createLivePanels() {
    m_stats = new StatsPanel(this);
    m_log = new LogPanel(this);
    m_trees = new TupleTreePanel(this);
    m_stats->attach(m_run);
    m_log->attach(m_run);
    m_trees->attach(m_run);
    // Selection follows between the statistics table, the tuple trees and the canvas.
    connect(m_stats, &StatsPanel::componentSelected, this, [this](const QString& id) {
        if (!id.isEmpty()) m_canvas->selectComponent(id);
    });
    connect(m_trees, &TupleTreePanel::taskActivated, this, &MainWindow::onTaskActivated);
}

void MainWindow::connectRun() {
    connect(m_run, &RunController::stateChanged, this, &MainWindow::updateRunActions);
    connect(m_run, &RunController::started, this, [this](const QHash<QString, QList<int>>& tasks) {
        m_tasks = tasks;
        m_canvas->setTasks(tasks);
    });
    connect(m_run, &RunController::snapshotReady, m_canvas, &TopologyCanvas::updateLive);
    connect(m_run, &RunController::runError, this, &MainWindow::status);
    connect(m_canvas, &TopologyCanvas::killTaskRequested, m_run, &RunController::killTask);
    connect(m_canvas, &TopologyCanvas::killComponentRequested, m_run, &RunController::killComponent);
}

bool MainWindow::startRun(bool simulated) {
    m_editor->flush();
    const auto& spec = m_document->spec();
    if (!m_hasFile || !spec) {
        status(tr("Open a topology first"));
        return false;
    }
    if (m_document->diagnostics().hasErrors()) {
        status(tr("The topology has errors; fix them before running (see Diagnostics)"));
        m_docks.value(QStringLiteral("diagnostics"))->show();
        m_docks.value(QStringLiteral("diagnostics"))->raise();
        return false;
    }
    runtime::SessionOptions options;
    options.scheduler = simulated ? runtime::SchedulerKind::Simulated : runtime::SchedulerKind::Threaded;
    options.seed = static_cast<std::uint64_t>(m_seed->value());
    // A threaded run leaves one core to the GUI thread, so the window stays responsive while
    // the topology runs flat out.
    options.threads = std::max(1, QThread::idealThreadCount() - 1);
    m_canvas->clearLive();
    m_run->setSpeed(speedOf(m_speed->value()));
    m_run->start(*spec, options);
    status(simulated ? tr("Running %1 simulated (seed %2)").arg(QString::fromStdString(spec->name)).arg(m_seed->value())
                     : tr("Running %1 threaded").arg(QString::fromStdString(spec->name)));
    return true;
}

void MainWindow::updateRunActions(RunState state) {
    const bool active = state == RunState::Starting || state == RunState::Running || state == RunState::Paused;
    const bool simulated = m_run->simulated();
    action(QStringLiteral("run-threaded"))->setEnabled(!active);
    action(QStringLiteral("run-simulated"))->setEnabled(!active);
    action(QStringLiteral("pause"))->setEnabled(state == RunState::Running);
    action(QStringLiteral("resume"))->setEnabled(state == RunState::Paused);
    action(QStringLiteral("step"))->setEnabled(active && simulated);
    action(QStringLiteral("run-to"))->setEnabled(active && simulated);
    action(QStringLiteral("stop"))->setEnabled(active);
    m_speed->setEnabled(!active || simulated);
    m_runLabel->setText(active ? tr("%1 (%2)").arg(stateText(state), simulated ? tr("simulated") : tr("threaded"))
                               : stateText(state));
}

void MainWindow::runToTime() {
    bool ok = false;
    const double seconds =
        QInputDialog::getDouble(this, tr("Run to Time"), tr("Simulated time (seconds):"), 10.0, 0.0, 1e6, 3, &ok);
    if (ok) m_run->runUntil(static_cast<std::int64_t>(seconds * kNanosPerSecond));
}

void MainWindow::onTaskActivated(int taskId) {
    for (auto it = m_tasks.cbegin(); it != m_tasks.cend(); ++it) {
        if (!it.value().contains(taskId)) continue;
        m_canvas->selectComponent(it.key());
        return;
    }
}

} // namespace teacup::studio
