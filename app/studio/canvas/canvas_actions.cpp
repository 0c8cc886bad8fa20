// TopologyCanvas's commands: zoom and fit, PNG/SVG export, the right-click kill menus and
// the connect gesture (rubber band from an output port to another node).
#include "canvas/topology_canvas.h"

#include <algorithm>
#include <cmath>

#include <QFileInfo>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QImage>
#include <QMenu>
#include <QPainter>
#include <QSvgGenerator>
#include <QWheelEvent>

#include "canvas/component_node.h"
#include "canvas/stream_edge.h"

namespace teacup::studio {

namespace {
constexpr double kZoomStep = 1.25;
constexpr double kMinZoom = 0.1;
constexpr double kMaxZoom = 8.0;
constexpr double kWheelNotch = 120.0;
constexpr double kExportMargin = 20.0;
constexpr double kPngScale = 2.0;
constexpr double kRubberBandBend = 60.0;
const QString kAcker = QStringLiteral("__acker");

void setError(QString* error, const QString& message) {
    if (error) *error = message;
}
} // namespace

double TopologyCanvas::zoomFactor() const { return transform().m11(); }

void TopologyCanvas::setZoom(double factor) {
    const double clamped = std::clamp(factor, kMinZoom, kMaxZoom);
    setTransform(QTransform::fromScale(clamped, clamped));
}

void TopologyCanvas::zoomIn() { setZoom(zoomFactor() * kZoomStep); }

void TopologyCanvas::zoomOut() { setZoom(zoomFactor() / kZoomStep); }

void TopologyCanvas::resetZoom() { setZoom(1.0); }

void TopologyCanvas::fitToView() {
    if (m_nodes.isEmpty()) return;
    fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
    if (zoomFactor() > kMaxZoom || zoomFactor() < kMinZoom) setZoom(zoomFactor());
}

void TopologyCanvas::wheelEvent(QWheelEvent* event) {
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const double notches = event->angleDelta().y() / kWheelNotch;
    setZoom(zoomFactor() * std::pow(kZoomStep, notches));
    event->accept();
}

QRectF TopologyCanvas::exportRect() const {
    return m_scene->itemsBoundingRect().adjusted(-kExportMargin, -kExportMargin, kExportMargin, kExportMargin);
}

bool TopologyCanvas::exportPng(const QString& path, QString* error) {
    if (m_nodes.isEmpty()) {
        setError(error, tr("Nothing to export: the canvas is empty."));
        return false;
    }
    const QRectF source = exportRect();
    QImage image((source.size() * kPngScale).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        setError(error, tr("The canvas is too large to export as PNG."));
        return false;
    }
    image.fill(m_colors.background);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        m_scene->render(&painter, QRectF(QPointF(0, 0), image.size()), source);
    }
    if (!image.save(path, "PNG")) {
        setError(error, tr("Could not write %1.").arg(path));
        return false;
    }
    return true;
}

bool TopologyCanvas::exportSvg(const QString& path, QString* error) {
    if (m_nodes.isEmpty()) {
        setError(error, tr("Nothing to export: the canvas is empty."));
        return false;
    }
    const QRectF source = exportRect();
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    generator.setTitle(m_topologyName);
    generator.setDescription(tr("Teacup topology %1").arg(m_topologyName));
    QPainter painter;
    if (!painter.begin(&generator)) {
        setError(error, tr("Could not write %1.").arg(path));
        return false;
    }
    painter.fillRect(QRectF(QPointF(0, 0), source.size()), m_colors.background);
    m_scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
    if (QFileInfo(path).size() <= 0) {
        setError(error, tr("Could not write %1.").arg(path));
        return false;
    }
    return true;
}

QMenu* TopologyCanvas::buildContextMenu(const QString& componentId, QWidget* parent) {
    auto* menu = new QMenu(parent);
    auto addKillTasks = [this](QMenu* sub, const QList<int>& tasks) {
        for (int task : tasks)
            connect(sub->addAction(tr("Task %1").arg(task)), &QAction::triggered, this,
                    [this, task] { Q_EMIT killTaskRequested(task); });
        sub->setEnabled(!tasks.isEmpty());
    };
    if (!componentId.isEmpty()) {
        QList<int> tasks = m_tasks.value(componentId);
        std::sort(tasks.begin(), tasks.end());
        QAction* killAll = menu->addAction(tr("Kill all tasks of %1").arg(componentId));
        killAll->setObjectName(QStringLiteral("killComponent"));
        killAll->setEnabled(!tasks.isEmpty());
        connect(killAll, &QAction::triggered, this,
                [this, componentId] { Q_EMIT killComponentRequested(componentId); });
        QMenu* sub = menu->addMenu(tr("Kill task"));
        sub->setObjectName(QStringLiteral("killTask"));
        addKillTasks(sub, tasks);
        menu->addSeparator();
        QAction* remove = menu->addAction(tr("Delete %1").arg(componentId));
        remove->setObjectName(QStringLiteral("delete"));
        connect(remove, &QAction::triggered, this, [this, componentId] { Q_EMIT deleteRequested(componentId); });
        return menu;
    }
    QList<int> ackers = m_tasks.value(kAcker);
    std::sort(ackers.begin(), ackers.end());
    QMenu* sub = menu->addMenu(tr("Kill acker task"));
    sub->setObjectName(QStringLiteral("killAcker"));
    addKillTasks(sub, ackers);
    menu->addSeparator();
    connect(menu->addAction(tr("Fit to view")), &QAction::triggered, this, &TopologyCanvas::fitToView);
    connect(menu->addAction(tr("Reset zoom")), &QAction::triggered, this, &TopologyCanvas::resetZoom);
    return menu;
}

void TopologyCanvas::beginConnectDrag(const QString& from, const QPointF& scenePos) {
    ComponentNode* source = node(from);
    if (!source) return;
    m_connectFrom = from;
    if (!m_rubberBand) {
        m_rubberBand = m_scene->addPath(QPainterPath(), QPen(m_colors.selection, 1.5, Qt::DashLine));
        m_rubberBand->setZValue(10);
    }
    updateConnectDrag(scenePos);
}

void TopologyCanvas::updateConnectDrag(const QPointF& scenePos) {
    ComponentNode* source = node(m_connectFrom);
    if (!source || !m_rubberBand) return;
    const QPointF start = source->outputPortPos();
    QPainterPath path(start);
    path.cubicTo(start + QPointF(kRubberBandBend, 0), scenePos - QPointF(kRubberBandBend, 0), scenePos);
    m_rubberBand->setPath(path);
}

void TopologyCanvas::endConnectDrag(const QPointF& scenePos) {
    const QString from = std::exchange(m_connectFrom, QString());
    delete m_rubberBand;
    m_rubberBand = nullptr;
    if (from.isEmpty()) return;
    for (QGraphicsItem* item : m_scene->items(scenePos)) {
        if (item->type() != ComponentNode::Type) continue;
        auto* target = static_cast<ComponentNode*>(item);
        // A spout has no inputs, and a missing node is not a component to subscribe.
        if (target->id() == from || target->kind() != NodeKind::Bolt) return;
        Q_EMIT connectRequested(from, target->id());
        return;
    }
}

} // namespace teacup::studio
