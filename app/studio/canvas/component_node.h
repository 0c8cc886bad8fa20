// One spout or bolt on the canvas: its box, text, output port, badges and live overlay
// (rate, acked/failed, capacity colour, sparkline). Drawing and gestures only; the canvas
// decides what it shows.
#pragma once

#include <optional>

#include <QGraphicsItem>
#include <QList>
#include <QString>
#include <QStringList>

#include "canvas/canvas_colors.h"

namespace teacup::studio {

class StreamEdge;
class TopologyCanvas;
struct ComponentLive;

enum class NodeKind { Spout, Bolt, Missing };
enum class TaskBadge { None, Restarting, Killed };
enum class DiagnosticLevel { None, Warning, Error };

// Created and owned by the canvas's scene (GUI thread only). Positions are node centres in
// scene coordinates. Live setters repaint only when something visible changed.
class ComponentNode : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };

    ComponentNode(TopologyCanvas* canvas, const QString& id, const CanvasColors* colors);

    int type() const override { return Type; }
    const QString& id() const { return m_id; }
    NodeKind kind() const { return m_kind; }

    // The three text lines: id, short class name, "×parallelism" (+ "(N tasks)").
    void setComponent(NodeKind kind, const QString& shortClass, int parallelism, std::optional<int> numTasks);
    QStringList textLines() const { return {m_id, m_shortClass, m_parallelismText}; }
    // The size a node needs for its text and live strip with `font`.
    QSizeF preferredSize(const QFont& font) const;
    void setSize(const QSizeF& size);
    QSizeF size() const { return m_size; }
    // Where the layout put this node (scene coordinates); edges use the layout's curve while
    // both ends sit there.
    void setLayoutPos(const QPointF& pos) { m_layoutPos = pos; }
    QPointF layoutPos() const { return m_layoutPos; }
    bool atLayoutPos() const;

    void setLive(const ComponentLive* live);  // nullptr removes the overlay
    bool hasLive() const { return m_hasLive; }
    QString rateText() const { return m_rateText; }
    QString ackText() const { return m_ackText; }
    double capacity() const { return m_capacity; }
    CapacityClass capacityClass() const;
    const QList<double>& sparkline() const { return m_history; }

    void setTaskBadge(TaskBadge badge, int affected, int total);
    TaskBadge taskBadge() const { return m_badge; }
    void setDiagnostics(const QStringList& errors, const QStringList& warnings);
    DiagnosticLevel diagnosticLevel() const;

    // Scene points where edges leave (the output port, right edge) and arrive (left edge).
    QPointF outputPortPos() const;
    QPointF inputPos() const;
    bool isOnOutputPort(const QPointF& scenePos) const;

    void addEdge(StreamEdge* edge) { m_edges.append(edge); }
    void clearEdges() { m_edges.clear(); }
    void colorsChanged() { update(); }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    QRectF boxRect() const;
    QPainterPath boxPath() const;
    void paintBadges(QPainter* painter) const;
    void paintLive(QPainter* painter, const QRectF& strip, const QFont& font) const;
    void paintSparkline(QPainter* painter, const QRectF& area) const;
    void paintSpoutMark(QPainter* painter) const;
    void refreshToolTip();

    TopologyCanvas* m_canvas;
    const CanvasColors* m_colors;
    QString m_id;
    NodeKind m_kind = NodeKind::Bolt;
    QString m_shortClass;
    QString m_parallelismText;
    QSizeF m_size{150, 90};
    QPointF m_layoutPos;
    bool m_hasLive = false;
    QString m_rateText;
    QString m_ackText;
    double m_capacity = 0.0;
    QList<double> m_history;
    TaskBadge m_badge = TaskBadge::None;
    QString m_badgeText;
    QStringList m_errors;
    QStringList m_warnings;
    QList<StreamEdge*> m_edges;
    bool m_connecting = false;
    bool m_moved = false;
};

} // namespace teacup::studio
