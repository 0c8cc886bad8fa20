// Main window construction: central stack, docks, actions, menus, settings, theme.
#include "shell/main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

#include "canvas/topology_canvas.h"
#include "live/log_panel.h"
#include "live/run_controller.h"
#include "live/stats_panel.h"
#include "live/tuple_tree_panel.h"
#include "shell/diagnostics_model.h"
#include "shell/document.h"
#include "shell/palette_widget.h"
#include "shell/property_editor.h"
#include "shell/welcome_page.h"
#include "shell/yaml_editor.h"

// The icon's resource lives in this static library; its initialiser must be called by name,
// from outside any namespace.
static void initShellResources() { Q_INIT_RESOURCE(teacup); }

namespace teacup::studio {

namespace {

QSettings studioSettings() { return QSettings(QStringLiteral("Teacup"), QStringLiteral("Teacup Studio")); }

QDockWidget* makeDock(QMainWindow* window, const QString& name, const QString& title, QWidget* content) {
    auto* dock = new QDockWidget(title, window);
    dock->setObjectName(name);
    dock->setWidget(content);
    return dock;
}

} // namespace

MainWindow::MainWindow(std::shared_ptr<const plugin::Registry> registry, QWidget* parent)
    : QMainWindow(parent), m_registry(std::move(registry)) {
    initShellResources();
    setObjectName(QStringLiteral("TeacupStudioMainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/teacup/icons/teacup.svg")));
    QApplication::setWindowIcon(windowIcon());
    setDockNestingEnabled(true);
    m_document = new Document(m_registry, this);
    m_run = new RunController(m_registry, this);
    m_centre = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_centre);
    m_canvas = new TopologyCanvas(m_centre);
    m_canvas->setObjectName(QStringLiteral("canvas"));
    m_centre->addWidget(m_welcome);
    m_centre->addWidget(m_canvas);
    setCentralWidget(m_centre);
    m_runLabel = new QLabel(tr("Idle"), this);
    statusBar()->addPermanentWidget(m_runLabel);

    createDocks();
    createActions();
    createMenus();
    createRunToolBar();
    connectDocument();
    connectCanvas();
    connectRun();
    connect(m_welcome, &WelcomePage::openRequested, this, [this](const QString& path) { openFile(path); });
    connect(m_welcome, &WelcomePage::openDialogRequested, this, &MainWindow::openDialog);
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newTopology);
    readSettings();
    updateTitle();
    updateRunActions(RunState::Idle);
}

MainWindow::~MainWindow() {
    // The canvas clears its selection while it is destroyed (a componentSelected signal) and
    // the run controller may still report; neither may reach this half-destroyed window.
    disconnect(m_canvas, nullptr, this, nullptr);
    disconnect(m_run, nullptr, this, nullptr);
    disconnect(m_document, nullptr, this, nullptr);
}

void MainWindow::createDocks() {
    m_palette = new PaletteWidget(this);
    m_palette->setRegistry(*m_registry);
    m_properties = new PropertyEditor(m_document, this);
    m_editor = new YamlEditor(this);
    m_diagnostics = new DiagnosticsModel(this);
    m_diagnosticsView = new QListView(this);
    m_diagnosticsView->setModel(m_diagnostics);
    m_diagnosticsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    createLivePanels();

    auto add = [this](const QString& name, const QString& title, QWidget* content, Qt::DockWidgetArea area) {
        QDockWidget* dock = makeDock(this, name, title, content);
        addDockWidget(area, dock);
        m_docks.insert(name, dock);
        return dock;
    };
    add(QStringLiteral("palette"), tr("Palette"), m_palette, Qt::LeftDockWidgetArea);
    QDockWidget* yaml = add(QStringLiteral("yaml"), tr("YAML"), m_editor, Qt::RightDockWidgetArea);
    QDockWidget* props = add(QStringLiteral("properties"), tr("Properties"), m_properties, Qt::RightDockWidgetArea);
    QDockWidget* stats = add(QStringLiteral("statistics"), tr("Statistics"), m_stats, Qt::BottomDockWidgetArea);
    QDockWidget* log = add(QStringLiteral("log"), tr("Log"), m_log, Qt::BottomDockWidgetArea);
    QDockWidget* diag =
        add(QStringLiteral("diagnostics"), tr("Diagnostics"), m_diagnosticsView, Qt::BottomDockWidgetArea);
    QDockWidget* trees = add(QStringLiteral("tuple-trees"), tr("Tuple trees"), m_trees, Qt::BottomDockWidgetArea);
    tabifyDockWidget(yaml, props);
    tabifyDockWidget(stats, log);
    tabifyDockWidget(log, diag);
    tabifyDockWidget(diag, trees);
    yaml->raise();
    stats->raise();
}

void MainWindow::applyDefaultDockSizes() {
    resizeDocks({m_docks.value(QStringLiteral("palette")), m_docks.value(QStringLiteral("yaml"))},
                {kPaletteWidth, kYamlWidth}, Qt::Horizontal);
    QList<QDockWidget*> bottom;
    for (const char* name : {"statistics", "log", "diagnostics", "tuple-trees"})
        bottom.append(m_docks.value(QLatin1String(name)));
    resizeDocks(bottom, QList<int>(bottom.size(), kBottomDockHeight), Qt::Vertical);
}

QAction* MainWindow::addNamedAction(const QString& name, const QString& text, const QKeySequence& shortcut) {
    auto* action = new QAction(text, this);
    action->setObjectName(name);
    if (!shortcut.isEmpty()) action->setShortcut(shortcut);
    m_actions.insert(name, action);
    return action;
}

void MainWindow::createActions() {
    auto icon = [this](QStyle::StandardPixmap p) { return style()->standardIcon(p); };
    connect(addNamedAction(QStringLiteral("new"), tr("&New"), QKeySequence::New), &QAction::triggered, this,
            &MainWindow::newTopology);
    QAction* open = addNamedAction(QStringLiteral("open"), tr("&Open…"), QKeySequence::Open);
    open->setIcon(icon(QStyle::SP_DialogOpenButton));
    connect(open, &QAction::triggered, this, &MainWindow::openDialog);
    QAction* saveAction = addNamedAction(QStringLiteral("save"), tr("&Save"), QKeySequence::Save);
    saveAction->setIcon(icon(QStyle::SP_DialogSaveButton));
    connect(saveAction, &QAction::triggered, this, [this] { save(); });
    connect(addNamedAction(QStringLiteral("save-as"), tr("Save &As…"), QKeySequence::SaveAs), &QAction::triggered, this,
            &MainWindow::saveAsDialog);
    connect(addNamedAction(QStringLiteral("export"), tr("&Export Graph…"), QKeySequence(tr("Ctrl+E"))),
            &QAction::triggered, this, &MainWindow::exportDialog);
    connect(addNamedAction(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit), &QAction::triggered, this,
            &QWidget::close);

    // Pending typing is recorded before undo/redo, so the step undone is the latest one.
    QUndoStack* stack = m_document->undoStack();
    QAction* undo = addNamedAction(QStringLiteral("undo"), tr("&Undo"), QKeySequence::Undo);
    undo->setIcon(icon(QStyle::SP_ArrowBack));
    undo->setEnabled(false);
    connect(undo, &QAction::triggered, this, [this, stack] {
        m_editor->flush();
        stack->undo();
    });
    connect(stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, undo,
            [undo](const QString& text) { undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text)); });
    QAction* redo = addNamedAction(QStringLiteral("redo"), tr("&Redo"), QKeySequence::Redo);
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Y"))});
    redo->setIcon(icon(QStyle::SP_ArrowForward));
    redo->setEnabled(false);
    connect(redo, &QAction::triggered, this, [this, stack] {
        m_editor->flush();
        stack->redo();
    });
    connect(stack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::redoTextChanged, redo,
            [redo](const QString& text) { redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text)); });
    connect(addNamedAction(QStringLiteral("delete"), tr("&Delete Component"), QKeySequence::Delete),
            &QAction::triggered, this, [this] {
                if (!m_canvas->selectedComponent().isEmpty() &&
                    !m_document->removeComponent(m_canvas->selectedComponent()))
                    status(m_document->lastError());
            });
    m_actions.value(QStringLiteral("delete"))->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_canvas->addAction(m_actions.value(QStringLiteral("delete")));

    connect(addNamedAction(QStringLiteral("zoom-in"), tr("Zoom &In"), QKeySequence::ZoomIn), &QAction::triggered,
            m_canvas, &TopologyCanvas::zoomIn);
    connect(addNamedAction(QStringLiteral("zoom-out"), tr("Zoom &Out"), QKeySequence::ZoomOut), &QAction::triggered,
            m_canvas, &TopologyCanvas::zoomOut);
    connect(addNamedAction(QStringLiteral("zoom-reset"), tr("&Actual Size"), QKeySequence(tr("Ctrl+0"))),
            &QAction::triggered, m_canvas, &TopologyCanvas::resetZoom);
    connect(addNamedAction(QStringLiteral("fit"), tr("&Fit to Window"), QKeySequence(tr("Ctrl+9"))),
            &QAction::triggered, m_canvas, &TopologyCanvas::fitToView);

    QAction* threaded = addNamedAction(QStringLiteral("run-threaded"), tr("Run &Threaded"), QKeySequence(Qt::Key_F5));
    threaded->setIcon(icon(QStyle::SP_MediaPlay));
    connect(threaded, &QAction::triggered, this, [this] { startRun(false); });
    QAction* simulated =
        addNamedAction(QStringLiteral("run-simulated"), tr("Run &Simulated"), QKeySequence(tr("Ctrl+F5")));
    simulated->setIcon(icon(QStyle::SP_MediaSeekForward));
    connect(simulated, &QAction::triggered, this, [this] { startRun(true); });
    QAction* pause = addNamedAction(QStringLiteral("pause"), tr("&Pause"), QKeySequence(Qt::Key_F6));
    pause->setIcon(icon(QStyle::SP_MediaPause));
    connect(pause, &QAction::triggered, m_run, &RunController::pause);
    QAction* resume = addNamedAction(QStringLiteral("resume"), tr("R&esume"), QKeySequence(Qt::Key_F7));
    resume->setIcon(icon(QStyle::SP_MediaPlay));
    connect(resume, &QAction::triggered, m_run, &RunController::resume);
    QAction* step = addNamedAction(QStringLiteral("step"), tr("S&tep One Delivery"), QKeySequence(Qt::Key_F10));
    step->setIcon(icon(QStyle::SP_MediaSkipForward));
    connect(step, &QAction::triggered, this, [this] { m_run->step(1); });
    connect(addNamedAction(QStringLiteral("run-to"), tr("Run to &Time…"), QKeySequence(tr("Ctrl+F10"))),
            &QAction::triggered, this, &MainWindow::runToTime);
    QAction* stop = addNamedAction(QStringLiteral("stop"), tr("St&op"), QKeySequence(tr("Shift+F5")));
    stop->setIcon(icon(QStyle::SP_MediaStop));
    connect(stop, &QAction::triggered, m_run, &RunController::stop);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("new")));
    file->addAction(action(QStringLiteral("open")));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(action(QStringLiteral("save")));
    file->addAction(action(QStringLiteral("save-as")));
    file->addAction(action(QStringLiteral("export")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("quit")));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action(QStringLiteral("undo")));
    edit->addAction(action(QStringLiteral("redo")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("delete")));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (const char* name : {"zoom-in", "zoom-out", "zoom-reset", "fit"})
        m_viewMenu->addAction(action(QLatin1String(name)));
    m_viewMenu->addSeparator();
    QMenu* docks = m_viewMenu->addMenu(tr("&Panels"));
    for (QDockWidget* dock : std::as_const(m_docks)) docks->addAction(dock->toggleViewAction());
    QMenu* theme = m_viewMenu->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    const std::pair<ThemeChoice, QString> themes[] = {{ThemeChoice::System, tr("Follow the &Desktop")},
                                                      {ThemeChoice::Light, tr("&Light")},
                                                      {ThemeChoice::Dark, tr("D&ark")}};
    for (const auto& [choice, text] : themes) {
        QAction* a = theme->addAction(text);
        a->setCheckable(true);
        a->setData(themeName(choice));
        a->setObjectName(QStringLiteral("theme-") + themeName(choice));
        m_themeGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, choice = choice] { setTheme(choice); });
    }

    QMenu* run = menuBar()->addMenu(tr("&Run"));
    for (const char* name : {"run-threaded", "run-simulated"}) run->addAction(action(QLatin1String(name)));
    run->addSeparator();
    for (const char* name : {"pause", "resume", "step", "run-to", "stop"}) run->addAction(action(QLatin1String(name)));
}

void MainWindow::setTheme(ThemeChoice choice) {
    m_theme = choice;
    const bool dark = applyTheme(choice);
    m_editor->setDark(dark);
    for (QAction* a : m_themeGroup->actions()) a->setChecked(a->data().toString() == themeName(choice));
}

void MainWindow::readSettings() {
    QSettings settings = studioSettings();
    m_recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    m_seed->setValue(settings.value(QStringLiteral("run/seed"), 1).toInt());
    m_speed->setValue(settings.value(QStringLiteral("run/speed"), m_speed->value()).toInt());
    setTheme(themeFromName(settings.value(QStringLiteral("theme"), QStringLiteral("system")).toString()));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray())) resize(1400, 900);
    // Without a saved layout, size the docks once the window has its real size.
    if (!restoreState(settings.value(QStringLiteral("windowState")).toByteArray()))
        QTimer::singleShot(0, this, &MainWindow::applyDefaultDockSizes);
    updateRecentMenu();
}

void MainWindow::writeSettings() const {
    QSettings settings = studioSettings();
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("windowState"), saveState());
    settings.setValue(QStringLiteral("recentFiles"), m_recent);
    settings.setValue(QStringLiteral("theme"), themeName(m_theme));
    settings.setValue(QStringLiteral("run/seed"), m_seed->value());
    settings.setValue(QStringLiteral("run/speed"), m_speed->value());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_run->stop();
    writeSettings();
    event->accept();
}

void MainWindow::changeEvent(QEvent* event) {
    // A palette change (theme switch, desktop scheme change) re-colours the YAML editor; the
    // canvas and the panels follow the palette on their own.
    if (event->type() == QEvent::PaletteChange && m_editor)
        m_editor->setDark(palette().color(QPalette::Window).lightness() < kDarkWindowLightness);
    QMainWindow::changeEvent(event);
}

void MainWindow::status(const QString& message) { statusBar()->showMessage(message, 8000); }

} // namespace teacup::studio
