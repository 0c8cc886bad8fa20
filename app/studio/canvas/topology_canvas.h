// The studio's topology DAG: a QGraphicsView whose nodes are the spouts and bolts of a
// TopologySpec, placed by Graphviz (teacup::layout) off the GUI thread, with live overlays
// (tuples/s, capacity, acked/failed, sparklines, dead-task badges) and the edit/kill gestures.
#pragma once

#include <memory>

#include <QFutureWatcher>
#include <QGraphicsView>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <teacup/layout/graph_layout.h>
#include <teacup/metrics/metrics_snapshot.h>
#include <teacup/model/topology_spec.h>
#include <teacup/runtime/session.h>

#include "canvas/canvas_colors.h"

class QGraphicsPathItem;
class QMenu;
class QVariantAnimation;

namespace teacup::studio {

class ComponentNode;
class StreamEdge;
class LiveRates;

// MIME type of a palette drag; the data is the component's className in UTF-8.
inline constexpr char kComponentMimeType[] = "application/x-teacup-component";

// Lifecycle: created and used on the GUI thread only, owned by its Qt parent. setTopology()
// starts a layout on a QtConcurrent worker and returns at once; the result comes back on the
// GUI thread (layoutFinished), and a result for a spec older than the newest setTopology() is
// dropped. Until the first layout lands, the scene is empty. Live updates only change the
// existing items (text, colours, sparklines): they never rebuild the scene, so they are cheap
// enough for 5 Hz on a 200-component topology. Colours follow the widget palette, so light and
// dark themes both read well.
class TopologyCanvas : public QGraphicsView {
    Q_OBJECT
public:
    explicit TopologyCanvas(QWidget* parent = nullptr);
    ~TopologyCanvas() override;

    // New model: lays out with teacup::layout::computeLayout on a worker thread (QtConcurrent),
    // then animates nodes to their new places; positions the user dragged are kept.
    void setTopology(const model::TopologySpec& spec);
    bool layoutPending() const;
    // Validation problems to badge on nodes (component id -> messages).
    void setDiagnostics(const QHash<QString, QStringList>& errors, const QHash<QString, QStringList>& warnings);
    // Task ids per component id, "__acker" included (from the PhysicalPlan); used by the kill menus
    // and the dead-task badges. Until it is called, the tasks listed in live snapshots are used.
    void setTasks(const QHash<QString, QList<int>>& tasksByComponent);
    // A new metric snapshot (>= 5 Hz while running) and the task states at that moment.
    // Rates are the all-time counters' difference to the previous snapshot over the
    // timeNanos difference; the first snapshot after construction or clearLive() shows 0/s.
    // A null snapshot is ignored.
    void updateLive(std::shared_ptr<const metrics::MetricsSnapshot> snapshot,
                    const QHash<int, runtime::TaskState>& taskStates);
    // Removes every live overlay (rates, capacity, sparklines, task badges) and forgets the
    // previous snapshot; tasks given by setTasks() stay.
    void clearLive();
    // Selects the node `id` (and scrolls it into view); "" or an unknown id clears the selection.
    void selectComponent(const QString& id);
    QString selectedComponent() const;
    // Scene positions (node centres) of the nodes the user dragged, by component id.
    QHash<QString, QPointF> userPositions() const;
    // Pins these nodes at these centres (as if dragged); applies now and to later layouts.
    void setUserPositions(const QHash<QString, QPointF>& positions);
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void fitToView();
    // Renders the whole scene at 2x into a PNG / as SVG. false (and *error set) on failure.
    bool exportPng(const QString& path, QString* error = nullptr);
    bool exportSvg(const QString& path, QString* error = nullptr);

    // --- Inspection and test hooks (GUI thread) ---
    // The node of component `id`, nullptr when there is none (or no layout yet).
    ComponentNode* node(const QString& id) const;
    // Every edge in spec.streams order.
    const QList<StreamEdge*>& edges() const { return m_edges; }
    int nodeCount() const { return static_cast<int>(m_nodes.size()); }
    double zoomFactor() const;
    // The context menu for a right-click on node `componentId`, or on empty space when it is
    // empty. The caller owns the menu (parent `parent`); its actions emit the kill signals.
    QMenu* buildContextMenu(const QString& componentId, QWidget* parent = nullptr);
    // Starts / ends a connect gesture from `from`'s output port (what the port drag does).
    void beginConnectDrag(const QString& from, const QPointF& scenePos);
    void updateConnectDrag(const QPointF& scenePos);
    void endConnectDrag(const QPointF& scenePos);
    bool connectDragActive() const { return m_rubberBand != nullptr; }
    // The colours in use (recomputed when the palette changes).
    const CanvasColors& colors() const { return m_colors; }
    // Called by nodes (GUI thread) when the user dragged one; pins its position.
    void nodeDragged(ComponentNode* node);

Q_SIGNALS:
    void layoutFinished();
    void componentSelected(const QString& id);        // "" when the selection is cleared
    void componentActivated(const QString& id);       // double click
    void connectRequested(const QString& from, const QString& to);   // user dragged from -> to
    void componentDropped(const QString& className, const QPointF& scenePos); // palette drop
    void deleteRequested(const QString& id);
    void killTaskRequested(int taskId);
    void killComponentRequested(const QString& id);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct LayoutJob;
    void onLayoutReady();
    void applyLayout(const model::TopologySpec& spec, const layout::GraphLayout& graph);
    void rebuildEdges(const model::TopologySpec& spec, const layout::GraphLayout& graph, double sx, double sy);
    void animateTo(const QHash<ComponentNode*, QPointF>& targets);
    static std::shared_ptr<LayoutJob> runLayout(std::shared_ptr<LayoutJob> job);
    void applyDiagnostics();
    void applyTaskStates(const QHash<int, runtime::TaskState>& taskStates);
    void applyPalette();
    void onSelectionChanged();
    ComponentNode* nodeAt(const QPoint& viewPos) const;
    void setZoom(double factor);
    void startLayoutWatcher();
    void updateSceneRect(const QHash<ComponentNode*, QPointF>& targets = {});
    QRectF exportRect() const;

    CanvasColors m_colors;
    QGraphicsScene* m_scene = nullptr;
    QHash<QString, ComponentNode*> m_nodes;
    QList<StreamEdge*> m_edges;
    QHash<QString, QPointF> m_userPositions;
    QHash<QString, QStringList> m_errors;
    QHash<QString, QStringList> m_warnings;
    QHash<QString, QList<int>> m_tasks;
    bool m_tasksFromSnapshot = false;  // m_tasks was read from a snapshot, not given by setTasks()
    QHash<int, runtime::TaskState> m_taskStates;
    QString m_topologyName;
    std::unique_ptr<LiveRates> m_live;
    QFutureWatcher<std::shared_ptr<LayoutJob>>* m_watcher = nullptr;
    quint64 m_generation = 0;       // bumped by every setTopology()
    quint64 m_applied = 0;          // generation of the layout on screen
    QVariantAnimation* m_animation = nullptr;
    QHash<ComponentNode*, QPointF> m_animFrom;
    QHash<ComponentNode*, QPointF> m_animTo;
    QGraphicsPathItem* m_rubberBand = nullptr;
    QString m_connectFrom;
    QString m_lastSelected;
    bool m_panning = false;   // middle-button pan in progress
    QPoint m_panLast;
};

} // namespace teacup::studio
