// One subscription on the canvas: a Bézier path with an arrowhead from the source node's
// port to the subscriber, labelled with stream and grouping, plus the live tuples/s.
#pragma once

#include <optional>

#include <QGraphicsItem>
#include <QPainterPath>
#include <QString>

#include "canvas/canvas_colors.h"

namespace teacup::studio {

class ComponentNode;

// Owned by the canvas's scene, GUI thread only. While both end nodes sit where the layout put
// them the edge follows Graphviz's spline; once either was dragged (or while they animate) it
// is re-routed as a simple curve from the source's output port to the target's left edge.
class StreamEdge : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };

    StreamEdge(ComponentNode* from, ComponentNode* to, const QString& stream, const QString& label,
               const CanvasColors* colors);

    int type() const override { return Type; }
    ComponentNode* fromNode() const { return m_from; }
    ComponentNode* toNode() const { return m_to; }
    QString fromId() const;
    QString toId() const;
    const QString& stream() const { return m_stream; }
    // layout::edgeLabel's text: the stream (when not "default") above the grouping.
    const QString& labelText() const { return m_label; }

    // Graphviz's spline in scene coordinates: 1 + 3n control points, then the arrow tip when
    // `hasTip`. Fewer than 4 points means "no layout curve".
    void setLayoutCurve(const QList<QPointF>& points, bool hasTip);
    bool usesLayoutCurve() const { return m_usingLayout; }
    // Recomputes the path from the nodes' current places (nodes call it when they move).
    void adjust();
    QPainterPath path() const { return m_path; }

    void setRate(std::optional<double> tuplesPerSecond);  // nullopt removes the live text
    bool hasLive() const { return !m_rateText.isEmpty(); }
    QString rateText() const { return m_rateText; }
    void colorsChanged() { update(); }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    void simpleCurve(QPointF& base, QPointF& tip);
    QList<QPointF> snappedLayoutPoints() const;
    QString labelWithRate() const;
    QRectF labelRect() const;

    ComponentNode* m_from;
    ComponentNode* m_to;
    QString m_stream;
    QString m_label;
    QString m_rateText;
    const CanvasColors* m_colors;
    QList<QPointF> m_layoutPoints;
    bool m_layoutHasTip = false;
    bool m_usingLayout = false;
    QPainterPath m_path;
    QPolygonF m_arrow;
    QPointF m_labelCentre;
    QSizeF m_labelSize;
};

} // namespace teacup::studio
