// Teacup Studio's main window: the canvas in the centre (or the welcome page when no file is
// open), docks for properties, statistics, log, diagnostics, the YAML text, the palette and
// tuple trees; File/Edit/View/Run menus; the run toolbar wired to the RunController. It only
// wires parts together: editing lives in Document, running in RunController.
#pragma once

#include <memory>

#include <QHash>
#include <QMainWindow>
#include <QStringList>

#include <teacup/plugin/registry.h>

#include "shell/theme.h"

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QListView;
class QSlider;
class QSpinBox;
class QStackedWidget;

namespace teacup::studio {

class Document;
class DiagnosticsModel;
class PaletteWidget;
class PropertyEditor;
class RunController;
class TopologyCanvas;
class WelcomePage;
class YamlEditor;
class StatsPanel;
class LogPanel;
class TupleTreePanel;
enum class RunState;

// GUI thread only; one per process in practice. Settings (geometry, dock layout, recent
// files, theme, seed, speed) are read in the constructor and written on close, under
// QSettings("Teacup", "Teacup Studio").
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    static constexpr int kMaxRecentFiles = 8;
    static constexpr int kPaletteWidth = 280;
    static constexpr int kYamlWidth = 440;
    static constexpr int kBottomDockHeight = 260;
    static constexpr int kDarkWindowLightness = 128; // below it the window palette counts as dark

    explicit MainWindow(std::shared_ptr<const plugin::Registry> registry, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens `path`; on failure returns false and sets *error (or shows a message box when
    // `error` is nullptr).
    bool openFile(const QString& path, QString* error = nullptr);
    void newTopology();
    bool save(QString* error = nullptr);
    bool saveAs(const QString& path, QString* error = nullptr);
    bool welcomeShown() const;

    // Starts a run of the current spec (refused with a status message when it has errors).
    bool startRun(bool simulated);
    // Saves main_window.png and canvas.png into `dir` (created when missing).
    bool saveScreenshots(const QString& dir, QString* error = nullptr);
    // The canvas as PNG or SVG (chosen by the extension); a message box or `error` on failure.
    bool exportGraph(const QString& path, QString* error = nullptr);

    Document* document() const { return m_document; }
    TopologyCanvas* canvas() const { return m_canvas; }
    YamlEditor* editor() const { return m_editor; }
    PaletteWidget* componentPalette() const { return m_palette; }
    PropertyEditor* propertyEditor() const { return m_properties; }
    RunController* runController() const { return m_run; }
    QListView* diagnosticsView() const { return m_diagnosticsView; }
    DiagnosticsModel* diagnosticsModel() const { return m_diagnostics; }
    StatsPanel* statsPanel() const { return m_stats; }
    LogPanel* logPanel() const { return m_log; }
    TupleTreePanel* tupleTreePanel() const { return m_trees; }
    QSpinBox* seedBox() const { return m_seed; }
    // Actions by name: open, save, save-as, new, undo, redo, run-threaded, run-simulated,
    // pause, resume, step, run-to, stop, zoom-in, zoom-out, zoom-reset, fit, delete.
    QAction* action(const QString& name) const { return m_actions.value(name); }
    QStringList recentFiles() const { return m_recent; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createDocks();
    void createActions();
    void createMenus();
    void createRunToolBar();
    void createLivePanels();
    void applyDefaultDockSizes();
    QAction* addNamedAction(const QString& name, const QString& text, const QKeySequence& shortcut);
    void connectDocument();
    void connectCanvas();
    void connectRun();
    void readSettings();
    void writeSettings() const;
    void setTheme(ThemeChoice choice);
    void addRecentFile(const QString& path);
    void updateRecentMenu();
    void updateTitle();
    void updateRunActions(RunState state);
    void showCanvas();
    bool maybeSave();
    void onSpecChanged();
    void onDiagnosticsChanged();
    void onComponentDropped(const QString& className, const QPointF& scenePos);
    void onConnectRequested(const QString& from, const QString& to);
    void onComponentSelected(const QString& id);
    void onTaskActivated(int taskId);
    void goToComponent(const QString& id, bool focus);
    void runToTime();
    void openDialog();
    bool saveAsDialog();
    void exportDialog();
    void status(const QString& message);

    std::shared_ptr<const plugin::Registry> m_registry;
    Document* m_document = nullptr;
    QStackedWidget* m_centre = nullptr;
    WelcomePage* m_welcome = nullptr;
    TopologyCanvas* m_canvas = nullptr;
    YamlEditor* m_editor = nullptr;
    PaletteWidget* m_palette = nullptr;
    PropertyEditor* m_properties = nullptr;
    DiagnosticsModel* m_diagnostics = nullptr;
    QListView* m_diagnosticsView = nullptr;
    RunController* m_run = nullptr;
    StatsPanel* m_stats = nullptr;
    LogPanel* m_log = nullptr;
    TupleTreePanel* m_trees = nullptr;
    QHash<QString, QAction*> m_actions;
    QHash<QString, QDockWidget*> m_docks;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QActionGroup* m_themeGroup = nullptr;
    QSpinBox* m_seed = nullptr;
    QSlider* m_speed = nullptr;
    QLabel* m_speedLabel = nullptr;
    QLabel* m_runLabel = nullptr;
    QStringList m_recent;
    ThemeChoice m_theme = ThemeChoice::System;
    QHash<QString, QList<int>> m_tasks;
    bool m_hasFile = false;
};

} // namespace teacup::studio
