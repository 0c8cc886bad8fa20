// TopologyCanvas: the view itself — selection, keyboard and mouse gestures, drops, palette,
// diagnostics and live overlays. Layout lives in canvas_layout.cpp; zoom, export, menus and
// the connect gesture in canvas_actions.cpp.
#include "canvas/topology_canvas.h"

#include <QContextMenuEvent>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QVariantAnimation>

#include "canvas/component_node.h"
#include "canvas/live_rates.h"
#include "canvas/stream_edge.h"

namespace teacup::studio {

TopologyCanvas::TopologyCanvas(QWidget* parent)
    : QGraphicsView(parent), m_scene(new QGraphicsScene(this)), m_live(std::make_unique<LiveRates>()) {
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    m_scene->setFont(font());
    m_animation = new QVariantAnimation(this);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &TopologyCanvas::onSelectionChanged);
    startLayoutWatcher();
    applyPalette();
}

TopologyCanvas::~TopologyCanvas() {
    // Tearing the scene down clears the selection; nobody may hear about it any more.
    blockSignals(true);
    // The worker holds only its own copy of the spec, but wait so no layout outlives the app.
    m_watcher->disconnect(this);
    m_watcher->waitForFinished();
    m_animation->disconnect(this);
    m_animation->stop();
    m_scene->clearSelection();
    disconnect(m_scene, nullptr, this, nullptr);
}

ComponentNode* TopologyCanvas::node(const QString& id) const { return m_nodes.value(id, nullptr); }

void TopologyCanvas::setDiagnostics(const QHash<QString, QStringList>& errors,
                                    const QHash<QString, QStringList>& warnings) {
    m_errors = errors;
    m_warnings = warnings;
    applyDiagnostics();
}

void TopologyCanvas::applyDiagnostics() {
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        it.value()->setDiagnostics(m_errors.value(it.key()), m_warnings.value(it.key()));
}

void TopologyCanvas::setTasks(const QHash<QString, QList<int>>& tasksByComponent) {
    m_tasks = tasksByComponent;
    m_tasksFromSnapshot = false;
    applyTaskStates(m_taskStates);
}

void TopologyCanvas::updateLive(std::shared_ptr<const metrics::MetricsSnapshot> snapshot,
                                const QHash<int, runtime::TaskState>& taskStates) {
    if (!snapshot) return;
    m_live->update(*snapshot);
    if (m_tasks.isEmpty() || m_tasksFromSnapshot) {
        // No plan from setTasks(): the snapshot lists every task under its component.
        m_tasks.clear();
        m_tasksFromSnapshot = true;
        for (const metrics::ComponentStats& c : snapshot->window(metrics::Window::AllTime))
            for (const metrics::TaskStats& t : c.taskStats)
                m_tasks[QString::fromStdString(c.id)].append(t.taskId);
    }
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        it.value()->setLive(m_live->component(it.key()));
    for (StreamEdge* edge : std::as_const(m_edges))
        edge->setRate(m_live->edgeRate(edge->fromId(), edge->stream(), edge->toId()).value_or(0.0));
    applyTaskStates(taskStates);
}

void TopologyCanvas::clearLive() {
    m_live->clear();
    m_taskStates.clear();
    if (m_tasksFromSnapshot) m_tasks.clear();
    for (ComponentNode* n : std::as_const(m_nodes)) {
        n->setLive(nullptr);
        n->setTaskBadge(TaskBadge::None, 0, 0);
    }
    for (StreamEdge* edge : std::as_const(m_edges))
        edge->setRate(std::nullopt);
}

void TopologyCanvas::applyTaskStates(const QHash<int, runtime::TaskState>& taskStates) {
    if (&taskStates != &m_taskStates) m_taskStates = taskStates;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        const QList<int> tasks = m_tasks.value(it.key());
        int killed = 0;
        int restarting = 0;
        for (int task : tasks) {
            const auto state = m_taskStates.value(task, runtime::TaskState::Running);
            killed += state == runtime::TaskState::Killed ? 1 : 0;
            restarting += state == runtime::TaskState::Restarting ? 1 : 0;
        }
        const int total = static_cast<int>(tasks.size());
        if (killed > 0)
            it.value()->setTaskBadge(TaskBadge::Killed, killed, total);
        else if (restarting > 0)
            it.value()->setTaskBadge(TaskBadge::Restarting, restarting, total);
        else
            it.value()->setTaskBadge(TaskBadge::None, 0, total);
    }
}

void TopologyCanvas::selectComponent(const QString& id) {
    ComponentNode* target = node(id);
    {
        // One componentSelected for the whole change, not a "" in between.
        const QSignalBlocker blocker(m_scene);
        m_scene->clearSelection();
        if (target) target->setSelected(true);
    }
    onSelectionChanged();
    if (target) ensureVisible(target);
}

QString TopologyCanvas::selectedComponent() const { return m_lastSelected; }

void TopologyCanvas::onSelectionChanged() {
    QString id;
    for (QGraphicsItem* item : m_scene->selectedItems()) {
        if (item->type() == ComponentNode::Type) {
            id = static_cast<ComponentNode*>(item)->id();
            break;
        }
    }
    if (id == m_lastSelected) return;
    m_lastSelected = id;
    Q_EMIT componentSelected(id);
}

QHash<QString, QPointF> TopologyCanvas::userPositions() const { return m_userPositions; }

void TopologyCanvas::setUserPositions(const QHash<QString, QPointF>& positions) {
    m_userPositions = positions;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        ComponentNode* n = node(it.key());
        if (!n) continue;
        m_animFrom.remove(n);
        m_animTo.remove(n);
        n->setPos(it.value());
    }
    updateSceneRect();
}

void TopologyCanvas::nodeDragged(ComponentNode* dragged) {
    m_animFrom.remove(dragged);
    m_animTo.remove(dragged);
    m_userPositions.insert(dragged->id(), dragged->pos());
    updateSceneRect();
}

ComponentNode* TopologyCanvas::nodeAt(const QPoint& viewPos) const {
    for (QGraphicsItem* item : items(viewPos))
        if (item->type() == ComponentNode::Type) return static_cast<ComponentNode*>(item);
    return nullptr;
}

void TopologyCanvas::applyPalette() {
    m_colors = CanvasColors::fromPalette(palette());
    setBackgroundBrush(m_colors.background);
    for (ComponentNode* n : std::as_const(m_nodes))
        n->colorsChanged();
    for (StreamEdge* e : std::as_const(m_edges))
        e->colorsChanged();
    if (m_rubberBand) m_rubberBand->setPen(QPen(m_colors.selection, 1.5, Qt::DashLine));
}

void TopologyCanvas::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) applyPalette();
    if (event->type() == QEvent::FontChange) m_scene->setFont(font());
    QGraphicsView::changeEvent(event);
}

void TopologyCanvas::keyPressEvent(QKeyEvent* event) {
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && !m_lastSelected.isEmpty()) {
        Q_EMIT deleteRequested(m_lastSelected);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void TopologyCanvas::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void TopologyCanvas::mouseMoveEvent(QMouseEvent* event) {
    if (m_panning) {
        const QPoint now = event->position().toPoint();
        const QPoint delta = now - m_panLast;
        m_panLast = now;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void TopologyCanvas::mouseReleaseEvent(QMouseEvent* event) {
    if (m_panning && event->button() == Qt::MiddleButton) {
        m_panning = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void TopologyCanvas::mouseDoubleClickEvent(QMouseEvent* event) {
    if (ComponentNode* n = nodeAt(event->position().toPoint()); n && event->button() == Qt::LeftButton) {
        Q_EMIT componentActivated(n->id());
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void TopologyCanvas::contextMenuEvent(QContextMenuEvent* event) {
    ComponentNode* n = nodeAt(event->pos());
    if (n) selectComponent(n->id());
    QMenu* menu = buildContextMenu(n ? n->id() : QString(), this);
    menu->exec(event->globalPos());
    delete menu;
    event->accept();
}

void TopologyCanvas::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasFormat(QLatin1String(kComponentMimeType))) {
        event->acceptProposedAction();
        return;
    }
    QGraphicsView::dragEnterEvent(event);
}

void TopologyCanvas::dragMoveEvent(QDragMoveEvent* event) {
    if (event->mimeData()->hasFormat(QLatin1String(kComponentMimeType))) {
        event->acceptProposedAction();
        return;
    }
    QGraphicsView::dragMoveEvent(event);
}

void TopologyCanvas::dropEvent(QDropEvent* event) {
    const QMimeData* mime = event->mimeData();
    if (!mime->hasFormat(QLatin1String(kComponentMimeType))) {
        QGraphicsView::dropEvent(event);
        return;
    }
    const QString className = QString::fromUtf8(mime->data(QLatin1String(kComponentMimeType)));
    event->acceptProposedAction();
    Q_EMIT componentDropped(className, mapToScene(event->position().toPoint()));
}

} // namespace teacup::studio
